import { lstat, mkdtemp, realpath, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article } from '../article/schema.js';
import { asDeboilError, DeboilError, writeOut } from '../errors.js';
import { clean } from '../index.js';
import { type Options, resolveOptions } from '../options.js';
import { type InputFormat, isRecordInput, sourceFormat } from '../records/format.js';
import type { SkippedCounts } from '../records/record.js';
import { cleanStaleParts, commitShard, partName, shardDone } from '../records/shard.js';
import { formatArticle } from '../render/format.js';
import type { OutputFormat } from '../render/formats.js';
import { JsonlFile, readLines, rewriteLines } from './jsonl.js';
import { lockOutput } from './lock.js';
import { cleanWork, type EngineConfig, pathWork, type Work } from './many.js';
import { checkDistinctInputs, isNameRefusal, OutDir, outputRelative } from './out-dir.js';
import { type CleanOutcome, errorOutcome } from './pool.js';
import { countArticle, countFailure, countNotTaken, type Tally } from './progress.js';
import { applyTemplates, learnFrom, type SiteTemplates } from './templates.js';
import { type SkipReason, type WalkFilter, type WalkItem, walkInputs } from './walk.js';

/**
 * A batch run: the engine of cleanMany (many.ts) cleans the inputs in order, this writes one record per
 * input, then (unless
 * turned off) learn each site's template from the output and drop it (templates.ts). The output is
 * JSON Lines (a file or stdout) or a directory mirroring the inputs.
 */
export type Destination =
  | { kind: 'file'; path: string }
  | { kind: 'stdout'; stream: NodeJS.WritableStream }
  | { kind: 'dir'; path: string; format?: OutputFormat };

export interface BatchConfig {
  /** Files and directories; `-` (stdin) is handled by `stdin`. */
  inputs: readonly string[];
  options: Options;
  jobs: number;
  timeoutMs: number;
  filter: WalkFilter;
  /** How named files are read (records/format.ts). */
  inputFormat: InputFormat;
  destination: Destination;
  force: boolean;
  resume: boolean;
  learnTemplates: boolean;
  /** Reads stdin when `-` is among the inputs; it is cleaned on the main thread, as one more record. */
  stdin?: () => Promise<Uint8Array>;
  /** Stops the run (SIGTERM, SIGINT): the output keeps its whole records, temporary files are removed. */
  signal?: AbortSignal;
  /** Told about each input that failed (the record is written regardless). */
  onFailure?: (error: DeboilError) => void;
}

export interface BatchResult {
  /** Shard mode (record input into -o): the output, and whether it was complete already. */
  shard?: { output: string; skipped: boolean };
  /** WARC records that are not page responses (request, metadata, warcinfo...), by type. */
  passedOver?: SkippedCounts;
  templateSites: number;
  templatePages: number;
  templateBlocks: number;
}

/** Writes records to wherever the run's output goes and knows which inputs a previous run finished. */
interface Writer {
  /** Whether an earlier run wrote this input's record (--resume); `'failed'` when that is an error record. */
  isDone(item: WalkItem): Promise<false | 'done' | 'failed'>;
  /**
   * Writes the input's record; resolves to null, or to the error that took its place when the output
   * of this one input cannot be written (--out-dir: a name the file system refuses).
   */
  write(item: WalkItem | null, line: string): Promise<DeboilError | null>;
  /** Learns and applies site templates (when asked), then closes. */
  finish(pass: TemplatePass): Promise<BatchResult>;
  /** Closes after an interrupted run: the lines written so far stay (whole), temporary files go. */
  abandon(): Promise<void>;
}

/** The second pass over the output: whether to learn templates, and the signal that stops it. */
interface TemplatePass {
  learn: boolean;
  explain: boolean;
  signal: AbortSignal | undefined;
}

const NO_TEMPLATES: BatchResult = { templateSites: 0, templatePages: 0, templateBlocks: 0 };

/** The lines read back to learn templates from, stopping at an interruption. */
async function* untilAborted(lines: AsyncIterable<string>, signal: AbortSignal | undefined): AsyncGenerator<string> {
  for await (const line of lines) {
    signal?.throwIfAborted();
    yield line;
  }
}

