/**
 * `npm run gate [-- <corpus-root>] [--update] [--jobs N]`: the quality gate CI runs after the tests.
 *
 * Every corpus folder under the root (default `../shared/corpus`, beside the repo) that has a
 * `truth.jsonl` is cleaned in full — a subset is not a gate — in parallel child processes, scored with
 * the benchmark's definitions, and each figure compared with its floor in `bench/floors.json`
 * (`{ corpus: { metric: floor } }`). The gate fails when any figure is below its floor, when a pinned
 * corpus is missing, or when the seed page (`<root>/../seed/`) does not come out exactly as expected.
 * A root that does not exist (a user's clone has no corpora) is said and passes.
 *
 * Floors are today's figure minus a margin, so that a change that costs one page somewhere is seen but
 * rounding is not: body figures (F1, precision, recall: continuous, averaged over pages) get 0.003, or
 * 0.3 / pages on sets under 100 pages; shares of pages or snippets (title, date, outlet, author, with,
 * without, snippets F1) get one item's worth, 1 / n, and at least 0.003. `--update` raises every floor to
 * today's figure minus its margin (never lowers one) and adds corpora and metrics not yet pinned: the
 * commit that improves a figure runs it. Lowering a floor is a hand edit, said in its commit.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { clean } from '../src/index.js';
import { predict, readCorpus } from './corpus.js';
import { flagValues, numberFlag } from './flags.js';
import { type PageScore, type Prediction, scoreCorpus } from './score.js';

const PINNED = ['body.f1', 'body.precision', 'body.recall', 'title', 'date', 'outlet', 'author', 'with', 'without', 'snippets.f1'];
const BODY_METRICS = new Set(['body.f1', 'body.precision', 'body.recall']);
const FLOORS = fileURLToPath(new URL('floors.json', import.meta.url));
const SELF = fileURLToPath(import.meta.url);

type Floors = Record<string, Record<string, number>>;

interface CorpusResult {
  corpus: string;
  metrics: Record<string, { value: number; n: number }>;
  perPage: PageScore[];
}

function margin(metric: string, n: number): number {
  if (BODY_METRICS.has(metric)) return n >= 100 ? 0.003 : 0.3 / n;
  return Math.max(0.003, 1 / n);
}

const floorOf = (metric: string, value: number, n: number): number => Math.floor((value - margin(metric, n)) * 1e4) / 1e4;

/** Child-process side: one corpus, its figures and per-page scores as JSON on stdout. */
function scoreOne(dir: string): void {
  const pages = readCorpus(dir);
  const predictions = new Map<string, Prediction>();
  for (const { truth, page } of pages) if (page) predictions.set(truth.id, predict(truth, page.bytes));
  const summary = scoreCorpus(
    pages.map((p) => p.truth),
    predictions,
  );
  const result: CorpusResult = { corpus: basename(dir), metrics: summary.metrics, perPage: summary.perPage };
  process.stdout.write(JSON.stringify(result));
}

const run = promisify(execFile);

async function scoreAll(dirs: readonly string[], jobs: number): Promise<CorpusResult[]> {
  const queue = [...dirs];
  const results: CorpusResult[] = [];
  const worker = async (): Promise<void> => {
    for (let dir = queue.shift(); dir; dir = queue.shift()) {
      const { stdout } = await run(process.execPath, ['--import', 'tsx', SELF, '--corpus', dir], { maxBuffer: 256 * 1024 * 1024 });
      results.push(JSON.parse(stdout) as CorpusResult);
    }
  };
  await Promise.all(Array.from({ length: Math.min(jobs, dirs.length) }, worker));
  return results.sort((a, b) => a.corpus.localeCompare(b.corpus));
}

/** The seed page must come out exactly as its expected article says, field by field. */
function seedFailures(seedDir: string): string[] | null {
  const input = join(seedDir, 'global-research-haftar.txt');
  const expectedPath = join(seedDir, 'global-research-haftar.expected.json');
  if (!existsSync(input) || !existsSync(expectedPath)) return null;
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8')) as Record<string, unknown>;
  const article = clean(readFileSync(input)) as unknown as Record<string, unknown>;
  return Object.keys(expected).filter((field) => JSON.stringify(article[field]) !== JSON.stringify(expected[field]));
}

