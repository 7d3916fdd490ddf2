import { type Draft, emptyDraft, removal } from '../article/draft.js';
import type { ResolvedOptions } from '../options.js';
import { matchBoilerplate, matchTailStart } from '../rules/compile.js';
import { splitTextBlocks, type TextBlock } from './blocks.js';
import { readTextHeader } from './header.js';

/**
 * The text-dump path. Blocks get a prose score; the article is the run of blocks with the highest total
 * (prose counts for, menus and furniture against), cut at the first comment/related-section opener after
 * it starts. Title, dateline and byline come from the lines above that run (header.ts).
 */

/** A block with fewer words than this is not prose on its own (a menu item, a label, a heading). */
const MIN_PROSE_WORDS = 8;
/** Without sentence punctuation a line needs this many words to be prose: headlines run up to ~25. */
const MIN_UNPUNCTUATED_PROSE_WORDS = 30;
/** What a short non-prose line costs inside the article run; headings between paragraphs survive it. */
const SHORT_LINE_PENALTY = 4;

const SENTENCE_END = /[.!?…:;»"”’)]$/u;

function proseScore(block: TextBlock): number {
  if (block.words >= MIN_PROSE_WORDS && (SENTENCE_END.test(block.text) || block.words >= MIN_UNPUNCTUATED_PROSE_WORDS)) {
    return block.bullet ? block.words / 2 : block.words;
  }
  return -SHORT_LINE_PENALTY;
}

/** The maximum-sum run of block scores (Kadane); null when no block scores above zero. */
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

export function extractFromText(text: string, options: ResolvedOptions): Draft {
  const draft = emptyDraft();
  const blocks = splitTextBlocks(text);
  const boilerplate = blocks.map((b) => matchBoilerplate(b.text));
  const scores = blocks.map((b, i) => (boilerplate[i] ? -2 * SHORT_LINE_PENALTY : proseScore(b)));
  const run = densestRun(scores);
  if (!run) {
    draft.blocks = blocks.map((b) => ({ text: b.text, kind: b.bullet ? 'list-item' : 'paragraph' }));
    return draft;
  }

  let end = run.end;
  for (let i = run.start + 1; i <= run.end; i++) {
    const tail = matchTailStart(blocks[i]?.text ?? '');
    if (tail) {
      end = i - 1;
      break;
    }
  }

  for (const block of blocks) {
    const inRun = block.index >= run.start && block.index <= end;
    const rule = boilerplate[block.index];
    if (inRun && !rule) {
      draft.blocks.push({ text: block.text, kind: block.bullet ? 'list-item' : 'paragraph' });
    } else if (options.explain) {
      const reason = rule
        ? `phrase:${rule.id}`
        : block.index > end && block.index > run.end
          ? 'after-article'
          : block.index > end
            ? 'tail-section'
            : 'outside-article';
      draft.removed.push(removal(block.text, reason));
    }
  }

  const header = readTextHeader(blocks, run.start, (i) => boilerplate[i] !== null, options.crawlDate);
  Object.assign(draft, header, { provenance: [...header.provenance, ...draft.provenance] });
  draft.provenance.push({ field: 'body', source: 'text-densest-run' });
  return draft;
}
