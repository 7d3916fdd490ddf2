import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES } from '../helpers.js';

// stdout that goes away (a closed pipe) or fills up (a full disk): a quiet exit for the first, a coded
// WRITE_FAILED for the second, and never a stack trace.
const dir = mkdtempSync(join(tmpdir(), 'deboil-hostile-stdout-'));
const seedPath = join(FIXTURES, 'seed-global-research', 'input.txt');
const big = join(dir, 'big.txt');
writeFileSync(big, readFileSync(seedPath, 'utf8').repeat(100));
const sh = (script: string) => spawnSync('sh', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
const deboil = `"${process.execPath}" "${BIN}"`;

const modes = [
  { name: 'one page', args: `"${big}"` },
  { name: 'a batch', args: `"${big}" "${big}" "${seedPath}" --quiet` },
  { name: 'a batch without templates', args: `"${big}" "${seedPath}" "${big}" --no-learn-templates --quiet` },
];

describe('stdout that fails', () => {
  it.each(modes)('$name into a closed pipe: exit 0, nothing on stderr', ({ args }) => {
    const r = sh(`${deboil} ${args} 2>"${dir}/err" | head -c1 >/dev/null; echo "rc=$?"; cat "${dir}/err"`);
    expect(r.stdout).toBe('rc=0\n');
  });

  it.each(modes.map((m) => ({ ...m, statusOf: `${deboil} ${m.args} >/dev/full` })))(
    '$name into a full disk: WRITE_FAILED naming stdout, no stack trace',
    ({ statusOf }) => {
      if (!existsSync('/dev/full')) return;
      const r = sh(statusOf);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('deboil: <stdout>: cannot write the output (ENOSPC) [WRITE_FAILED]');
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(r.stderr).not.toContain('INTERNAL');
    },
  );
});
