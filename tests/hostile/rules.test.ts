import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES } from '../helpers.js';

// A selector that cannot compile is a usage error when the rules load, not a failure on every page.
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'deboil-hostile-rules-'));
const seedPath = join(FIXTURES, 'seed-global-research', 'input.txt');

describe('--rules with invalid selectors', () => {
  const bad = [
    { where: 'body.select', rule: { domain: 'example.com', body: { select: ['div[[['] } }, at: '[0.body.select.0]' },
    { where: 'body.drop', rule: { domain: 'example.com', body: { select: ['article'], drop: ['.ok', '::'] } }, at: '[0.body.drop.1]' },
    { where: 'an unknown pseudo-class', rule: { domain: 'example.com', body: { select: ['a:nope(1)'] } }, at: '[0.body.select.0]' },
    { where: 'an unterminated attribute', rule: { domain: 'example.com', body: { select: ['[x='] } }, at: '[0.body.select.0]' },
    { where: 'a trailing comma', rule: { domain: 'example.com', body: { select: ['div,'] } }, at: '[0.body.select.0]' },
    { where: 'title', rule: { domain: 'example.com', title: ['h1[[['] }, at: '[0.title.0]' },
  ];
  it.each(bad)('$where: BAD_RULES, exit 2, naming the selector', ({ rule, at }) => {
    const path = join(dir, 'rules.json');
    writeFileSync(path, JSON.stringify([rule]));
    const r = run(['--rules', path, seedPath]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('[BAD_RULES]');
    expect(r.stderr).toContain(at);
  });

  it('valid selectors still load and clean', () => {
    const path = join(dir, 'good.json');
    writeFileSync(path, JSON.stringify([{ domain: 'example.com', body: { select: ['article', 'div.post > p'], drop: ['.ad'] } }]));
    const r = run(['--rules', path, seedPath]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).outlet).toBe('Global Research');
    expect(readFileSync(path, 'utf8')).toContain('article');
  });
});
