import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, ErrorRecord } from '../article/schema.js';
import { DeboilError } from '../errors.js';
import { type Options, resolveOptions } from '../options.js';
import { type InputFormat, recordsOf, sourceFormat } from '../records/format.js';
import { pageRecordItem } from '../records/page-record.js';
import type { PageRecord, RecordItem, RecordMeta, SkippedCounts } from '../records/record.js';
import { JsonlFile, readLines } from './jsonl.js';
import { type CleanOutcome, CleanPool, errorOutcome, type TaskInput } from './pool.js';
import { countArticle, countFailure, countNotTaken, newTally, type Tally } from './progress.js';
import { applyTemplates, learnFrom } from './templates.js';
import { type WalkFilter, type WalkItem, walkInputs } from './walk.js';

/**
 * cleanMany and the batch engine under the CLI: inputs (paths, or page records) become work items,
 * cleaned on the worker pool, and come out as exactly one record per input, in input order. Order is
 * kept with a bounded window: at most WINDOW_PER_SLOT times the pool's capacity of inputs are read
 * ahead, so memory stays bounded on an endless stream while the workers never wait for a slow head.
 */
const WINDOW_PER_SLOT = 4;

/** The run's settings beside the cleaning options, but for `url`: each page has its own (a record's `url`). */
export type ManyOptions = Omit<Options, 'url'> & {
  /** Refused: one address would go on every page. Page records carry their own `url`. */
  url?: never;
  /** Worker threads (default: the number of CPUs, at most DEFAULT_MAX_JOBS). */
  jobs?: number;
  /** Per-page time limit in milliseconds; a page over it gets a TIMEOUT record (default 30000). */
  timeout?: number;
  /** Stops the run: the iteration throws the signal's reason and the workers are stopped. */
  signal?: AbortSignal;
  /**
   * Called after each record with the counts so far: done, failed, byCode, byKind (articles by status and
   * wall), notTaken (walked files passed over, by reason) and total (final once totalKnown).
   */
  onProgress?: (progress: Readonly<Tally>) => void;
  /**
   * Learn each site's repeated template blocks and drop them (a second pass: records then come out
   * only once every input is cleaned). Off by default, as record output should not depend on how the
   * work was split.
   */
  learnTemplates?: boolean;
  /** Globs for walked directories (default: the page extensions). */
  include?: readonly string[];
  exclude?: readonly string[];
  /** How a named file is read: `auto` takes .warc(.gz) and .jsonl(.gz) as records, anything else as one page. */
  inputFormat?: InputFormat;
};

export type ManyInput = string | readonly string[] | Iterable<PageRecord> | AsyncIterable<PageRecord>;

/** What cleanMany yields: an Article or an error record, with `source` and, for record input, its RecordMeta. */
export type ManyRecord = (Article | ErrorRecord) & Partial<RecordMeta>;

/** One input on its way through the pool. `item` is the walked file, when the input is a file. */
export interface Work {
  source: string;
  item?: WalkItem;
  meta?: RecordMeta;
  input?: TaskInput;
  error?: DeboilError;
}

export interface EngineConfig {
  options: Options;
  jobs: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Inputs a previous run finished (--resume): counted as skipped, not cleaned. */
  isDone?: (work: Work) => Promise<boolean>;
}

export const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_MAX_JOBS = 8;

function recordWork(source: string, item: RecordItem): Work {
  if (item.error) return { source, meta: item.meta, error: item.error };
  return { source, meta: item.meta, input: { page: item.page, overrides: item.overrides } };
}

/** Work from paths: files and walked directories; a file in a record format gives one work item per record. */
export async function* pathWork(
  paths: readonly string[],
  filter: WalkFilter,
  format: InputFormat,
  maxBytes: number,
  skipped?: SkippedCounts,
): AsyncGenerator<Work> {
  for await (const item of walkInputs(paths, filter)) {
    const kind = item.error ? 'files' : sourceFormat(item.path, format);
    if (kind === 'files') {
      yield item.error
        ? { source: item.path, item, error: item.error }
        : { source: item.path, item, input: { path: item.bytePath ?? item.path } };
    } else {
      for await (const record of recordsOf(item.path, kind, maxBytes, skipped)) yield recordWork(item.path, record);
    }
  }
}

/** Work from page records handed over in memory; a record's id defaults to its position (1-based). */
export async function* recordObjectWork(records: Iterable<PageRecord> | AsyncIterable<PageRecord>, source: string): AsyncGenerator<Work> {
  let n = 0;
  for await (const record of records) yield recordWork(source, pageRecordItem(record, ++n));
}

