import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ErrorRecordSchema } from '../../src/index.js';
import type { RecordItem } from '../../src/records/record.js';
import { warcRecords } from '../../src/records/warc-records.js';
import { sitePage } from '../batch/site.js';
import { BIN, tempDirs } from '../helpers.js';
import { buildWarc, type RecordSpec, warcRecordBytes, withContentLength } from './warc-fixture.js';

const temp = tempDirs('deboil-warc-');

async function itemsOf(bytes: Buffer, maxBytes = 50 * 1024 * 1024, name = 'shard.warc.gz') {
  const path = join(temp(), name);
  writeFileSync(path, bytes);
  const skipped = new Map<string, number>();
  const items: RecordItem[] = [];
  for await (const item of warcRecords(path, maxBytes, skipped)) items.push(item);
  return { items, skipped, path };
}

const page = (i: number): RecordSpec => ({ url: `https://www.harbourgazette.example/news/${i}`, body: sitePage(i) });
const codes = (items: RecordItem[]) => items.map((i) => (i.error ? i.error.code : 'page'));

describe('WARC record input', () => {
  it('gives one item per response, skipping and counting request, metadata and warcinfo records', async () => {
    const { items, skipped } = await itemsOf(
      await buildWarc([{ type: 'warcinfo' }, { type: 'request' }, page(1), { type: 'metadata', body: 'a: b\r\n' }, page(2)]),
    );
    expect(codes(items)).toEqual(['page', 'page']);
    expect(Object.fromEntries(skipped)).toEqual({ warcinfo: 1, request: 1, metadata: 1 });
    const first = items[0] as Extract<RecordItem, { page: unknown }>;
    expect(first.meta.id).toMatch(/^<urn:uuid:/);
    expect(first.meta).toMatchObject({ url: 'https://www.harbourgazette.example/news/1', warcFilename: 'shard.warc.gz' });
    expect(first.overrides).toMatchObject({ url: 'https://www.harbourgazette.example/news/1', crawlDate: '2024-05-16T08:00:00Z' });
  });

  it("gives offset and length of each record's gzip member, so the member alone reads back as that record", async () => {
    const warc = await buildWarc([{ type: 'warcinfo' }, page(1), page(2)]);
    const { items } = await itemsOf(warc);
    for (const item of items) {
      const { offset, length } = item.meta as { offset: number; length: number };
      const member = gunzipSync(warc.subarray(offset, offset + length)).toString('latin1');
      expect(member).toContain(`WARC-Record-ID: ${item.meta.id}`);
    }
  });

  it('reads a plain (uncompressed) WARC the same way', async () => {
    const { items } = await itemsOf(await buildWarc([{ type: 'warcinfo' }, page(1), page(2)], false), undefined, 'plain.warc');
    expect(codes(items)).toEqual(['page', 'page']);
    expect(items.map((i) => i.meta.url)).toEqual([
      'https://www.harbourgazette.example/news/1',
      'https://www.harbourgazette.example/news/2',
    ]);
  });

  it('passes the HTTP charset on as the encoding, as a browser reads it', async () => {
    const body = Buffer.from(
      '<html><body><article><p>Caf\xe9 cr\xe8me, \x93quoted\x94 words of a page in a legacy encoding.</p></article></body></html>',
      'latin1',
    );
    const { items } = await itemsOf(await buildWarc([{ body, contentType: 'text/html; charset=windows-1252' }]));
    expect((items[0] as { overrides: { encoding?: string } }).overrides.encoding).toBe('windows-1252');
  });

  describe('hostile records: each gets its error record, every other record comes out', () => {
    const around = async (bad: RecordSpec | Buffer, gzip = true) => {
      const good = await Promise.all([page(1), page(2)].map(warcRecordBytes));
      const middle = Buffer.isBuffer(bad) ? bad : await warcRecordBytes(bad);
      const parts = [good[0] as Buffer, middle, good[1] as Buffer];
      return itemsOf(Buffer.concat(gzip ? parts.map((p) => gzipSync(p)) : parts), undefined, gzip ? 'x.warc.gz' : 'x.warc');
    };

    it('a Content-Length that is too short: BAD_RECORD (gzipped and plain)', async () => {
      for (const gzip of [true, false]) {
        const { items } = await around({ ...page(3), mangle: withContentLength(40) }, gzip);
        expect(codes(items), `gzip ${gzip}`).toEqual(['page', 'BAD_RECORD', 'page']);
        expect(items[1]?.meta.id).toMatch(/^<urn:uuid:/);
      }
    });

    it('a Content-Length that is too long: TRUNCATED_RECORD in its member', async () => {
      const { items } = await around({ ...page(3), mangle: withContentLength(99_999) });
      expect(codes(items)).toEqual(['page', 'TRUNCATED_RECORD', 'page']);
    });

    it('a declared length of 2 GB: TOO_LARGE, never read (gzipped and plain)', async () => {
      for (const gzip of [true, false]) {
        const { items } = await around({ ...page(3), mangle: withContentLength(2 * 1024 ** 3) }, gzip);
        expect(codes(items), `gzip ${gzip}`).toEqual(['page', 'TOO_LARGE', 'page']);
      }
    });

    it('a response whose payload is not HTTP: BAD_RECORD', async () => {
      const notHttp = (bytes: Buffer) =>
        Buffer.from(bytes.toString('latin1').replace('HTTP/1.1 200 OK', 'Hello, not a status line'), 'latin1');
      const { items } = await around({ ...page(3), mangle: notHttp });
      expect(codes(items)).toEqual(['page', 'BAD_RECORD', 'page']);
    });

    it('an image payload: NOT_HTML', async () => {
      const { items } = await around({ body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]), contentType: 'image/png' });
      expect(codes(items)).toEqual(['page', 'NOT_HTML', 'page']);
    });

    it('a member that inflates past the limit: TOO_LARGE, and the next member is still found', async () => {
      const big = { ...page(3), body: sitePage(3).replace('</article>', `${'<p>filler</p>'.repeat(100_000)}</article>`) };
      const good = await Promise.all([page(1), big, page(2)].map(warcRecordBytes));
      const { items } = await itemsOf(Buffer.concat(good.map((p) => gzipSync(p))), 200_000);
      expect(codes(items)).toEqual(['page', 'TOO_LARGE', 'page']);
    });

    it('a gzip member cut short: TRUNCATED_RECORD for it, every record before it comes out', async () => {
      const warc = await buildWarc([page(1), page(2), page(3)]);
      const { items } = await itemsOf(warc.subarray(0, warc.length - 40));
      expect(codes(items)).toEqual(['page', 'page', 'TRUNCATED_RECORD']);
    });

    it('a corrupt member: BAD_RECORD', async () => {
      const warc = await buildWarc([page(1), page(2)]);
      const first = gzipSync(await warcRecordBytes(page(1))).length;
      warc[first + 30] = (warc[first + 30] as number) ^ 0xff;
      const { items } = await itemsOf(warc);
      expect(codes(items)[0]).toBe('page');
      expect(codes(items)[1]).toBe('BAD_RECORD');
    });
  });

  it('through the CLI: -o writes one valid record per response with id, url, warcFilename, offset and length', async () => {
    const dir = temp();
    const input = join(dir, 'shard.warc.gz');
    writeFileSync(input, await buildWarc([{ type: 'warcinfo' }, page(1), { body: 'PNG', contentType: 'image/png' }, page(2)]));
    const run = spawnSync(process.execPath, [BIN, input, '--jobs', '2'], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    const records = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records).toHaveLength(3);
    expect(records.map((r) => r.error?.code ?? 'page')).toEqual(['page', 'NOT_HTML', 'page']);
    for (const r of records) {
      expect(ArticleSchema.safeParse(r).success || ErrorRecordSchema.safeParse(r).success).toBe(true);
      expect(r).toMatchObject({ warcFilename: 'shard.warc.gz', source: input });
      expect(typeof r.offset).toBe('number');
      expect(r.id).toMatch(/^<urn:uuid:/);
    }
    expect(records[0].url).toBe('https://www.harbourgazette.example/news/1');
    expect(run.stderr).toMatch(/WARC records passed over: warcinfo 1/);
  });
});
