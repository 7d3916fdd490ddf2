import { type BoxBlock, resumeAfterBox } from '../article/inline-box.js';
import { SECTIONS_THAT_END_THE_ARTICLE } from '../rules/tail-sections.js';
import { type ClassifiedBlock, tailRuleOf } from './classify.js';

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

/** The text path's view of a block for resumeAfterBox. */
const asBoxBlock = (c: ClassifiedBlock | undefined): BoxBlock => ({
  prose: Boolean(c?.prose),
  tail: Boolean(c && tailRuleOf(c)),
  furniture: Boolean(c?.phrase),
});

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
    const c = classified[i];
    const tail = c ? tailRuleOf(c) : null;
    if (!tail) continue;
    const final = SECTIONS_THAT_END_THE_ARTICLE.has(tail.id);
    const resume = final ? null : resumeAfterBox((j) => asBoxBlock(classified[j]), i, run.end);
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
  const end = closingLinesEnd(classified, run.end);
  return { start, end, runEnd: end, tailRule: null, boxes };
}

/**
 * "Thank you all so much." — an article's short closing lines cost the run what any short line costs,
 * so the densest run stops before them; up to this many short sentences right after it still belong.
 */
const MAX_CLOSING_LINES = 2;
const MAX_CLOSING_WORDS = 12;
const CLOSES_SENTENCE = /[.!?"”’]$/u;

function closingLinesEnd(classified: readonly ClassifiedBlock[], end: number): number {
  let last = end;
  for (let i = end + 1; i <= end + MAX_CLOSING_LINES; i++) {
    const c = classified[i];
    if (!c || c.prose || c.phrase || c.machinery || c.textRule || c.block.bullet || tailRuleOf(c)) break;
    if (c.block.words > MAX_CLOSING_WORDS || !CLOSES_SENTENCE.test(c.block.text)) break;
    last = i;
  }
  return last;
}