/** A FIFO limiter: the pool takes at most `capacity` tasks at once. */
class Slots {
  private free: number;
  private readonly waiting: (() => void)[] = [];
  constructor(capacity: number) {
    this.free = capacity;
  }
  async take(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  give(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

export interface Done {
  work: Work;
  outcome: CleanOutcome;
}

/** Cleans the work on the pool, yielding one outcome per work item in input order (skipped ones aside). */
export async function* cleanWork(work: AsyncIterable<Work>, config: EngineConfig, tally: Tally): AsyncGenerator<Done> {
  const pool = new CleanPool({ jobs: config.jobs, options: config.options, timeoutMs: config.timeoutMs });
  const slots = new Slots(pool.capacity);
  const window = pool.capacity * WINDOW_PER_SLOT;
  const queue: Promise<Done>[] = [];
  const start = async (w: Work): Promise<Done> => {
    if (w.error || !w.input) return { work: w, outcome: errorOutcome(w.error as DeboilError, w.source, w.meta) };
    await slots.take();
    try {
      return { work: w, outcome: await pool.clean(w.input, w.source, w.meta) };
    } finally {
      slots.give();
    }
  };
  const finish = (done: Done): Done => {
    tally.done++;
    const error = done.outcome.error;
    if (error) countFailure(tally, error.code);
    return done;
  };
  const signal = config.signal;
  const reason = () => signal?.reason ?? new DeboilError('INTERNAL', 'aborted');
  const aborted = () => {
    if (signal?.aborted) throw reason();
  };
  // An abort does not wait for a slow page at the head of the queue.
  const abort = signal ? new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(reason()), { once: true })) : null;
  abort?.catch(() => {});
  const head = () => (abort ? Promise.race([queue.shift() as Promise<Done>, abort]) : (queue.shift() as Promise<Done>));
  try {
    for await (const w of work) {
      aborted();
      tally.total = Math.max(tally.total, tally.done + tally.skipped + queue.length + 1);
      if (config.isDone && (await config.isDone(w))) {
        tally.skipped++;
        continue;
      }
      queue.push(start(w));
      if (queue.length >= window) yield finish(await head());
    }
    while (queue.length > 0) {
      aborted();
      yield finish(await head());
    }
  } finally {
    await pool.close();
  }
}

function defaultJobs(): number {
  return Math.min(availableParallelism(), DEFAULT_MAX_JOBS);
}

const RUN_KEYS = ['jobs', 'timeout', 'signal', 'onProgress', 'learnTemplates', 'include', 'exclude', 'inputFormat'] as const;

function splitOptions(options: ManyOptions): { run: Pick<ManyOptions, (typeof RUN_KEYS)[number]>; clean: Options } {
  const clean: Record<string, unknown> = { ...options };
  for (const key of RUN_KEYS) delete clean[key];
  return { run: options, clean: clean as Options };
}

/** The walk's globs, and each file it passes over counted, as the CLI's summary counts them. */
function walkFilter(run: Pick<ManyOptions, 'include' | 'exclude'>, tally: Tally): WalkFilter {
  return {
    ...(run.include ? { include: run.include } : {}),
    ...(run.exclude ? { exclude: run.exclude } : {}),
    onSkip: (reason, relative) => countNotTaken(tally, reason, relative),
  };
}

/** Counts each article by status and wall as it comes out. */
async function* counted(done: AsyncIterable<Done>, tally: Tally): AsyncGenerator<Done> {
  for await (const d of done) {
    if (!d.outcome.error) countArticle(tally, d.outcome.line);
    yield d;
  }
}

function isPathList(inputs: ManyInput): inputs is string | readonly string[] {
  return typeof inputs === 'string' || (Array.isArray(inputs) && inputs.every((i) => typeof i === 'string'));
}

/**
 * Cleans many pages on the worker pool: files, directories (walked), WARC and JSONL files, or page
 * records `{id?, url?, crawlDate?, html | text | bytes}` from any (async) iterable. Yields exactly one
 * record per input, in input order: an Article, or an error record `{source, error}`; record input adds
 * `id` (and for WARC `warcFilename`, `offset`, `length`).
 */
export async function* cleanMany(inputs: ManyInput, options: ManyOptions = {}): AsyncGenerator<ManyRecord> {
  const { run, clean } = splitOptions(options);
  const resolved = resolveOptions(clean);
  if ((options as Options).url !== undefined) {
    throw new DeboilError('BAD_OPTIONS', 'url names one page, but cleanMany cleans many', {
      hint: 'give each page record its own url ({id, url, html}), or use clean(page, { url }) for one page',
    });
  }
  if (run.jobs !== undefined && !(Number.isInteger(run.jobs) && run.jobs > 0)) {
    throw new DeboilError('BAD_OPTIONS', 'jobs must be a positive whole number', { hint: 'pass jobs: 4, or leave it out' });
  }
  const tally = newTally();
  const work = isPathList(inputs)
    ? pathWork(typeof inputs === 'string' ? [inputs] : inputs, walkFilter(run, tally), run.inputFormat ?? 'auto', resolved.maxBytes)
    : recordObjectWork(inputs, '<records>');
  const config: EngineConfig = {
    options: clean,
    jobs: run.jobs ?? defaultJobs(),
    timeoutMs: run.timeout ?? DEFAULT_TIMEOUT_MS,
    ...(run.signal ? { signal: run.signal } : {}),
  };
  const done = counted(cleanWork(work, config, tally), tally);
  if (!run.learnTemplates) {
    for await (const { outcome } of done) {
      run.onProgress?.(tally);
      yield JSON.parse(outcome.line) as ManyRecord;
    }
    tally.totalKnown = true;
    return;
  }
  // Templates are learned from every record first: the records wait in a temporary file meanwhile.
  const dir = await mkdtemp(join(tmpdir(), 'deboil-many-'));
  try {
    const path = join(dir, 'raw.jsonl');
    const file = await JsonlFile.open(path, { force: false, resume: false });
    for await (const { outcome } of done) {
      await file.write(outcome.line);
      run.onProgress?.(tally);
    }
    await file.close();
    const templates = await learnFrom(readLines(path));
    for await (const line of readLines(path)) {
      yield applyTemplates(templates, JSON.parse(line) as ManyRecord, resolved.explain).record;
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
