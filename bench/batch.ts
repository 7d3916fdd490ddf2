/**
 * `npm run bench -- --batch <corpus-dir> [--files N] [--rss-files N] [--jobs N] [--repeat N]`: the batch-mode bar.
 *
 * Builds a tree of N files (default 5,000) under the system temp directory by linking the corpus pages
 * many times into nested folders, then runs the built CLI over it as a user would (`deboil tree -o
 * out.jsonl`), with --jobs 1 and --jobs N (default 2) in the same run: pages/s on the wall clock, pages
 * per CPU-second (independent of other load), and the ratio, next to the speed-up the machine itself
 * gives a pure CPU spin at that moment (a shared machine can offer much less than N), and for N
 * processes each running the pipeline in process (memory-heavy work shares cores less well). With
 * --repeat R the two runs alternate R times and the fastest of each is kept, as other load on a shared
 * machine only ever slows a run down. Then a run over
 * --rss-files files (default 20,000) reports the peak RSS (/usr/bin/time) and VmRSS through the run
 * (/proc), to show it stays flat. Site-template learning stays on (the default), so its second pass
 * over the output is part of the figures.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flagValues, numberFlag, usage } from './flags.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'deboil.js');
const PAGE = /\.(?:html?|txt)(?:\.gz)?$/i;
/** Folders per level of the generated tree: deep and wide enough to look like a crawl. */
const FANOUT = [40, 8] as const;
const RSS_SAMPLE_MS = 100;

interface BatchArgs {
  corpus: string;
  files: number;
  rssFiles: number;
  jobs: number;
  repeat: number;
}

function parseBatchArgs(argv: readonly string[]): BatchArgs {
  const values = flagValues(argv, ['--batch', '--files', '--rss-files', '--jobs', '--repeat']);
  const corpus = values.get('--batch');
  if (!corpus) usage('npm run bench -- --batch <corpus-dir> [--files 5000] [--rss-files 20000] [--jobs 2] [--repeat 1]');
  return {
    corpus,
    files: numberFlag(values, '--files', 5000),
    rssFiles: numberFlag(values, '--rss-files', 20_000),
    jobs: numberFlag(values, '--jobs', 2),
    repeat: Math.max(1, numberFlag(values, '--repeat', 1)),
  };
}

/** Links (or copies, across file systems) the corpus pages into `count` files of a nested tree. */
function buildTree(corpus: string, root: string, count: number): void {
  const pages = readdirSync(corpus)
    .filter((f) => PAGE.test(f))
    .map((f) => join(corpus, f));
  if (pages.length === 0) throw new Error(`no pages in ${corpus}`);
  for (let i = 0; i < count; i++) {
    const source = pages[i % pages.length] as string;
    const dir = join(root, `s${i % FANOUT[0]}`, `t${Math.floor(i / FANOUT[0]) % FANOUT[1]}`);
    mkdirSync(dir, { recursive: true });
    const target = join(dir, `${i}-${source.slice(source.lastIndexOf('/') + 1)}`);
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

interface RunFigures {
  seconds: number;
  pagesPerSecond: number;
  /** Pages per second of CPU time (user + system, all threads): what the figures would be on idle cores. */
  pagesPerCpuSecond: number;
  peakRssMb: number;
  /** VmRSS at each quarter of the run, in MB: flat means it does not climb with the files done. */
  rssByQuarterMb: number[];
  exitCode: number | null;
}

const readProc = (path: string): string => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return ''; // the process has just exited
  }
};

const procStatusMb = (pid: number, field: string): number => {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readProc(`/proc/${pid}/status`));
  return match ? Number(match[1]) / 1024 : 0;
};

/** A fixed amount of pure CPU work in a fresh process; its wall time shows what the cores give right now. */
const SPIN = ['-e', 'let x = 0; for (let i = 0; i < 4e8; i++) x += i % 7; if (x < 0) console.log(x);'];

/**
 * deboil's own pipeline, in process, over the corpus pages a few times: memory-heavy work (parsing, GC)
 * shares a machine's cores less well than a pure spin, and this is the ceiling for that kind of work.
 */
const PIPELINE_ROUNDS = 6;
const pipeline = (corpus: string): string[] => [
  '--input-type=module',
  '-e',
  `import { readFileSync, readdirSync } from 'node:fs';
   import { clean } from ${JSON.stringify(join(REPO, 'dist', 'index.js'))};
   const dir = ${JSON.stringify(corpus)};
   const pages = readdirSync(dir).filter((f) => ${PAGE}.test(f)).map((f) => readFileSync(dir + '/' + f));
   for (let r = 0; r < ${PIPELINE_ROUNDS}; r++) for (const page of pages) clean(page);`,
];

async function secondsAtOnce(processes: number, nodeArgs: readonly string[]): Promise<number> {
  const start = performance.now();
  await Promise.all(
    Array.from({ length: processes }, () => new Promise((resolve) => spawn(process.execPath, nodeArgs).on('exit', resolve))),
  );
  return (performance.now() - start) / 1000;
}

