import { gzipSync } from 'node:zlib';
import { WARCRecord, WARCSerializer } from 'warcio';

/**
 * Test WARCs, written by warcio from pages of our own: each record serialised uncompressed, so a test can
 * break one (a lying Content-Length), then gzipped record at a time with node:zlib, as crawlers write them.
 */
export interface RecordSpec {
  type?: 'response' | 'request' | 'warcinfo' | 'metadata';
  url?: string;
  date?: string;
  contentType?: string;
  body?: string | Uint8Array;
  /** Replaces the serialised record's bytes (to make it hostile). */
  mangle?: (bytes: Buffer) => Buffer;
}

const encoder = new TextEncoder();

export async function warcRecordBytes(spec: RecordSpec): Promise<Buffer> {
  const type = spec.type ?? 'response';
  const body = typeof spec.body === 'string' || spec.body === undefined ? encoder.encode(spec.body ?? '') : spec.body;
  const record =
    type === 'warcinfo'
      ? WARCRecord.createWARCInfo({ filename: 'test.warc.gz' }, { software: 'deboil tests' })
      : WARCRecord.create(
          {
            url: spec.url ?? 'https://news.example/a',
            date: spec.date ?? '2024-05-16T08:00:00Z',
            type,
            ...(type === 'response' || type === 'request'
              ? { httpHeaders: { 'Content-Type': spec.contentType ?? 'text/html; charset=utf-8' } }
              : {}),
            ...(type === 'request' ? { statusline: 'GET /a HTTP/1.1' } : {}),
          },
          [body],
        );
  const bytes = Buffer.from(await WARCSerializer.serialize(record, { gzip: false }));
  return spec.mangle ? spec.mangle(bytes) : bytes;
}

/** A WARC of these records: gzipped one member per record, or plain. */
export async function buildWarc(specs: readonly RecordSpec[], gzip = true): Promise<Buffer> {
  const parts = await Promise.all(specs.map(warcRecordBytes));
  return Buffer.concat(gzip ? parts.map((p) => gzipSync(p)) : parts);
}

/** Rewrites the WARC Content-Length of a serialised record. */
export const withContentLength = (length: number) => (bytes: Buffer) =>
  Buffer.from(bytes.toString('latin1').replace(/Content-Length: \d+/, `Content-Length: ${length}`), 'latin1');
