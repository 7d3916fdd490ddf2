import type { DeboilError } from '../errors.js';

/**
 * Record input: pages that come with their own identity (a WARC record, a JSONL line, an object handed
 * to cleanMany) rather than as files. Each gives exactly one output record, an Article or an error
 * record, carrying `RecordMeta` so a user can tell which input it answers and fetch it again.
 */

/** A page handed to cleanMany (or read from a JSONL line): one of html, text or bytes. */
export interface PageRecord {
  id?: string | number;
  url?: string;
  crawlDate?: string | number | Date;
  html?: string;
  text?: string;
  bytes?: Uint8Array;
}

/** What identifies an output record: the id always; where it came from for WARC (offset and length of the record, compressed). */
export interface RecordMeta {
  id: string | number;
  url?: string | null;
  warcFilename?: string;
  offset?: number;
  length?: number;
}

/** Per-record options: the page's own url, crawl date and HTTP charset, over the run's options. */
export interface RecordOverrides {
  url?: string;
  crawlDate?: string | number | Date;
  encoding?: string;
  inputKind?: 'html' | 'text';
}

/** One input read from a record source: a page to clean, or the error that stands for it. */
export type RecordItem =
  | { meta: RecordMeta; page: string | Uint8Array; overrides: RecordOverrides; error?: undefined }
  | { meta: RecordMeta; error: DeboilError };

/** Counts of records a source passed over (WARC request, metadata, warcinfo...), by kind. */
export type SkippedCounts = Map<string, number>;

export function countSkipped(skipped: SkippedCounts, kind: string): void {
  skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
}
