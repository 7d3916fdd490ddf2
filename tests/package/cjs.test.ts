import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers.js';

// These resolve `deboil` through package.json's exports (self-reference) against the built dist/ (`npm test` builds first).
const CJS = join(REPO, 'tests', 'package', 'cjs');
const TSC = join(REPO, 'node_modules', 'typescript', 'bin', 'tsc');
const tsc = (file: string) =>
  spawnSync(
    process.execPath,
    [TSC, '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--noEmit', '--skipLibCheck', file],
    {
      cwd: REPO,
      encoding: 'utf8',
    },
  );

describe('CommonJS callers', () => {
  it('require("deboil") returns the library', () => {
    const r = spawnSync(process.execPath, [join(CJS, 'require.cjs')], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ title: 'Plain title', hasBody: true, code: 'BAD_OPTIONS' });
  });

  it('a .cts file typechecks against deboil under tsc --strict --module nodenext', () => {
    const r = tsc(join(CJS, 'typed.cts'));
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
