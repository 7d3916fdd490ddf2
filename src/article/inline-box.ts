/**
 * Whether an article goes on after a "Related" box. Both paths ask it when a tail opener that does not
 * end the article for good (rules/tail-sections.ts) stands inside the article: the box is dropped and the
 * article resumes only if running prose follows it soon and keeps going.
 */

/** How a path sees one block: running prose, the opener of another tail section, furniture known by its wording. */
export interface BoxBlock {
  prose: boolean;
  tail: boolean;
  furniture: boolean;
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

/** Where the article resumes after a box opened at `opener` (blocks up to `last` inclusive), or null if it does not. */
export function resumeAfterBox(blockAt: (index: number) => BoxBlock, opener: number, last: number): number | null {
  let resume: number | null = null;
  for (let i = opener + 1; i <= Math.min(last, opener + MAX_INLINE_BOX_BLOCKS); i++) {
    if (blockAt(i).prose) {
      resume = i;
      break;
    }
  }
  if (resume === null) return null;
  let prose = 0;
  let gap = 0;
  for (let i = resume; i <= last && prose < MIN_RESUMED_PROSE; i++) {
    const block = blockAt(i);
    if (block.tail) return null;
    if (block.prose) {
      prose++;
      gap = 0;
    } else if (!block.furniture && ++gap > MAX_RESUMED_GAP) {
      return null;
    }
  }
  return prose >= MIN_RESUMED_PROSE ? resume : null;
}
