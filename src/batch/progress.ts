import type { ErrorCode } from '../errors.js';
import type { SkipReason } from './walk.js';

/**
 * Progress and the end-of-run summary, on stderr. On a terminal: one bar redrawn in place (done/total,
 * pages/s, ETA, errors so far). Otherwise: a plain line every PLAIN_INTERVAL_MS, so logs stay readable.
 * Nothing at all with --quiet.
 */
export interface Tally {
  done: number;
  /** Inputs found so far; final once `totalKnown`. */
  total: number;
  totalKnown: boolean;
  skipped: number;
  failed: number;
  /** Inputs skipped by --resume whose kept record is an error record: the output still holds failures. */
  failedEarlier: number;
  byCode: Map<ErrorCode, number>;
  /** Articles by `status` and, behind a wall, by `access` (no-content, paywall, ...). */
  byKind: Map<string, number>;
  /** Files (and excluded folders) the directory walk passed over, by reason, with the first one's path. */
  notTaken: Map<SkipReason, { count: number; example: string }>;
  startedAt: number;
}

export function newTally(now = Date.now()): Tally {
  return {
    done: 0,
    total: 0,
    totalKnown: false,
    skipped: 0,
    failed: 0,
    failedEarlier: 0,
    byCode: new Map(),
    byKind: new Map(),
    notTaken: new Map(),
    startedAt: now,
  };
}

/** Counts an input that failed, by its error code. */
export function countFailure(tally: Tally, code: ErrorCode): void {
  tally.failed++;
  tally.byCode.set(code, (tally.byCode.get(code) ?? 0) + 1);
}

/** Records a file the walk passed over (pass as the walk's onSkip). */
export function countNotTaken(tally: Tally, reason: SkipReason, relative: string): void {
  const seen = tally.notTaken.get(reason);
  if (seen) seen.count++;
  else tally.notTaken.set(reason, { count: 1, example: relative });
}

/** What each skip reason means. */
const NOT_TAKEN_WORDS: Record<SkipReason, string> = {
  'not-a-page-name': 'without a page extension (.html .htm .xhtml .txt, .gz) or HTML content',
  'not-included': 'not matching --include',
  excluded: 'excluded by --exclude',
  'own-output': "this run's own output",
};

function notTakenLine(tally: Tally): string[] {
  if (tally.notTaken.size === 0) return [];
  const total = [...tally.notTaken.values()].reduce((n, v) => n + v.count, 0);
  const parts = [...tally.notTaken.entries()].map(([reason, { count, example }]) => `${count} ${NOT_TAKEN_WORDS[reason]}, e.g. ${example}`);
  const hint = tally.notTaken.has('not-a-page-name') ? " (--include '*' takes every file)" : '';
  return [`${total} walked file${total === 1 ? '' : 's'} not taken: ${parts.join('; ')}${hint}`];
}

// Keys as JSON.stringify writes them; inside a string value a quote is escaped, so these match keys only.
const STATUS_KEY = /"status":"([a-z-]+)"/;
const ACCESS_KEY = /"access":"([a-z-]+)"/;

/** Counts an article's status and access from its output line (cheaper than parsing a long body). */
export function countArticle(tally: Tally, line: string): void {
  const add = (kind: string | undefined) => kind && tally.byKind.set(kind, (tally.byKind.get(kind) ?? 0) + 1);
  add(STATUS_KEY.exec(line)?.[1]);
  const access = ACCESS_KEY.exec(line)?.[1];
  if (access !== 'open') add(access);
}

export type ProgressMode = 'bar' | 'lines' | 'none';

const BAR_INTERVAL_MS = 200;
const PLAIN_INTERVAL_MS = 10_000;
const BAR_WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

/** Pages cleaned in this run per second (skipped ones from an earlier run do not count). */
export function rate(tally: Tally, now = Date.now()): number {
  const seconds = (now - tally.startedAt) / 1000;
  return seconds > 0 ? tally.done / seconds : 0;
}

/** Progress figures average over about this long, so a slow start or a slow stretch soon stops counting. */
const RATE_WINDOW_MS = 10_000;

/**
 * Pages per second over the last RATE_WINDOW_MS (or since the first page, early on): an average since
 * the start of the run counts the workers' start-up and shows an ETA many times too long at first.
 */
