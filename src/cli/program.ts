import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { DeboilError } from '../errors.js';
import type { Options } from '../options.js';
import { INPUT_FORMATS, type InputFormat } from '../records/format.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../render/formats.js';
import type { SiteRule } from '../rules/site-rule.js';

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
  outDir?: string;
  jobs?: number;
  resume?: boolean;
  timeout?: number;
  include?: string[];
  exclude?: string[];
  learnTemplates?: boolean;
  inputFormat?: InputFormat;
  summary?: string;
  inputsFrom?: string;
  content?: 'markdown' | 'html' | 'none';
  format?: OutputFormat;
  links?: boolean;
  images?: boolean;
  tables?: boolean;
  includeComments?: boolean;
}

/** The default per-page time limit in batch mode: generous for a genuine page, short for a hung one. */
export const DEFAULT_TIMEOUT_MS = 30_000;

const positiveInt = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
};

/** The most worker threads --jobs may ask for: each one holds its own heap, so more only exhausts memory. */
export const MAX_JOBS = 256;

const jobCount = (value: string): number => {
  const n = positiveInt(value);
  if (n > MAX_JOBS) throw new InvalidArgumentError(`at most ${MAX_JOBS} worker threads`);
  return n;
};

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** "30s", "500ms", "2m", or a bare number of seconds, as milliseconds. */
export const parseDuration = (value: string): number => {
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/.exec(value.trim());
  const ms = match ? Number(match[1]) * (DURATION_UNITS_MS[match[2] ?? 's'] ?? 1000) : Number.NaN;
  if (!(ms >= 1)) throw new InvalidArgumentError('expected a duration such as 30s, 500ms or 2m');
  return ms;
};

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

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
  // Loaded here: zod's modules are most of what start-up loads, and only a rules file needs them before a page.
  const { SiteRulesSchema } = await import('../rules/site-rule.js');
  const parsed = SiteRulesSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `[${i.path.join('.')}] ${i.message}`).join('; ');
    throw new DeboilError('BAD_RULES', `invalid site rules: ${detail}`, { file: path, hint: 'see "Site rules" in the README' });
  }
  await compileSelectors(parsed.data, path);
  return parsed.data;
}

/** Runs every selector once on a tiny document, so a bad one fails here and not on every page of its site. */
async function compileSelectors(rules: readonly SiteRule[], path: string): Promise<void> {
  if (rules.length === 0) return;
  const [{ parseDocument }, { selectAll }] = await Promise.all([import('htmlparser2'), import('../html/dom.js')]);
  const sample = parseDocument('<div><p>x</p></div>');
  for (const [i, rule] of rules.entries()) {
    const lists: [string, readonly string[]][] = [
      ['body.select', rule.body.select],
      ['body.drop', rule.body.drop],
      ['title', rule.title ?? []],
      ['date', rule.date ?? []],
      ['author', rule.author ?? []],
    ];
    for (const [key, selectors] of lists) {
      for (const [j, selector] of selectors.entries()) {
        try {
          selectAll(selector, sample);
        } catch (error) {
          throw new DeboilError(
            'BAD_RULES',
            `invalid CSS selector at [${i}.${key}.${j}] ${JSON.stringify(selector)}: ${(error as Error).message}`,
            {
              file: path,
              hint: 'fix the selector; site rules take the CSS selectors cheerio supports (cheerio-select)',
            },
          );
        }
      }
    }
  }
}

/**
 * The `content` a run needs: the JSON output's --content, or the form --format prints. The CLI formats
 * articles itself (the batch workers return Articles), so `format` never reaches the options.
 */
