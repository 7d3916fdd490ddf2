/**
 * `npm run bench -- <corpus-dir> [options]`: runs deboil over a corpus in the shared format
 * (`<id>.html|.html.gz|.txt` + `truth.jsonl`) and prints the same figures as the shared scorer, plus
 * in-process milliseconds per page; with Readability on jsdom in the same run for a side-by-side ratio.
 * Wall-clock figures (`ms.*`) swing with whatever else the machine runs; the `cpu.*` figures count only
 * this process's CPU time, so a busy shared container still gives a fair per-page cost and ratio.
 *
 *   --no-readability   skip the Readability comparison
 *   --preds FILE       also write deboil's predictions as JSONL (for the shared score.mjs)
 *   --worst N          list the N pages with the lowest body F1
 *   --by FIELD         body P/R/F1 per value of a truth field (`--by genre` on wcxb-dev), with
 *                      Readability's F1 per group beside deboil's when Readability runs
 *   --json             print the figures as one JSON object
 *   --passes N         time N passes over the corpus (deboil, then the parse floor) and keep each one's
 *                      fastest mean: one pass times deboil's code mostly before the JIT has optimised it
 *
 * `npm run bench -- --batch <corpus-dir>` measures batch mode instead (bench/batch.ts), and
 * `npm run bench -- --big-text <text-corpus-dir>` the speed on a 10 MB text dump (bench/big-text.ts),
 * `npm run bench -- --warc <corpus-dir>` the cost of reading a gzipped WARC beside files (bench/warc.ts),
 * `npm run bench -- --scaling` the cost of DOM-heavy pages of 1, 10 and 50 MB (bench/scaling.ts),
 * `npm run bench -- --hostile` time and peak memory per MB of generated hostile pages (bench/hostile.ts),
 * and `npm run bench -- --structure <corpus-dir>...` the structure kept in `content` (bench/structure.ts).
 */
import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseDocument } from 'htmlparser2';
import { clean, resolveOptions } from '../src/index.js';
import { decodeBytes } from '../src/input/decode.js';
import { runBatchBench } from './batch.js';
import { runBigTextBench } from './big-text.js';
import { predict, readCorpus } from './corpus.js';
import { runHostileBench } from './hostile.js';
import { runScalingBench } from './scaling.js';
import { type Prediction, scoreByGroup, scoreCorpus, type Truth } from './score.js';
import { runStructureBench } from './structure.js';
import { runWarcBench } from './warc.js';

interface Args {
  corpus: string;
  readability: boolean;
  preds: string | null;
  worst: number;
  by: string | null;
  json: boolean;
  passes: number;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { corpus: '', readability: true, preds: null, worst: 0, by: null, json: false, passes: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--no-readability') args.readability = false;
    else if (a === '--json') args.json = true;
    else if (a === '--preds') args.preds = argv[++i] ?? null;
    else if (a === '--worst') args.worst = Number(argv[++i] ?? 10);
    else if (a === '--by') args.by = argv[++i] ?? null;
    else if (a === '--passes') args.passes = Math.max(1, Math.floor(Number(argv[++i] ?? 1)) || 1);
    else if (a && !a.startsWith('--')) args.corpus = a;
  }
  if (!args.corpus) {
    console.error('usage: npm run bench -- <corpus-dir> [--no-readability] [--preds FILE] [--worst N] [--by FIELD] [--json] [--passes N]');
    process.exit(2);
  }
  return args;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor(s.length / 2)] as number) : 0;
};
const meanOf = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Milliseconds of CPU time this process has used (all its threads, so garbage collection counts too). */
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

async function readabilityTimer(): Promise<((html: string, url: string) => { ms: number; cpu: number; body: string | null }) | null> {
  try {
    const { JSDOM, VirtualConsole } = await import('jsdom');
    const { Readability } = await import('@mozilla/readability');
    const quiet = new VirtualConsole();
    return (html, url) => {
      const start = performance.now();
      const cpuStart = cpuMs();
      let body: string | null = null;
      try {
        const dom = new JSDOM(html, { url, virtualConsole: quiet });
        body = new Readability(dom.window.document).parse()?.textContent ?? null;
        dom.window.close();
      } catch {
        body = null;
      }
      return { ms: performance.now() - start, cpu: cpuMs() - cpuStart, body };
    };
  } catch {
    return null;
  }
}

