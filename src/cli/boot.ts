/**
 * How bin/deboil.js starts the CLI. Node 20 keeps no compile cache for ES modules, and compiling the
 * CLI's code was most of what a small page costs beyond Node's own start-up. So the build also bundles
 * the CLI into one CommonJS file (dist/bin/cli.cjs), cleans a sample page with it and saves V8's code
 * cache of what that compiled (dist/bin/cli.cache, `npm run build`); a run then loads the bundle through
 * `vm.Script` with that cache instead of compiling it. The cache is taken only when it was made from
 * this very bundle (its SHA-256 heads the file) by this Node on this platform; otherwise, or when either
 * file is missing, the CLI loads from its ES module chunks (dist/bin/main.js) as it did before.
 * Figures in docs/performance.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import type { runCli } from './main.js';

// Each pattern compiled to machine code at its first use: deboil runs its patterns over every block, so
// V8's default first pass through its regexp interpreter only added a second compile of each (the
// boilerplate unions above all). Set before anything is compiled, for the CLI and its workers alike;
// V8 keys a code cache to its flags, so the cache is made under the same setting.
setFlagsFromString('--no-regexp-tier-up');

type RunCli = typeof runCli;

/** The built CLI: dist/bin/, beside this file's dist/cli/. */
const BUILT = new URL('../bin/', import.meta.url);
const bundleIn = (dir: URL): string => fileURLToPath(new URL('cli.cjs', dir));
const cacheIn = (dir: URL): string => fileURLToPath(new URL('cli.cache', dir));

/** What a cache was made by; a cache made by anything else is not offered to V8. */
interface CacheHeader {
  sha256: string;
  node: string;
  platform: string;
}

const headerFor = (source: Buffer): CacheHeader => ({
  sha256: createHash('sha256').update(source).digest('hex'),
  node: process.version,
  platform: `${process.platform}-${process.arch}`,
});

/** The bundle as one function of what CommonJS gives a module, plus the two `import.meta` uses it was built with. */
function bundleScript(dir: URL, source: Buffer, cachedData: Buffer | undefined): Script {
  const wrapped = `(function (exports, require, module, __filename, __dirname, __deboilUrl, __deboilResolve) {${source.toString('utf8')}\n})`;
  return new Script(wrapped, { filename: bundleIn(dir), cachedData });
}

function runBundle(dir: URL, script: Script): RunCli {
  const file = bundleIn(dir);
  const module = { exports: {} as { runCli?: RunCli } };
  const resolve = (specifier: string): string => import.meta.resolve(specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file), new URL('cli.cjs', dir).href, resolve);
  if (typeof module.exports.runCli !== 'function') throw new Error(`${file} does not export runCli`);
  return module.exports.runCli;
}

function readIfThere(path: string): Buffer | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
}

/** The cache bytes in `dir`, when its cache file was made from this source by this Node on this platform. */
export function matchingCache(dir: URL, source: Buffer): Buffer | null {
  const file = readIfThere(cacheIn(dir));
  const newline = file?.indexOf(0x0a) ?? -1;
  if (!file || newline < 0) return null;
  let header: Partial<CacheHeader>;
  try {
    header = JSON.parse(file.subarray(0, newline).toString('utf8')) as Partial<CacheHeader>;
  } catch {
    return null;
  }
  const expected = headerFor(source);
  const same = header.sha256 === expected.sha256 && header.node === expected.node && header.platform === expected.platform;
  return same ? file.subarray(newline + 1) : null;
}

/** Arguments that only print the version or the help: the chunks' entry loads less for them than the bundle and its cache. */
const ONLY_PRINTS = new Set(['-v', '--version', '-h', '--help']);

/**
 * The CLI's entry point for these arguments: from the bundle and its code cache when they match, else
 * (or when the run only prints the version or the help) from the ES module chunks.
 */
export async function loadCli(argv: readonly string[], dir: URL = BUILT): Promise<RunCli> {
  const onlyPrints = argv.length === 1 && ONLY_PRINTS.has(argv[0] as string);
  const source = onlyPrints ? null : readIfThere(bundleIn(dir));
  const cachedData = source && matchingCache(dir, source);
  if (source && cachedData) return runBundle(dir, bundleScript(dir, source, cachedData));
  return ((await import(new URL('main.js', dir).href)) as typeof import('./main.js')).runCli;
}

/** The page the cache is made on: a dated article with a byline, a share bar and a comment form. */
const SAMPLE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Harbour seals return to the estuary | Coastal Times</title>
<meta property="og:site_name" content="Coastal Times">
<link rel="canonical" href="https://www.coastaltimes.example/news/2022/06/14/seals">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour seals return to the estuary","datePublished":"2022-06-14T07:30:00+01:00","author":{"@type":"Person","name":"Priya Natarajan"}}</script>
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour seals return to the estuary</h1><p class="byline">By Priya Natarajan, June 14, 2022</p>
<p>For the first time in a decade, a colony of harbour seals has been counted on the sandbanks at the mouth of the estuary, volunteers said on Tuesday.</p>
<h2>Keeping a distance</h2><ul><li>Stay 100 metres away.</li><li>Keep dogs on a lead.</li></ul>
<p>Walkers are asked to keep to the marked paths, and the <a href="/guide">guide</a> has more.</p>
<div class="share">Share this article: Facebook Twitter Email</div></article>
<div id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div>
<footer>© 2022 Coastal Times</footer></body></html>`;

/**
 * Writes dist/bin/cli.cache (the build runs it after bundling): the bundle compiled without a cache,
 * the sample page cleaned through the CLI in memory, then V8's code for all that was compiled.
 */
export async function writeCodeCache(dir: URL = BUILT): Promise<void> {
  const source = readFileSync(bundleIn(dir));
  const script = bundleScript(dir, source, undefined);
  const run = runBundle(dir, script);
  const sink = new PassThrough();
  sink.resume();
  const stdin = Object.assign(Readable.from([Buffer.from(SAMPLE_PAGE)]), { isTTY: false });
  const code = await run(['--explain'], { stdin, stdout: sink, stderr: sink });
  if (code !== 0) throw new Error(`the sample page failed in the bundled CLI (exit ${code})`);
  writeFileSync(cacheIn(dir), Buffer.concat([Buffer.from(`${JSON.stringify(headerFor(source))}\n`), script.createCachedData()]));
}
