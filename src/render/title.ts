import type { Block } from '../article/draft.js';

/**
 * A page repeats its title as a top heading (an `h1` or `h2` above the article's prose), often not word
 * for word: without the site's name, with a permalink mark (`Evolve: Shared Mutable History¶`),
 * shortened or reworded a little. `content` leaves the first such heading out, as Readability does:
 * the title has its own field, and the front matter of `--format markdown` and the `<h1>` of
 * `--format html` already say it. `body` keeps it, as the text of the page (blocks.ts drops only a
 * leading heading that is the title word for word).
 *
 * A heading repeats the title when more than this share of its words' letters (and the spaces between
 * them) are in words of the title: Readability's measure.
 */
const TITLE_HEADING_SIMILARITY = 0.75;
const TITLE_HEADING_MAX_LEVEL = 2;
/** A paragraph this long is the article's prose: a heading after it is no title. */
const PROSE_CHARS = 80;
const WORD_SEPARATORS = /[^\p{L}\p{N}]+/u;

const wordsOf = (text: string): string[] => text.toLowerCase().split(WORD_SEPARATORS).filter(Boolean);

/** Whether `heading` says the title (see TITLE_HEADING_SIMILARITY). */
export function repeatsTitle(heading: string, title: string): boolean {
  const words = wordsOf(heading);
  if (words.length === 0) return false;
  const titleWords = new Set(wordsOf(title));
  const others = words.filter((w) => !titleWords.has(w));
  return 1 - others.join(' ').length / words.join(' ').length > TITLE_HEADING_SIMILARITY;
}

const levelOf = (block: Block): number => (block.rich?.leaf.kind === 'heading' ? block.rich.leaf.level : 2);

/** The blocks without the first top heading above the prose that repeats the title. */
export function withoutTitleHeading(blocks: readonly Block[], title: string): readonly Block[] {
  if (!title) return blocks;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    if (block.kind === 'paragraph' && block.text.length >= PROSE_CHARS) return blocks;
    if (block.kind === 'heading' && levelOf(block) <= TITLE_HEADING_MAX_LEVEL && repeatsTitle(block.text, title)) {
      return [...blocks.slice(0, i), ...blocks.slice(i + 1)];
    }
  }
  return blocks;
}
