import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../src/cli/main.js';
import { builtRunCli, runIn } from './cli-run.js';

const page = `<title>T</title><article><p>${'Some words of the page body. '.repeat(6)}</p></article>`;

function io(stdinIsTty: boolean, stdin: string[] = []) {
  const err: string[] = [];
  const stderr = new PassThrough();
  stderr.on('data', (c) => err.push(String(c)));
  const input = Object.assign(Readable.from(stdin.map((s) => Buffer.from(s))), { isTTY: stdinIsTty });
  return { io: { stdin: input, stdout: new PassThrough(), stderr } satisfies CliIo, err };
}

describe('CLI usage', () => {
  it('says it is reading stdin when a bare deboil runs at a terminal', async () => {
    const tty = io(true, [page]);
    expect(await runCli([], tty.io)).toBe(0);
    expect(tty.err.join('')).toContain('deboil: reading a page from stdin (Ctrl-D to end; --help for usage)');
    const dash = io(true, [page]);
    expect(await runCli(['-'], dash.io)).toBe(0);
    expect(dash.err.join('')).toContain('deboil: reading a page from stdin');
    const piped = io(false, [page]);
    expect(await runCli([], piped.io)).toBe(0);
    expect(piped.err.join('')).toBe('');
  });

  it('refuses --url with several inputs, a directory or records (exit 2): it names one page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-url-'));
    writeFileSync(join(dir, 'a.html'), page);
    writeFileSync(join(dir, 'b.html'), page);
    const record = `${JSON.stringify({ id: 1, html: page })}\n`;
    writeFileSync(join(dir, 'pages.jsonl'), record.repeat(2));
    const url = ['--url', 'https://a.example/x'];
    const several = io(false);
    expect(await runCli([join(dir, 'a.html'), join(dir, 'b.html'), ...url], several.io)).toBe(2);
    expect(several.err.join('')).toContain(
      "--url names one page, but this run cleans several (inputs, a directory or records) [BAD_OPTIONS]\n  hint: leave --url out: a batch takes each page's address from the page, and record input from each record's url field",
    );
    expect(await runCli([dir, ...url], io(false).io)).toBe(2);
    expect(await runCli([join(dir, 'pages.jsonl'), ...url], io(false).io)).toBe(2);
    // Records on stdin are recognised by their first line: --url would go on every record without a url.
    const piped = io(false, [record, record]);
    expect(await runCli(url, piped.io)).toBe(2);
    expect(piped.err.join('')).toContain('BAD_OPTIONS');
    expect(await runCli(['--input-format', 'jsonl', ...url], io(false, [record]).io)).toBe(2);
    const one = io(false);
    expect(await runCli([join(dir, 'a.html'), ...url], one.io)).toBe(0);
    expect(JSON.parse(String(one.io.stdout.read())).url).toBe('https://a.example/x');
    expect(await runCli(url, io(false, [page]).io)).toBe(0);
  });

  it('--help into a pipe closed early (`deboil --help | head -1`) ends quietly, not with an uncaught error', async () => {
    const closed = new Writable({
      write: (_chunk, _encoding, done) => setTimeout(() => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })), 5),
    });
    const err = io(false);
    expect(await runCli(['--help'], { ...err.io, stdout: closed })).toBe(0);
    await new Promise((resolve) => closed.once('error', resolve));
    expect(closed.listenerCount('error')).toBeGreaterThan(0);
  });

  it('says that --pretty does not apply to a batch, whose output stays one record per line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-pretty-'));
    writeFileSync(join(dir, 'a.html'), page);
    writeFileSync(join(dir, 'b.html'), page);
    // A batch starts worker threads from the build, so it runs through the built CLI (in process).
    const built = await builtRunCli();
    const batch = await runIn(built, [join(dir, 'a.html'), join(dir, 'b.html'), '--pretty', '--jobs', '1']);
    expect(batch.status).toBe(0);
    expect(batch.stderr).toContain('--pretty applies to a single page');
    const lines = batch.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(JSON.parse(line).status).toBe('article');
    const quiet = await runIn(built, [dir, '--pretty', '--quiet', '--jobs', '1']);
    expect(quiet.status).toBe(0);
    expect(quiet.stderr).toBe('');
  });
});
