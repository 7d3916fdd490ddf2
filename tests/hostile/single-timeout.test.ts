import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, tempDirs } from '../helpers.js';

// --timeout holds for a single page too: the page is cleaned on a worker that is stopped when it runs
// over. The stall hook stands in for a page or a --rules selector that never ends.
const temp = tempDirs('deboil-hostile-single-timeout-');
const seedPath = join(FIXTURES, 'seed-global-research', 'input.txt');
const run = (args: string[], stall: string | null, input?: Buffer) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
    ...(input ? { input } : {}),
    env: { ...process.env, ...(stall ? { DEBOIL_TEST_STALL_SUFFIX: stall } : {}) },
  });

describe('--timeout on a single page', () => {
  const page = join(temp(), 'slow.stall.html');
  copyFileSync(seedPath, page);

  it.each([
    ['a file', [page], '.stall.html', page],
    ['stdin', ['-'], '<stdin>', '<stdin>'],
    ['stdin, no argument', [], '<stdin>', '<stdin>'],
  ])('%s over the limit: TIMEOUT naming the input, exit 1, nothing on stdout', (_name, args, stall, shown) => {
    const started = Date.now();
    const r = run([...args, '--timeout', '400ms'], stall, readFileSync(seedPath));
    expect(r.status).toBe(1);
    expect(Date.now() - started).toBeLessThan(15_000);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`deboil: ${shown}: cleaning took longer than 400 ms`);
    expect(r.stderr).toContain('[TIMEOUT]');
    expect(r.stderr).toContain('hint: raise --timeout');
  });

  it.each([
    ['--timeout', ['--timeout', '20s']],
    ['--rules (under the default limit)', ['--rules', 'RULES']],
  ])('with %s a page in time gives the same article as without', (_name, flags) => {
    const rules = join(temp(), 'rules.json');
    writeFileSync(rules, JSON.stringify([{ domain: 'example.com', body: { drop: ['.promo'] } }]));
    const args = flags.map((f) => (f === 'RULES' ? rules : f));
    const plain = run([seedPath, '--compact'], null);
    const limited = run([seedPath, '--compact', ...args], null);
    expect(limited.status, limited.stderr).toBe(0);
    expect(limited.stdout).toBe(plain.stdout);
  });

  it('errors other than the limit keep their code', () => {
    const r = run([join(temp(), 'missing.html'), '--timeout', '5s'], null);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[NOT_FOUND]');
  });
});
