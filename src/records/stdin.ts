import { Readable } from 'node:stream';
import { DeboilError } from '../errors.js';
import type { InputFormat } from './format.js';

/**
 * How stdin is read, kept apart from stream mode (stream.ts) so that one page on stdin does not load the
 * worker pool.
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