interface GroupRow {
  group: string;
  pages: number;
  precision: number;
  recall: number;
  f1: number;
  readabilityF1?: number;
}

/** Body figures per value of a truth field, deboil's and (when it ran) Readability's, both from scoreByGroup. */
function groupTable(
  truths: readonly Truth[],
  predictions: ReadonlyMap<string, Prediction>,
  peer: ReadonlyMap<string, Prediction> | null,
  field: string,
): { field: string; rows: GroupRow[] } {
  const peerF1 = new Map((peer ? scoreByGroup(truths, peer, field) : []).map((g) => [g.group, g.summary.metrics['body.f1']?.value]));
  const rows = scoreByGroup(truths, predictions, field).map(({ group, summary }): GroupRow => {
    const value = (k: string) => summary.metrics[k]?.value ?? 0;
    const row: GroupRow = {
      group,
      pages: summary.pages,
      precision: value('body.precision'),
      recall: value('body.recall'),
      f1: value('body.f1'),
    };
    const theirs = peerF1.get(group);
    if (theirs !== undefined) row.readabilityF1 = theirs;
    return row;
  });
  return { field, rows };
}

function printGroupTable({ field, rows }: { field: string; rows: readonly GroupRow[] }): void {
  const peer = rows.some((r) => r.readabilityF1 !== undefined);
  const n = (x: number | undefined) => (x === undefined ? '-' : x.toFixed(3)).padStart(7);
  console.log(`\nbody by ${field}:`);
  console.log(
    `  ${field.padEnd(16)} ${'pages'.padStart(5)} ${'P'.padStart(7)} ${'R'.padStart(7)} ${'F1'.padStart(7)}${peer ? ' readability.F1' : ''}`,
  );
  for (const r of rows) {
    const theirs = peer ? ` ${n(r.readabilityF1)}` : '';
    console.log(`  ${r.group.padEnd(16)} ${String(r.pages).padStart(5)} ${n(r.precision)} ${n(r.recall)} ${n(r.f1)}${theirs}`);
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const pages = readCorpus(args.corpus);
  const truths = pages.map((p) => p.truth);

  // Warm-up: let the JIT settle so the first pages are not charged for compilation.
  for (const { page } of pages.slice(0, 10)) if (page) clean(page.bytes);

  const predictions = new Map<string, Prediction>();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const cpuById = new Map<string, number>();
  let errors = 0;
  for (const { truth, page } of pages) {
    if (!page) continue;
    const start = performance.now();
    const cpuStart = cpuMs();
    const prediction = predict(truth, page.bytes);
    const ms = performance.now() - start;
    times.push(ms);
    cpuTimes.push(cpuMs() - cpuStart);
    cpuById.set(truth.id, cpuTimes.at(-1) ?? 0);
    if (prediction.error !== undefined) errors++;
    predictions.set(truth.id, { ...prediction, ms });
  }
  const summary = scoreCorpus(truths, predictions);

  const figures: Record<string, unknown> = { corpus: args.corpus, pages: summary.pages, errors };
  for (const [k, v] of Object.entries(summary.metrics)) figures[k] = v;
  figures['ms.median'] = Number(median(times).toFixed(2));
  figures['ms.mean'] = Number(meanOf(times).toFixed(2));
  figures['ms.max'] = Number(Math.max(0, ...times).toFixed(1));
  figures['cpu.median'] = Number(median(cpuTimes).toFixed(2));
  figures['cpu.mean'] = Number(meanOf(cpuTimes).toFixed(2));

  const htmlPages = pages.filter((p) => p.page?.kind === 'html');
  if (htmlPages.length > 0) {
    // The parse floor: htmlparser2's parseDocument on the same decoded strings, in this process and run.
    const maxBytes = resolveOptions().maxBytes;
    const decoded = htmlPages.map(({ page }) => decodeBytes((page as { bytes: Buffer }).bytes, { maxBytes }).join(''));
    const parseMean = (): number => {
      let total = 0;
      for (const html of decoded) {
        const cpuStart = cpuMs();
        parseDocument(html);
        total += cpuMs() - cpuStart;
      }
      return total / decoded.length;
    };
    const deboilMean = (): number => {
      let total = 0;
      for (const { page } of htmlPages) {
        const cpuStart = cpuMs();
        clean((page as { bytes: Buffer }).bytes);
        total += cpuMs() - cpuStart;
      }
      return total / htmlPages.length;
    };
    let deboilCpu = meanOf(htmlPages.map(({ truth }) => cpuById.get(truth.id) ?? 0));
    let parseCpu = parseMean();
    for (let pass = 1; pass < args.passes; pass++) {
      deboilCpu = Math.min(deboilCpu, deboilMean());
      parseCpu = Math.min(parseCpu, parseMean());
    }
    figures['html.cpu.mean'] = Number(deboilCpu.toFixed(2));
    figures['parse.cpu.mean'] = Number(parseCpu.toFixed(2));
    figures['vs.parse.cpu.mean'] = Number((deboilCpu / parseCpu).toFixed(2));
  }
  let peerPreds: Map<string, Prediction> | null = null;
  if (args.readability && htmlPages.length > 0) {
    const run = await readabilityTimer();
    if (run) {
      const peerTimes: number[] = [];
      const peerCpu: number[] = [];
      peerPreds = new Map<string, Prediction>();
      for (const { truth, page } of htmlPages) {
        const r = run((page as { bytes: Buffer }).bytes.toString('utf8'), truth.url ?? 'https://example.com/');
        peerTimes.push(r.ms);
        peerCpu.push(r.cpu);
        peerPreds.set(truth.id, { id: truth.id, body: r.body });
      }
      const peer = scoreCorpus(truths, peerPreds);
      figures['readability.body.f1'] = peer.metrics['body.f1'];
      figures['readability.ms.median'] = Number(median(peerTimes).toFixed(2));
      figures['readability.ms.mean'] = Number(meanOf(peerTimes).toFixed(2));
      figures['speedup.median'] = Number((median(peerTimes) / median(times)).toFixed(1));
      figures['speedup.mean'] = Number((meanOf(peerTimes) / meanOf(times)).toFixed(1));
      figures['readability.cpu.median'] = Number(median(peerCpu).toFixed(2));
      figures['speedup.cpu.median'] = Number((median(peerCpu) / median(cpuTimes)).toFixed(1));
      figures['speedup.cpu.mean'] = Number((meanOf(peerCpu) / meanOf(cpuTimes)).toFixed(1));
    }
  }

  const byGroup = args.by ? groupTable(truths, predictions, peerPreds, args.by) : null;
  if (byGroup) figures[`by.${byGroup.field}`] = byGroup.rows;

  if (args.preds) writeFileSync(args.preds, `${[...predictions.values()].map((p) => JSON.stringify(p)).join('\n')}\n`);
  if (args.json) {
    console.log(JSON.stringify(figures));
  } else {
    for (const [k, v] of Object.entries(figures)) {
      const metric = v as { value?: number; n?: number };
      const shown = typeof v === 'object' && v !== null && 'value' in v ? `${metric.value}  (n=${metric.n})` : String(v);
      if (byGroup && k === `by.${byGroup.field}`) continue;
      console.log(`${k.padEnd(22)} ${shown}`);
    }
    if (byGroup) printGroupTable(byGroup);
  }
  if (args.worst > 0) {
    console.log(`\nworst ${args.worst} pages by body F1:`);
    const worst = summary.perPage
      .filter((r) => r.f1 !== undefined)
      .sort((a, b) => (a.f1 ?? 0) - (b.f1 ?? 0))
      .slice(0, args.worst);
    for (const r of worst) {
      const misses = r.misses.length ? `  misses: ${r.misses.join(',')}` : '';
      console.log(`  ${(r.f1 ?? 0).toFixed(3)}  P=${(r.precision ?? 0).toFixed(2)} R=${(r.recall ?? 0).toFixed(2)}  ${r.id}${misses}`);
    }
  }
}

if (process.argv.includes('--batch')) await runBatchBench(process.argv.slice(2));
else if (process.argv.includes('--warc')) await runWarcBench(process.argv.slice(2));
else if (process.argv.includes('--big-text')) runBigTextBench(process.argv.slice(2));
else if (process.argv.includes('--scaling')) runScalingBench(process.argv.slice(2));
else if (process.argv.includes('--hostile')) runHostileBench(process.argv.slice(2));
else if (process.argv.includes('--structure')) runStructureBench(process.argv.slice(2));
else await main();