function contentFor(flags: CliFlags): NonNullable<CliFlags['content']> {
  const format = flags.format ?? 'json';
  if (format === 'json') return flags.content ?? 'markdown';
  if (flags.content !== undefined) {
    throw new DeboilError('BAD_OPTIONS', `--content shapes the JSON output; --format ${format} prints the article itself`, {
      hint: `leave out --content, or use --format json --content ${flags.content}`,
    });
  }
  return format === 'text' ? 'none' : format;
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
    content: contentFor(flags),
    links: flags.links ?? true,
    images: flags.images ?? true,
    tables: flags.tables ?? true,
    comments: flags.includeComments ?? false,
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
    .addOption(
      new Option('--content <kind>', 'the structured article in "content": markdown (default), html, or none to leave it out').choices([
        'markdown',
        'html',
        'none',
      ]),
    )
    .addOption(
      new Option(
        '--format <format>',
        'what a page becomes: json (default), markdown (with YAML front matter), html (a safe article page) or text (the body)',
      ).choices(OUTPUT_FORMATS),
    )
    .option('--no-links', 'drop links from "content" (their text stays)')
    .option('--no-images', 'drop images and figures from "content"')
    .option('--no-tables', 'drop data tables from "content"')
    .option('--include-comments', 'add "comments": the page\'s comments, one string each, kept apart from the body (HTML pages)')
    .option('--rules <file>', 'site rules: a JSON array of {domain, body: {select, drop}}')
    .option(
      '--out-dir <dir>',
      'write one file per input, mirroring the input paths (a/b/page.html -> <dir>/a/b/page.json, or .md/.html/.txt with --format)',
    )
    .option(
      '--jobs <n>',
      `clean on this many worker threads (default: the number of CPUs, ${availableParallelism()} here, at most ${MAX_JOBS})`,
      jobCount,
    )
    .option(
      '--timeout <duration>',
      'per-page time limit, e.g. 30s or 500ms; a page over it gets a TIMEOUT record (default 30s)',
      parseDuration,
    )
    .option(
      '--include <glob>',
      'clean only walked files matching this glob (repeatable; default: .html .htm .xhtml .txt, and .gz)',
      collect,
    )
    .option('--exclude <glob>', 'skip walked files and folders matching this glob (repeatable)', collect)
    .option('--no-learn-templates', "do not learn and drop each site's repeated template blocks (batch mode)")
    .option('--learn-templates', 'learn site templates in record input too (off there by default: per shard)')
    .addOption(new Option('--resume', 'finish an interrupted run: skip inputs the output already holds').conflicts('force'))
    .option('--force', 'overwrite the -o file or a non-empty --out-dir')
    .addOption(
      new Option('--input-format <format>', 'files (one page each), or warc / jsonl records; auto: by the name (.warc.gz, .jsonl)').choices(
        INPUT_FORMATS,
      ),
    )
    .option('--inputs-from <file>', 'also read input paths from this file, one per line (a list of shards for one -o)')
    .option('--summary <file>', 'write a one-line JSON summary (counts by status and error code, version, options hash) to this file')
    .option('-q, --quiet', 'no progress, per-file error lines or summary on stderr (fatal errors still show)')
    .addHelpText(
      'after',
      `
Examples:
  cat page.html | deboil > article.json        one article from stdin
  deboil page.txt --explain --pretty           say why each block was removed
  deboil page.html --format markdown > a.md    the article as Markdown with front matter
  deboil scrape/ --out-dir md/ --format markdown   one .md per page
  deboil scrape/ -o clean.jsonl                every page under scrape/, one JSON line per file
  deboil scrape/ --out-dir clean/ --jobs 4     one .json per page, on 4 worker threads
  deboil scrape/ -o clean.jsonl --resume       finish a run that was interrupted
  deboil dump.txt --url https://example.com/a --crawl-date 2024-05-16   page address and fetch date
  deboil old.html --encoding shift_jis         force an encoding the page does not declare
  deboil page.html --input-kind text           clean a file as a plain-text dump
  deboil scrape/ -o c.jsonl --rules rules.json --include '*.html' --exclude 'tags/**'
  deboil scrape/ -o c.jsonl --timeout 5s --max-bytes 10000000 --no-learn-templates --quiet
  deboil shard.warc.gz -o shard.jsonl          WARC records; a complete output is skipped (shard mode)
  spark | deboil --input-format jsonl          JSONL records on stdin, one line out per line in
  deboil schema                                the JSON Schema of the output

Exit codes: 0 all inputs cleaned, 1 some inputs failed (each has an error record), 2 bad usage.`,
    )
    // learnTemplates stays undefined unless given, so that each mode can take its own default.
    .action(async (inputs: string[], flags: CliFlags, command: Command) =>
      run(inputs, {
        ...flags,
        learnTemplates: command.getOptionValueSource('learnTemplates') === 'default' ? undefined : flags.learnTemplates,
      }),
    );

  program
    .command('schema')
    .description('print the JSON Schema of the article output')
    .action(async () => {
      const { articleJsonSchema } = await import('../article/schema.js');
      stdout.write(`${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
    });
  return program;
}
