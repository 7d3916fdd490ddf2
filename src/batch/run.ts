import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
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
import { cleanWork, type EngineConfig, pathWork, type Work } from './many.js';
import { checkDistinctInputs, OutDir, outputRelative } from './out-dir.js';
import { type CleanOutcome, errorOutcome } from './pool.js';
import { countArticle, countNotTaken, type Tally } from './progress.js';
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
  isDone(item: WalkItem): Promise<boolean>;
  write(item: WalkItem | null, line: string): Promise<void>;
  /** Learns and applies site templates (when asked), then closes. */
  finish(learn: boolean, explain: boolean): Promise<BatchResult>;
}

const NO_TEMPLATES: BatchResult = { templateSites: 0, templatePages: 0, templateBlocks: 0 };

/** Applies templates to one output line; counts what it dropped. */
function templateTransform(templates: SiteTemplates, explain: boolean, result: BatchResult): (line: string) => string {
  return (line) => {
    const { record, dropped } = applyTemplates(templates, JSON.parse(line) as object, explain);
    if (dropped === 0) return line;
    result.templatePages++;
    result.templateBlocks += dropped;
    return JSON.stringify(record);
  };
}

async function fileWriter(path: string, force: boolean, resume: boolean): Promise<Writer> {
  const file = await JsonlFile.open(path, { force, resume });
  return {
    isDone: async (item) => file.done.has(item.path),
    write: (_item, line) => file.write(line),
    async finish(learn, explain) {
      await file.close();
      if (!learn) return NO_TEMPLATES;
      const templates = await learnFrom(readLines(path));
      const result = { ...NO_TEMPLATES, templateSites: templates.siteCount };
      if (templates.siteCount > 0) await rewriteLines(path, templateTransform(templates, explain, result));
      return result;
    },
  };
}

/** Stdout: straight through, or via a temporary file when templates must be learned before printing. */
async function stdoutWriter(stream: NodeJS.WritableStream, learn: boolean): Promise<Writer> {
  // Waits for each line to be handed over, so a full disk or a closed pipe stops the run at that line.
  const print = (line: string) => writeOut(stream, `${line}\n`);
  if (!learn) return { isDone: async () => false, write: (_item, line) => print(line), finish: async () => NO_TEMPLATES };
  const dir = await mkdtemp(join(tmpdir(), 'deboil-'));
  const path = join(dir, 'raw.jsonl');
  const inner = await fileWriter(path, false, false);
  return {
    isDone: async () => false,
    write: inner.write,
    async finish(_learn, explain) {
      try {
        await inner.finish(false, explain);
        const templates = await learnFrom(readLines(path));
        const result = { ...NO_TEMPLATES, templateSites: templates.siteCount };
        const transform = templateTransform(templates, explain, result);
        for await (const line of readLines(path)) await print(transform(line));
        return result;
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
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
      const text = await readFile(out.target(name), 'utf8').catch(() => null);
      if (text) yield { name, line: text.trimEnd() };
    }
  }
  return {
    isDone: (item) => out.has(nameOf(item)),
    write: async (item, line) => {
      const content = dirContent(line, format);
      if (content !== null) await out.write(nameOf(item as WalkItem), content);
    },
    async finish(learn, explain) {
      if (!learn) return NO_TEMPLATES;
      const templates = await learnFrom(
        (async function* () {
          for await (const { line } of outputs()) yield line;
        })(),
      );
      const result = { ...NO_TEMPLATES, templateSites: templates.siteCount };
      if (templates.siteCount === 0) return result;
      const transform = templateTransform(templates, explain, result);
      for await (const { name, line } of outputs()) {
        const next = transform(line);
        if (next !== line) await out.write(name, `${next}\n`);
      }
      return result;
    },
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

/** Counts the inputs in the background so progress can show a total and an ETA without a slow start. */
async function countInputs(config: BatchConfig, tally: Tally): Promise<void> {
  let n = config.stdin ? 1 : 0;
  for await (const _ of walkInputs(config.inputs, config.filter)) {
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

export async function runBatch(config: BatchConfig, tally: Tally): Promise<BatchResult> {
  refuseRecordsByFile(config);
  const d = config.destination;
  const shard = d.kind === 'file' && isRecordInput(config.inputs, config.inputFormat) ? d.path : null;
  let part: string | null = null;
  if (shard) {
    await cleanStaleParts(shard);
    if (!config.force && (await shardDone(shard)))
      return { ...NO_TEMPLATES, passedOver: new Map(), shard: { output: shard, skipped: true } };
    await refuseInputAsOutput(config.inputs, shard);
    part = partName(shard);
  }
  const writer = await openWriter(part ? { ...config, destination: { kind: 'file', path: part }, force: true } : config);
  const failed = (source: string, error: CleanOutcome['error']) => {
    if (error) config.onFailure?.(new DeboilError(error.code, error.message, { file: source, hint: error.hint }));
  };
  const hasRecords = config.inputFormat !== 'files' && config.inputs.some((p) => sourceFormat(p, config.inputFormat) !== 'files');
  const counting = hasRecords ? Promise.resolve() : countInputs(config, tally);
  const engine: EngineConfig = {
    options: config.options,
    jobs: config.jobs,
    timeoutMs: config.timeoutMs,
    ...(config.resume ? { isDone: async (work: Work) => (work.item ? writer.isDone(work.item) : false) } : {}),
  };
  // A write that fails (disk full, a refused output path) stops the run; the records so far stay valid.
  const passedOver: SkippedCounts = new Map();
  const filter = { ...config.filter, onSkip: (reason: SkipReason, relative: string) => countNotTaken(tally, reason, relative) };
  const work = pathWork(config.inputs, filter, config.inputFormat, resolveOptions(config.options).maxBytes, passedOver);
  for await (const { work: done, outcome } of cleanWork(work, engine, tally)) {
    await writer.write(done.item ?? null, outcome.line);
    if (!outcome.error) countArticle(tally, outcome.line);
    failed(done.source, outcome.error);
  }
  if (config.stdin) {
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
    if (outcome.error) {
      tally.failed++;
      tally.byCode.set(outcome.error.code, (tally.byCode.get(outcome.error.code) ?? 0) + 1);
    }
    failed('-', outcome.error);
  }
  await counting;
  tally.total = tally.done + tally.skipped;
  tally.totalKnown = true;
  const result = await writer.finish(config.learnTemplates, config.options.explain ?? false);
  if (shard && part) await commitShard(part, shard);
  return { ...result, passedOver, ...(shard ? { shard: { output: shard, skipped: false } } : {}) };
}
