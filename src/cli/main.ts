import { fstatSync, readFileSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, constants as osConstants } from 'node:os';
import { CommanderError } from 'commander';
import type { Article } from '../article/schema.js';
import type { TaskInput } from '../batch/pool.js';
import { newTally, Progress, type ProgressMode, summaryLines, type Tally } from '../batch/progress.js';
import type { BatchResult, Destination } from '../batch/run.js';
import { asDeboilError, DeboilError, isBrokenPipe, writeOut } from '../errors.js';
import { readBoundedStream } from '../input/read.js';
import type { Options } from '../options.js';
import { isRecordInput } from '../records/format.js';
import { EXIT, formatError, reportFatal } from './handle-error.js';
import { buildProgram, type CliFlags, DEFAULT_TIMEOUT_MS, MAX_JOBS, optionsFromFlags } from './program.js';

/**
 * The library, loaded when there is a page to clean: `--version`, `--help` and usage errors load only
 * the command line (the library's modules, zod's among them, cost most of the start-up).
 */
const library = () => import('../index.js');

export interface CliIo {
  /** `fd`, where the stream reads a file descriptor (process.stdin: 0), lets a directory on stdin be refused. */
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; fd?: number };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

function isDirectoryFd(fd: number | undefined): boolean {
  if (typeof fd !== 'number') return false;
  try {
    return fstatSync(fd).isDirectory();
  } catch {
    return false;
  }
}

/** Stdin, refused past the size limit as a file would be, without holding more than that in memory. */
async function readStdin(stdin: CliIo['stdin'], options: Options): Promise<Uint8Array> {
  // `deboil < dir/` reads nothing on most systems, which would pass for an empty page.
  if (isDirectoryFd(stdin.fd)) {
    throw new DeboilError('READ_FAILED', 'stdin is a directory', {
      file: '<stdin>',
      hint: 'give the directory as an argument (deboil dir/), which walks it',
    });
  }
  const { resolveOptions } = await library();
  return readBoundedStream(stdin as AsyncIterable<Uint8Array | string>, resolveOptions(options).maxBytes);
}

