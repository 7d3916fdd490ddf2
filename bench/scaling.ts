/**
 * `npm run bench -- --scaling [--mb 1,10,50] [--shape table|divs|article]`: whether the cost of a
 * DOM-heavy page grows with its size and no faster. Each shape is built at each size and cleaned in a
 * child process of its own, so that its peak RSS (the child's maxRSS) is that page's alone; the child
 * reports the CPU time of clean() (after a warm-up on a 64 KB page of the same shape, so the JIT is not
 * billed to the smallest size) and its peak RSS above what the process held before building the page.
 * Printed: CPU ms per MB, its ratio to the smallest size's rate (bar: within 1.3x), and that RSS as a
 * multiple of the input (bar: under 25x).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { clean } from '../src/index.js';
import { flagValues, usage } from './flags.js';

const MB = 1024 * 1024;

/** Pages made of one repeated unit, up to `bytes` long. */
const SHAPES: Record<string, (bytes: number) => string> = {
  /** One table of short cells: millions of elements under one parent. */
  table: (bytes) => {
    const row = '<tr><td>12</td><td>Name of a thing</td><td>3,4</td><td><a href="/x">link</a></td></tr>\n';
    return `<html><head><title>A table</title></head><body><h1>A table</h1><table>${row.repeat(Math.ceil(bytes / row.length))}</table></body></html>`;
  },
  /** Many tiny divs side by side, as a page builder writes them. */
  divs: (bytes) => {
    const unit = '<div class="c"><div><span>Word</span></div></div>\n';
    return `<html><head><title>Divs</title></head><body>${unit.repeat(Math.ceil(bytes / unit.length))}</body></html>`;
  },
  /** An article of paragraphs: the shape most pages have. */
  article: (bytes) => {
    const p = '<p>The council met on Tuesday evening, and after a long debate it voted to keep the library open late.</p>\n';
    return `<html><head><title>An article</title></head><body><article><h1>An article</h1>${p.repeat(Math.ceil(bytes / p.length))}</article></body></html>`;
  },
};

interface ChildReport {
  bytes: number;
  cpuMs: number;
  /** Peak RSS above the process's RSS before the page was built. */
  maxRssKb: number;
}

/** In the child: builds one page, cleans it once, and prints what it cost. */
function child(shape: string, megabytes: number): void {
  const build = SHAPES[shape];
  if (!build) usage(`unknown shape ${shape}`);
  clean(Buffer.from(build(64 * 1024)));
  const baseKb = process.memoryUsage().rss / 1024;
  const page = Buffer.from(build(megabytes * MB));
  const start = process.cpuUsage();
  clean(page, { maxBytes: page.length + MB });
  const used = process.cpuUsage(start);
  const report: ChildReport = {
    bytes: page.length,
    cpuMs: (used.user + used.system) / 1000,
    maxRssKb: process.resourceUsage().maxRSS - baseKb,
  };
  console.log(JSON.stringify(report));
}

export function runScalingBench(argv: readonly string[]): void {
  const values = flagValues(argv, ['--mb', '--shape', '--child']);
  const childShape = values.get('--child');
  if (childShape) {
    child(childShape, Number(values.get('--mb')));
    return;
  }
  const sizes = (values.get('--mb') ?? '1,10,50').split(',').map(Number);
  if (sizes.some((n) => !(n > 0))) usage('npm run bench -- --scaling [--mb 1,10,50] [--shape table|divs|article]');
  const shapes = values.has('--shape') ? [values.get('--shape') as string] : ['table', 'divs', 'article'];
  const script = fileURLToPath(new URL('./bench.ts', import.meta.url));
  console.log('shape    MB  CPU ms  ms/MB  x first  peak RSS MB (above start)  x input');
  for (const shape of shapes) {
    let firstRate = 0;
    for (const mb of sizes) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', script, '--scaling', '--child', shape, '--mb', String(mb)], {
        encoding: 'utf8',
        maxBuffer: MB,
      });
      const r = JSON.parse(out.trim().split('\n').at(-1) as string) as ChildReport;
      const inputMb = r.bytes / MB;
      const rate = r.cpuMs / inputMb;
      firstRate ||= rate;
      const rssMb = r.maxRssKb / 1024;
      console.log(
        `${shape.padEnd(7)} ${inputMb.toFixed(0).padStart(3)} ${r.cpuMs.toFixed(0).padStart(7)} ${rate.toFixed(0).padStart(6)} ${(rate / firstRate).toFixed(2).padStart(8)} ${rssMb.toFixed(0).padStart(25)} ${(rssMb / inputMb).toFixed(1).padStart(8)}`,
      );
    }
  }
}
