import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countNotTaken, newTally, summaryLines } from '../../src/batch/progress.js';
import { type SkipReason, type WalkItem, walkInputs } from '../../src/batch/walk.js';

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
  it('takes extension-less files that hold HTML, and tells of every file it passes over and why', async () => {
    const dir = tree();
    writeFileSync(join(dir, 'index'), '<!doctype html><html><body><p>saved by wget</p></body></html>');
    writeFileSync(join(dir, 'story?id=3'), '\n  <html><head><title>x</title></head><body>y</body></html>');
    writeFileSync(join(dir, 'LICENSE'), 'Plain words, not markup.');
    const skipped: [SkipReason, string][] = [];
    const taken = await collect([dir], {
      exclude: ['drafts'],
      onSkip: (reason: SkipReason, relative: string) => skipped.push([reason, relative]),
    });
    expect(taken.filter((i) => !i.error).map((i) => i.relative)).toEqual(expect.arrayContaining(['index', 'story?id=3']));
    expect(skipped.sort()).toEqual([
      ['excluded', 'drafts'],
      ['not-a-page-name', 'LICENSE'],
      ['not-a-page-name', 'notes.md'],
      ['not-a-page-name', 'saved.php'],
    ]);
    const everything = await collect([dir], { include: ['*'], onSkip: (reason: SkipReason) => expect(reason).not.toBe('not-a-page-name') });
    expect(everything.map((i) => i.relative)).toEqual(expect.arrayContaining(['LICENSE', 'notes.md', 'saved.php']));
  });

  it('sums up the files passed over in the batch summary, with how to take them', () => {
    const tally = newTally(0);
    countNotTaken(tally, 'not-a-page-name', 'a/page.php');
    countNotTaken(tally, 'not-a-page-name', 'b/page.asp');
    countNotTaken(tally, 'excluded', 'drafts');
    expect(summaryLines(tally, [], 1_000)).toContain(
      "deboil: 3 walked files not taken: 2 without a page extension (.html .htm .xhtml .txt, .gz) or HTML content, e.g. a/page.php; 1 excluded by --exclude, e.g. drafts (--include '*' takes every file)",
    );
  });

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

  it('prefixes each tree with its folder name when several inputs are given, so trees never mix', async () => {
    const dir = tree();
    const items = await collect([join(dir, 'a'), join(dir, 'drafts')]);
    expect(items.filter((i) => !i.error).map((i) => i.relative)).toEqual([
      'a/b/page.html',
      'a/b/page.txt',
      'a/one.htm.gz',
      'drafts/x.html',
    ]);
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
