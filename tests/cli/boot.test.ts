import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { builtRunCli, runIn } from '../cli-run.js';
import { FIXTURES, REPO } from '../helpers.js';

// The built boot module (tests/build-dist.ts builds dist/ before the tests), as bin/deboil.js loads it.
const boot = (await import(pathToFileURL(join(REPO, 'dist', 'cli', 'boot.js')).href)) as typeof import('../../src/cli/boot.js');
const BUILT = pathToFileURL(join(REPO, 'dist', 'bin', '/'));
const page = readFileSync(join(FIXTURES, 'jsonld-news-article', 'input.html'));

// Inside dist/, so that the copy finds node_modules as the built tree does.
const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/** A copy of dist/bin/ to tamper with. */
function builtCopy(): URL {
  const root = mkdtempSync(join(REPO, 'dist', 'boot-test-'));
  copies.push(root);
  // The CLI reads its version from the package.json two folders up.
  cpSync(join(REPO, 'package.json'), join(root, 'package.json'));
  const bin = join(root, 'dist', 'bin');
  cpSync(new URL('.', BUILT), bin, { recursive: true });
  return pathToFileURL(`${bin}/`);
}

describe('CLI boot', () => {
  it('finds the code cache the build made from its bundle with this Node', () => {
    expect(boot.matchingCache(BUILT, readFileSync(new URL('cli.cjs', BUILT)))).not.toBeNull();
  });

  it('cleans a page from the cached bundle as from the ES module chunks', async () => {
    const fromChunks = await runIn(await builtRunCli(), ['--explain'], { input: page });
    expect(fromChunks.status).toBe(0);
    const fromBundle = await runIn(await boot.loadCli(['--explain'], BUILT), ['--explain'], { input: page });
    expect(fromBundle).toEqual(fromChunks);
  });

  it('does not offer V8 a cache made from another bundle, and loads the chunks instead', async () => {
    const dir = builtCopy();
    const bundle = new URL('cli.cjs', dir);
    writeFileSync(bundle, `${readFileSync(bundle, 'utf8')}\n// changed after the cache was made\n`);
    expect(boot.matchingCache(dir, readFileSync(bundle))).toBeNull();
    const cache = new URL('cli.cache', dir);
    writeFileSync(cache, 'not a cache');
    expect(boot.matchingCache(dir, readFileSync(bundle))).toBeNull();
    const run = await runIn(await boot.loadCli([], dir), [], { input: page });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).title).toBe('Harbour seals return to the estuary');
  });
});
