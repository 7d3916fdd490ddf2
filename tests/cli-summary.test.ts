import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePage } from './batch/site.js';
import { builtRunCli, runIn } from './cli-run.js';
import { readJsonLines, tempDirs } from './helpers.js';

// The batch summary, end to end through the built CLI: what each record is, and every walked file not taken.
const run = async (args: string[], input?: string) => runIn(await builtRunCli(), args, input === undefined ? {} : { input });
const temp = tempDirs('deboil-summary-');

const NOT_FREE = '<script type="application/ld+json">{"@type":"NewsArticle","isAccessibleForFree":false}</script>';
const EMPTY_APP = '<!doctype html><html><head><title>Loading</title></head><body><div id="app"></div></body></html>';

function scrape(): string {
  const dir = temp();
  writeFileSync(join(dir, 'a.html'), sitePage(1));
  writeFileSync(join(dir, 'app.html'), EMPTY_APP);
  writeFileSync(join(dir, 'index'), sitePage(3));
  writeFileSync(join(dir, 'wall.html'), sitePage(2).replace('</head>', `${NOT_FREE}</head>`));
  writeFileSync(join(dir, 'page.php'), sitePage(4));
  writeFileSync(join(dir, 'notes.md'), '# Notes\n\nThings to fetch again tomorrow.\n');
  return dir;
}

describe('the batch summary', () => {
  it('counts records by status and wall, and the walked files not taken, on stderr and in --summary', async () => {
    const dir = scrape();
    const elsewhere = temp();
    const out = join(elsewhere, 'out.jsonl');
    const summary = join(elsewhere, 'summary.json');
    const r = await run([dir, '-o', out, '--summary', summary, '--jobs', '1', '--no-learn-templates']);
    expect(r.status, r.stderr).toBe(0);
    expect(readJsonLines(out).map((record) => [record.source, record.status, record.access])).toEqual([
      [join(dir, 'a.html'), 'article', 'open'],
      [join(dir, 'app.html'), 'no-content', 'open'],
      [join(dir, 'index'), 'article', 'open'],
      [join(dir, 'wall.html'), 'article', 'paywall'],
    ]);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toContain('deboil: 4 of 4 inputs cleaned, 0 failed');
    expect(lines).toContain('deboil: records: 3 article, 1 no-content, 1 paywall');
    expect(lines).toContain(
      "deboil: 2 walked files not taken: 2 without a page extension (.html .htm .xhtml .txt, .gz) or HTML content, e.g. notes.md (--include '*' takes every file)",
    );
    // One time figure: "4 pages in 1.2 s, 3.4 pages/s".
    expect(lines.find((l) => l.includes(' pages in '))).toMatch(/^deboil: 4 pages in \d+\.\d s, \d+\.\d pages\/s$/);
    expect(JSON.parse(readFileSync(summary, 'utf8'))).toMatchObject({
      records: 4,
      byStatus: { article: 3, 'no-content': 1, error: 0 },
      byAccess: { paywall: 1 },
    });
  });

  it("--include '*' takes every walked file, and nothing is left to report", async () => {
    const dir = scrape();
    const r = await run([dir, '--include', '*', '--jobs', '1', '--no-learn-templates']);
    expect(r.status, r.stderr).toBe(0);
    const sources = r.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line).source);
    expect(sources).toEqual(['a.html', 'app.html', 'index', 'notes.md', 'page.php', 'wall.html'].map((name) => join(dir, name)));
    expect(r.stderr).toContain('deboil: 6 of 6 inputs cleaned, 0 failed');
    expect(r.stderr).not.toContain('not taken');
  });

  it('counts records by status in stream mode too', async () => {
    const records = [
      { id: 1, html: sitePage(5) },
      { id: 2, html: EMPTY_APP },
    ]
      .map((record) => JSON.stringify(record))
      .join('\n');
    const r = await run(['--jobs', '1'], `${records}\n`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(r.stderr).toContain('deboil: records: 1 article, 1 no-content');
  });
});
