import { workerData } from 'piscina';
import { asDeboilError } from '../errors.js';
import { cleanFile } from '../index.js';
import type { Options } from '../options.js';
import type { CleanOutcome, CleanTask, WorkerSetup } from './pool.js';

/**
 * A pool worker: cleans one file and returns its output line, already serialised (a string crosses the
 * thread boundary cheaper than an object). It stamps the start time into its shared slot first, so the
 * main thread's timeout counts from when the page starts, not from when it was queued.
 */
const setup = workerData as WorkerSetup;
const starts = new Float64Array(setup.starts);
const options: Options = setup.options;

export default async function cleanTask(task: CleanTask): Promise<CleanOutcome> {
  starts[task.slot] = Date.now();
  try {
    const article = await cleanFile(task.path, options);
    return { line: JSON.stringify({ ...article, source: task.source }), error: null };
  } catch (error) {
    const e = asDeboilError(error, task.path);
    return {
      line: JSON.stringify({ source: task.source, error: e.toRecord() }),
      error: { code: e.code, message: e.message, hint: e.hint },
    };
  } finally {
    starts[task.slot] = 0;
  }
}
