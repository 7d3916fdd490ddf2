import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSite } from '../batch/site.js';
import { BIN, FIXTURES, tempDirs } from '../helpers.js';

// SIGTERM or SIGINT in the middle of a batch: the run stops on a whole record, removes its temporary
// files and exits 128 + the signal's number. The last input stalls its worker (the test hook), so the
// signal always finds the run mid-way, with the first records written.
const temp = tempDirs('deboil-hostile-signals-');
const STALL = '.stall.html';
const SIGNAL_NUMBERS = { SIGINT: 2, SIGTERM: 15 } as const;

interface Destination {
  name: string;
  args: (dir: string) => string[];
  /** The written output, for the test to check: every line a whole record, or null when nothing is kept. */
  records: (dir: string, stdout: string) => string[] | null;
  /** Whether the records come before the signal (stdout with templates waits for the end). */
  writesEarly: boolean;
}

const linesOf = (text: string) => text.split('\n').filter((line) => line.length > 0);
const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)).map((n) => `${e.name}/${n}`) : [e.name],
  );

const destinations: Destination[] = [
  {
    name: '-o',
    args: (dir) => ['-o', join(dir, 'out.jsonl')],
    records: (dir) => linesOf(readFileSync(join(dir, 'out.jsonl'), 'utf8')),
    writesEarly: true,
  },
  {
    name: '--out-dir',
    args: (dir) => ['--out-dir', join(dir, 'clean')],
    // The run's lock (.deboil-lock) is no record.
    records: (dir) =>
      walk(join(dir, 'clean'))
        .filter((name) => !name.startsWith('.'))
        .map((name) => readFileSync(join(dir, 'clean', name), 'utf8').trimEnd()),
    writesEarly: true,
  },
  { name: 'stdout', args: () => ['--no-learn-templates'], records: (_dir, stdout) => linesOf(stdout), writesEarly: true },
  // Templates are learned before anything is printed: the records wait in a temporary file, which must go.
  { name: 'stdout, learning templates', args: () => [], records: (_dir, stdout) => linesOf(stdout), writesEarly: false },
];

/** Runs the CLI and sends the signal once `ready` (given the milliseconds since the start), or after 20 s. */
function interruptedRun(args: string[], signal: keyof typeof SIGNAL_NUMBERS, ready: (ms: number) => boolean, tmp: string, stall = STALL) {
  const child = spawn(process.execPath, [BIN, ...args, '--jobs', '1', '--timeout', '10m'], {
    env: { ...process.env, DEBOIL_TEST_STALL_SUFFIX: stall, TMPDIR: tmp },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const started = Date.now();
    const poll = setInterval(() => {
      const ms = Date.now() - started;
      if (ready(ms) || stdout.length > 0 || ms > 20_000) {
        clearInterval(poll);
        child.kill(signal);
      }
    }, 100);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ status, stdout, stderr });
    });
  });
}

describe.each(['SIGTERM', 'SIGINT'] as const)('%s during a batch', (signal) => {
  it.each(destinations)(
    '$name: exit 128+n, whole records only, no temporary file left',
    async (destination) => {
      const dir = temp();
      const tmp = temp();
      const site = join(dir, 'site');
      writeSite(site, 4);
      writeFileSync(join(site, `zz${STALL}`), readFileSync(join(FIXTURES, 'seed-global-research', 'input.txt')));
      const written = () => {
        try {
          return (destination.records(dir, '')?.length ?? 0) > 0;
        } catch {
          return false;
        }
      };
      // A run that prints only at its end is signalled once it has had time to reach the stalled page.
      const ready = destination.writesEarly ? written : (ms: number) => ms > 2500;
      const r = await interruptedRun([site, ...destination.args(dir)], signal, ready, tmp);
      expect(r.status, r.stderr).toBe(128 + SIGNAL_NUMBERS[signal]);
      expect(r.stderr).toContain(`stopped by ${signal}`);
      expect(r.stderr).toContain('[INTERRUPTED]');
      const records = destination.records(dir, r.stdout) ?? [];
      if (destination.writesEarly) expect(records.length).toBeGreaterThan(0);
      for (const line of records) expect(JSON.parse(line)).toHaveProperty('source');
      expect(records.length).toBeLessThan(5);
      expect(walk(dir).filter((name) => name.includes('deboil-tmp') || name.includes('deboil-part'))).toEqual([]);
      expect(readdirSync(tmp)).toEqual([]);
    },
    30_000,
  );
});

describe('an interrupted shard', () => {
  it('leaves neither its part file nor an output', async () => {
    const dir = temp();
    const shard = join(dir, 'records.stall.jsonl');
    const page = readFileSync(join(FIXTURES, 'seed-global-research', 'input.txt'), 'utf8');
    writeFileSync(shard, `${JSON.stringify({ id: 'a', text: page })}\n`);
    const out = join(dir, 'out.jsonl');
    const r = await interruptedRun([shard, '-o', out], 'SIGTERM', (ms) => ms > 1500, temp(), '.stall.jsonl');
    expect(r.status, r.stderr).toBe(143);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([shard.slice(dir.length + 1)]);
  }, 30_000);
});
