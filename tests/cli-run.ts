import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import type { CliIo, runCli } from '../src/cli/main.js';
import { REPO } from './helpers.js';

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

export interface CliInput {
  /** What stdin holds. */
  input?: string | Buffer;
  /** Stdin at a terminal. */
  isTTY?: boolean;
  /** The file descriptor stdin reads, as `deboil < path` gives one. */
  fd?: number;
}

/** Runs the CLI in this process on in-memory streams, as `deboil ...args` with that stdin would run. */
export async function runIn(run: typeof runCli, args: readonly string[], stdin: CliInput = {}): Promise<CliResult> {
  const chunks = stdin.input === undefined ? [] : [Buffer.from(stdin.input)];
  const input = Object.assign(Readable.from(chunks), { isTTY: stdin.isTTY, ...(stdin.fd === undefined ? {} : { fd: stdin.fd }) });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (chunk) => out.push(chunk));
  stderr.on('data', (chunk) => err.push(chunk));
  const status = await run(args, { stdin: input, stdout, stderr } satisfies CliIo);
  return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}

/**
 * Batch mode cleans on worker threads, which load the built tree (tests/build-dist.ts builds it from
 * src/ before the tests run), so batch tests drive the built runCli, still in this process.
 */
export async function builtRunCli(): Promise<typeof runCli> {
  const main = (await import(pathToFileURL(join(REPO, 'dist', 'cli', 'main.js')).href)) as typeof import('../src/cli/main.js');
  return main.runCli;
}