/**
 * The speed-up the machine itself offers for `jobs` parallel processes of a kind of work at this moment
 * (shared or throttled cores give less than `jobs`): the ceiling for deboil's own ratio, in the same run.
 */
async function machineScaling(jobs: number, nodeArgs: readonly string[]): Promise<number> {
  const one = await secondsAtOnce(1, nodeArgs);
  const many = await secondsAtOnce(jobs, nodeArgs);
  return (jobs * one) / many;
}

async function timedRun(tree: string, out: string, files: number, jobs: number): Promise<RunFigures> {
  rmSync(out, { force: true });
  const start = performance.now();
  // /usr/bin/time reports the child's CPU time and peak RSS; /proc sampling shows how RSS moves during the run.
  const child = spawn('/usr/bin/time', ['-f', 'TIME %U %S %M', process.execPath, BIN, tree, '-o', out, '--jobs', String(jobs), '--quiet'], {
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  const samples: { t: number; rss: number }[] = [];
  const timer = setInterval(() => {
    const pid = Number(readProc(`/proc/${child.pid}/task/${child.pid}/children`).trim().split(' ')[0]);
    if (pid > 0) samples.push({ t: performance.now() - start, rss: procStatusMb(pid, 'VmRSS') });
  }, RSS_SAMPLE_MS);
  const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  clearInterval(timer);
  const seconds = (performance.now() - start) / 1000;
  const [user = 0, system = 0, maxRssKb = 0] = (/TIME (\S+) (\S+) (\d+)/.exec(stderr)?.slice(1) ?? []).map(Number);
  if (exitCode !== 0) process.stderr.write(stderr);
  const quarter = (q: number) => {
    const inQuarter = samples.filter((s) => s.t >= ((q - 1) * seconds * 1000) / 4 && s.t < (q * seconds * 1000) / 4);
    return Math.round(Math.max(0, ...inQuarter.map((s) => s.rss)));
  };
  return {
    seconds: Number(seconds.toFixed(2)),
    pagesPerSecond: Number((files / seconds).toFixed(1)),
    pagesPerCpuSecond: Number((files / (user + system)).toFixed(1)),
    peakRssMb: Math.round(maxRssKb / 1024),
    rssByQuarterMb: [1, 2, 3, 4].map(quarter),
    exitCode,
  };
}

export async function runBatchBench(argv: readonly string[]): Promise<void> {
  const args = parseBatchArgs(argv);
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: REPO, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const root = join(tmpdir(), `deboil-bench-batch-${process.pid}`);
  try {
    const tree = join(root, 'tree');
    buildTree(args.corpus, tree, Math.max(args.files, args.rssFiles));
    const small = join(root, 'small');
    buildTree(args.corpus, small, args.files);
    const show = (files: number, jobs: number, r: RunFigures) =>
      `files ${files}  --jobs ${jobs}: ${r.seconds} s, ${r.pagesPerSecond} pages/s (${r.pagesPerCpuSecond} pages per CPU-second), ` +
      `peak RSS ${r.peakRssMb} MB${r.exitCode === 0 ? '' : `, exit ${r.exitCode}`}`;
    const faster = (a: RunFigures | null, b: RunFigures) => (a && a.seconds <= b.seconds ? a : b);
    const before = await machineScaling(args.jobs, SPIN);
    let one: RunFigures | null = null;
    let many: RunFigures | null = null;
    for (let round = 0; round < args.repeat; round++) {
      const single = await timedRun(small, join(root, 'out-1.jsonl'), args.files, 1);
      console.log(show(args.files, 1, single));
      one = faster(one, single);
      const parallel = await timedRun(small, join(root, `out-${args.jobs}.jsonl`), args.files, args.jobs);
      console.log(show(args.files, args.jobs, parallel));
      many = faster(many, parallel);
    }
    if (!one || !many) return;
    if (args.repeat > 1) console.log(`fastest of ${args.repeat}:\n${show(args.files, 1, one)}\n${show(args.files, args.jobs, many)}`);
    const after = await machineScaling(args.jobs, SPIN);
    const ofPipeline = await machineScaling(args.jobs, pipeline(args.corpus));
    console.log(`speed-up ${args.jobs} jobs / 1 job: ${(many.pagesPerSecond / one.pagesPerSecond).toFixed(2)}x`);
    console.log(
      `machine's own speed-up for ${args.jobs} CPU-bound processes (spin test, before/after): ${before.toFixed(2)}x / ${after.toFixed(2)}x; ` +
        `for ${args.jobs} processes each running the pipeline in process: ${ofPipeline.toFixed(2)}x`,
    );
    if (args.rssFiles > 0) {
      const big = await timedRun(tree, join(root, 'out-rss.jsonl'), Math.max(args.files, args.rssFiles), args.jobs);
      console.log(
        `${show(Math.max(args.files, args.rssFiles), args.jobs, big)}, RSS by quarter of the run ${big.rssByQuarterMb.join(' / ')} MB`,
      );
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
