import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { builtRunCli, runIn } from './cli-run.js';
import { tempDirs } from './helpers.js';

// --format: one page printed as Markdown, HTML or text; a batch writes one such file per input.
const run = (args: string[], input?: string) => runIn(runCli, args, { input });
const batch = async (args: string[]) => runIn(await builtRunCli(), args);
const temp = tempDirs('deboil-format-');

const page = (title: string) =>
  `<html><head><title>${title}</title><meta property="article:published_time" content="2025-03-04"></head><body><article>` +
  `<h1>${title}</h1><h2>Low water</h2><p>The harbour dries at low water, so boats wait for the flood tide before ` +
  'they leave the inner basin, as the harbour master reminded skippers this week.</p>' +
  '<ul><li>Spring tides come twice a month</li><li>Neap tides fall between them</li></ul></article></body></html>';

describe('--format on one page', () => {
  it('markdown: YAML front matter, then the article with its headings and lists', async () => {
    const r = await run(['--format', 'markdown', '--url', 'https://port.example/tides'], page('Tide tables'));
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('---\ntitle: "Tide tables"\ndate: "2025-03-04"\n')).toBe(true);
    expect(r.stdout).toContain('url: "https://port.example/tides"\n---\n\n');
    expect(r.stdout).toContain('## Low water');
    expect(r.stdout).toContain('- Spring tides come twice a month\n- Neap tides fall between them');
  });

  it('html: a whole document holding the article, no JSON around it', async () => {
    const r = await run(['--format', 'html'], page('Tide tables'));
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.stdout).toContain('<h1>Tide tables</h1>');
    expect(r.stdout).toContain('<li>Neap tides fall between them</li>');
  });

  it('text: the body alone, as JSON output gives it in "body"', async () => {
    const json = JSON.parse((await run(['--compact'], page('Tide tables'))).stdout) as { body: string };
    const r = await run(['--format', 'text'], page('Tide tables'));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${json.body}\n`);
  });

  it('refuses --content with a string format, naming both', async () => {
    const r = await run(['--format', 'markdown', '--content', 'html'], page('Tide tables'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('BAD_OPTIONS');
    expect(r.stderr).toContain('--format markdown');
  });

  it('refuses a format it does not know', async () => {
    const r = await run(['--format', 'pdf'], page('Tide tables'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('pdf');
  });
});

describe('--format in a batch', () => {
  it('--out-dir gets one .md per page, mirroring the inputs; a failed page gets none', async () => {
    const root = temp();
    const scrape = join(root, 'scrape');
    mkdirSync(join(scrape, 'harbour'), { recursive: true });
    writeFileSync(join(scrape, 'harbour', 'tides.html'), page('Tide tables'));
    writeFileSync(join(scrape, 'ferries.html'), page('Ferry times'));
    writeFileSync(join(scrape, 'broken.html'), Buffer.from(`\x89PNG\r\n\x1a\n${'\0'.repeat(64)}`, 'latin1'));
    const out = join(root, 'out');
    const r = await batch([scrape, '--out-dir', out, '--format', 'markdown', '--jobs', '1']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/broken\.html: .*\[NOT_A_PAGE\]/);
    expect(readdirSync(out).sort()).toEqual(['ferries.md', 'harbour']);
    const tides = readFileSync(join(out, 'harbour', 'tides.md'), 'utf8');
    expect(tides.startsWith('---\ntitle: "Tide tables"\n')).toBe(true);
    expect(tides).toContain('## Low water');
    expect(existsSync(join(out, 'broken.md'))).toBe(false);
  });

  it('--resume finds the .md outputs of an earlier run and cleans only what is missing', async () => {
    const root = temp();
    const scrape = join(root, 'scrape');
    mkdirSync(scrape);
    writeFileSync(join(scrape, 'tides.html'), page('Tide tables'));
    const out = join(root, 'out');
    expect((await batch([scrape, '--out-dir', out, '--format', 'text', '-q'])).status).toBe(0);
    writeFileSync(join(scrape, 'ferries.html'), page('Ferry times'));
    const r = await batch([scrape, '--out-dir', out, '--format', 'text', '--resume']);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['ferries.txt', 'tides.txt']);
    expect(readFileSync(join(out, 'ferries.txt'), 'utf8')).toContain('The harbour dries at low water');
  });

  it('several pages into one stream need --out-dir, and templates need JSON', async () => {
    const root = temp();
    writeFileSync(join(root, 'a.html'), page('Tide tables'));
    writeFileSync(join(root, 'b.html'), page('Ferry times'));
    const stream = await batch([root, '--format', 'markdown']);
    expect(stream.status).toBe(2);
    expect(stream.stderr).toContain('--out-dir');
    const templates = await batch([root, '--out-dir', join(root, 'out'), '--format', 'html', '--learn-templates']);
    expect(templates.status).toBe(2);
    expect(templates.stderr).toContain('--learn-templates');
  });
});
