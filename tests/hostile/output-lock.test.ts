import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, FIXTURES, readJsonLines, tempDirs } from '../helpers.js';

// One output, one run at a time: a second run on the same -o or --out-dir is refused while the first
// holds its lock, a lock left by a killed run is taken over, and a run's own output inside an input
// tree is never walked as input.
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
const dir = tempDirs('deboil-hostile-lock-')();
const seedPath = join(FIXTURES, 'seed-global-research', 'input.txt');

/** A pid no process has: that of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

function scrape(name: string, pages: number): string {
  const path = join(dir, name);
  mkdirSync(path);
  for (let i = 0; i < pages; i++) copyFileSync(seedPath, join(path, `p${i}.txt`));
  return path;
}

const destinations = [
  { flag: '-o', out: (name: string) => join(dir, `${name}.jsonl`), lock: (out: string) => `${out}.deboil-lock` },
  { flag: '--out-dir', out: (name: string) => join(dir, `${name}-out`), lock: (out: string) => join(out, '.deboil-lock') },
];

describe.each(destinations)('$flag held by another run', ({ flag, out, lock }) => {
  const pages = scrape(`pages${flag}`, 3);

  it.each([
    ['alive (this test process)', () => process.pid, true],
    ['of a process that has exited', deadPid, false],
    ['holding no pid, written long ago', null, false],
  ] as const)('a lock %s: refused only while its run lives', (name, pid, refused) => {
    const target = out(name.replace(/\W+/g, '-'));
    if (flag === '--out-dir') mkdirSync(target);
    writeFileSync(lock(target), pid ? `${pid()}\n` : '');
    if (!pid) spawnSync('touch', ['-d', '2020-01-01', lock(target)]);
    const r = run([pages, flag, target, '--force', '--quiet']);
    if (refused) {
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/another deboil run \(pid \d+\) is writing to this (file|directory) \[BAD_OPTIONS\]/);
      expect(existsSync(lock(target))).toBe(true);
    } else {
      expect(r.status).toBe(0);
      expect(existsSync(lock(target))).toBe(false);
    }
  });

  it('a run leaves no lock behind, and a later run goes on', () => {
    const target = out('sequential');
    expect(run([pages, flag, target, '--quiet']).status).toBe(0);
    expect(existsSync(lock(target))).toBe(false);
    expect(run([pages, flag, target, '--resume', '--quiet']).status).toBe(0);
  });
});

describe('two runs on one output at once', () => {
  it.each(destinations)('$flag: the second is refused, the first writes one record per input', async ({ flag, out, lock }) => {
    const pages = scrape(`many${flag}`, 150);
    const target = out('racing');
    const first = spawn(process.execPath, [BIN, pages, flag, target, '--jobs', '1', '--quiet']);
    const firstDone = new Promise<number | null>((resolve) => first.on('exit', resolve));
    while (!existsSync(lock(target))) await new Promise((resolve) => setTimeout(resolve, 20));
    const second = run([pages, flag, target, '--force', '--quiet']);
    expect(second.status).toBe(2);
    expect(second.stderr).toContain('another deboil run');
    expect(await firstDone).toBe(0);
    const written = flag === '-o' ? readJsonLines(target).length : readdirSync(target).length;
    expect(written).toBe(150);
  });
});

describe("a run's own output inside an input tree", () => {
  it.each([
    ['-o with a page name', ['-o', 'own.txt']],
    ['-o with --include *', ['-o', 'own.jsonl', '--include', '*']],
    ['--out-dir with --include *', ['--out-dir', 'own', '--include', '*']],
  ])('%s is not walked, on the run or on --resume', (_name, flags) => {
    const tree = scrape(`tree-${readdirSync(dir).length}`, 2);
    const args = flags.map((f) => (f.startsWith('own') ? join(tree, f) : f));
    const first = run([tree, ...args]);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/walked files? not taken: \d this run's own output/);
    const resumed = run([tree, ...args, '--resume']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain('2 done by an earlier run');
    const own = args[1] as string;
    expect(flags[0] === '-o' ? readFileSync(own, 'utf8').trim().split('\n') : readdirSync(own)).toHaveLength(2);
  });
});
