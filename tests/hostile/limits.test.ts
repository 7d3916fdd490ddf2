import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES } from '../helpers.js';

// Resource limits a hostile command line must not get around: a usage error, never a crash or a hang.
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = mkdtempSync(join(tmpdir(), 'deboil-hostile-limits-'));
const seed = readFileSync(join(FIXTURES, 'seed-global-research', 'input.txt'));

describe('--jobs is bounded', () => {
  const page = join(dir, 'page.txt');
  writeFileSync(page, seed);
  it.each(['257', '1000', '100000000', '1e9', '0', '-3', '2.5', 'many'])('--jobs %s is a usage error (exit 2)', (n) => {
    const r = run([page, page, '--jobs', n, '-o', join(dir, 'out.jsonl'), '--force']);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toContain('INTERNAL');
    expect(r.stderr).toContain('--jobs');
  });

  it('--jobs 256 on three files starts no more workers than inputs and finishes', () => {
    const inputs = ['a.txt', 'b.txt', 'c.txt'].map((name) => {
      writeFileSync(join(dir, name), seed);
      return join(dir, name);
    });
    const out = join(dir, 'many.jsonl');
    const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...inputs, '--jobs', '256', '-o', out, '--quiet'], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(3);
    const peakKb = Number(r.stderr.trim().split('\n').at(-1));
    expect(peakKb).toBeLessThan(1_000_000);
  });
});
