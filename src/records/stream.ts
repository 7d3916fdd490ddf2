import { Readable } from 'node:stream';
import { JsonlFile, written } from '../batch/jsonl.js';
import { cleanWork, type EngineConfig, type Work } from '../batch/many.js';
import type { Tally } from '../batch/progress.js';
import { DeboilError } from '../errors.js';
import type { InputFormat } from './format.js';
import { jsonlRecords } from './jsonl-records.js';

/**
 * Stream mode, for engines that pipe (Spark's RDD.pipe, Hadoop Streaming): JSONL page records on stdin,
 * exactly one output line per input line on stdout, in input order, the id echoed. Reading, cleaning
 * and writing overlap: the engine's ordered window (batch/many.ts) reads ahead only a bounded number of
 * lines, and each output line waits for the pipe to take it, so memory stays flat on an endless stream.
 */

/** A first line that opens a JSON object naming a record field: a JSONL stream, never an HTML or text page. */
const JSONL_START = /^\s*\{\s*"(?:id|url|crawlDate|html|text|bodyBase64)"\s*:/;

export type StdinRecords = { kind: 'records'; chunks: AsyncIterable<Buffer> } | { kind: 'page'; stdin: NodeJS.ReadableStream };

/**
 * Decides how stdin is read: `jsonl` as records; `auto` as records when its first bytes open a page
 * record (a JSON page on stdin was refused before, so no page changes meaning), else as one page, the
 * peeked bytes put back. WARC is not read from stdin: its records are found by offset in a file.
 */
export async function stdinRecords(stdin: NodeJS.ReadableStream, format: InputFormat): Promise<StdinRecords> {
  if (format === 'files') return { kind: 'page', stdin };
  if (format === 'warc') {
    throw new DeboilError('BAD_OPTIONS', 'WARC input is read from a file, not from stdin', {
      hint: 'pass the .warc.gz path as an argument; stdin takes JSONL records (--input-format jsonl)',
    });
  }
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  const head = first.done ? null : Buffer.from(first.value);
  async function* replay(): AsyncGenerator<Buffer> {
    if (head) yield head;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield Buffer.from(next.value);
  }
  if (format === 'jsonl' || (head && JSONL_START.test(head.subarray(0, 4096).toString('utf8')))) {
    return { kind: 'records', chunks: replay() };
  }
  return { kind: 'page', stdin: Readable.from(replay()) };
}

async function* stdinWork(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<Work> {
  for await (const item of jsonlRecords(chunks, maxBytes)) {
    yield item.error
      ? { source: '-', meta: item.meta, error: item.error }
      : { source: '-', meta: item.meta, input: { page: item.page, overrides: item.overrides } };
  }
}

/** Runs stream mode to the end of stdin; output goes to stdout, or to a -o file. */
export async function runStream(
  chunks: AsyncIterable<Buffer>,
  engine: EngineConfig,
  maxBytes: number,
  output: { stream: NodeJS.WritableStream } | { path: string; force: boolean },
  tally: Tally,
  onFailure?: (error: DeboilError) => void,
): Promise<void> {
  const file = 'path' in output ? await JsonlFile.open(output.path, { force: output.force, resume: false }) : null;
  const write = (line: string) => (file ? file.write(line) : written((output as { stream: NodeJS.WritableStream }).stream, `${line}\n`));
  try {
    for await (const { work, outcome } of cleanWork(stdinWork(chunks, maxBytes), engine, tally)) {
      await write(outcome.line);
      if (outcome.error)
        onFailure?.(
          new DeboilError(outcome.error.code, outcome.error.message, { file: `<stdin> line ${work.meta?.id}`, hint: outcome.error.hint }),
        );
    }
  } finally {
    await file?.close();
  }
  tally.totalKnown = true;
}
