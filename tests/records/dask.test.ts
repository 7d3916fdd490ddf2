import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sitePage } from '../batch/site.js';
import { BIN, REPO } from '../helpers.js';
import { buildWarc } from './warc-fixture.js';

// A real engine: Dask distributed from Debian (`apt-get install python3-distributed`, which .ci/run
// does). A scheduler and two workers on 127.0.0.1, the shipped driver mapping shards to shard mode,
// and one worker killed with SIGKILL mid-run. Skipped where Dask is not installed.
const PYTHON = '/usr/bin/python3';
const hasDask = spawnSync(PYTHON, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0;
const DRIVER = join(REPO, 'examples', 'dask', 'clean_shards.py');

const started: ChildProcess[] = [];
const made: string[] = [];
afterAll(async () => {
  for (const child of started) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve(null);
        }, 5000);
        child.on('exit', () => {
          clearTimeout(timer);
          resolve(null);
        });
      });
    }
  }
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const waitFor = async (check: () => boolean, ms: number, what: string) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
};

function start(command: string, args: string[], cwd: string): { child: ChildProcess; log: () => string } {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let log = '';
  child.stdout?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  child.stderr?.on('data', (c: Buffer) => {
    log += c.toString();
  });
  return { child, log: () => log };
}

describe.skipIf(!hasDask)('Dask distributed, a worker killed mid-run', () => {
  it('the union of outputs holds every record exactly once, byte-identical to a run without the kill', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-dask-'));
    made.push(dir);
    const shards: string[] = [];
    for (let s = 0; s < 6; s++) {
      const path = join(dir, `shard-${s}.warc.gz`);
      const pages = Array.from({ length: 6 }, (_, i) => ({
        url: `https://www.harbourgazette.example/${s}/${i}`,
        body: sitePage(s * 6 + i),
      }));
      writeFileSync(path, await buildWarc([{ type: 'warcinfo' }, ...pages]));
      shards.push(path);
    }
    const reference = join(dir, 'reference');
    mkdirSync(reference);
    for (const shard of shards) {
      const name = (shard.split('/').pop() as string).replace('.warc.gz', '.jsonl');
      expect(spawnSync(process.execPath, [BIN, shard, '-o', join(reference, name), '-q', '--jobs', '1']).status).toBe(0);
    }

    const schedulerFile = join(dir, 'scheduler.json');
    start('/usr/bin/dask-scheduler', ['--host', '127.0.0.1', '--port', '0', '--no-dashboard', '--scheduler-file', schedulerFile], dir);
    await waitFor(() => existsSync(schedulerFile), 30_000, 'the scheduler');
    const workers = [0, 1].map((i) =>
      start(
        '/usr/bin/dask-worker',
        [
          '--scheduler-file',
          schedulerFile,
          '--nthreads',
          '1',
          '--no-nanny',
          '--no-dashboard',
          '--host',
          '127.0.0.1',
          '--local-directory',
          join(dir, `w${i}`),
        ],
        dir,
      ),
    );
    await waitFor(() => workers.every((w) => /Registered to/.test(w.log())), 30_000, 'two workers');

    const out = join(dir, 'out');
    const driver = start(
      PYTHON,
      [DRIVER, '--scheduler-file', schedulerFile, '--out', out, '--deboil', `${process.execPath} ${BIN}`, ...shards, '--', '--jobs', '1'],
      dir,
    );
    const outputs = () => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.jsonl')) : []);
    await waitFor(() => outputs().length >= 1, 60_000, 'a first shard');
    expect(outputs().length).toBeLessThan(shards.length);
    (workers[0] as { child: ChildProcess }).child.kill('SIGKILL');
    const code = await new Promise<number | null>((resolve) => driver.child.on('exit', resolve));
    expect(code, driver.log()).toBe(0);

    expect(outputs().sort()).toEqual(readdirSync(reference).sort());
    const ids = new Set<string>();
    let records = 0;
    for (const name of outputs()) {
      const bytes = readFileSync(join(out, name));
      expect(bytes.equals(readFileSync(join(reference, name))), name).toBe(true);
      for (const line of bytes.toString().trimEnd().split('\n')) {
        ids.add(JSON.parse(line).id);
        records++;
      }
    }
    expect(records).toBe(36);
    expect(ids.size).toBe(36);
    expect(readdirSync(out).filter((f) => f.includes('.deboil-part.'))).toEqual([]);
    const totals = JSON.parse(driver.log().match(/^\{"shards".*$/m)?.[0] ?? '{}');
    expect(totals).toMatchObject({ shards: 6, records: 36, errors: 0 });
  }, 180_000);
});
