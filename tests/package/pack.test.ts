import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO } from '../helpers.js';
import { bundleCore } from './bundle-core.js';

// Packs a copy of the sources that has no dist/ (as a fresh checkout or git URL has), so the tarball
// can only hold a build if `npm pack` made one, then installs it into a fresh folder and uses it as a
// consumer would: `npx deboil`, require, import, TypeScript, and a browser bundle of `deboil/core`.
// The copy keeps the repo's dist/ untouched while other tests read it. No network: the install is
// `npm ci --offline` from a lockfile naming the tarball and the same dependency versions as ours,
// whose packages `npm ci` of this repo put in the npm cache.
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
const hasNpm = npm.status === 0;
if (!hasNpm) console.warn('tests/package/pack.test.ts skipped: npm is not on PATH');

const work = mkdtempSync(join(tmpdir(), 'deboil-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 90_000 });
const quiet = ['--no-audit', '--no-fund', '--loglevel=warn'];
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');

interface LockEntry {
  dev?: boolean;
  [key: string]: unknown;
}

/** A consumer's package.json and lockfile: deboil from the tarball, its dependencies as our lockfile pins them. */
function writeConsumer(dir: string, tarball: string): void {
  const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as Record<string, unknown>;
  const lock = JSON.parse(readFileSync(join(REPO, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const spec = `file:${tarball}`;
  const packages: Record<string, unknown> = {
    '': { name: 'consumer', dependencies: { deboil: spec } },
    'node_modules/deboil': {
      version: pkg.version,
      resolved: spec,
      license: pkg.license,
      dependencies: pkg.dependencies,
      bin: pkg.bin,
      engines: pkg.engines,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path !== '' && !entry.dev) packages[path] = entry;
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, dependencies: { deboil: spec } }));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ name: 'consumer', lockfileVersion: 3, requires: true, packages }));
}

