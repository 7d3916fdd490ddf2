import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { countArticle, newTally, Progress, progressLine, RecentRate, summaryLines } from '../../src/batch/progress.js';

describe('progress and summary', () => {
  it('shows done/total, pages/s, ETA and errors so far', () => {
    const tally = newTally(0);
    Object.assign(tally, { done: 50, total: 150, totalKnown: true, failed: 2 });
    expect(progressLine(tally, 10_000)).toBe('50/150  5.0 pages/s  ETA 20s  2 errors');
    tally.totalKnown = false;
    expect(progressLine(tally, 10_000)).toContain('50/150+');
  });

  it('sums up counts by status and error code, speed and wall time', () => {
    const tally = newTally(0);
    Object.assign(tally, { done: 10, total: 13, totalKnown: true, failed: 3, skipped: 3 });
    tally.byCode.set('TIMEOUT', 1).set('EMPTY_INPUT', 2);
    const text = summaryLines(tally, ['site templates: 4 blocks'], 4_000);
    expect(text).toContain('7 of 13 inputs cleaned, 3 failed (EMPTY_INPUT 2, TIMEOUT 1), 3 done by an earlier run');
    expect(text).toContain('10 pages in 4.0 s, 2.5 pages/s');
    expect(summaryLines(tally, [], 125_000)).toContain('10 pages in 2m05s, 0.1 pages/s');
    expect(text).toContain('deboil: site templates: 4 blocks');
  });

  it('measures pages/s over the recent window, not since the start of the run', () => {
    const recent = new RecentRate(10_000);
    // Two seconds of worker start-up, then 20 pages/s: the start-up does not count.
    expect(recent.rate(0, 0)).toBe(0);
    expect(recent.rate(0, 2_000)).toBe(0);
    expect(recent.rate(20, 3_000)).toBe(20);
    const tally = newTally(0);
    Object.assign(tally, { done: 20, total: 400, totalKnown: true });
    expect(progressLine(tally, 3_000, recent.rate(20, 3_000))).toBe('20/400  20.0 pages/s  ETA 19s  0 errors');
    // Then a slow stretch: after ten seconds at 2 pages/s the window shows that, not the run's average.
    let done = 20;
    for (let t = 4_000; t <= 24_000; t += 1_000) {
      done += 2;
      expect(recent.rate(done, t)).toBeGreaterThan(0);
    }
    expect(recent.rate(done, 24_000)).toBeCloseTo(2, 0);
  });

  /** A Progress over a 1000-page run on fake timers, with what it writes to stderr. */
  function onFakeTimers(mode: 'bar' | 'lines', run: (tally: ReturnType<typeof newTally>, written: string[], progress: Progress) => void) {
    vi.useFakeTimers({ now: 0 });
    try {
      const tally = Object.assign(newTally(0), { total: 1_000, totalKnown: true });
      const stderr = new PassThrough();
      const written: string[] = [];
      stderr.on('data', (chunk) => written.push(String(chunk)));
      run(tally, written, new Progress(tally, mode, stderr));
    } finally {
      vi.useRealTimers();
    }
  }

  /** Pages done at 10 a second. */
  function tenPagesASecond(tally: ReturnType<typeof newTally>, pages: number): void {
    for (let i = 0; i < pages; i++) {
      tally.done++;
      vi.advanceTimersByTime(100);
    }
  }

  it('draws the bar with the recent rate: 20 s of start-up do not drag the figures down', () => {
    onFakeTimers('bar', (tally, drawn, progress) => {
      vi.advanceTimersByTime(20_000);
      // Then 10 pages a second for 15 s: since the start that would be 150 pages in 35 s, 4.3 pages/s.
      tenPagesASecond(tally, 150);
      progress.stop();
      const last = drawn.filter((d) => d.includes('pages/s')).at(-1) as string;
      expect(last).toContain('150/1000  10.0 pages/s  ETA 1m25s  0 errors');
    });
  });

  it('writes a plain line every 10 s, whose first rate leaves out the start-up before the first page', () => {
    onFakeTimers('lines', (tally, lines, progress) => {
      vi.advanceTimersByTime(8_000);
      // Then 10 pages a second: at 10 s, 20 pages; since the start that would read 2.0 pages/s.
      tenPagesASecond(tally, 20);
      expect(lines).toEqual(['deboil: 20/1000  10.0 pages/s  ETA 1m38s  0 errors\n']);
      vi.advanceTimersByTime(10_000);
      expect(lines).toHaveLength(2);
      progress.stop();
    });
  });

  it('counts articles by status and wall from their output lines', () => {
    const tally = newTally(0);
    countArticle(tally, JSON.stringify({ body: 'he wrote "status":"no-content" here', status: 'article', access: 'open' }));
    countArticle(tally, JSON.stringify({ body: '', status: 'no-content', access: 'open' }));
    countArticle(tally, JSON.stringify({ body: 'teaser', status: 'article', access: 'paywall' }));
    Object.assign(tally, { done: 3, total: 3, totalKnown: true });
    expect(summaryLines(tally, [], 1_000)).toContain('deboil: records: 2 article, 1 no-content, 1 paywall');
  });
});