/** The pages that cost a fallen metric most: lowest body F1, or most field / snippet misses. */
function worstPages(result: CorpusResult, metric: string): string[] {
  const cost = (p: PageScore): number => {
    if (metric === 'body.f1' || metric === 'body.recall') return -(p.f1 ?? 1) + (metric === 'body.recall' ? -(p.recall ?? 1) : 0);
    if (metric === 'body.precision') return -(p.precision ?? 1);
    if (metric === 'with') return p.withLost;
    if (metric === 'without') return p.withoutKept;
    if (metric === 'snippets.f1') return p.withLost + p.withoutKept;
    return p.misses.includes(metric) ? 1 : 0;
  };
  return [...result.perPage]
    .sort((a, b) => cost(b) - cost(a))
    .slice(0, 5)
    .filter((p) => cost(p) > 0 || BODY_METRICS.has(metric))
    .map((p) => {
      const body = p.f1 === undefined ? '' : ` F1=${p.f1.toFixed(3)} P=${(p.precision ?? 0).toFixed(2)} R=${(p.recall ?? 0).toFixed(2)}`;
      const snippets = p.withLost || p.withoutKept ? ` with-lost=${p.withLost} without-kept=${p.withoutKept}` : '';
      const misses = p.misses.length ? ` misses=${p.misses.join(',')}` : '';
      return `    ${p.id}${body}${snippets}${misses}`;
    });
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = flagValues(argv, ['--jobs', '--corpus']);
  const one = flags.get('--corpus');
  if (one) {
    scoreOne(one);
    return 0;
  }
  const root = resolve(argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--jobs') ?? '../shared/corpus');
  const update = argv.includes('--update');
  if (!existsSync(root)) {
    console.log(`gate: no corpora at ${root}; nothing to check (a clone without ../shared passes)`);
    return 0;
  }
  const started = Date.now();
  const dirs = readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(root, d.name, 'truth.jsonl')))
    .map((d) => join(root, d.name))
    // The largest corpora first, so the last worker to finish is not left with a big one.
    .sort((a, b) => readdirSync(b).length - readdirSync(a).length);
  const jobs = Math.max(1, numberFlag(flags, '--jobs', availableParallelism()));
  const results = await scoreAll(dirs, jobs);
  const floors: Floors = existsSync(FLOORS) ? (JSON.parse(readFileSync(FLOORS, 'utf8')) as Floors) : {};

  let failed = 0;
  let checked = 0;
  const lines = [`${'corpus'.padEnd(28)}${'metric'.padEnd(16)}${'floor'.padStart(8)}${'now'.padStart(8)}  n`];
  const fallen: string[] = [];
  for (const result of results) {
    const pinned = floors[result.corpus] ?? {};
    for (const metric of PINNED) {
      const figure = result.metrics[metric];
      if (!figure) continue;
      const floor = pinned[metric];
      const low = floor !== undefined && figure.value < floor;
      checked++;
      if (low) {
        failed++;
        fallen.push(`  ${result.corpus} ${metric} ${figure.value} < ${floor}; worst pages:`, ...worstPages(result, metric));
      }
      const mark = floor === undefined ? '  (no floor)' : low ? '  FELL' : '';
      lines.push(
        `${result.corpus.padEnd(28)}${metric.padEnd(16)}${(floor === undefined ? '-' : floor.toFixed(4)).padStart(8)}${figure.value.toFixed(4).padStart(8)}  ${figure.n}${mark}`,
      );
      if (update) {
        const raised = floorOf(metric, figure.value, figure.n);
        pinned[metric] = floor === undefined ? raised : Math.max(floor, raised);
      }
    }
    if (update) floors[result.corpus] = pinned;
  }
  const seen = new Set(results.map((r) => r.corpus));
  const missing = Object.keys(floors).filter((c) => !seen.has(c));
  for (const corpus of missing) fallen.push(`  ${corpus}: pinned in floors.json but not found under ${root}`);
  failed += missing.length;

  const seed = seedFailures(join(root, '..', 'seed'));
  const seedLine =
    seed === null ? 'seed: not found, not checked' : seed.length === 0 ? 'seed: exactly right' : `seed: WRONG in ${seed.join(', ')}`;
  if (seed?.length) failed++;

  console.log(lines.join('\n'));
  console.log(`\n${seedLine}`);
  if (fallen.length) console.log(`\nbelow the floor:\n${fallen.join('\n')}`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`\ngate: ${results.length} corpora, ${checked} figures, ${failed} failure(s), ${seconds} s on ${jobs} jobs`);
  if (update) {
    writeFileSync(FLOORS, `${JSON.stringify(floors, null, 2)}\n`);
    console.log(`gate: floors written to ${FLOORS}`);
  }
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
