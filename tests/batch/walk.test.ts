import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type WalkItem, walkInputs } from '../../src/batch/walk.js';

async function collect(inputs: string[], filter = {}): Promise<WalkItem[]> {
  const items: WalkItem[] = [];
  for await (const item of walkInputs(inputs, filter)) items.push(item);
  return items;
}

function tree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deboil-walk-'));
  mkdirSync(join(dir, 'a', 'b'), { recursive: true });
  mkdirSync(join(dir, 'drafts'));
  for (const f of ['a/b/page.html', 'a/b/page.txt', 'a/one.htm.gz', 'drafts/x.html', 'notes.md', 'top.xhtml', 'saved.php']) {
    writeFileSync(join(dir, f), '<p>x</p>');
  }
  symlinkSync(join(dir, 'a'), join(dir, 'a', 'b', 'loop'));
  return dir;
}

describe('walking a scrape directory', () => {
  it('finds page files with their path relative to the directory given, and flags siblings sharing a stem', async () => {
    const dir = tree();
    const items = await collect([dir]);
    const files = items.filter((i) => !i.error);
    expect(files.map((i) => i.relative).sort()).toEqual(['a/b/page.html', 'a/b/page.txt', 'a/one.htm.gz', 'drafts/x.html', 'top.xhtml']);
    expect(files.find((i) => i.relative === 'a/b/page.html')?.stemShared).toBe(true);
    expect(files.find((i) => i.relative === 'a/one.htm.gz')?.stemShared).toBe(false);
    expect(items.filter((i) => i.error).map((i) => i.error?.code)).toEqual(['READ_FAILED']);
  });

  it('applies --include and --exclude globs to the relative path (a glob without a slash matches any folder)', async () => {
    const dir = tree();
    const names = async (filter: object) => (await collect([dir], filter)).filter((i) => !i.error).map((i) => i.relative);
    expect(await names({ exclude: ['drafts/**', '*.txt'] })).toEqual(['a/b/page.html', 'a/one.htm.gz', 'top.xhtml']);
    expect(await names({ include: ['*.php', '**/page.*'] })).toEqual(['a/b/page.html', 'a/b/page.txt', 'saved.php']);
  });

  it('takes a named file whatever its name, and reports a missing one as a record', async () => {
    const dir = tree();
    const items = await collect([join(dir, 'notes.md'), join(dir, 'gone.html')]);
    expect(items.map((i) => [i.relative, i.error?.code])).toEqual([
      ['notes.md', undefined],
      ['gone.html', 'NOT_FOUND'],
    ]);
  });
});
