import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, ErrorRecordSchema } from '../src/index.js';
import { writeSite } from './batch/site.js';
import { builtRunCli, runIn } from './cli-run.js';
import { BIN, FIXTURES, readJsonLines, tempDirs } from './helpers.js';

// Batch mode, driven in process through the built tree that its worker threads load (built from src/
// before the tests). Each run starts worker threads, so these take seconds; the kill -9 test spawns
// bin/deboil.js and gets more time on a loaded machine.
const run = async (args: string[]) => runIn(await builtRunCli(), args);
const temp = tempDirs('deboil-batch-');
const FIXTURE_INPUTS = ['seed-global-research/input.txt', 'jsonld-news-article/input.html', 'wordpress-video-post/input.txt'].map((f) =>
  join(FIXTURES, f),
);

/** Every record is a valid Article or error record, and each expected source has exactly one. */
function expectOneValidLinePerInput(path: string, sources: readonly string[]): void {
  const text = readFileSync(path, 'utf8');
  expect(text.endsWith('\n')).toBe(true);
  const records = readJsonLines(path);
  for (const r of records) expect(r.error ? ErrorRecordSchema.safeParse(r).success : ArticleSchema.safeParse(r).success).toBe(true);
  expect(records.map((r) => r.source).sort()).toEqual([...sources].sort());
}

/** `count` pages copied from the fixtures into nested folders. */
function copyTree(root: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const dir = join(root, `d${i % 7}`, `e${i % 3}`);
    mkdirSync(dir, { recursive: true });
    const input = FIXTURE_INPUTS[i % FIXTURE_INPUTS.length] as string;
    const path = join(dir, `p${i}${input.endsWith('.html') ? '.html' : '.txt'}`);
    copyFileSync(input, path);
    return path;
  });
}

