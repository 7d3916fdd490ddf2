import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO } from '../helpers.js';

// Packs a copy of the sources that has no dist/ (as a fresh checkout or git URL has), so the tarball
// can only hold a build if `npm pack` made one, then installs it from the npm cache into a fresh folder
// and uses it as a consumer would. The copy keeps the repo's dist/ untouched while other tests read it.
const npm = spawnSync('npm', ['--version'], { encoding: 'utf8' });
const hasNpm = npm.status === 0;
if (!hasNpm) console.warn('tests/package/pack.test.ts skipped: npm is not on PATH');

const work = mkdtempSync(join(tmpdir(), 'deboil-pack-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (cmd: string, args: string[], cwd: string) => spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: 90_000 });
const offlineEnv = ['--no-audit', '--no-fund', '--loglevel=error'];

describe.skipIf(!hasNpm)('the npm tarball', () => {
  let consumer = '';

  it('is built by npm pack and holds dist/, bin, LICENSE and README only', () => {
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
    ]) {
      cpSync(join(REPO, entry), join(src, entry), { recursive: true });
    }
    symlinkSync(join(REPO, 'node_modules'), join(src, 'node_modules'), 'dir');
    const packed = run('npm', ['pack', '--json', '--pack-destination', work, ...offlineEnv], src);
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as [{ filename: string; files: { path: string }[] }];
    const files = info.files.map((f) => f.path);
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('bin/deboil.js');
    expect(files).toContain('LICENSE');
    expect(files.filter((f) => !/^dist\/.+\.(js|d\.ts)$/.test(f)).sort()).toEqual([
      'LICENSE',
      'README.md',
      'bin/deboil.js',
      'dist/bin/cli.cache',
      'dist/bin/cli.cjs',
      'package.json',
    ]);

    consumer = join(work, 'consumer');
    cpSync(join(FIXTURES, 'html-fragment'), join(consumer, 'page'), { recursive: true });
    writeFileSync(join(consumer, 'package.json'), '{ "name": "consumer", "private": true }\n');
    const tgz = join(work, info.filename);
    let installed = run('npm', ['install', '--offline', ...offlineEnv, tgz], consumer);
    if (installed.status !== 0) installed = run('npm', ['install', '--prefer-offline', ...offlineEnv, tgz], consumer);
    expect(installed.status, installed.stderr).toBe(0);
  }, 120_000);

  it('installs a working deboil command', () => {
    const page = join(consumer, 'page', readdirSync(join(consumer, 'page')).find((f) => f.startsWith('input.')) as string);
    const r = run(join(consumer, 'node_modules', '.bin', 'deboil'), [page], consumer);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).body.length).toBeGreaterThan(0);
  });

  it('can be imported and required', () => {
    const script = [
      "const viaRequire = require('deboil');",
      "import('deboil').then((viaImport) => {",
      "  const html = '<title>T</title><article><p>' + 'Body text of the page. '.repeat(6) + '</p></article>';",
      '  process.stdout.write(JSON.stringify([viaRequire.clean(html).title, viaImport.clean(html).title, viaImport.clean === viaRequire.clean]));',
      '});',
    ].join('\n');
    writeFileSync(join(consumer, 'use.cjs'), script);
    const r = run(process.execPath, ['use.cjs'], consumer);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(['T', 'T', true]);
  });
});