/** A lone file or stdin prints one Article; directories, several inputs, -o or --out-dir make a batch. */
async function isSingleDocument(inputs: readonly string[], flags: CliFlags): Promise<boolean> {
  if (flags.output || flags.outDir || flags.resume) return false;
  if (isRecordInput(inputs, flags.inputFormat ?? 'auto')) return false;
  if (inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-')) return true;
  if (inputs.length > 1) return false;
  const info = await stat(inputs[0] as string).catch(() => null);
  return !info?.isDirectory();
}

async function runSingle(inputs: readonly string[], options: Options, flags: CliFlags, io: CliIo): Promise<number> {
  const fromStdin = inputs.length === 0 || inputs[0] === '-';
  // A bare `deboil` (or `deboil -`) typed at a terminal would otherwise wait in silence for a page.
  if (fromStdin && io.stdin.isTTY) io.stderr.write('deboil: reading a page from stdin (Ctrl-D to end; --help for usage)\n');
  try {
    const timeoutMs = flags.timeout ?? (options.rules?.length ? DEFAULT_TIMEOUT_MS : null);
    const page = fromStdin ? await readStdin(io.stdin, options) : null;
    let article: object;
    if (timeoutMs !== null) article = await cleanWithin(timeoutMs, page ? { page, overrides: {} } : { path: inputs[0] as string }, options);
    else {
      const { clean, cleanFile } = await library();
      article = page ? clean(page, options) : await cleanFile(inputs[0] as string, options);
    }
    const format = flags.format ?? 'json';
    if (format === 'json') {
      const pretty = flags.pretty ?? (flags.compact ? false : Boolean(io.stdout.isTTY));
      await writeOut(io.stdout, `${JSON.stringify(article, null, pretty ? 2 : undefined)}\n`);
    } else {
      const { formatArticle } = await import('../render/format.js');
      await writeOut(io.stdout, formatArticle(article as Article, format));
    }
    return EXIT.OK;
  } catch (error) {
    if (isBrokenPipe(error)) return EXIT.OK;
    const write = error instanceof DeboilError && error.code === 'WRITE_FAILED';
    const e = write ? error : asDeboilError(error, fromStdin ? '<stdin>' : inputs[0]);
    io.stderr.write(formatError(e));
    return EXIT.SOME_FAILED;
  }
}

/**
 * A single page under a time limit: cleaned on one worker thread, which is stopped when the page runs
 * over (synchronous work cannot be interrupted otherwise). Only with --timeout, or --rules (a user's
 * selectors are the one cost deboil does not bound), since the worker adds its own start-up to a single page's.
 */
async function cleanWithin(timeoutMs: number, input: TaskInput, options: Options): Promise<object> {
  const { CleanPool } = await import('../batch/pool.js');
  const pool = new CleanPool({ jobs: 1, options, timeoutMs });
  const source = 'path' in input ? (input.path as string) : '<stdin>';
  try {
    const outcome = await pool.clean(input, source);
    if (outcome.error) throw new DeboilError(outcome.error.code, outcome.error.message, { file: source, hint: outcome.error.hint });
    // The worker writes batch records; a single page's output has no `source`, as cleanFile's has none.
    const { source: _, ...article } = JSON.parse(outcome.line) as { source: string };
    return article;
  } finally {
    await pool.close();
  }
}

/** Batch mode: the worker pool, progress on stderr, and a summary at the end (src/batch does the work). */
async function runMany(inputs: readonly string[], options: Options, flags: CliFlags, io: CliIo): Promise<number> {
  const sources = inputs.length === 0 ? ['-'] : inputs;
  const fromStdin = sources.includes('-');
  if (flags.outDir && (flags.output || fromStdin)) {
    throw new DeboilError('BAD_OPTIONS', '--out-dir takes files and directories only, and no -o', {
      hint: 'write JSON Lines with -o, or one file per input with --out-dir',
    });
  }
  if (flags.resume && !flags.outDir && (!flags.output || flags.output === '-')) {
    throw new DeboilError('BAD_OPTIONS', '--resume needs an output to resume: -o <file> or --out-dir <dir>', {
      hint: 'run the same command as before, with --resume added',
    });
  }
  const format = flags.format ?? 'json';
  if (format !== 'json' && !flags.outDir) throw formatNeedsOutDir(format);
  if (format !== 'json' && flags.learnTemplates) {
    throw new DeboilError(
      'BAD_OPTIONS',
      `--learn-templates reads the outputs back as JSON records, which --format ${format} does not write`,
      {
        hint: 'use --format json to learn site templates',
      },
    );
  }
  const destination: Destination = flags.outDir
    ? { kind: 'dir', path: flags.outDir, format }
    : flags.output && flags.output !== '-'
      ? { kind: 'file', path: flags.output }
      : { kind: 'stdout', stream: io.stdout };
  // JSON Lines must stay one record per line, and --out-dir files are read back as such.
  if (flags.pretty && !flags.quiet) {
    io.stderr.write('deboil: --pretty applies to a single page; a batch writes one record per line (pipe it through `jq .` to read it)\n');
  }
  const tally = newTally();
  const mode: ProgressMode = flags.quiet ? 'none' : io.stderr.isTTY ? 'bar' : 'lines';
  const progress = new Progress(tally, mode, io.stderr);
  // Loaded here, not at start-up: the worker pool and the glob matcher cost a single page ~100 ms.
  const { runBatch } = await import('../batch/run.js');
  const interrupt = onInterrupt();
  let result: BatchResult;
  try {
    result = await runBatch(
      {
        inputs: sources.filter((s) => s !== '-'),
        options,
        jobs: flags.jobs ?? Math.min(availableParallelism(), MAX_JOBS),
        timeoutMs: flags.timeout ?? DEFAULT_TIMEOUT_MS,
        filter: { include: flags.include, exclude: flags.exclude },
        destination,
        force: flags.force ?? false,
        resume: flags.resume ?? false,
        // Templates are learned by reading the outputs back as JSON records, which other formats are not.
        learnTemplates: format === 'json' && (flags.learnTemplates ?? !isRecordInput(sources, flags.inputFormat ?? 'auto')),
        inputFormat: flags.inputFormat ?? 'auto',
        ...(fromStdin ? { stdin: () => readStdin(io.stdin, options) } : {}),
        signal: interrupt.signal,
        onFailure: (error) => {
          if (!flags.quiet) progress.note(formatError(error));
        },
      },
      tally,
    );
  } catch (error) {
    const signal = interrupt.received();
    if (signal === null) throw error;
    progress.stop();
    io.stderr.write(formatError(interrupted(signal, tally)));
    return EXIT.SIGNALLED + osConstants.signals[signal];
  } finally {
    interrupt.stop();
    progress.stop();
  }
  const summary = flags.summary || result.shard ? await jsonSummary(tally, result, options, flags) : null;
  if (summary && flags.summary) await writeFile(flags.summary, `${summary}\n`);
  if (result.shard) {
    // Shard mode speaks to an engine: one JSON line, and exit 0 once every record is written.
    if (!flags.quiet && !flags.summary) io.stderr.write(`${summary}\n`);
    return EXIT.OK;
  }
  if (!flags.quiet) {
    const templates =
      result.templatePages > 0
        ? [
            `site templates: ${result.templateBlocks} blocks dropped from ${result.templatePages} pages of ${result.templateSites} site${result.templateSites === 1 ? '' : 's'}`,
          ]
        : [];
    const passedOver = [...(result.passedOver ?? [])].map(([type, n]) => `${type} ${n}`).join(', ');
    io.stderr.write(summaryLines(tally, [...templates, ...(passedOver ? [`WARC records passed over: ${passedOver}`] : [])]));
  }
  // A resumed run's output is judged whole: error records an earlier run wrote are failures still.
  return tally.failed + tally.failedEarlier > 0 ? EXIT.SOME_FAILED : EXIT.OK;
}

const INTERRUPTING_SIGNALS = ['SIGTERM', 'SIGINT'] as const;
type InterruptingSignal = (typeof INTERRUPTING_SIGNALS)[number];

/**
 * SIGTERM and SIGINT during a batch stop it rather than kill it: the run stops taking inputs, closes the
 * output on a whole record and removes its temporary files, then exits 128 + the signal's number. A
 * second signal kills at once, as it would without deboil's handler.
 */
function onInterrupt(): { signal: AbortSignal; received(): InterruptingSignal | null; stop(): void } {
  const controller = new AbortController();
  let received: InterruptingSignal | null = null;
  const handlers = INTERRUPTING_SIGNALS.map((name) => {
    const handler = () => {
      received = name;
      stop();
      controller.abort(new DeboilError('INTERRUPTED', `stopped by ${name}`));
    };
    process.once(name, handler);
    return [name, handler] as const;
  });
  const stop = () => {
    for (const [name, handler] of handlers) process.off(name, handler);
  };
  return { signal: controller.signal, received: () => received, stop };
}

function interrupted(signal: InterruptingSignal, tally: Tally): DeboilError {
  return new DeboilError(
    'INTERRUPTED',
    `stopped by ${signal} after ${tally.done} of ${tally.total} inputs; the output holds whole records only`,
  );
}

/** --url would put one address on every page of a batch or record stream: each page has its own. */
function urlForOnePage(): DeboilError {
  return new DeboilError('BAD_OPTIONS', '--url names one page, but this run cleans several (inputs, a directory or records)', {
    hint: "leave --url out: a batch takes each page's address from the page, and record input from each record's url field",
  });
}

/** Many pages in one Markdown, HTML or text stream could not be told apart again: one file each. */
function formatNeedsOutDir(format: string): DeboilError {
  return new DeboilError('BAD_OPTIONS', `--format ${format} writes one page per file, so several pages need --out-dir`, {
    hint: 'add --out-dir <dir> (one file per input), or use --format json for JSON Lines',
  });
}

/** --inputs-from: input paths one per line (a task's list of shards); blank lines and `#` comments aside. */
async function readInputList(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new DeboilError('BAD_OPTIONS', `cannot read the --inputs-from list (${error.code ?? 'error'})`, {
      file: path,
      hint: 'name a text file with one input path per line',
    });
  });
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
}

