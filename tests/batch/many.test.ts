import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../helpers.js';
import { sitePage, TEMPLATE_PARAGRAPHS, writeSite } from './site.js';

// cleanMany runs the worker pool, whose workers load the built tree: import the built entry (`npm test` builds first).
const { cleanMany, ArticleSchema, ErrorRecordSchema } = (await import(
  join(process.cwd(), 'dist', 'index.js')
)) as typeof import('../../src/index.js');

const temp = tempDirs('deboil-many-');

async function all<T>(records: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of records) out.push(r);
  return out;
}

const isValid = (r: object) => ArticleSchema.safeParse(r).success || ErrorRecordSchema.safeParse(r).success;

describe('cleanMany', () => {
  it('cleans a directory and files, one record per input in input order, a missing path as an error record', async () => {
    const dir = temp();
    const pages = writeSite(join(dir, 'site'), 5);
    const missing = join(dir, 'nope.html');
    const records = await all(cleanMany([join(dir, 'site'), missing], { jobs: 2 }));
    expect(records.map((r) => r.source)).toEqual([...[...pages].sort(), missing]);
    expect(records.slice(0, 5).every((r) => 'body' in r && r.body.includes('Our reporter'))).toBe(true);
    expect(records[5]).toMatchObject({ source: missing, error: { code: 'NOT_FOUND' } });
    expect(records.every(isValid)).toBe(true);
  });

  it('takes page records from an async iterable: ids echoed in order, url and crawl date per record, bad ones as BAD_RECORD', async () => {
    async function* source() {
      yield { id: 'a', url: 'https://www.harbourgazette.example/x', html: sitePage(1) };
      yield { text: 'Just a plain line of text that is long enough to be a page of its own, with some words in it.' };
      yield { id: 'c', bytes: new TextEncoder().encode(sitePage(2)) };
      yield { id: 'd' } as never;
      yield { id: 'e', html: sitePage(3), crawlDate: '2024-05-16' };
    }
    const progress: number[] = [];
    const records = await all(cleanMany(source(), { jobs: 2, onProgress: (p) => progress.push(p.done) }));
    expect(records.map((r) => r.id)).toEqual(['a', 2, 'c', 'd', 'e']);
    // The record's own url is the page address, as options.url is for one page.
    expect(records[0]).toMatchObject({ url: 'https://www.harbourgazette.example/x', outlet: 'Harbour Gazette' });
    expect(records[3]).toMatchObject({ error: { code: 'BAD_RECORD' } });
    expect((records[3] as { error: { message: string } }).error.message).toMatch(/record 4/);
    expect(records.filter((r) => 'body' in r)).toHaveLength(4);
    expect(progress).toEqual([1, 2, 3, 4, 5]);
    expect(records.every(isValid)).toBe(true);
  });

  it('walks a directory as the CLI does, and its progress counts what each record is and every file not taken', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'a.html'), sitePage(1));
    writeFileSync(join(dir, 'index'), sitePage(2));
    writeFileSync(
      join(dir, 'empty-app.html'),
      '<!doctype html><html><head><title>App</title></head><body><div id="app"></div></body></html>',
    );
    writeFileSync(join(dir, 'page.php'), sitePage(3));
    let last: unknown = null;
    const records = await all(cleanMany(dir, { jobs: 1, onProgress: (p) => (last = p) }));
    expect(records.map((r) => r.source)).toEqual(['a.html', 'empty-app.html', 'index'].map((name) => join(dir, name)));
    const progress = last as unknown as {
      done: number;
      byKind: Map<string, number>;
      notTaken: Map<string, { count: number; example: string }>;
    };
    expect(progress.done).toBe(3);
    expect(Object.fromEntries(progress.byKind)).toEqual({ article: 2, 'no-content': 1 });
    expect(Object.fromEntries(progress.notTaken)).toEqual({ 'not-a-page-name': { count: 1, example: 'page.php' } });
    const everything = await all(cleanMany(dir, { jobs: 1, include: ['*'] }));
    expect(everything.map((r) => r.source)).toContain(join(dir, 'page.php'));
  });

  it('keeps input order however long each page takes', async () => {
    const big = sitePage(0).replace('</article>', `${'<p>More text in a long paragraph, for a slower page.</p>'.repeat(3000)}</article>`);
    const inputs = Array.from({ length: 12 }, (_, i) => ({ id: i, html: i % 3 === 0 ? big : sitePage(i) }));
    const records = await all(cleanMany(inputs, { jobs: 2 }));
    expect(records.map((r) => r.id)).toEqual(inputs.map((r) => r.id));
  });

  it('learns site templates when asked, and not by default', async () => {
    const inputs = Array.from({ length: 6 }, (_, i) => ({ id: i, html: sitePage(i) }));
    const plain = await all(cleanMany(inputs, { jobs: 1 }));
    expect(plain.every((r) => 'body' in r && r.body.includes(TEMPLATE_PARAGRAPHS[0] as string))).toBe(true);
    const learned = await all(cleanMany(inputs, { jobs: 1, learnTemplates: true }));
    expect(learned.map((r) => r.id)).toEqual(inputs.map((r) => r.id));
    expect(learned.every((r) => 'body' in r && !r.body.includes(TEMPLATE_PARAGRAPHS[0] as string))).toBe(true);
  });

  it('stops on an aborted signal, and refuses bad options before starting', async () => {
    const controller = new AbortController();
    const inputs = Array.from({ length: 50 }, (_, i) => ({ id: i, html: sitePage(i) }));
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const r of cleanMany(inputs, { jobs: 1, signal: controller.signal })) {
          seen.push(r.id);
          if (seen.length === 2) controller.abort(new Error('enough'));
        }
      })(),
    ).rejects.toThrow('enough');
    expect(seen).toEqual([0, 1]);
    // An abort while the head page is stalled (the workers' test hook) ends the run at once.
    process.env.DEBOIL_TEST_STALL_SUFFIX = '.stall.html';
    try {
      const dir = temp();
      writeFileSync(join(dir, 'a.stall.html'), sitePage(1));
      const stalled = new AbortController();
      setTimeout(() => stalled.abort(new Error('stop now')), 300);
      await expect(all(cleanMany(dir, { jobs: 1, signal: stalled.signal }))).rejects.toThrow('stop now');
    } finally {
      delete process.env.DEBOIL_TEST_STALL_SUFFIX;
    }
    await expect(all(cleanMany([], { jobs: 0 }))).rejects.toMatchObject({ code: 'BAD_OPTIONS' });
    await expect(all(cleanMany([], { maxBytes: -1 }))).rejects.toMatchObject({ code: 'BAD_OPTIONS' });
    // One url on every page is the CLI's --url with several inputs: refused, each record brings its own.
    const oneUrl = { url: 'https://a.example/x' } as unknown as Parameters<typeof cleanMany>[1];
    await expect(all(cleanMany([{ html: sitePage(1) }], oneUrl))).rejects.toMatchObject({ code: 'BAD_OPTIONS' });
  });

  it('gives a page that runs past the time limit a TIMEOUT record and goes on', async () => {
    const dir = temp();
    // The workers' test hook (batch/worker.ts): a page with this suffix stalls for good.
    process.env.DEBOIL_TEST_STALL_SUFFIX = '.stall.html';
    try {
      writeFileSync(join(dir, 'a.stall.html'), sitePage(1));
      writeFileSync(join(dir, 'b.html'), sitePage(2));
      const records = await all(cleanMany(dir, { jobs: 1, timeout: 300 }));
      expect(records.map((r) => r.source)).toEqual([join(dir, 'a.stall.html'), join(dir, 'b.html')]);
      expect(records[0]).toMatchObject({ error: { code: 'TIMEOUT' } });
      expect(records[1]).toHaveProperty('body');
    } finally {
      delete process.env.DEBOIL_TEST_STALL_SUFFIX;
    }
  });
});
