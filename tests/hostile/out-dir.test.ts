import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OutDir } from '../../src/batch/out-dir.js';

// --out-dir under attack: whatever is done to the directory during the run, nothing is written outside it.
const temp = () => mkdtempSync(join(tmpdir(), 'deboil-hostile-out-'));

async function setUp() {
  const base = temp();
  const outside = join(base, 'outside');
  mkdirSync(outside);
  const root = join(base, 'clean');
  return { base, outside, root, out: await OutDir.open(root, { force: false, resume: false }) };
}

describe('a folder inside --out-dir swapped for a symbolic link during the run', () => {
  // The folder at each depth is checked at every write, not once per run.
  it.each(['a/page.json', 'a/b/page.json', 'a/b/c/d/page.json'])('is refused at the next write of %s', async (name) => {
    const { outside, root, out } = await setUp();
    await out.write(name, '{"n":1}\n');
    const swapped = join(root, 'a');
    renameSync(swapped, join(root, 'a-moved'));
    mkdirSync(join(outside, 'b', 'c', 'd'), { recursive: true });
    symlinkSync(outside, swapped);
    for (let i = 0; i < 5; i++) await expect(out.write(name.replace('page', `page${i}`), '{}\n')).rejects.toThrow(/symbolic link/);
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [e.name]));
    expect(walk(outside)).toEqual([]);
  });

  it('a folder that became a file is refused, not written through', async () => {
    const { root, out } = await setUp();
    await out.write('p.json/x.json', '{}\n');
    renameSync(join(root, 'p.json'), join(root, 'gone'));
    await out.write('p.json', '{}\n');
    await expect(out.write('p.json/y.json', '{}\n')).rejects.toThrow(/not a directory/);
  });
});

describe('hostile output names', () => {
  // The temporary name is short whatever the page name, so a name at the file-system limit still works.
  it.each([200, 240, 250, 255])('a %i-byte name is written and leaves no temporary', async (length) => {
    const { root, out } = await setUp();
    const name = `${'n'.repeat(length - 5)}.json`;
    await out.write(`dir/${name}`, '{"ok":true}\n');
    expect(readdirSync(join(root, 'dir'))).toEqual([name]);
  });

  it.each(['..\\x.json', 'a\\b.json', 'é\\..\\..\\y.json'])(
    'a backslash is part of the name on POSIX, inside the directory: %s',
    async (name) => {
      if (process.platform === 'win32') return;
      const { root, out } = await setUp();
      await out.write(name, '{}\n');
      expect(readdirSync(root)).toEqual([name]);
    },
  );

  it('a\\b.json and a/b.json are two outputs', async () => {
    if (process.platform === 'win32') return;
    const { root, out } = await setUp();
    await out.write('a\\b.json', '{"one":1}\n');
    await out.write('a/b.json', '{"two":2}\n');
    expect(readFileSync(join(root, 'a\\b.json'), 'utf8')).toBe('{"one":1}\n');
    expect(readFileSync(join(root, 'a', 'b.json'), 'utf8')).toBe('{"two":2}\n');
  });
});