/** Applies templates to one output line; counts what it dropped. */
function templateTransform(templates: SiteTemplates, pass: TemplatePass, result: BatchResult): (line: string) => string {
  return (line) => {
    pass.signal?.throwIfAborted();
    const { record, dropped } = applyTemplates(templates, JSON.parse(line) as object, pass.explain);
    if (dropped === 0) return line;
    result.templatePages++;
    result.templateBlocks += dropped;
    return JSON.stringify(record);
  };
}

async function fileWriter(path: string, force: boolean, resume: boolean): Promise<Writer> {
  const file = await JsonlFile.open(path, { force, resume });
  return {
    isDone: async (item) => file.done.get(item.path) ?? false,
    write: async (_item, line) => {
      await file.write(line);
      return null;
    },
    async finish(pass) {
      await file.close();
      if (!pass.learn) return NO_TEMPLATES;
      const templates = await learnFrom(untilAborted(readLines(path), pass.signal));
      const result = { ...NO_TEMPLATES, templateSites: templates.siteCount };
      if (templates.siteCount > 0) await rewriteLines(path, templateTransform(templates, pass, result));
      return result;
    },
    abandon: () => file.close(),
  };
}

/** Stdout: straight through, or via a temporary file when templates must be learned before printing. */
async function stdoutWriter(stream: NodeJS.WritableStream, learn: boolean): Promise<Writer> {
  // Waits for each line to be handed over, so a full disk or a closed pipe stops the run at that line.
  const print = (line: string) => writeOut(stream, `${line}\n`);
  if (!learn) {
    return {
      isDone: async () => false,
      write: async (_item, line) => {
        await print(line);
        return null;
      },
      finish: async () => NO_TEMPLATES,
      abandon: async () => {},
    };
  }
  const dir = await mkdtemp(join(tmpdir(), 'deboil-'));
  const path = join(dir, 'raw.jsonl');
  const inner = await fileWriter(path, false, false);
  return {
    isDone: async () => false,
    write: inner.write,
    async finish(pass) {
      try {
        await inner.finish({ ...pass, learn: false });
        const templates = await learnFrom(untilAborted(readLines(path), pass.signal));
        const result = { ...NO_TEMPLATES, templateSites: templates.siteCount };
        const transform = templateTransform(templates, pass, result);
        for await (const line of readLines(path)) await print(transform(line));
        return result;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    // Nothing was printed yet: the records wait for the templates.
    async abandon() {
      await inner.abandon().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/**
 * What a page's file in --out-dir holds: its JSON record, or the article in a string format. An input
 * that failed gets no Markdown, HTML or text file (its error goes to stderr and --summary, and --resume
 * tries it again); in JSON its error record is the file.
 */
function dirContent(line: string, format: OutputFormat): string | null {
  if (format === 'json') return `${line}\n`;
  const record = JSON.parse(line) as Article | { error: unknown };
  return 'error' in record ? null : formatArticle(record, format);
}

async function dirWriter(config: BatchConfig, path: string, format: OutputFormat): Promise<Writer> {
  await checkDistinctInputs(config.inputs, format);
  const out = await OutDir.open(path, { force: config.force, resume: config.resume });
  const nameOf = (item: WalkItem) => outputRelative(item.relative, item.stemShared, format);
  // Each output file is read back once to learn and once to apply: the inputs are walked again to find them.
  async function* outputs(): AsyncGenerator<{ name: string; line: string }> {
    for await (const item of walkInputs(config.inputs, config.filter)) {
      const name = nameOf(item);
      const text = await out.read(name);
      if (text) yield { name, line: text.trimEnd() };
    }
  }
  return {
    async isDone(item) {
      const name = nameOf(item);
      if (!(await out.has(name))) return false;
      return (await out.holdsError(name)) ? 'failed' : 'done';
    },
    async write(item, line) {
      const input = item as WalkItem;
      try {
        const content = dirContent(line, format);
        if (content !== null) await out.write(nameOf(input), content);
        return null;
      } catch (error) {
        if (!isNameRefusal(error)) throw error;
        // The input's record, cleaned or not, becomes this error: its output has nowhere to go.
        const refusal = new DeboilError(error.code, error.message, { file: input.path, hint: error.hint });
        await out.recordUnwritten(errorOutcome(refusal, input.path).line);
        return refusal;
      }
    },
    async finish(pass) {
      if (!pass.learn) return NO_TEMPLATES;
      const templates = await learnFrom(
        untilAborted(
          (async function* () {
            for await (const { line } of outputs()) yield line;
          })(),
          pass.signal,
        ),
      );
      const result = { ...NO_TEMPLATES, templateSites: templates.siteCount };
      if (templates.siteCount === 0) return result;
      const transform = templateTransform(templates, pass, result);
      for await (const { name, line } of outputs()) {
        const next = transform(line);
        if (next !== line) await out.write(name, `${next}\n`);
      }
      return result;
    },
    // Each file is written whole before the next is started: nothing is half-written between writes.
    abandon: async () => {},
  };
}

/** `-o` naming one of the inputs would overwrite the page before it is read: refused, even with --force. */
async function refuseInputAsOutput(inputs: readonly string[], path: string): Promise<void> {
  const out = await realpath(path).catch(() => null);
  if (out === null) return;
  for (const input of inputs) {
    if ((await realpath(input).catch(() => null)) === out) {
      throw new DeboilError('BAD_OPTIONS', '-o names one of the inputs', {
        file: path,
        hint: 'write the output to another file',
      });
    }
  }
}

async function openWriter(config: BatchConfig): Promise<Writer> {
  const d = config.destination;
  if (d.kind === 'file') {
    await refuseInputAsOutput(config.inputs, d.path);
    return fileWriter(d.path, config.force, config.resume);
  }
  if (d.kind === 'dir') return dirWriter(config, d.path, d.format ?? 'json');
  return stdoutWriter(d.stream, config.learnTemplates);
}

/** --resume: an input whose record an earlier run wrote is skipped; an error record kept is still a failure. */
async function resumedDone(writer: Writer, work: Work, tally: Tally): Promise<boolean> {
  const done = work.item ? await writer.isDone(work.item) : false;
  if (done === 'failed') tally.failedEarlier++;
  return done !== false;
}

/** Counts the inputs in the background so progress can show a total and an ETA without a slow start. */
async function countInputs(config: BatchConfig, tally: Tally): Promise<void> {
  let n = config.stdin ? 1 : 0;
  for await (const _ of walkInputs(config.inputs, config.filter)) {
    if (config.signal?.aborted) return;
    n++;
    tally.total = Math.max(tally.total, n);
  }
  tally.total = n;
  tally.totalKnown = true;
}

/** Record input gives many outputs per file: --out-dir and --resume, which name outputs by file, cannot take it. */
function refuseRecordsByFile(config: BatchConfig): void {
  if (config.destination.kind !== 'dir' && !config.resume) return;
  if (config.inputFormat === 'files' || config.inputs.every((p) => sourceFormat(p, config.inputFormat) === 'files')) return;
  throw new DeboilError('BAD_OPTIONS', `${config.resume ? '--resume' : '--out-dir'} takes page files, not WARC or JSONL records`, {
    hint: 'write records with -o out.jsonl (a shard whose output exists is skipped), or pass --input-format files',
  });
}

/**
 * An `-o` that is a symbolic link is written through: its target gets the records, and the link stays
 * (the template pass and shard mode rename a finished file into place, which would replace the link and
 * leave the target stale). A link to nothing is refused: it would create a file where the user did not look.
 */
async function throughLinks(destination: Destination): Promise<Destination> {
  if (destination.kind !== 'file' || !(await lstat(destination.path).catch(() => null))?.isSymbolicLink()) return destination;
  const target = await realpath(destination.path).catch(() => null);
  if (target === null) {
    throw new DeboilError('BAD_OPTIONS', '-o is a symbolic link to nothing (or a link loop)', {
      file: destination.path,
      hint: 'point the link at a file, or name the output file itself',
    });
  }
  return { kind: 'file', path: target };
}

export async function runBatch(given: BatchConfig, tally: Tally): Promise<BatchResult> {
  refuseRecordsByFile(given);
  const destination = await throughLinks(given.destination);
  const output = destination.kind === 'stdout' ? {} : { output: destination.path };
  const config = { ...given, destination, filter: { ...given.filter, ...output } };
  const lock = destination.kind === 'stdout' ? null : await lockOutput(destination.kind, destination.path);
  try {
    return await runLocked(given, config, tally);
  } finally {
    await lock?.release();
  }
}

async function runLocked(given: BatchConfig, config: BatchConfig, tally: Tally): Promise<BatchResult> {
  const d = config.destination;
  const shard = d.kind === 'file' && isRecordInput(config.inputs, config.inputFormat) ? d.path : null;
  // The summary names the output as the user did, a link included.
  const shown = given.destination.kind === 'file' ? given.destination.path : '';
  let part: string | null = null;
  if (shard) {
    await cleanStaleParts(shard);
    if (!config.force && (await shardDone(shard)))
      return { ...NO_TEMPLATES, passedOver: new Map(), shard: { output: shown, skipped: true } };
    await refuseInputAsOutput(config.inputs, shard);
    part = partName(shard);
  }
  const writer = await openWriter(part ? { ...config, destination: { kind: 'file', path: part }, force: true } : config);
  try {
    const result = await writeAll(config, writer, tally);
    if (shard && part) await commitShard(part, shard);
    return { ...result, ...(shard ? { shard: { output: shown, skipped: false } } : {}) };
  } catch (error) {
    // Interrupted (SIGTERM, SIGINT): what is written stays valid, and no temporary file stays behind.
    if (config.signal?.aborted) {
      await writer.abandon().catch(() => {});
      if (part) await rm(part, { force: true });
    }
    throw error;
  }
}

/** Cleans every input into the writer, then runs the template pass. */
async function writeAll(config: BatchConfig, writer: Writer, tally: Tally): Promise<BatchResult> {
  const failed = (source: string, error: CleanOutcome['error']) => {
    if (error) config.onFailure?.(new DeboilError(error.code, error.message, { file: source, hint: error.hint }));
  };
  const hasRecords = config.inputFormat !== 'files' && config.inputs.some((p) => sourceFormat(p, config.inputFormat) !== 'files');
  const counting = hasRecords ? Promise.resolve() : countInputs(config, tally);
  const engine: EngineConfig = {
    options: config.options,
    jobs: config.jobs,
    timeoutMs: config.timeoutMs,
    ...(config.signal ? { signal: config.signal } : {}),
    ...(config.resume ? { isDone: (work: Work) => resumedDone(writer, work, tally) } : {}),
  };
  // A write that fails (disk full, a refused output path) stops the run; the records so far stay valid.
  const passedOver: SkippedCounts = new Map();
  const filter = { ...config.filter, onSkip: (reason: SkipReason, relative: string) => countNotTaken(tally, reason, relative) };
  const work = pathWork(config.inputs, filter, config.inputFormat, resolveOptions(config.options).maxBytes, passedOver);
  for await (const { work: done, outcome } of cleanWork(work, engine, tally)) {
    const unwritten = await writer.write(done.item ?? null, outcome.line);
    failed(done.source, outcome.error);
    if (unwritten) {
      if (!outcome.error) countFailure(tally, unwritten.code);
      config.onFailure?.(unwritten);
    } else if (!outcome.error) countArticle(tally, outcome.line);
  }
  if (config.stdin) {
    config.signal?.throwIfAborted();
    let outcome: CleanOutcome;
    try {
      outcome = { line: JSON.stringify({ ...clean(await config.stdin(), config.options), source: '-' }), error: null };
    } catch (error) {
      outcome = errorOutcome(asDeboilError(error, '<stdin>'), '-');
    }
    await writer.write(null, outcome.line);
    tally.done++;
    if (!outcome.error) countArticle(tally, outcome.line);
    tally.total = Math.max(tally.total, tally.done + tally.skipped);
    if (outcome.error) countFailure(tally, outcome.error.code);
    failed('-', outcome.error);
  }
  await counting;
  tally.total = tally.done + tally.skipped;
  tally.totalKnown = true;
  const result = await writer.finish({ learn: config.learnTemplates, explain: config.options.explain ?? false, signal: config.signal });
  return { ...result, passedOver };
}
