import { readFile } from 'node:fs/promises';
import { Command, InvalidArgumentError, Option } from 'commander';
import { articleJsonSchema } from '../article/schema.js';
import { DeboilError } from '../errors.js';
import type { Options } from '../options.js';
import { type SiteRule, SiteRulesSchema } from '../rules/site-rule.js';

export interface CliFlags {
  output?: string;
  pretty?: boolean;
  compact?: boolean;
  explain?: boolean;
  url?: string;
  crawlDate?: string;
  encoding?: string;
  maxBytes?: number;
  inputKind?: 'auto' | 'html' | 'text';
  rules?: string;
  force?: boolean;
  quiet?: boolean;
}

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

/** Reads and validates a --rules file; any problem is a usage error naming the file. */
export async function loadRules(path: string): Promise<SiteRule[]> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch (error) {
    throw new DeboilError('BAD_RULES', `cannot read the rules file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
      file: path,
      hint: 'check the path given to --rules',
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new DeboilError('BAD_RULES', `the rules file is not valid JSON (${(error as Error).message})`, {
      file: path,
      hint: 'a rules file is a JSON array of {domain, body: {select, drop}}',
    });
  }
  const parsed = SiteRulesSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ');
    throw new DeboilError('BAD_RULES', `invalid site rules: ${detail}`, { file: path, hint: 'see "Site rules" in the README' });
  }
  return parsed.data;
}

/** Maps CLI flags onto the library's one options object. */
export async function optionsFromFlags(flags: CliFlags): Promise<Options> {
  return {
    explain: flags.explain ?? false,
    ...(flags.url ? { url: flags.url } : {}),
    ...(flags.crawlDate ? { crawlDate: flags.crawlDate } : {}),
    ...(flags.encoding ? { encoding: flags.encoding } : {}),
    ...(flags.maxBytes ? { maxBytes: flags.maxBytes } : {}),
    inputKind: flags.inputKind ?? 'auto',
    rules: flags.rules ? await loadRules(flags.rules) : [],
  };
}

export function buildProgram(
  version: string,
  run: (inputs: string[], flags: CliFlags) => Promise<void>,
  stdout: NodeJS.WritableStream,
): Command {
  const program = new Command('deboil')
    .description('Turn scraped pages (HTML or plain-text dumps) into clean article JSON.')
    .version(version, '-v, --version')
    .argument('[inputs...]', 'files or directories to clean; none or "-" reads stdin')
    .option('-o, --output <file>', 'write JSON Lines (one record per input) to this file')
    .option('--pretty', 'indent the JSON (default when stdout is a terminal)')
    .option('--compact', 'one line of JSON (default when stdout is not a terminal)')
    .option('--explain', 'add "removed" (every dropped block and the rule that dropped it) and "provenance"')
    .option('--url <url>', 'the page address, when the page does not say it (stdin or a single file)')
    .option('--crawl-date <date>', 'when the pages were fetched (ISO 8601); no later date is believed (default: file mtime)')
    .option('--encoding <label>', 'force a character encoding, e.g. shift_jis (default: sniffed)')
    .option('--max-bytes <n>', 'refuse inputs larger than this (default 52428800 = 50 MB)', positiveInt)
    .addOption(new Option('--input-kind <kind>', 'treat input as html or text instead of detecting it').choices(['auto', 'html', 'text']))
    .option('--rules <file>', 'site rules: a JSON array of {domain, body: {select, drop}}')
    .option('--force', 'overwrite the -o file if it exists')
    .option('-q, --quiet', 'print nothing on stderr but errors')
    .addHelpText(
      'after',
      `
Examples:
  cat page.html | deboil > article.json        one article from stdin
  deboil page.txt --explain --pretty           say why each block was removed
  deboil scrape/ -o clean.jsonl                every page under scrape/, one JSON line per file
  deboil schema                                the JSON Schema of the output

Exit codes: 0 all inputs cleaned, 1 some inputs failed (each has an error record), 2 bad usage.`,
    )
    .action(async (inputs: string[], flags: CliFlags) => run(inputs, flags));

  program
    .command('schema')
    .description('print the JSON Schema of the article output')
    .action(() => {
      stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    });
  return program;
}
