import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { jsonlRecords } from './jsonl-records.js';
import type { RecordItem, SkippedCounts } from './record.js';

/**
 * How an input file is read: `files` as one page each; `warc` and `jsonl` as many records each; `auto`
 * by the name (.warc, .warc.gz, .jsonl, .jsonl.gz), as a user names them.
 */
export const INPUT_FORMATS = ['auto', 'files', 'warc', 'jsonl'] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];
export type SourceFormat = Exclude<InputFormat, 'auto'>;

const WARC_NAME = /\.warc(?:\.gz)?$/i;
const JSONL_NAME = /\.jsonl(?:\.gz)?$/i;

export function sourceFormat(path: string, format: InputFormat): SourceFormat {
  if (format !== 'auto') return format;
  if (WARC_NAME.test(path)) return 'warc';
  if (JSONL_NAME.test(path)) return 'jsonl';
  return 'files';
}

/** Whether a run reads records (WARC or JSONL) rather than page files. */
export function isRecordInput(inputs: readonly string[], format: InputFormat): boolean {
  if (format === 'warc' || format === 'jsonl') return true;
  return format === 'auto' && inputs.some((p) => sourceFormat(p, format) !== 'files');
}

/** The bytes of a JSONL file, decompressed with node:zlib when gzipped (so a truncated file fails, not ends). */
function jsonlBytes(path: string): AsyncIterable<Buffer> {
  const file = createReadStream(path);
  return /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
}

/** The WARC reader (warcio) loads with the first WARC: the CLI imports this module at start-up. */
async function* lazyWarcRecords(path: string, maxBytes: number, skipped?: SkippedCounts): AsyncGenerator<RecordItem> {
  const { warcRecords } = await import('./warc-records.js');
  yield* warcRecords(path, maxBytes, skipped);
}

export function recordsOf(path: string, format: 'warc' | 'jsonl', maxBytes: number, skipped?: SkippedCounts): AsyncGenerator<RecordItem> {
  return format === 'warc' ? lazyWarcRecords(path, maxBytes, skipped) : jsonlRecords(jsonlBytes(path), maxBytes);
}
