/**
 * `npm run bench -- --warc <corpus-dir> [--copies N]`: the cost of reading WARC.
 *
 * Builds a gzipped WARC (one response record per page, gzipped record at a time, as crawlers write
 * them) from the corpus pages, N copies over (default 5), in the system temp directory, then in this
 * process, one page at a time: (1) the same pages as files, read and cleaned; (2) the WARC read and
 * every record cleaned; (3) the WARC read alone. Figures are CPU seconds of this process, so a busy
 * shared machine still gives a fair ratio; the bar is that reading the WARC is at most 15% of (2).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { clean } from '../src/index.js';
import { readPageFileSync } from '../src/input/read.js';
import { warcRecords } from '../src/records/warc-records.js';
import { warcRecordBytes } from '../tests/records/warc-fixture.js';
import { flagValues, numberFlag, usage } from './flags.js';

const PAGE = /\.(?:html?|txt)(?:\.gz)?$/i;
const MAX_BYTES = 50 * 1024 * 1024;

const cpuSeconds = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

async function timed(run: () => Promise<number>): Promise<{ seconds: number; count: number }> {
  const start = cpuSeconds();
  const count = await run();
  return { seconds: cpuSeconds() - start, count };
}

export async function runWarcBench(argv: readonly string[]): Promise<void> {
  const values = flagValues(argv, ['--warc', '--copies']);
  const corpus = values.get('--warc');
  if (!corpus) usage('npm run bench -- --warc <corpus-dir> [--copies 5]');
  const copies = numberFlag(values, '--copies', 5);
  const files = readdirSync(corpus)
    .filter((f) => PAGE.test(f))
    .sort()
    .map((f) => join(corpus, f));
  const dir = mkdtempSync(join(tmpdir(), 'deboil-warc-bench-'));
  try {
    const members: Buffer[] = [];
    let pageBytes = 0;
    for (let copy = 0; copy < copies; copy++) {
      for (const [i, path] of files.entries()) {
        const { bytes } = readPageFileSync(path, MAX_BYTES);
        pageBytes += bytes.length;
        const contentType = /\.txt(?:\.gz)?$/i.test(path) ? 'text/plain' : 'text/html';
        const record = await warcRecordBytes({ url: `https://bench.example/${copy}/${i}`, body: bytes, contentType });
        members.push(gzipSync(record));
      }
    }
    const warc = join(dir, 'corpus.warc.gz');
    const warcBytes = Buffer.concat(members);
    writeFileSync(warc, warcBytes);
    const asFiles = await timed(async () => {
      let n = 0;
      for (let copy = 0; copy < copies; copy++) {
        for (const path of files) {
          const { bytes } = readPageFileSync(path, MAX_BYTES);
          try {
            clean(bytes);
          } catch {}
          n++;
        }
      }
      return n;
    });
    const fromWarc = await timed(async () => {
      let n = 0;
      for await (const item of warcRecords(warc, MAX_BYTES)) {
        if (!item.error) {
          try {
            clean(item.page, item.overrides);
          } catch {}
        }
        n++;
      }
      return n;
    });
    const readOnly = await timed(async () => {
      let n = 0;
      for await (const _ of warcRecords(warc, MAX_BYTES)) n++;
      return n;
    });
    const mb = (b: number) => b / 1024 / 1024;
    const figures = {
      pages: asFiles.count,
      warcMB: Number(mb(warcBytes.length).toFixed(1)),
      pageMB: Number(mb(pageBytes).toFixed(1)),
      filesPagesPerCpuSecond: Number((asFiles.count / asFiles.seconds).toFixed(1)),
      warcPagesPerCpuSecond: Number((fromWarc.count / fromWarc.seconds).toFixed(1)),
      warcReadMBPerCpuSecond: Number((mb(warcBytes.length) / readOnly.seconds).toFixed(1)),
      warcReadPageMBPerCpuSecond: Number((mb(pageBytes) / readOnly.seconds).toFixed(1)),
      warcReadShareOfTotal: Number((readOnly.seconds / fromWarc.seconds).toFixed(3)),
    };
    console.log(JSON.stringify(figures, null, 2));
    console.log(`reading WARC: ${(figures.warcReadShareOfTotal * 100).toFixed(1)}% of the total (bar: <= 15%)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
