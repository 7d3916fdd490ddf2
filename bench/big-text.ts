/**
 * `npm run bench -- --big-text <text-corpus-dir> [--mb 10] [--repeat 5]`: the plain-text speed bar
 * (a 10 MB text input cleans in under a second), in process, as a library user would call it.
 *
 * Two inputs are built from the corpus's `.txt` dumps: the pages one after another, repeated until the
 * input reaches --mb megabytes (a dump of many pages, as a crawl concatenates them), and every page once.
 * The second holds no page twice, so nothing that profits from repeated lines helps it; its time is also
 * given scaled to --mb megabytes. Each is cleaned --repeat times after one warm-up; the fastest run and
 * the median are printed, wall clock and this process's CPU time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../src/index.js';
import { flagValues, numberFlag, usage } from './flags.js';

interface BigTextArgs {
  corpus: string;
  megabytes: number;
  repeat: number;
}

function parseBigTextArgs(argv: readonly string[]): BigTextArgs {
  const values = flagValues(argv, ['--big-text', '--mb', '--repeat']);
  const corpus = values.get('--big-text');
  if (!corpus) usage('npm run bench -- --big-text <text-corpus-dir> [--mb 10] [--repeat 5]');
  return { corpus, megabytes: numberFlag(values, '--mb', 10), repeat: Math.max(1, numberFlag(values, '--repeat', 5)) };
}

interface Timing {
  minMs: number;
  medianMs: number;
  minCpuMs: number;
}

function time(input: Uint8Array, repeat: number): Timing {
  clean(input);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    clean(input);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  return { minMs: wall[0] ?? 0, medianMs: wall[Math.floor(wall.length / 2)] ?? 0, minCpuMs: Math.min(...cpu) };
}

const MB = 1024 * 1024;
const show = (t: Timing) => `fastest ${t.minMs.toFixed(0)} ms, median ${t.medianMs.toFixed(0)} ms (CPU ${t.minCpuMs.toFixed(0)} ms)`;

export function runBigTextBench(argv: readonly string[]): void {
  const args = parseBigTextArgs(argv);
  const pages = readdirSync(args.corpus)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(args.corpus, f), 'utf8'));
  if (pages.length === 0) throw new Error(`no .txt pages in ${args.corpus}`);
  const once = Buffer.from(pages.join('\n\n'));
  const target = args.megabytes * MB;
  const parts: string[] = [];
  for (let size = 0, i = 0; size < target; i++) {
    const page = pages[i % pages.length] as string;
    parts.push(page);
    size += Buffer.byteLength(page) + 2;
  }
  const repeated = Buffer.from(parts.join('\n\n'));
  const many = time(repeated, args.repeat);
  console.log(`${(repeated.length / MB).toFixed(1)} MB, the ${pages.length} pages repeated: ${show(many)}`);
  const distinct = time(once, args.repeat);
  const scale = target / once.length;
  console.log(
    `${(once.length / MB).toFixed(1)} MB, every page once: ${show(distinct)}; ` +
      `scaled to ${args.megabytes} MB: fastest ${(distinct.minMs * scale).toFixed(0)} ms, median ${(distinct.medianMs * scale).toFixed(0)} ms`,
  );
}
