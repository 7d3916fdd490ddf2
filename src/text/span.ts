import { SECTIONS_THAT_END_THE_ARTICLE } from '../rules/tail-sections.js';
import type { ClassifiedBlock } from './classify.js';

/**
 * The article's span: the run of blocks with the highest total score (Kadane), so prose pulls the run
 * out and every menu, label and notice in between pushes back. Inside the run, a block that opens a
 * trailing section (comments, related stories, tags) cuts it short, unless the article visibly goes on
 * after a short box of links: then only the box goes.
 */
export interface ArticleSpan {
  start: number;
  /** Last block of the article, inclusive. */
  end: number;
  /** Where the densest run ended before a tail section cut it short. */
  runEnd: number;
  /** The phrase rule of the block that cut the run short, if one did. */
  tailRule: string | null;
  /** Link boxes inside the article ("Related: …" and its teaser lines), inclusive ranges. */
  boxes: { start: number; end: number; rule: string }[];
}

/** An inline box of teaser links is short; a longer list after a "Related" heading ends the article. */
const MAX_INLINE_BOX_BLOCKS = 12;
/**
 * The article goes on after a box only if prose resumes as running text: this many prose blocks with
 * at most MAX_RESUMED_GAP other blocks between them, not counting furniture known by its wording (a
 * teaser list has a title, a byline and a date between its one-paragraph summaries).
 */
const MIN_RESUMED_PROSE = 2;
const MAX_RESUMED_GAP = 1;

/** A list heading is a sidebar above the article when this many times more prose follows it than precedes it. */
const ARTICLE_BELOW_RATIO = 3;

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

/** Where the article resumes after a box opened at `opener`, or null if it does not. */
function resumeAfterBox(classified: readonly ClassifiedBlock[], opener: number, runEnd: number): number | null {
  let resume: number | null = null;
  for (let i = opener + 1; i <= Math.min(runEnd, opener + MAX_INLINE_BOX_BLOCKS); i++) {
    if (classified[i]?.prose) {
      resume = i;
      break;
    }
  }
  if (resume === null) return null;
  let prose = 0;
  let gap = 0;
  for (let i = resume; i <= runEnd && prose < MIN_RESUMED_PROSE; i++) {
    if (classified[i]?.tail) return null;
    if (classified[i]?.prose) {
      prose++;
      gap = 0;
    } else if (!classified[i]?.phrase && ++gap > MAX_RESUMED_GAP) {
      return null;
    }
  }
  return prose >= MIN_RESUMED_PROSE ? resume : null;
}

function proseMass(classified: readonly ClassifiedBlock[], from: number, to: number): number {
  let sum = 0;
  for (let i = from; i <= to; i++) {
    const c = classified[i];
    if (c?.prose) sum += c.score;
  }
  return sum;
}

export function findArticleSpan(classified: readonly ClassifiedBlock[]): ArticleSpan | null {
  const run = densestRun(classified.map((c) => c.score));
  if (!run) return null;
  let start = run.start;
  let boxes: ArticleSpan['boxes'] = [];
  for (let i = run.start + 1; i <= run.end; i++) {
    const tail = classified[i]?.tail;
    if (!tail) continue;
    const final = SECTIONS_THAT_END_THE_ARTICLE.has(tail.id);
    const resume = final ? null : resumeAfterBox(classified, i, run.end);
    if (resume !== null) {
      boxes.push({ start: i, end: resume - 1, rule: tail.id });
      i = resume - 1;
      continue;
    }
    // A related list with far more prose after it than before it stood above the article (a blog's
    // sidebar printed first): the article starts after it.
    const next = final ? -1 : classified.findIndex((c, j) => j > i && j <= run.end && c.prose);
    if (next > 0 && proseMass(classified, next, run.end) > ARTICLE_BELOW_RATIO * proseMass(classified, start, i)) {
      start = next;
      boxes = [];
      i = next - 1;
      continue;
    }
    return { start, end: i - 1, runEnd: run.end, tailRule: tail.id, boxes };
  }
  return { start, end: run.end, runEnd: run.end, tailRule: null, boxes };
}
