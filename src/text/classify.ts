import { parseTextDate } from '../metadata/date.js';
import type { PhraseRule } from '../rules/boilerplate-phrases.js';
import { matchBoilerplate, matchTailStart } from '../rules/compile.js';
import type { TextBlock } from './blocks.js';
import { stopwordRatio } from './language.js';

/**
 * Features of one block and the verdict they add up to: is it prose (a sentence someone wrote for this
 * article), furniture recognised by its wording (a phrase rule), a bare token of page machinery (a URL,
 * a timestamp, a number), or just a short line (a heading, a menu item, a caption)?
 */
export interface ClassifiedBlock {
  block: TextBlock;
  /** A `block`-scope phrase rule: dropped wherever it stands. */
  phrase: PhraseRule | null;
  /** A `tail`-scope phrase rule: this block opens a section that ends the article. */
  tail: PhraseRule | null;
  /** Why a block with no wording to go by is still page machinery, or null. */
  machinery: string | null;
  prose: boolean;
  /** What the block adds to (prose) or takes from (everything else) a run of article text. */
  score: number;
}

/** A block with fewer words than this is not prose on its own (a menu item, a label, a heading). */
const MIN_PROSE_WORDS = 8;
/** Without sentence punctuation a line needs this many words to be prose: headlines run up to ~25. */
const MIN_UNPUNCTUATED_PROSE_WORDS = 30;
/** Prose is 35-55% function words; teaser titles, tag lists and menus stay well under this. */
const MIN_PROSE_STOPWORD_RATIO = 0.18;
/** CJK prose: a sentence of this many ideographs/kana, closed by CJK sentence punctuation. */
const MIN_CJK_PROSE_CHARS = 20;
/** One long block (a footer blurb, a repeated article-body dump) must not outweigh a whole article. */
const MAX_PROSE_SCORE = 50;
/** What any non-prose line costs a run of article text, plus a share per word (long menus cost more). */
const SHORT_LINE_PENALTY = 3;
const NON_PROSE_WORD_PENALTY = 0.5;
/** A fragment of running text (a wrapped table cell, a line of code) costs little inside an article. */
const FRAGMENT_PENALTY = 1;
const MIN_FRAGMENT_WORDS = 4;
const MIN_FRAGMENT_STOPWORD_RATIO = 0.34;
/** Code and data: statement ends, braces, assignments, calls, markup, table rules, or mostly figures. */
const CODE_OR_DATA = /[;{}([,]$|^[{}]|\w\(.{0,80}\)|\s=\s|<\/?[a-z][\w-]{0,20}[\s>]|[│┃]|^[\d\s.,:%$€£+/-]{6,}$/iu;
/** Furniture recognised by its wording costs more: it almost never sits between article paragraphs. */
const PHRASE_PENALTY = 12;

const SENTENCE_END = /[.!?…:;»"”’)]$/u;
const CJK_SENTENCE = /[。！？]/u;
/** "Title of another story…" — a teaser cut short by the template, not a paragraph of this article. */
const TRUNCATED = /(?:\.\.\.|…)$/u;

/** Lines that are page machinery by shape alone; checked in order, first match names the reason. */
const MACHINERY: readonly (readonly [string, RegExp])[] = [
  ['url', /^(?:https?:\/\/|www\.)\S+$/iu],
  ['timestamp', /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)?$/iu],
  ['no-words', /^[^\p{L}\p{N}]*$/u],
];

/** A dateline or timestamp line ("November 18, 2019", "21/06/2014 Tony Carter News") is this short. */
const MAX_DATE_LINE_CHARS = 80;
const ENDS_SENTENCE = /[.!?]$/;
/** "— Name (@handle) November 18, 2019" closes an embedded tweet, which articles quote as their text. */
const QUOTED_POST_SIGNATURE = /^[—–-]|\(@\w/u;

function machineryOf(text: string): string | null {
  for (const [reason, shape] of MACHINERY) if (shape.test(text)) return reason;
  // A short line carrying a date and no sentence is a dateline or a teaser's timestamp, never article text.
  if (text.length > MAX_DATE_LINE_CHARS || ENDS_SENTENCE.test(text) || QUOTED_POST_SIGNATURE.test(text)) return null;
  return parseTextDate(text) ? 'date' : null;
}

function isProse(block: TextBlock, stopwords: () => number | null): boolean {
  const { text, words, cjkChars } = block;
  if (TRUNCATED.test(text)) return false;
  if (cjkChars * 2 > text.length) return cjkChars >= MIN_CJK_PROSE_CHARS && CJK_SENTENCE.test(text);
  if (words < MIN_PROSE_WORDS) return false;
  if (!SENTENCE_END.test(text) && words < MIN_UNPUNCTUATED_PROSE_WORDS) return false;
  const ratio = stopwords();
  return ratio === null || ratio >= MIN_PROSE_STOPWORD_RATIO;
}

/**
 * Lines that are not prose on their own but belong to running text when they sit inside it: the wrapped
 * cells of a table, lines of code or of program output, figures. Menus and teaser titles are none of
 * these: they are short, capitalised and nearly free of function words and of code punctuation.
 */
function isFragmentOfText(block: TextBlock, stopwords: () => number | null): boolean {
  if (CODE_OR_DATA.test(block.text)) return true;
  if (block.words < MIN_FRAGMENT_WORDS) return false;
  const ratio = stopwords();
  return ratio !== null && ratio >= MIN_FRAGMENT_STOPWORD_RATIO;
}

export function classifyBlocks(blocks: readonly TextBlock[], lang: string | null): ClassifiedBlock[] {
  return blocks.map((block) => {
    const phrase = matchBoilerplate(block.text);
    const tail = matchTailStart(block.text);
    const machinery = phrase ? null : machineryOf(block.text);
    // The function-word share in the page's language, computed once and only if a test needs it; null
    // when the page is in a language we have no list for.
    let ratio: number | null | undefined;
    const stopwords = () => {
      if (ratio === undefined) ratio = lang === null ? null : stopwordRatio(block.text, lang);
      return ratio;
    };
    const prose = !phrase && !machinery && isProse(block, stopwords);
    const score = prose
      ? Math.min(block.words, MAX_PROSE_SCORE)
      : phrase
        ? -PHRASE_PENALTY
        : isFragmentOfText(block, stopwords)
          ? -FRAGMENT_PENALTY
          : -(SHORT_LINE_PENALTY + NON_PROSE_WORD_PENALTY * block.words);
    return { block, phrase, tail, machinery, prose, score };
  });
}
