import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, readJsonLines } from '../helpers.js';

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

// Opening a FIFO with no writer blocks for ever, and a device may never end: both are refused before open.
describe('inputs that are not regular files', () => {
  const fifoDir = join(dir, 'special');
  mkdirSync(join(fifoDir, 'sub'), { recursive: true });
  writeFileSync(join(fifoDir, 'good.txt'), seed);
  execFileSync('mkfifo', [join(fifoDir, 'pipe.html')]);
  execFileSync('mkfifo', [join(fifoDir, 'sub', 'deep.txt')]);
  symlinkSync(join(fifoDir, 'pipe.html'), join(fifoDir, 'link-to-pipe.html'));
  symlinkSync('/dev/zero', join(fifoDir, 'zero.html'));

  const explicit = [
    { name: 'a FIFO', path: join(fifoDir, 'pipe.html'), reason: 'named pipe' },
    { name: 'a link to a FIFO', path: join(fifoDir, 'link-to-pipe.html'), reason: 'named pipe' },
    { name: 'a character device', path: '/dev/zero', reason: 'character device' },
    { name: 'a link to a device', path: join(fifoDir, 'zero.html'), reason: 'character device' },
  ];
  it.each(explicit)('$name as the only argument: READ_FAILED at once, naming the kind', ({ path, reason }) => {
    const r = run([path]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`deboil: ${path}: is a`);
    expect(r.stderr).toContain(reason);
    expect(r.stderr).toContain('[READ_FAILED]');
  });

  it.each(explicit)('$name among batch arguments: its own error record, the run ends', ({ path, reason }) => {
    const out = join(dir, 'special-args.jsonl');
    const r = run([join(fifoDir, 'good.txt'), path, '-o', out, '--force', '--quiet']);
    expect(r.status).toBe(1);
    const records = readJsonLines(out);
    expect(records).toHaveLength(2);
    const failed = records.find((record) => 'error' in record);
    expect(failed?.error?.code).toBe('READ_FAILED');
    expect(failed?.error?.message).toContain(reason);
  });

  it('a walked directory holding FIFOs and links to devices: one error record each, the rest cleaned', () => {
    const out = join(dir, 'special-walk.jsonl');
    const r = run([fifoDir, '-o', out, '--force', '--quiet']);
    expect(r.status).toBe(1);
    const records = readJsonLines(out);
    expect(records).toHaveLength(5);
    const failed = records.filter((record) => 'error' in record);
    expect(failed.map((record) => record.error?.code)).toEqual(['READ_FAILED', 'READ_FAILED', 'READ_FAILED', 'READ_FAILED']);
    expect(failed.map((record) => record.source).sort()).toEqual(
      ['link-to-pipe.html', 'pipe.html', 'sub/deep.txt', 'zero.html'].map((name) => join(fifoDir, name)).sort(),
    );
  });

  it('stdin that is a directory is READ_FAILED, not EMPTY_INPUT', () => {
    const r = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" < "${fifoDir}"`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('stdin is a directory');
    expect(r.stderr).toContain('[READ_FAILED]');
  });
});
