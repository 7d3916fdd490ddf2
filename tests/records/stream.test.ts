import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sitePage } from '../batch/site.js';
import { BIN } from '../helpers.js';

const line = (record: object) => `${JSON.stringify(record)}\n`;

describe('stream mode: JSONL records on stdin', () => {
  it('gives exactly one line per input line, in input order, ids echoed, bad lines as error records (exit 0)', () => {
    const input = Array.from({ length: 300 }, (_, i) =>
      i % 50 === 7 ? 'not a record\n' : line({ id: `r${i}`, url: `https://www.harbourgazette.example/${i}`, html: sitePage(i) }),
    ).join('');
    const run = spawnSync(process.execPath, [BIN, '--input-format', 'jsonl', '--jobs', '2', '-q'], { input, encoding: 'utf8' });
    expect(run.status).toBe(0);
    const out = run.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(300);
    const records = out.map((l) => JSON.parse(l));
    expect(records.map((r) => r.id)).toEqual(Array.from({ length: 300 }, (_, i) => (i % 50 === 7 ? i + 1 : `r${i}`)));
    expect(records.filter((r) => r.error).map((r) => r.error.code)).toEqual(Array(6).fill('BAD_RECORD'));
    expect(records[0].title).toBe('The seals story 0');
  });

  it('detects JSONL on stdin without the flag; a page on stdin is still one page', () => {
    const auto = spawnSync(process.execPath, [BIN, '-q'], {
      input: line({ id: 1, html: sitePage(1) }) + line({ id: 2, html: sitePage(2) }),
      encoding: 'utf8',
    });
    expect(
      auto.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).id),
    ).toEqual([1, 2]);
    const page = spawnSync(process.execPath, [BIN], { input: sitePage(3), encoding: 'utf8' });
    expect(JSON.parse(page.stdout).title).toBe('The harbour wall story 3');
  });

  it('writes while it reads: the first line comes out before stdin ends', async () => {
    const child = spawn(process.execPath, [BIN, '--input-format', 'jsonl', '--jobs', '1', '-q']);
    let out = '';
    const first = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('\n')) resolve();
      });
    });
    for (let i = 0; i < 40; i++) child.stdin.write(line({ id: i, html: sitePage(i) }));
    await first;
    expect(child.stdin.writableEnded).toBe(false);
    child.stdin.end(line({ id: 'last', html: sitePage(99) }));
    await new Promise((resolve) => child.on('close', resolve));
    const ids = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l).id);
    expect(ids).toEqual([...Array.from({ length: 40 }, (_, i) => i), 'last']);
  });

  it('refuses WARC on stdin with a clear usage error', () => {
    const run = spawnSync(process.execPath, [BIN, '--input-format', 'warc'], { input: 'WARC/1.0\r\n', encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/WARC input is read from a file/);
  });
});
