import { workerData } from 'piscina';
import type { Article } from '../article/schema.js';
import { asDeboilError } from '../errors.js';
import { clean } from '../index.js';
import { readPageFileSync } from '../input/read.js';
import { type Options, resolveOptions } from '../options.js';
import { runPipeline } from '../pipeline.js';
import { type CleanOutcome, type CleanTask, errorOutcome, type WorkerSetup } from './pool.js';

/**
 * A pool worker: reads and cleans one file (or cleans a record's page) and returns its output line, already serialised (a string
 * crosses the thread boundary cheaper than an object). It stamps the start time into its shared slot
 * first, so the main thread's timeout counts from when the page starts, not from when it was queued.
 */
const setup = workerData as WorkerSetup;
const starts = new Float64Array(setup.starts);
const options: Options = setup.options;
const resolved = resolveOptions(options);
const { maxBytes } = resolved;

/**
 * Test hook: a file whose name ends with this suffix stalls its worker for good, so the time-limit test
 * does not depend on how fast this machine cleans a big page. Blocking on a futex costs no CPU.
 */
const STALL_SUFFIX = process.env.DEBOIL_TEST_STALL_SUFFIX;
const stall = (): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
};

export default function cleanTask(task: CleanTask): CleanOutcome {
  starts[task.slot] = Date.now();
  try {
    if (STALL_SUFFIX && task.source.endsWith(STALL_SUFFIX)) stall();
    let article: Article;
    if ('path' in task) {
      const { bytes, mtime } = readPageFileSync(task.path, maxBytes, task.source);
      // As cleanFile does: the file's modification time is the crawl date unless one is given.
      article = runPipeline(bytes, resolved, mtime);
    } else {
      article = clean(task.page, { ...options, ...task.overrides });
    }
    const { url: _, ...meta } = task.meta ?? {};
    return { line: JSON.stringify({ ...article, source: task.source, ...meta }), error: null };
  } catch (error) {
    return errorOutcome(asDeboilError(error, task.source), task.source, task.meta);
  } finally {
    starts[task.slot] = 0;
  }
}
