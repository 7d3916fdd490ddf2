import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CommanderError } from 'commander';
import type { Article, ErrorRecord } from '../article/schema.js';
import { walkInputs } from '../batch/walk.js';
import { asDeboilError } from '../errors.js';
import { clean, cleanFile } from '../index.js';
import type { Options } from '../options.js';
import { EXIT, formatError, reportFatal } from './handle-error.js';
import { openSink } from './output.js';
import { buildProgram, type CliFlags, optionsFromFlags } from './program.js';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A lone file or stdin prints one Article; directories, several inputs or -o print JSON Lines. */
async function isSingleDocument(inputs: readonly string[], flags: CliFlags): Promise<boolean> {
  if (flags.output) return false;
  if (inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-')) return true;
  if (inputs.length > 1) return false;
  const info = await stat(inputs[0] as string).catch(() => null);
  return !info?.isDirectory();
}

async function runSingle(inputs: readonly string[], options: Options, flags: CliFlags, io: CliIo): Promise<number> {
  const fromStdin = inputs.length === 0 || inputs[0] === '-';
  try {
    const article = fromStdin ? clean(await readStdin(io.stdin), options) : await cleanFile(inputs[0] as string, options);
    const pretty = flags.pretty ?? (flags.compact ? false : Boolean(io.stdout.isTTY));
    io.stdout.write(`${JSON.stringify(article, null, pretty ? 2 : undefined)}\n`);
    return EXIT.OK;
  } catch (error) {
    const e = asDeboilError(error, fromStdin ? '<stdin>' : inputs[0]);
    io.stderr.write(formatError(e));
    return EXIT.SOME_FAILED;
  }
}

async function runMany(inputs: readonly string[], options: Options, flags: CliFlags, io: CliIo): Promise<number> {
  const sink = openSink(flags.output, flags.force ?? false, io.stdout);
  let failed = 0;
  let total = 0;
  const sources = inputs.length === 0 ? ['-'] : inputs;
  for await (const item of walkInputs(sources.filter((s) => s !== '-'))) {
    total++;
    let record: Article | ErrorRecord;
    try {
      if (item.error) throw item.error;
      record = { ...(await cleanFile(item.path, options)), source: item.path };
    } catch (error) {
      failed++;
      const e = asDeboilError(error, item.path);
      record = { source: item.path, error: e.toRecord() };
      if (!flags.quiet) io.stderr.write(formatError(e));
    }
    await sink.write(JSON.stringify(record));
  }
  if (sources.includes('-')) {
    total++;
    try {
      await sink.write(JSON.stringify({ ...clean(await readStdin(io.stdin), options), source: '-' }));
    } catch (error) {
      failed++;
      const e = asDeboilError(error, '<stdin>');
      await sink.write(JSON.stringify({ source: '-', error: e.toRecord() }));
    }
  }
  await sink.close();
  if (!flags.quiet) io.stderr.write(`deboil: ${total - failed} of ${total} inputs cleaned, ${failed} failed\n`);
  return failed > 0 ? EXIT.SOME_FAILED : EXIT.OK;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

/** Runs the CLI and resolves to its exit code; never calls process.exit, so tests can drive it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code: number = EXIT.OK;
  const program = buildProgram(
    packageVersion(),
    async (inputs, flags) => {
      const options = await optionsFromFlags(flags);
      code = (await isSingleDocument(inputs, flags))
        ? await runSingle(inputs, options, flags, io)
        : await runMany(inputs, options, flags, io);
    },
    io.stdout,
  );
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
    return reportFatal(error, io.stderr);
  }
  return code;
}
