import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shownName } from '../../src/batch/walk.js';
import { BIN, FIXTURES, readJsonLines, tempDirs } from '../helpers.js';

// File names that are not UTF-8 (Latin-1 or Shift_JIS names copied from old disks) are walked by their
// bytes: every file is cleaned, none collapses into another, and each record names its file with the
// bytes that are not UTF-8 escaped as \xNN.
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const temp = tempDirs('deboil-hostile-names-bytes-');
const seed = readFileSync(join(FIXTURES, 'seed-global-research', 'input.txt'));

const latin1 = (text: string) => Buffer.from(text, 'latin1');
/** Names as bytes, each with the name deboil shows for it. */
const NAMES: { bytes: Buffer; shown: string }[] = [
  { bytes: latin1('caf\xe9.html'), shown: 'caf\\xe9.html' },
  { bytes: latin1('caf\xe8.html'), shown: 'caf\\xe8.html' },
  { bytes: Buffer.from('café.html'), shown: 'café.html' },
  { bytes: Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x2e, 0x74, 0x78, 0x74]), shown: '\\x83e\\x83X\\x83g.txt' }, // テスト in Shift_JIS
  { bytes: Buffer.concat([Buffer.from('é'), Buffer.from([0xc3]), Buffer.from('.html')]), shown: 'é\\xc3.html' }, // a cut sequence
];

/** A scrape folder holding every name, and one folder whose own name is Latin-1; null where the file system refuses such names. */
function scrapeWithByteNames(): string | null {
  const root = join(temp(), 'scrape');
  mkdirSync(root);
  const rootBytes = Buffer.from(root);
  const at = (...names: Buffer[]) => Buffer.concat([rootBytes, ...names.flatMap((n) => [Buffer.from('/'), n])]);
  try {
    for (const { bytes } of NAMES) writeFileSync(at(bytes), seed);
    mkdirSync(at(latin1('r\xe9sum\xe9s')));
    writeFileSync(at(latin1('r\xe9sum\xe9s'), Buffer.from('page.html')), seed);
  } catch (error) {
    if (process.platform === 'linux') throw error;
    return null; // macOS and some mounts take UTF-8 names only
  }
  return root;
}

describe('file names that are not UTF-8', () => {
  it.each(NAMES)('$shown is shown with its bytes escaped', ({ bytes, shown }) => {
    expect(shownName(bytes)).toBe(shown);
  });

  it('-o: one article per file, each record naming its file', () => {
    const root = scrapeWithByteNames();
    if (root === null) return;
    const out = join(temp(), 'out.jsonl');
    const r = run([root, '-o', out, '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const records = readJsonLines(out);
    expect(records.filter((record) => record.error)).toEqual([]);
    expect(records.map((record) => record.source).sort()).toEqual(
      [...NAMES.map(({ shown }) => join(root, shown)), join(root, 'r\\xe9sum\\xe9s', 'page.html')].sort(),
    );
  });

  it('--out-dir: one output per file, none lost to a shared name', () => {
    const root = scrapeWithByteNames();
    if (root === null) return;
    const out = join(temp(), 'clean');
    expect(run([root, '--out-dir', out, '--quiet']).status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(
      [...NAMES.map(({ shown }) => shown.replace(/\.(html|txt)$/, '.json')), 'r\\xe9sum\\xe9s'].sort(),
    );
    expect(readdirSync(join(out, 'r\\xe9sum\\xe9s'))).toEqual(['page.json']);
  });

  it('--resume knows the files by the same names', () => {
    const root = scrapeWithByteNames();
    if (root === null) return;
    const out = join(temp(), 'out.jsonl');
    expect(run([root, '-o', out, '--quiet']).status).toBe(0);
    const resumed = run([root, '-o', out, '--resume']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain(`${NAMES.length + 1} done by an earlier run`);
    expect(readJsonLines(out)).toHaveLength(NAMES.length + 1);
  });
});
