import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sitePage } from '../batch/site.js';
import { BIN, tempDirs } from '../helpers.js';
import { buildWarc } from './warc-fixture.js';

const temp = tempDirs('deboil-shard-');

const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

async function shard(dir: string, name = 'shard.warc.gz', count = 12): Promise<string> {
  const path = join(dir, name);
  const pages = Array.from({ length: count }, (_, i) => ({ url: `https://www.harbourgazette.example/news/${i}`, body: sitePage(i) }));
  writeFileSync(path, await buildWarc([{ type: 'warcinfo' }, ...pages, { body: 'GIF89a', contentType: 'image/gif' }]));
  return path;
}

describe('shard mode', () => {
  it('writes the output whole, prints a one-line JSON summary, and skips a complete output (exit 0)', async () => {
    const dir = temp();
    const input = await shard(dir);
    const out = join(dir, 'out.jsonl');
    const first = run([input, '-o', out, '--jobs', '2']);
    expect(first.status).toBe(0);
    const summary = JSON.parse(first.stderr.trim().split('\n').at(-1) as string);
    expect(summary).toMatchObject({
      output: out,
      skipped: false,
      records: 13,
      byStatus: { article: 12, error: 1 },
      byCode: { NOT_HTML: 1 },
      passedOver: { warcinfo: 1 },
    });
    expect(summary.optionsHash).toMatch(/^[0-9a-f]{16}$/);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(13);
    const before = readFileSync(out);
    const again = run([input, '-o', out, '--summary', join(dir, 'summary.json')]);
    expect(again.status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'))).toMatchObject({ skipped: true, records: 0 });
    expect(readFileSync(out).equals(before)).toBe(true);
  });

  it('is deterministic: the same bytes whatever the number of workers', async () => {
    const dir = temp();
    const input = await shard(dir, 'shard.warc.gz', 20);
    for (const jobs of ['1', '2']) expect(run([input, '-o', join(dir, `out${jobs}.jsonl`), '--jobs', jobs, '-q']).status).toBe(0);
    expect(readFileSync(join(dir, 'out1.jsonl')).equals(readFileSync(join(dir, 'out2.jsonl')))).toBe(true);
  });

  it('a killed task leaves no final file; the next run removes its temporary file and completes', async () => {
    const dir = temp();
    const input = await shard(dir, 'slow.stall.warc.gz', 4);
    const out = join(dir, 'out.jsonl');
    // The worker's test hook stalls every record of an input with this suffix, so the task is mid-run when killed.
    const child = spawn(process.execPath, [BIN, input, '-o', out, '--jobs', '1', '-q'], {
      env: { ...process.env, DEBOIL_TEST_STALL_SUFFIX: '.stall.warc.gz' },
    });
    const part = `${out}.deboil-part.${hostname()}.${child.pid}`;
    for (let i = 0; i < 100 && !existsSync(part); i++) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(part)).toBe(true);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('close', resolve));
    expect(existsSync(out)).toBe(false);
    expect(run([input, '-o', out, '-q']).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['out.jsonl', 'slow.stall.warc.gz']);
    expect(readFileSync(out, 'utf8').trimEnd().split('\n')).toHaveLength(5);
  });

  it('--out-dir and --resume take page files, not records: a usage error', async () => {
    const dir = temp();
    const input = await shard(dir, 'shard.warc.gz', 1);
    for (const args of [
      ['--out-dir', join(dir, 'o')],
      ['-o', join(dir, 'o.jsonl'), '--resume'],
    ]) {
      const refused = run([input, ...args]);
      expect(refused.status, args.join(' ')).toBe(2);
      expect(refused.stderr).toMatch(/take(s)? page files, not WARC or JSONL records/);
    }
  });

  it('takes a file that lists shard paths: one output holding every listed shard, in list order', async () => {
    const dir = temp();
    const a = await shard(dir, 'a.warc.gz', 2);
    const b = await shard(dir, 'b.warc.gz', 3);
    const list = join(dir, 'task.txt');
    writeFileSync(list, `# shards of task 7\n${b}\n\n${a}\n`);
    const out = join(dir, 'task.jsonl');
    expect(run(['--inputs-from', list, '-o', out, '-q']).status).toBe(0);
    const sources = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).warcFilename);
    expect(sources).toEqual([...Array(4).fill('b.warc.gz'), ...Array(3).fill('a.warc.gz')]);
    expect(run(['--inputs-from', join(dir, 'missing.txt'), '-o', out]).status).toBe(2);
  });
});
