import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { clean, cleanFile } from '../../src/index.js';
import { CrawlBound, crawlBound, parseIsoDate, pickUnderBound } from '../../src/metadata/date.js';

const BODY = `<p>${'Plain article text that runs long enough to count as the body of the page. '.repeat(6)}</p>`;
const html = (head: string, body = '') =>
  `<!doctype html><html><head><title>Harbour seals return to the estuary</title>${head}</head><body><h1>Harbour seals return to the estuary</h1>${body}${BODY}</body></html>`;
const PUBLISHED = '<meta property="article:published_time" content="2022-06-14T07:30:00+01:00">';
const TEXT_DUMP = `Harbour seals return to the estuary\n\nJune 14, 2022\n\n${'Volunteers counted the seals on the sandbanks at low tide, and the count was the highest in ten years. '.repeat(4)}\n`;

// cleanMany runs the worker pool, whose workers load the built tree: import the built entry (`npm test` builds first).
const { cleanMany } = (await import(join(process.cwd(), 'dist', 'index.js'))) as typeof import('../../src/index.js');

const dir = mkdtempSync(join(tmpdir(), 'deboil-bound-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fileAt = (name: string, content: string, mtime: Date): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  utimesSync(path, mtime, mtime);
  return path;
};

describe('the crawl-date bound', () => {
  it('records the days it turns away, and a soft bound is dropped only when it turns away every one', () => {
    const bound = new CrawlBound(new Date('2020-01-01T00:00:00Z'), true);
    expect(parseIsoDate('2022-06-14', bound)).toBeNull();
    expect([...bound.rejected]).toEqual(['2022-06-14']);
    const pick = (latest: Date | undefined) => ({ date: parseIsoDate('2022-06-14', latest)?.date ?? null });
    expect(pickUnderBound(bound, pick)).toEqual({ date: '2022-06-14' });
    expect(bound.dropped).toBe(true);
    const given = new CrawlBound(new Date('2020-01-01T00:00:00Z'), false);
    expect(pickUnderBound(given, pick)).toEqual({ date: null });
  });

  it('takes a given crawl date over the file time, and no file time from before the web era', () => {
    const given = new Date('2024-05-16T00:00:00Z');
    expect(crawlBound(given, new Date('2020-01-01'))?.soft).toBe(false);
    expect(crawlBound(undefined, new Date('2020-01-01'))?.soft).toBe(true);
    expect(crawlBound(undefined, new Date('1980-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('keeps a given crawl date even when it turns every date away, and explains it', () => {
    const article = clean(html(PUBLISHED), { crawlDate: '2021-01-01', explain: true });
    expect(article.date).toBeNull();
    expect(article.dateBound).toEqual({ crawlDate: '2021-01-01T00:00:00.000Z', from: 'option', rejected: ['2022-06-14'], dropped: false });
    expect(clean(html(PUBLISHED), { crawlDate: '2023-01-01', explain: true }).dateBound).toBeUndefined();
  });

  it('never lets a file time empty the date of an HTML page or a text dump', async () => {
    const early = new Date('2021-03-01T00:00:00Z');
    const page = await cleanFile(fileAt('page.html', html(PUBLISHED), early), { explain: true });
    expect(page.date).toBe('2022-06-14');
    expect(page.dateBound).toMatchObject({ from: 'file-mtime', rejected: ['2022-06-14'], dropped: true });
    const dump = await cleanFile(fileAt('dump.txt', TEXT_DUMP, early), { explain: true });
    expect(dump.date).toBe('2022-06-14');
    expect(dump.dateBound?.dropped).toBe(true);
    const zipped = await cleanFile(fileAt('zipped.html', html(PUBLISHED), new Date('1980-01-01T00:00:00Z')), { explain: true });
    expect([zipped.date, zipped.dateBound]).toEqual(['2022-06-14', undefined]);
  });

  it('still bounds by the file time when a date is left under it', async () => {
    const body = '<p class="post-meta">Posted on 2 March 2021</p>';
    const article = await cleanFile(fileAt('both.html', html(PUBLISHED, body), new Date('2021-03-10T00:00:00Z')), { explain: true });
    expect(article.date).toBe('2021-03-02');
    expect(article.dateBound).toMatchObject({ rejected: ['2022-06-14'], dropped: false });
  });

  it('does the same in a batch, on the worker threads', async () => {
    const path = fileAt('batch.html', html(PUBLISHED), new Date('2021-03-01T00:00:00Z'));
    const records = [];
    for await (const record of cleanMany([path], { jobs: 1 })) records.push(record);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ date: '2022-06-14' });
  });
});
