import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonlRecords, lineLimit } from '../../src/records/jsonl-records.js';
import type { RecordItem } from '../../src/records/record.js';
import { sitePage } from '../batch/site.js';
import { BIN, tempDirs } from '../helpers.js';

const temp = tempDirs('deboil-jsonl-');

async function itemsOf(chunks: Buffer[], maxBytes = 50 * 1024 * 1024): Promise<RecordItem[]> {
  const items: RecordItem[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const item of jsonlRecords(source(), maxBytes)) items.push(item);
  return items;
}

const line = (record: object) => `${JSON.stringify(record)}\n`;
const codes = (items: RecordItem[]) => items.map((i) => (i.error ? i.error.code : 'page'));

describe('JSONL record input', () => {
  it('reads html, text and bodyBase64 records, ids echoed or the line number, url and crawlDate passed on', async () => {
    const text = [
      line({ id: 'a', url: 'https://news.example/a', crawlDate: '2024-05-16', html: sitePage(1) }),
      line({ text: 'A plain text page.' }),
      line({ id: 9, bodyBase64: Buffer.from(sitePage(2)).toString('base64') }),
    ].join('');
    // Split mid-line and mid-character: lines are found on bytes.
    const bytes = Buffer.from(text);
    const items = await itemsOf([bytes.subarray(0, 17), bytes.subarray(17, 2001), bytes.subarray(2001)]);
    expect(codes(items)).toEqual(['page', 'page', 'page']);
    expect(items.map((i) => i.meta.id)).toEqual(['a', 2, 9]);
    expect(items[0]).toMatchObject({ overrides: { url: 'https://news.example/a', crawlDate: '2024-05-16', inputKind: 'html' } });
    expect(items[1]).toMatchObject({ overrides: { inputKind: 'text' } });
    expect(Buffer.from((items[2] as { page: Uint8Array }).page).toString()).toBe(sitePage(2));
  });

  it('a bad line gives BAD_RECORD naming its line number, and the lines after it still come', async () => {
    const items = await itemsOf([
      Buffer.from(
        [
          line({ html: '<p>one</p>' }),
          'not json\n',
          '\n',
          line({ id: 'x' }),
          line({ html: 1 }),
          line([1, 2]),
          line({ html: '<p>a</p>', text: 'b' }),
          line({ bodyBase64: '***' }),
          line({ html: '<p>last</p>' }),
        ].join(''),
      ),
    ]);
    expect(codes(items)).toEqual([
      'page',
      'BAD_RECORD',
      'BAD_RECORD',
      'BAD_RECORD',
      'BAD_RECORD',
      'BAD_RECORD',
      'BAD_RECORD',
      'BAD_RECORD',
      'page',
    ]);
    expect(items.map((i) => i.error?.message.match(/^line (\d+)/)?.[1] ?? null)).toEqual([null, '2', '3', '4', '5', '6', '7', '8', null]);
    expect(items[3]?.meta.id).toBe('x');
  });

  it('invalid UTF-8 in a line: BAD_RECORD for that line only', async () => {
    const bad = Buffer.concat([Buffer.from('{"html":"<p>caf'), Buffer.from([0xe9, 0xff]), Buffer.from('</p>"}\n')]);
    const items = await itemsOf([Buffer.from(line({ html: '<p>a</p>' })), bad, Buffer.from(line({ html: '<p>b</p>' }))]);
    expect(codes(items)).toEqual(['page', 'BAD_RECORD', 'page']);
    expect(items[1]?.error?.message).toMatch(/UTF-8/);
  });

  it('a line past the limit is passed over unheld (TOO_LARGE) and the next line still comes', async () => {
    const maxBytes = 100_000;
    const huge = Buffer.alloc(lineLimit(maxBytes) + 10, 0x61);
    const items = await itemsOf(
      [Buffer.from(line({ html: '<p>a</p>' })), huge, Buffer.from('\n'), Buffer.from(line({ html: '<p>b</p>' }))],
      maxBytes,
    );
    expect(codes(items)).toEqual(['page', 'TOO_LARGE', 'page']);
    expect(items[1]?.error?.message).toMatch(/^line 2/);
  });

  it('through the CLI: a 60 MB line gets TOO_LARGE, a truncated .jsonl.gz TRUNCATED_RECORD, the other lines come out in order', () => {
    const dir = temp();
    const plain = join(dir, 'pages.jsonl');
    const big = `<p>${'x'.repeat(60 * 1024 * 1024)}</p>`;
    writeFileSync(
      plain,
      [line({ id: 'a', html: sitePage(1) }), line({ id: 'big', html: big }), line({ id: 'c', html: sitePage(2) })].join(''),
    );
    const run = spawnSync(process.execPath, [BIN, plain, '--jobs', '2', '-q'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const out = run.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => [r.id, r.error?.code ?? 'page'])).toEqual([
      ['a', 'page'],
      ['big', 'TOO_LARGE'],
      ['c', 'page'],
    ]);
    const gz = join(dir, 'cut.jsonl.gz');
    const zipped = gzipSync([1, 2, 3].map((i) => line({ id: i, html: sitePage(i) })).join(''));
    writeFileSync(gz, zipped.subarray(0, zipped.length - 12));
    const cut = spawnSync(process.execPath, [BIN, gz, '-q'], { encoding: 'utf8' });
    const records = cut.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(records.at(-1).error.code).toBe('TRUNCATED_RECORD');
    expect(cut.status).toBe(1);
  });
});
