import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';
import { bundleCore } from './bundle-core.js';

// `deboil/core` must bundle for a browser: no Node built-in anywhere in its import graph.
describe('deboil/core', () => {
  it('bundles for the browser with no node: import in its graph', async () => {
    const result = await bundleCore(REPO, 'esm');
    expect(result.errors).toEqual([]);
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('dist/core.js');
    const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(
      imports.filter((path) => path.startsWith('node:') || /^(fs|zlib|buffer|module|path|os|stream|worker_threads)$/.test(path)),
    ).toEqual([]);
    expect(inputs.some((path) => path.startsWith('dist/cli/') || path.startsWith('dist/batch/') || path === 'dist/input/read.js')).toBe(
      false,
    );
  });

  it('cleans the same as the main entry', async () => {
    const core = await import(join(REPO, 'dist', 'core.js'));
    const main = await import(join(REPO, 'dist', 'index.js'));
    const html = `<title>Core</title><article><p>${'Text of the article body here. '.repeat(6)}</p></article>`;
    expect(core.clean(html)).toEqual(main.clean(html));
  });

  it('on its own, refuses gzip input with a hint instead of needing node:zlib', () => {
    const script = `import('${join(REPO, 'dist', 'core.js')}').then((core) => {
      try { core.clean(new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])); } catch (e) { process.stdout.write(e.code + ' ' + e.hint); }
    });`;
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
    expect(r.stdout).toMatch(/^DECODE_FAILED .*DecompressionStream/);
  });
});