/** The one-line JSON summary of a batch or a shard (records/shard.ts). */
async function jsonSummary(tally: Tally, result: BatchResult, options: Options, flags: CliFlags): Promise<string> {
  const { optionsHash, shardSummary } = await import('../records/shard.js');
  const { resolveOptions } = await library();
  const hash = optionsHash(resolveOptions(options), {
    inputFormat: flags.inputFormat ?? 'auto',
    learnTemplates: flags.learnTemplates ?? null,
  });
  const output = result.shard?.output ?? flags.output ?? flags.outDir ?? '-';
  return JSON.stringify(
    shardSummary(tally, output, result.shard?.skipped ?? false, result.passedOver ?? new Map(), packageVersion(), hash),
  );
}

/** Stream mode: JSONL records on stdin, one line out per line in (records/stream.ts). */
async function runStreamMode(chunks: AsyncIterable<Buffer>, options: Options, flags: CliFlags, io: CliIo): Promise<number> {
  if ((flags.format ?? 'json') !== 'json') throw formatNeedsOutDir(flags.format as string);
  const tally = newTally();
  const { runStream } = await import('../records/stream.js');
  const output = flags.output && flags.output !== '-' ? { path: flags.output, force: flags.force ?? false } : { stream: io.stdout };
  const engine = {
    options,
    jobs: flags.jobs ?? Math.min(availableParallelism(), MAX_JOBS),
    timeoutMs: flags.timeout ?? DEFAULT_TIMEOUT_MS,
  };
  const note = (error: DeboilError) => {
    if (!flags.quiet) io.stderr.write(formatError(error));
  };
  const { resolveOptions } = await library();
  await runStream(chunks, engine, resolveOptions(options).maxBytes, output, tally, note);
  if (!flags.quiet) io.stderr.write(summaryLines(tally));
  // Error records are data here: a pipe's engine treats any other exit as a failed task and retries it.
  return EXIT.OK;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Output streams already given the listener that keeps a failed write's 'error' event from crashing. */
const quietStreams = new WeakSet<NodeJS.WritableStream>();

/** Runs the CLI and resolves to its exit code; never calls process.exit, so tests can drive it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(
    packageVersion(),
    async (named, flags) => {
      const inputs = flags.inputsFrom ? [...named, ...(await readInputList(flags.inputsFrom))] : named;
      const options = await optionsFromFlags(flags);
      // An invalid option is a usage error for the whole run (exit 2), not a failure of each input.
      (await library()).resolveOptions(options);
      if (
        flags.url &&
        (inputs.length > 1 || !(await isSingleDocument(inputs, { ...flags, output: undefined, outDir: undefined, resume: undefined })))
      ) {
        throw urlForOnePage();
      }
      let input = io;
      const fromStdin = inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-');
      const format = flags.inputFormat ?? 'auto';
      if (fromStdin && !flags.outDir && (format === 'jsonl' || !io.stdin.isTTY) && !isDirectoryFd(io.stdin.fd)) {
        const { stdinRecords } = await import('../records/stdin.js');
        const read = await stdinRecords(io.stdin, format);
        if (read.kind === 'records') {
          if (flags.url) throw urlForOnePage();
          code = await runStreamMode(read.chunks, options, flags, io);
          return;
        }
        input = { ...io, stdin: read.stdin };
      }
      code = (await isSingleDocument(inputs, flags))
        ? await runSingle(inputs, options, flags, input)
        : await runMany(inputs, options, flags, input);
    },
    io.stdout,
  );
  // A failed write also emits 'error' on the stream; the write that failed reports it (writeOut), so
  // the event itself must not crash the process with a stack trace. The listener stays: `--help | head`
  // closes the pipe after the run, and the event of that write arrives later.
  if (!quietStreams.has(io.stdout)) {
    quietStreams.add(io.stdout);
    io.stdout.on('error', () => {});
  }
  program.exitOverride().configureOutput({
    writeOut: (s) => io.stdout.write(s),
    writeErr: (s) => io.stderr.write(s),
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    if (isBrokenPipe(error)) return EXIT.OK;
    return reportFatal(error, io.stderr);
  }
  return code;
}
