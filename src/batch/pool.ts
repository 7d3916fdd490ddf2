import { Piscina } from 'piscina';
import { DeboilError, type ErrorCode } from '../errors.js';
import type { Options } from '../options.js';
import type { RecordMeta, RecordOverrides } from '../records/record.js';

/**
 * The worker pool (piscina): one worker thread per job, each reading and cleaning whole files (or a
 * record's page, handed over in the task). Workers
 * read synchronously: a worker has nothing else to do meanwhile, and the main thread, which only hands
 * out paths and writes records, stays free (reading there cost it more than the rest of its work). A page that runs past the
 * time limit gets a TIMEOUT record and its worker is terminated (the only way to stop synchronous work);
 * piscina starts a fresh one and the run goes on.
 */
/**
 * What the worker cleans: a file it reads itself (by the bytes of its path when a walked name is not
 * UTF-8, see WalkItem.bytePath), or a record's page handed over with its own options.
 */
export type TaskInput = { path: string | Uint8Array } | { page: string | Uint8Array; overrides: RecordOverrides };

export type CleanTask = TaskInput & {
  source: string;
  /** Identifies a record in its output line (records/record.ts). */
  meta?: RecordMeta;
  /** The shared start-time slot this task stamps while it runs. */
  slot: number;
};

export interface CleanOutcome {
  /** The output record (an Article with `source`, or an error record), as one line of JSON. */
  line: string;
  error: { code: ErrorCode; message: string; hint: string } | null;
}

/** The record for an input that could not be cleaned; a record's url stays on it, as nothing else names the page. */
export function errorOutcome(error: DeboilError, source: string, meta?: RecordMeta): CleanOutcome {
  return {
    line: JSON.stringify({ source, ...meta, error: error.toRecord() }),
    error: { code: error.code, message: error.message, hint: error.hint },
  };
}

export interface WorkerSetup {
  options: Options;
  starts: SharedArrayBuffer;
}

export interface PoolOptions {
  jobs: number;
  options: Options;
  timeoutMs: number;
}

/** Tasks handed to piscina at once per worker: enough that no worker waits for the main thread. */
const TASKS_PER_WORKER = 2;
/**
 * Old-generation heap per worker. V8 sizes heaps from the machine's memory and lets an idle-rich heap
 * grow lazily, so without a cap a long batch creeps upwards; with it, RSS stays flat (~220 MB for two
 * workers) at no measured cost in speed. A 7.7 MB page needs under 128 MB; a page that needs more than
 * this gets a TOO_LARGE record and a fresh worker.
 */
const WORKER_HEAP_MB = 256;
/** How often running tasks are checked against the time limit, at most. */
const MAX_CHECK_INTERVAL_MS = 250;

/** Spelt from dist/ so that it holds from the CLI's bundle (dist/bin/) as well as from dist/batch/. */
const WORKER_FILE = new URL('../batch/worker.js', import.meta.url);

function ignorePoolError(): void {}

export class CleanPool {
  readonly capacity: number;
  private readonly piscina: Piscina;
  private readonly starts: Float64Array;
  private readonly freeSlots: number[];
  private readonly running = new Map<number, AbortController>();
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly config: PoolOptions) {
    this.capacity = config.jobs * TASKS_PER_WORKER;
    const shared = new SharedArrayBuffer(this.capacity * Float64Array.BYTES_PER_ELEMENT);
    this.starts = new Float64Array(shared);
    this.freeSlots = Array.from({ length: this.capacity }, (_, i) => this.capacity - 1 - i);
    const setup: WorkerSetup = { options: config.options, starts: shared };
    this.piscina = new Piscina({
      filename: WORKER_FILE.href,
      // Threads start as tasks arrive, so a run never holds more workers than it has inputs.
      minThreads: 1,
      maxThreads: config.jobs,
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    // Every task settles through its own promise (clean never rejects), so the pool's own 'error'
    // events carry nothing a run needs: a result that arrives for a task already settled (the run was
    // aborted or closed while the worker was posting it), or a worker that died between tasks, which
    // piscina replaces. Unheard, the event would end the process.
    this.piscina.on('error', ignorePoolError);
    this.timer = setInterval(() => this.abortOverdue(), Math.min(MAX_CHECK_INTERVAL_MS, Math.max(10, config.timeoutMs / 4)));
    this.timer.unref();
  }

  /** Cleans one input; never rejects: every failure (timeout, crashed worker) becomes an error record. */
  async clean(input: TaskInput, source: string, meta?: RecordMeta): Promise<CleanOutcome> {
    const slot = this.freeSlots.pop();
    if (slot === undefined) throw new Error('CleanPool.clean called beyond its capacity');
    const controller = new AbortController();
    this.running.set(slot, controller);
    this.starts[slot] = 0;
    try {
      const task: CleanTask = { ...input, source, slot, ...(meta ? { meta } : {}) };
      return (await this.piscina.run(task, { signal: controller.signal })) as CleanOutcome;
    } catch (error) {
      const e = controller.signal.aborted
        ? new DeboilError('TIMEOUT', `cleaning took longer than ${this.config.timeoutMs} ms; the worker was stopped`, {
            file: source,
            hint: 'raise --timeout if the page is genuine',
          })
        : (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new DeboilError('TOO_LARGE', `cleaning needed more than the ${WORKER_HEAP_MB} MB a worker may use`, {
              file: source,
              hint: 'clean this page on its own: `deboil <file>` has no such limit',
            })
          : new DeboilError('INTERNAL', `the worker failed: ${error instanceof Error ? error.message : String(error)}`, {
              file: source,
              hint: 'this is a bug in deboil; please report it with the input file',
            });
      return errorOutcome(e, source, meta);
    } finally {
      this.starts[slot] = 0;
      this.running.delete(slot);
      this.freeSlots.push(slot);
    }
  }

  private abortOverdue(): void {
    const now = Date.now();
    for (const [slot, controller] of this.running) {
      const started = this.starts[slot] ?? 0;
      if (started > 0 && now - started > this.config.timeoutMs) controller.abort();
    }
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.piscina.destroy();
  }
}