describe('deboil batch mode', () => {
  it('--out-dir mirrors each input as a .json, error records included, and writes nothing else', async () => {
    const base = temp();
    const scrape = join(base, 'scrape');
    mkdirSync(join(scrape, 'a', 'b'), { recursive: true });
    copyFileSync(FIXTURE_INPUTS[1] as string, join(scrape, 'a', 'b', 'page.html'));
    writeFileSync(join(scrape, 'a', 'zipped.txt.gz'), gzipSync(readFileSync(FIXTURE_INPUTS[0] as string)));
    writeFileSync(join(scrape, 'a', 'image.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(scrape, 'skip.txt'), 'excluded by the glob');
    const out = join(base, 'clean');
    const r = await run([scrape, '--out-dir', out, '--exclude', 'skip.txt', '--jobs', '2']);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/image\.html: .*\[NOT_A_PAGE\]/);
    expect(r.stderr).toMatch(/2 of 3 inputs cleaned, 1 failed \(NOT_A_PAGE 1\)/);
    const page = ArticleSchema.parse(JSON.parse(readFileSync(join(out, 'a', 'b', 'page.json'), 'utf8')));
    expect(page.title).toBe('Harbour seals return to the estuary');
    expect(page.source).toBe(join(scrape, 'a', 'b', 'page.html'));
    expect(ArticleSchema.parse(JSON.parse(readFileSync(join(out, 'a', 'zipped.json'), 'utf8'))).outlet).toBe('Global Research');
    expect(ErrorRecordSchema.parse(JSON.parse(readFileSync(join(out, 'a', 'image.json'), 'utf8'))).error.code).toBe('NOT_A_PAGE');
    expect(readdirSync(out, { recursive: true }).sort()).toEqual(['a', 'a/b', 'a/b/page.json', 'a/image.json', 'a/zipped.json']);
    // A second run into the same directory needs --resume (nothing to redo) or --force.
    expect((await run([scrape, '--out-dir', out])).status).toBe(2);
    const resumed = await run([scrape, '--out-dir', out, '--resume']);
    expect(resumed.stderr).toContain('3 done by an earlier run');
  });

  it('-o on an existing file needs --force or --resume; --resume cuts a torn line and adds only what is missing', async () => {
    const base = temp();
    const out = join(base, 'clean.jsonl');
    const [first, second, third] = FIXTURE_INPUTS as [string, string, string];
    expect((await run([first, second, '-o', out, '--quiet'])).status).toBe(0);
    appendFileSync(out, '{"title":"torn');
    expect((await run([first, second, third, '-o', out])).status).toBe(2);
    const resumed = await run([first, second, third, '-o', out, '--resume']);
    expect(resumed.status).toBe(0);
    expect(resumed.stderr).toContain('1 of 3 inputs cleaned, 0 failed, 2 done by an earlier run');
    expectOneValidLinePerInput(out, [first, second, third]);
    expect((await run([first, '-o', out, '--force', '--resume'])).status).toBe(2);
    expect((await run([first, '--resume'])).status).toBe(2);
  });

  it('after a kill -9 mid-run, the same command with --resume ends with exactly one valid line per input', async () => {
    const base = temp();
    const sources = copyTree(join(base, 'scrape'), 1500);
    const out = join(base, 'clean.jsonl');
    const args = [BIN, join(base, 'scrape'), '-o', out, '--jobs', '2', '--quiet'];
    const child = spawn(process.execPath, args, { stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    // Kill it once a few hundred records are out, in the middle of writing.
    while (!existsSync(out) || statSync(out).size < 100_000) await new Promise((resolve) => setTimeout(resolve, 5));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const partial = readFileSync(out, 'utf8').split('\n').length - 1;
    expect(partial).toBeLessThan(sources.length);
    const resumed = spawnSync(process.execPath, [...args.slice(0, -1), '--resume'], { encoding: 'utf8' });
    expect(resumed.status).toBe(0);
    expectOneValidLinePerInput(out, sources);
  }, 60_000);

  it.runIf(existsSync('/dev/full'))('a full disk stops the run with WRITE_FAILED naming the output, not a crash', async () => {
    const r = await run([...FIXTURE_INPUTS, '-o', '/dev/full', '--force', '--quiet']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('deboil: /dev/full: cannot write the output (ENOSPC) [WRITE_FAILED]');
    expect(r.stderr).toContain('hint: check the free space');
  });

  it('--timeout gives a hanging page a TIMEOUT record and the run goes on', async () => {
    const base = temp();
    const scrape = join(base, 'scrape');
    mkdirSync(scrape);
    // The worker's test hook stalls on this file for good: a page that never finishes, on any machine.
    writeFileSync(join(scrape, 'huge.stall.html'), '<html><body><p>Never cleaned.</p></body></html>');
    for (const [i, input] of FIXTURE_INPUTS.entries()) copyFileSync(input, join(scrape, `ok${i}${input.slice(-5)}`));
    const out = join(base, 'clean.jsonl');
    // Worker threads copy the environment when they start, so the hook is set for this run only.
    process.env.DEBOIL_TEST_STALL_SUFFIX = '.stall.html';
    const r = await run([scrape, '-o', out, '--timeout', '1s', '--jobs', '1']).finally(() => {
      delete process.env.DEBOIL_TEST_STALL_SUFFIX;
    });
    expect(r.status).toBe(1);
    const records = readJsonLines(out);
    expect(records).toHaveLength(4);
    expect(records.find((l) => l.source.endsWith('huge.stall.html'))?.error?.code).toBe('TIMEOUT');
    expect(records.filter((l) => !l.error)).toHaveLength(3);
    expect(r.stderr).toContain('failed (TIMEOUT 1)');
  });

  it("learns a site's template across the batch (on by default; --no-learn-templates turns it off)", async () => {
    const base = temp();
    writeSite(join(base, 'site'), 5);
    const learned = await run([join(base, 'site'), '--explain']);
    expect(learned.status).toBe(0);
    expect(learned.stderr).toContain('site templates: 10 blocks dropped from 5 pages of 1 site');
    for (const record of learned.stdout
      .trim()
      .split('\n')
      .map((l) => ArticleSchema.parse(JSON.parse(l)))) {
      expect(record.body).not.toContain('owned by its readers');
      expect(record.body).toContain('Our reporter spent a week');
      expect(record.removed?.filter((b) => b.reason === 'site-template')).toHaveLength(2);
    }
    const kept = await run([join(base, 'site'), '--no-learn-templates', '--quiet']);
    expect(kept.stderr).toBe('');
    for (const l of kept.stdout.trim().split('\n')) expect(JSON.parse(l).body).toContain('owned by its readers');
  });

  it('accepts the batch flags and documents them', async () => {
    const help = (await run(['--help'])).stdout;
    for (const flag of ['--out-dir', '--jobs', '--resume', '--timeout', '--include', '--exclude', '--no-learn-templates', '--quiet']) {
      expect(help).toContain(flag);
    }
    expect((await run([FIXTURE_INPUTS[0] as string, FIXTURE_INPUTS[1] as string, '--timeout', 'soon'])).status).toBe(2);
    expect((await run([FIXTURE_INPUTS[0] as string, FIXTURE_INPUTS[1] as string, '--jobs', '0'])).status).toBe(2);
  });
});
