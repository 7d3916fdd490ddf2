import type { ClassifiedBlock } from './classify.js';

/**
 * The article's span: the run of blocks with the highest total score (Kadane), so prose pulls the run
 * out and every menu, label and notice in between pushes back; then cut at the first block after the
 * start that opens a comment or related-content section.
 */
export interface ArticleSpan {
  start: number;
  /** Last block of the article, inclusive. */
  end: number;
  /** Where the densest run ended before a tail section cut it short. */
  runEnd: number;
}

/** The maximum-sum run of block scores; null when no block scores above zero. */
function densestRun(scores: readonly number[]): { start: number; end: number } | null {
  let best: { start: number; end: number; sum: number } | null = null;
  let start = 0;
  let sum = 0;
  scores.forEach((score, i) => {
    if (sum <= 0) {
      start = i;
      sum = 0;
    }
    sum += score;
    if (sum > 0 && (!best || sum > best.sum)) best = { start, end: i, sum };
  });
  return best;
}

export function findArticleSpan(classified: readonly ClassifiedBlock[]): ArticleSpan | null {
  const run = densestRun(classified.map((c) => c.score));
  if (!run) return null;
  let end = run.end;
  for (let i = run.start + 1; i <= run.end; i++) {
    if (classified[i]?.tail) {
      end = i - 1;
      break;
    }
  }
  return { start: run.start, end, runEnd: run.end };
}
