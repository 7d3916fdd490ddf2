import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, tempDirs } from '../helpers.js';

// --resume cuts the output after its last record, so it must be sure the file is deboil output; and -o
// must never be one of the inputs.
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = tempDirs('deboil-hostile-resume-')();
const seedPath = join(FIXTURES, 'seed-global-research', 'input.txt');

describe('--resume on something that is not deboil output', () => {
  const foreign = [
    { name: 'a device that never ends', make: () => '/dev/zero' },
    { name: 'plain text', make: () => write('notes.txt', 'my notes\nmore notes\n') },
    { name: 'JSON lines of another tool', make: () => write('other.jsonl', '{"id":1}\n{"id":2}\n') },
    { name: 'a record with a source but no body', make: () => write('half.jsonl', '{"source":"a.html"}\n') },
    { name: 'a deboil record, then a foreign line', make: () => write('mixed.jsonl', '{"source":"a.html","body":"x"}\nhello\n') },
  ];
  function write(name: string, text: string): string {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  }
  it.each(foreign)('$name: usage error (exit 2), the file untouched', ({ make }) => {
    const path = make();
    const before = path.startsWith('/dev/') ? null : readFileSync(path, 'utf8');
    const r = run([seedPath, '-o', path, '--resume', '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not deboil output');
    expect(r.stderr).toContain('[BAD_OPTIONS]');
    if (before !== null) expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('deboil output with a torn last line still resumes', () => {
    const out = join(dir, 'ok.jsonl');
    expect(run([seedPath, '-o', out, '--quiet']).status).toBe(0);
    writeFileSync(out, `${readFileSync(out, 'utf8')}{"source":"x`);
    const second = join(dir, 'second.txt');
    copyFileSync(seedPath, second);
    expect(run([seedPath, second, '-o', out, '--resume', '--quiet']).status).toBe(0);
    expect(readFileSync(out, 'utf8').trim().split('\n')).toHaveLength(2);
  });
});

describe('-o naming an input', () => {
  const page = join(dir, 'page.txt');
  copyFileSync(seedPath, page);
  const link = join(dir, 'link.txt');
  symlinkSync(page, link);
  it.each([
    ['the same path', page, ['--force']],
    ['a link to it', link, ['--force']],
    ['with --resume', page, ['--resume']],
  ])('%s: refused (exit 2), the page untouched', (_name, out, flags) => {
    const r = run([page, seedPath, '-o', out, ...flags, '--quiet']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('-o names one of the inputs');
    expect(readFileSync(page)).toEqual(readFileSync(seedPath));
  });
});

describe('--resume judges the whole output, not only what it cleaned', () => {
  // The earlier run's error records stay in the output, so the resumed run has failures still: exit 1.
  const scrape = join(dir, 'with-empty');
  mkdirSync(scrape);
  copyFileSync(seedPath, join(scrape, 'good.txt'));
  writeFileSync(join(scrape, 'empty.html'), '');
  it.each([
    ['-o', join(dir, 'kept-errors.jsonl')],
    ['--out-dir', join(dir, 'kept-errors')],
  ])('%s: exit 1 when an error record an earlier run wrote is kept', (flag, out) => {
    expect(run([scrape, flag, out, '--quiet']).status).toBe(1);
    const resumed = run([scrape, flag, out, '--resume']);
    expect(resumed.status).toBe(1);
    expect(resumed.stderr).toMatch(/2 done by an earlier run \(--resume, 1 of them error records\)/);
  });

  it('exit 0 when every kept record is an article', () => {
    const out = join(dir, 'all-good.jsonl');
    expect(run([seedPath, '-o', out, '--quiet']).status).toBe(0);
    expect(run([seedPath, '-o', out, '--resume', '--quiet']).status).toBe(0);
  });
});
