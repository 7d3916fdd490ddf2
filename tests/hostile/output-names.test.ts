import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNWRITTEN_RECORDS } from '../../src/batch/out-dir.js';
import { BIN, FIXTURES, type OutputRecord, readJsonLines, tempDirs } from '../helpers.js';

// An input whose --out-dir output cannot be written gets an error record of its own (in
// deboil-unwritten.jsonl, since its own name is what failed), and the run goes on for the others.
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const temp = tempDirs('deboil-hostile-names-');
const seed = readFileSync(join(FIXTURES, 'seed-global-research', 'input.txt'));

interface BadName {
  name: string;
  /** Input files to create, relative to the scrape folder; the first is the one that cannot be written. */
  files: string[];
  /** Made in the output directory before the run (which then needs --force). */
  inTheWay?: { path: string; kind: 'folder' | 'file' };
  reason: RegExp;
}

const long = (bytes: number) => 'n'.repeat(bytes);
const badNames: BadName[] = [
  {
    name: 'a folder of the output name in the output',
    files: ['p.html', 'q.html'],
    inTheWay: { path: 'p.json', kind: 'folder' },
    reason: /folder of that name/,
  },
  {
    name: 'a nested folder in the way',
    files: ['a/p.html', 'a/q.html'],
    inTheWay: { path: 'a/p.json', kind: 'folder' },
    reason: /folder of that name/,
  },
  {
    name: 'a page beside an input folder of its output name',
    files: ['p.html', 'p.json/x.html'],
    reason: /folder of that name|not a directory/,
  },
  // Siblings sharing a stem keep their whole name: 246 + `.html.json` is 256 bytes, one over the limit.
  { name: 'an output name over 255 bytes', files: [`${long(246)}.html`, `${long(246)}.txt`], reason: /ENAMETOOLONG/ },
  { name: 'a drive-like name', files: ['c:x.html', 'ok.html'], reason: /absolute/ },
  { name: 'a file where a folder goes', files: ['a/p.html', 'b.html'], inTheWay: { path: 'a', kind: 'file' }, reason: /not a directory/ },
];

function scrapeOf(files: readonly string[]): string {
  const root = join(temp(), 'scrape');
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), seed);
  }
  return root;
}

const outputsUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? outputsUnder(join(dir, e.name)).map((n) => `${e.name}/${n}`) : [e.name],
  );

describe('--out-dir: an output that cannot be written is that input error record', () => {
  it.each(badNames)('$name: exit 1, one record naming the input, the rest written', ({ files, inTheWay, reason }) => {
    const scrape = scrapeOf(files);
    const out = join(temp(), 'clean');
    if (inTheWay) {
      const at = join(out, inTheWay.path);
      mkdirSync(inTheWay.kind === 'folder' ? at : out, { recursive: true });
      if (inTheWay.kind === 'file') writeFileSync(at, 'not a folder');
    }
    const r = run([scrape, '--out-dir', out, '--jobs', '1', ...(inTheWay ? ['--force'] : [])]);
    expect(r.status, r.stderr).toBe(1);
    const unwritten = readJsonLines(join(out, UNWRITTEN_RECORDS));
    expect(unwritten).toHaveLength(1);
    const record = unwritten[0] as OutputRecord;
    expect(record.source).toBe(join(scrape, files[0] as string));
    expect(record.error?.code).toBe('BAD_OUTPUT_NAME');
    expect(record.error?.message).toMatch(reason);
    expect(record.error?.hint).toBeTruthy();
    expect(r.stderr).toContain('[BAD_OUTPUT_NAME]');
    expect(r.stderr).toMatch(/inputs cleaned, 1 failed \(BAD_OUTPUT_NAME 1\)/);
    // Every other input has its output, and no temporary file is left anywhere.
    const written = outputsUnder(out).filter((n) => n.endsWith('.json'));
    expect(written.length).toBeGreaterThanOrEqual(files.length - 1);
    expect(outputsUnder(out).some((n) => n.includes('deboil-tmp'))).toBe(false);
  });

  it('--resume tries an unwritten input again and still exits 1', () => {
    const scrape = scrapeOf(['p.html', 'q.html']);
    const out = join(temp(), 'clean');
    mkdirSync(join(out, 'p.json'), { recursive: true });
    expect(run([scrape, '--out-dir', out, '--force', '--quiet']).status).toBe(1);
    const resumed = run([scrape, '--out-dir', out, '--resume', '--quiet']);
    expect(resumed.status).toBe(1);
    expect(readJsonLines(join(out, UNWRITTEN_RECORDS))).toHaveLength(1);
  });

  it('a run with no refused name writes no unwritten-records file', () => {
    const scrape = scrapeOf(['p.html', 'q.html']);
    const out = join(temp(), 'clean');
    expect(run([scrape, '--out-dir', out, '--quiet']).status).toBe(0);
    expect(existsSync(join(out, UNWRITTEN_RECORDS))).toBe(false);
  });
});