describe.skipIf(!hasNpm)('the npm tarball', () => {
  const consumer = join(work, 'consumer');
  const html = `<title>T</title><article><p>${'Body text of the page. '.repeat(6)}</p></article>`;

  it('is built by npm pack, holds dist/, bin, LICENSE and README only, and installs offline with no script to run', () => {
    const src = join(work, 'src-copy');
    for (const entry of [
      'package.json',
      'package-lock.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'README.md',
      'LICENSE',
      'src',
      'bin',
      'scripts',
    ]) {
      cpSync(join(REPO, entry), join(src, entry), { recursive: true });
    }
    symlinkSync(join(REPO, 'node_modules'), join(src, 'node_modules'), 'dir');
    const packed = run('npm', ['pack', '--json', '--offline', '--pack-destination', work, ...quiet], src);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
    const files = info.files.map((f) => f.path);
    expect(files).toEqual(
      expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/core.js', 'dist/core.d.ts', 'dist/bin/main.js']),
    );
    expect(files.filter((f) => !/^dist\/.+\.(js|d\.ts)$/.test(f)).sort()).toEqual([
      'LICENSE',
      'README.md',
      'bin/deboil.js',
      'dist/bin/cli.cache',
      'dist/bin/cli.cjs',
      'package.json',
    ]);
    // postpack put the sources' package.json back as it was.
    expect(readFileSync(join(src, 'package.json'), 'utf8')).toBe(readFileSync(join(REPO, 'package.json'), 'utf8'));
    expect(existsSync(join(src, 'package.json.deboil-pack'))).toBe(false);

    mkdirSync(consumer);
    cpSync(join(FIXTURES, 'html-fragment', 'input.html'), join(consumer, 'page.html'));
    writeConsumer(consumer, join(work, info.filename));
    const installed = run('npm', ['ci', '--offline', ...quiet], consumer);
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed.stderr).not.toMatch(/install-scripts|prepare/);
    // npm lists `prepare` as an install script of a tarball it installs (and npm 11 warns it may not run):
    // the tarball ships built, so its package.json has none of them.
    const shipped = JSON.parse(readFileSync(join(consumer, 'node_modules', 'deboil', 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(shipped.scripts[hook], hook).toBeUndefined();
  }, 120_000);

  it('runs with npx deboil', () => {
    const r = run('npx', ['--offline', 'deboil', 'page.html'], consumer);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'article', body: expect.stringMatching(/\w/) });
    const version = run('npx', ['--offline', 'deboil', '--version'], consumer);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')).version);
  });

  it('can be required and imported, deboil/core too', () => {
    const script = [
      "const viaRequire = require('deboil');",
      `const html = ${JSON.stringify(html)};`,
      "Promise.all([import('deboil'), import('deboil/core')]).then(([viaImport, core]) => {",
      '  process.stdout.write(JSON.stringify([viaRequire.clean(html).title, viaImport.clean(html).title, core.clean(html).title,',
      "    viaImport.clean === viaRequire.clean, typeof viaImport.cleanMany, 'cleanFile' in core]));",
      '});',
    ].join('\n');
    writeFileSync(join(consumer, 'use.cjs'), script);
    const r = run(process.execPath, ['use.cjs'], consumer);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['T', 'T', 'T', true, 'function', false]);
  });

  it('gives TypeScript callers its types, the unions included, from .cts and .mts files', () => {
    writeFileSync(
      join(consumer, 'typed.cts'),
      [
        "import deboil = require('deboil');",
        "const article: deboil.Article = deboil.clean('<p>x</p>');",
        "const code: deboil.ErrorCode = 'EMPTY_INPUT';",
        '// @ts-expect-error an error code is one of ERROR_CODES, not any string',
        "const unknownCode: deboil.ErrorCode = 'NO_SUCH_CODE';",
        '// @ts-expect-error a removal reason is one of the RemovalReason union',
        "const reason: deboil.RemovedBlock['reason'] = 'because';",
        '// @ts-expect-error a provenance source is one of PROVENANCE_SOURCES',
        "const source: deboil.Provenance['source'] = 'guesswork';",
        '// @ts-expect-error wordCount is a number',
        'const words: string = article.wordCount;',
        'export = { article, code, unknownCode, reason, source, words };',
      ].join('\n'),
    );
    writeFileSync(
      join(consumer, 'typed.mts'),
      [
        "import { type ManyRecord, cleanMany } from 'deboil';",
        "import { clean, cleanDocument } from 'deboil/core';",
        "const title: string = clean('<p>x</p>').title;",
        "const markdown: string = clean('<p>x</p>', { format: 'markdown' });",
        'export async function titles(dir: string): Promise<string[]> {',
        '  const out: string[] = [];',
        "  for await (const r of cleanMany(dir, { jobs: 1 })) out.push('error' in r ? r.error.code : r.title);",
        '  return out;',
        '}',
        'export const kept: [string, string, typeof cleanDocument, ManyRecord | null] = [title, markdown, cleanDocument, null];',
      ].join('\n'),
    );
    const r = run(
      process.execPath,
      [
        TSC,
        '--strict',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--target',
        'es2022',
        '--noEmit',
        'typed.cts',
        'typed.mts',
      ],
      consumer,
    );
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 90_000);

  it('bundles deboil/core for the browser, and the bundle cleans a page with no Node globals', async () => {
    const result = await bundleCore(consumer, 'iife');
    expect(result.errors).toEqual([]);
    expect(Object.keys(result.metafile.inputs).some((path) => path.endsWith('node_modules/deboil/dist/core.js'))).toBe(true);
    // A realm with the web platform's globals a page has, and no process, Buffer or require.
    const realm: Record<string, unknown> = { atob, btoa, TextDecoder, TextEncoder, URL, URLSearchParams, console };
    runInNewContext(`${result.outputFiles[0]?.text}\nglobalThis.result = deboil.clean(${JSON.stringify(html)});`, realm);
    expect(realm.result).toMatchObject({ title: 'T', status: 'article', wordCount: 30 });
  });
});
