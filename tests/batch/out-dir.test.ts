import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDistinctInputs, OutDir, outputRelative, safeSegments, temporaryName } from '../../src/batch/out-dir.js';

const temp = () => mkdtempSync(join(tmpdir(), 'deboil-out-'));

describe('--out-dir', () => {
  it('mirrors the relative path with a .json name; siblings sharing a stem keep their whole name', () => {
    expect(outputRelative('a/b/page.html', false)).toBe('a/b/page.json');
    expect(outputRelative('page.txt.gz', false)).toBe('page.json');
    expect(outputRelative('a/page.html', true)).toBe('a/page.html.json');
    expect(outputRelative('a/page.html.gz', true)).toBe('a/page.html.gz.json');
    expect(outputRelative('saved.php', false)).toBe('saved.php.json');
  });

  it('refuses names that could escape the directory', () => {
    for (const bad of ['../x.json', 'a/../../x.json', '/etc/x.json', '', 'a//b.json', './x.json', 'C:/x.json']) {
      expect(() => safeSegments(bad), bad).toThrow(/refusing/);
    }
    expect(safeSegments('a/b/c.json')).toEqual(['a', 'b', 'c.json']);
  });

  it('writes whole files through a temporary name, creating folders', async () => {
    const root = join(temp(), 'clean');
    const out = await OutDir.open(root, { force: false, resume: false });
    await out.write('a/b/page.json', '{"x":1}\n');
    expect(readFileSync(join(root, 'a', 'b', 'page.json'), 'utf8')).toBe('{"x":1}\n');
    expect(readdirSync(join(root, 'a', 'b'))).toEqual(['page.json']);
    expect(await out.has('a/b/page.json')).toBe(true);
    expect(await out.has('a/b/other.json')).toBe(false);
  });

  it('refuses to write through a symbolic link to a folder outside it', async () => {
    const base = temp();
    const outside = join(base, 'outside');
    mkdirSync(outside);
    const root = join(base, 'clean');
    mkdirSync(root);
    symlinkSync(outside, join(root, 'a'));
    const out = await OutDir.open(root, { force: true, resume: false });
    await expect(out.write('a/page.json', '{}\n')).rejects.toThrow(/symbolic link/);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('never follows a link planted at the temporary name', async () => {
    const base = temp();
    const root = join(base, 'clean');
    mkdirSync(root);
    const victim = join(base, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, join(root, temporaryName('page.json')));
    const out = await OutDir.open(root, { force: true, resume: false });
    await out.write('page.json', '{}\n');
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(join(root, 'page.json')).isFile()).toBe(true);
  });

  it('refuses several inputs that would share a name in the output', async () => {
    const base = temp();
    for (const d of ['x/scrape', 'y/scrape', 'z']) mkdirSync(join(base, d), { recursive: true });
    writeFileSync(join(base, 'x', 'page.html'), '<p>x</p>');
    writeFileSync(join(base, 'z', 'page.txt'), 'x');
    await expect(checkDistinctInputs([join(base, 'x', 'scrape'), join(base, 'y', 'scrape')])).rejects.toThrow(
      /both be written as "scrape"/,
    );
    await expect(checkDistinctInputs([join(base, 'x', 'page.html'), join(base, 'z', 'page.txt')])).rejects.toThrow(/page\.json/);
    await expect(checkDistinctInputs([join(base, 'x', 'scrape'), join(base, 'x', 'page.html'), join(base, 'z')])).resolves.toBeUndefined();
  });

  it('needs --force or --resume for a non-empty directory, and refuses a file or a link as the directory', async () => {
    const base = temp();
    const root = join(base, 'clean');
    mkdirSync(root);
    writeFileSync(join(root, 'old.json'), '{}');
    await expect(OutDir.open(root, { force: false, resume: false })).rejects.toThrow(/not empty/);
    await expect(OutDir.open(root, { force: false, resume: true })).resolves.toBeInstanceOf(OutDir);
    symlinkSync(root, join(base, 'link'));
    await expect(OutDir.open(join(base, 'link'), { force: true, resume: false })).rejects.toThrow(/not a directory/);
    expect(existsSync(join(root, 'old.json'))).toBe(true);
  });
});
