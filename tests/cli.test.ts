import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { ArticleSchema, ErrorRecordSchema } from '../src/index.js';
import { builtRunCli, runIn } from './cli-run.js';
import { BIN, FIXTURES, REPO, readJsonLines } from './helpers.js';

// In process, on the source (batch runs on the built tree its workers load); the last test runs
// bin/deboil.js on the built tree as a user does.
const run = (args: string[], input?: string | Buffer) => runIn(runCli, args, { input });
const batch = async (args: string[]) => runIn(await builtRunCli(), args);
const seedPath = join(FIXTURES, 'seed-global-research', 'input.txt');
const seedExpected = JSON.parse(readFileSync(join(FIXTURES, 'seed-global-research', 'expected.json'), 'utf8'));
const version = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;

describe('deboil CLI', () => {
  it('cleans a page piped on stdin into one compact JSON article', async () => {
    const r = await run([], readFileSync(seedPath));
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const article = ArticleSchema.parse(JSON.parse(r.stdout));
    expect(article.title).toBe(seedExpected.title);
    expect(article.body).toBe(seedExpected.body);
    expect(article.source).toBeUndefined();
  });

  it('reads "-" as stdin and honours --pretty', async () => {
    const r = await run(['-', '--pretty'], readFileSync(seedPath));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\n  "title": ');
  });

  it('puts the structure in "content" as --content asks, without links under --no-links', async () => {
    const page =
      '<html><body><article><h1>Tide tables</h1><h2>Low water</h2><p>The harbour dries at low water, so boats ' +
      'wait for <a href="/tides">the flood tide</a> before they leave the inner basin.</p>' +
      '<ul><li>Spring tides</li><li>Neap tides</li></ul></article></body></html>';
    const markdown = JSON.parse((await run(['--url', 'https://port.example/a', '--compact'], page)).stdout).content;
    expect(markdown).toContain('## Low water');
    expect(markdown).toContain('[the flood tide](https://port.example/tides)');
    expect(markdown).toContain('- Spring tides\n- Neap tides');
    const html = JSON.parse((await run(['--content', 'html', '--no-links', '--compact'], page)).stdout).content;
    expect(html).toContain('<h2>Low water</h2>');
    expect(html).not.toContain('<a ');
    expect(html).toContain('wait for the flood tide before');
    expect(JSON.parse((await run(['--content', 'none', '--compact'], page)).stdout)).not.toHaveProperty('content');
  });

  it('cleans a named file', async () => {
    const r = await run([seedPath, '--compact']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).date).toBe('2018-05-16');
  });

  it('writes one JSON line per input for a directory, with error records for bad inputs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-cli-'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'page.txt'), readFileSync(seedPath));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'notes.md'), 'not a page: skipped by the walk');
    const out = join(dir, 'clean.jsonl');
    const r = await batch([dir, join(dir, 'missing.html'), '-o', out, '--quiet']);
    expect(r.status).toBe(1);
    const lines = readJsonLines(out);
    expect(lines).toHaveLength(3);
    const bySource = new Map(lines.map((l) => [l.source, l]));
    expect(ArticleSchema.parse(bySource.get(join(dir, 'nested', 'page.txt'))).outlet).toBe('Global Research');
    expect(ErrorRecordSchema.parse(bySource.get(join(dir, 'empty.html'))).error.code).toBe('EMPTY_INPUT');
    expect(ErrorRecordSchema.parse(bySource.get(join(dir, 'missing.html'))).error.code).toBe('NOT_FOUND');
  });

  it('refuses to overwrite an existing -o file without --force (exit 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-cli-'));
    const out = join(dir, 'clean.jsonl');
    writeFileSync(out, 'precious\n');
    const r = await batch([seedPath, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(out);
    expect(readFileSync(out, 'utf8')).toBe('precious\n');
    expect((await batch([seedPath, '-o', out, '--force'])).status).toBe(0);
  });

  it('names the file and the reason when a single input fails (exit 1)', async () => {
    const r = await run([join(FIXTURES, 'no-such-page.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-page\.html: .*\[NOT_FOUND\]/);
    expect(r.stderr).toContain('hint:');
  });

  it('refuses a directory on stdin (READ_FAILED), which would otherwise read as an empty page', async () => {
    const fd = openSync(mkdtempSync(join(tmpdir(), 'deboil-cli-')), 'r');
    try {
      const r = await runIn(runCli, [], { fd });
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('deboil: <stdin>: stdin is a directory [READ_FAILED]');
    } finally {
      closeSync(fd);
    }
  });

  it('exits 2 on bad usage', async () => {
    expect((await run(['--no-such-flag'])).status).toBe(2);
    expect((await run(['--input-kind', 'pdf', seedPath])).status).toBe(2);
    for (const flags of [
      ['--encoding', 'no-such-charset'],
      ['--crawl-date', 'yesterday'],
    ]) {
      const r = await run([...flags, seedPath]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('BAD_OPTIONS');
    }
    const bad = await run(['--rules', join(FIXTURES, 'no-such-rules.json'), seedPath]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('BAD_RULES');
  });

  it('prints the JSON Schema generated from the Article schema', async () => {
    const r = await run(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'date', 'outlet', 'body', 'authors', 'wordCount']));
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'date', 'outlet', 'body']));
  });

  it('documents every option with examples, and knows its version', async () => {
    const help = await run(['--help']);
    expect(help.status).toBe(0);
    for (const flag of [
      '--output',
      '--pretty',
      '--compact',
      '--explain',
      '--url',
      '--crawl-date',
      '--encoding',
      '--max-bytes',
      '--input-kind',
      '--rules',
      '--force',
    ]) {
      expect(help.stdout).toContain(flag);
    }
    expect(help.stdout).toContain('Examples:');
    expect((await run(['--version'])).stdout.trim()).toBe(version);
  });

  it('bin/deboil.js on the built tree: a page on stdin, and its version', () => {
    const page = spawnSync(process.execPath, [BIN], { input: readFileSync(seedPath), encoding: 'utf8' });
    expect(page.status).toBe(0);
    expect(JSON.parse(page.stdout).body).toBe(seedExpected.body);
    const v = spawnSync(process.execPath, [BIN, '--version'], { encoding: 'utf8' });
    expect(v.status).toBe(0);
    expect(v.stdout.trim()).toBe(version);
  });
});