export class RecentRate {
  private samples: { at: number; done: number }[] = [];

  constructor(private readonly windowMs = RATE_WINDOW_MS) {}

  rate(done: number, now = Date.now()): number {
    // Before the first page, only the latest moment counts: start-up time is not cleaning time.
    if (done === 0) this.samples = [];
    this.samples.push({ at: now, done });
    while (this.samples.length > 2 && now - (this.samples[1] as { at: number }).at >= this.windowMs) this.samples.shift();
    const first = this.samples[0] as { at: number; done: number };
    const seconds = (now - first.at) / 1000;
    return seconds > 0 ? (done - first.done) / seconds : 0;
  }
}

export function progressLine(tally: Tally, now = Date.now(), speed = rate(tally, now)): string {
  const finished = tally.done + tally.skipped;
  const total = tally.totalKnown ? String(tally.total) : `${tally.total}+`;
  const left = tally.total - finished;
  const eta = tally.totalKnown && speed > 0 ? duration(left / speed) : '?';
  return `${finished}/${total}  ${speed.toFixed(1)} pages/s  ETA ${eta}  ${tally.failed} errors`;
}

function bar(tally: Tally): string {
  const share = tally.total > 0 ? Math.min(1, (tally.done + tally.skipped) / tally.total) : 0;
  const filled = Math.round(share * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${Math.floor(share * 100)}%`;
}

export class Progress {
  private timer: NodeJS.Timeout | null = null;
  private drawn = false;
  private readonly recent = new RecentRate();
  private lastLine: number;

  constructor(
    private readonly tally: Tally,
    private readonly mode: ProgressMode,
    private readonly stderr: NodeJS.WritableStream,
  ) {
    this.lastLine = tally.startedAt;
    if (mode === 'none') return;
    this.recent.rate(tally.done, tally.startedAt);
    // The rate is sampled at the bar's pace in both modes, so the plain line's first figure, too, leaves
    // out the start-up before the first page.
    this.timer = setInterval(() => this.tick(), BAR_INTERVAL_MS);
    this.timer.unref();
  }

  /** Prints a message (an error line) without tearing the bar. */
  note(message: string): void {
    this.clear();
    this.stderr.write(message);
  }

  private tick(): void {
    const now = Date.now();
    const speed = this.recent.rate(this.tally.done, now);
    if (this.mode === 'bar') {
      this.stderr.write(`\r\x1b[2K${bar(this.tally)} ${progressLine(this.tally, now, speed)}`);
      this.drawn = true;
    } else if (now - this.lastLine >= PLAIN_INTERVAL_MS) {
      this.lastLine = now;
      this.stderr.write(`deboil: ${progressLine(this.tally, now, speed)}\n`);
    }
  }

  private clear(): void {
    if (this.drawn) this.stderr.write('\r\x1b[2K');
    this.drawn = false;
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.clear();
  }
}

/** The end-of-run summary: counts by status and error code, speed, wall time (one figure). */
export function summaryLines(tally: Tally, extra: readonly string[] = [], now = Date.now()): string {
  const seconds = (now - tally.startedAt) / 1000;
  const cleaned = tally.done - tally.failed;
  const codes = [...tally.byCode.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ');
  const kinds = [...tally.byKind.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const keptErrors = tally.failedEarlier > 0 ? `, ${tally.failedEarlier} of them error records` : '';
  const earlier = tally.skipped > 0 ? `, ${tally.skipped} done by an earlier run (--resume${keptErrors})` : '';
  const lines = [
    `deboil: ${cleaned} of ${tally.total} inputs cleaned, ${tally.failed} failed${codes ? ` (${codes})` : ''}${earlier}`,
    ...(kinds ? [`deboil: records: ${kinds}`] : []),
    ...notTakenLine(tally).map((l) => `deboil: ${l}`),
    `deboil: ${tally.done} pages in ${seconds < 60 ? `${seconds.toFixed(1)} s` : duration(seconds)}, ${rate(tally, now).toFixed(1)} pages/s`,
    ...extra.map((l) => `deboil: ${l}`),
  ];
  return `${lines.join('\n')}\n`;
}
