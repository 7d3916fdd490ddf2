import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ErrorRecordSchema } from '../src/index.js';
import { BIN, FIXTURES } from './helpers.js';

// These drive the built CLI as a user does (`npm test` builds first).
const run = (args: string[], input?: string | Buffer) => spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8' });
const seedPath = join(FIXTURES, 'seed-global-research', 'input.txt');
const seedExpected = JSON.parse(readFileSync(join(FIXTURES, 'seed-global-research', 'expected.json'), 'utf8'));

describe('deboil CLI', () => {
  it('cleans a page piped on stdin into one compact JSON article', () => {
    const r = run([], readFileSync(seedPath));
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const article = ArticleSchema.parse(JSON.parse(r.stdout));
    expect(article.title).toBe(seedExpected.title);
    expect(article.body).toBe(seedExpected.body);
    expect(article.source).toBeUndefined();
  });

  it('reads "-" as stdin and honours --pretty', () => {
    const r = run(['-', '--pretty'], readFileSync(seedPath));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('\n  "title": ');
  });

  it('cleans a named file', () => {
    const r = run([seedPath, '--compact']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).date).toBe('2018-05-16');
  });

  it('writes one JSON line per input for a directory, with error records for bad inputs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-cli-'));
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'page.txt'), readFileSync(seedPath));
    writeFileSync(join(dir, 'empty.html'), '');
    writeFileSync(join(dir, 'notes.md'), 'not a page: skipped by the walk');
    const out = join(dir, 'clean.jsonl');
    const r = run([dir, join(dir, 'missing.html'), '-o', out, '--quiet']);
    expect(r.status).toBe(1);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    const bySource = new Map(lines.map((l) => [l.source, l]));
    expect(ArticleSchema.parse(bySource.get(join(dir, 'nested', 'page.txt'))).outlet).toBe('Global Research');
    expect(ErrorRecordSchema.parse(bySource.get(join(dir, 'empty.html'))).error.code).toBe('EMPTY_INPUT');
    expect(ErrorRecordSchema.parse(bySource.get(join(dir, 'missing.html'))).error.code).toBe('NOT_FOUND');
  });

  it('refuses to overwrite an existing -o file without --force (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-cli-'));
    const out = join(dir, 'clean.jsonl');
    writeFileSync(out, 'precious\n');
    const r = run([seedPath, '-o', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(out);
    expect(readFileSync(out, 'utf8')).toBe('precious\n');
    expect(run([seedPath, '-o', out, '--force']).status).toBe(0);
  });

  it('names the file and the reason when a single input fails (exit 1)', () => {
    const r = run([join(FIXTURES, 'no-such-page.html')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/no-such-page\.html: .*\[NOT_FOUND\]/);
    expect(r.stderr).toContain('hint:');
  });

  it('exits 2 on bad usage', () => {
    expect(run(['--no-such-flag']).status).toBe(2);
    expect(run(['--input-kind', 'pdf', seedPath]).status).toBe(2);
    for (const flags of [
      ['--encoding', 'no-such-charset'],
      ['--crawl-date', 'yesterday'],
    ]) {
      const r = run([...flags, seedPath]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('BAD_OPTIONS');
    }
    const bad = run(['--rules', join(FIXTURES, 'no-such-rules.json'), seedPath]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('BAD_RULES');
  });

  it('prints the JSON Schema generated from the Article schema', () => {
    const r = run(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['title', 'date', 'outlet', 'body', 'authors', 'wordCount']));
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'date', 'outlet', 'body']));
  });

  it('documents every option with examples, and knows its version', () => {
    const help = run(['--help']);
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
    const pkg = JSON.parse(readFileSync(join(BIN, '..', '..', 'package.json'), 'utf8'));
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
  });
});
