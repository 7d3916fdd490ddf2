import { DeboilError } from '../errors.js';
import { pageRecordItem } from './page-record.js';
import type { RecordItem } from './record.js';

/**
 * JSONL record input: one page record per line (page-record.ts). Lines are split on bytes, not by
 * readline, so that invalid UTF-8 is caught per line (readline would replace it silently) and a line
 * past the limit is passed over without ever being held: it gets a TOO_LARGE record and the run goes on.
 * Every line gives exactly one item, a blank one too (a BAD_RECORD), so output line N answers input line N.
 */
const NEWLINE = 0x0a;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The longest line read: a page of maxBytes in base64 (4/3 of it), plus room for the other fields. */
export function lineLimit(maxBytes: number): number {
  return Math.ceil((maxBytes * 4) / 3) + 1024 * 1024;
}

type Line = { n: number; bytes: Buffer } | { n: number; tooLong: number };

/** Lines of a byte stream; a read error (a truncated gzip) ends them with a TRUNCATED_RECORD item. */
async function* splitLines(chunks: AsyncIterable<Buffer>, limit: number): AsyncGenerator<Line | { n: number; failure: Error }> {
  let n = 0;
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  const take = (piece: Buffer) => {
    size += piece.length;
    if (size > limit) {
      skipping = true;
      parts = [];
    } else if (!skipping) parts.push(piece);
  };
  const end = (): Line => {
    n++;
    const line: Line = skipping ? { n, tooLong: size } : { n, bytes: Buffer.concat(parts, size) };
    parts = [];
    size = 0;
    skipping = false;
    return line;
  };
  try {
    for await (const chunk of chunks) {
      let start = 0;
      for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
        take(chunk.subarray(start, at));
        yield end();
        start = at + 1;
      }
      if (start < chunk.length) take(chunk.subarray(start));
    }
  } catch (error) {
    yield { n: n + 1, failure: error as Error };
    return;
  }
  if (size > 0 || skipping) yield end();
}

/** The items of a JSONL stream; `name` is how errors name it (a file, or <stdin>). */
export async function* jsonlRecords(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<RecordItem> {
  const limit = lineLimit(maxBytes);
  for await (const line of splitLines(chunks, limit)) {
    const where = `line ${line.n}`;
    const meta = { id: line.n };
    if ('failure' in line) {
      yield {
        meta,
        error: new DeboilError('TRUNCATED_RECORD', `${where}: the input ends inside a compressed block (${line.failure.message})`, {
          hint: 'the file was cut short; fetch it again (every line before this one was read)',
        }),
      };
      return;
    }
    if ('tooLong' in line) {
      yield {
        meta,
        error: new DeboilError('TOO_LARGE', `${where}: the line is ${line.tooLong} bytes, more than the ${limit} a record may take`, {
          hint: 'raise --max-bytes, or clean this page on its own',
        }),
      };
      continue;
    }
    const bytes = line.bytes[line.bytes.length - 1] === 0x0d ? line.bytes.subarray(0, -1) : line.bytes;
    let text: string;
    try {
      text = strictUtf8.decode(bytes);
    } catch {
      yield { meta, error: badLine(where, 'is not valid UTF-8 (JSON Lines are UTF-8; put other bytes in "bodyBase64")') };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { meta, error: badLine(where, `is not JSON (${(error as Error).message})`) };
      continue;
    }
    yield pageRecordItem(value, line.n, where);
  }
}

function badLine(where: string, why: string): DeboilError {
  return new DeboilError('BAD_RECORD', `${where} ${why}`, {
    hint: 'each line is one JSON object: {"id"?, "url"?, "crawlDate"?, and one of "html", "text" or "bodyBase64"}',
  });
}
