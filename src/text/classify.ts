import type { RemovalReason } from '../article/schema.js';
import { parseTextDate } from '../metadata/date.js';
import type { PhraseRule } from '../rules/boilerplate-phrases.js';
import { MAX_PHRASE_BLOCK_CHARS, matchBoilerplate, matchTailStart } from '../rules/compile.js';
import type { TextBoilerplateRule } from '../rules/text-boilerplate.js';
import type { TextBlock } from './blocks.js';
import { matchTextBoilerplate } from './boilerplate.js';
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
  /**
   * A `tail`-scope phrase rule: this block opens a section that ends the article. Read through
   * tailRuleOf, which matches it on first use: only blocks inside the article's run are ever asked.
   */
  tail: PhraseRule | null | undefined;
  /** A text-dump furniture rule (caption credit, share counter, teaser line...): see rules/text-boilerplate.ts. */
  textRule: TextBoilerplateRule | null;
  /** Why a block with no wording to go by is still page machinery, or null. */
  machinery: string | null;
  prose: boolean;
  /** What the block adds to (prose) or takes from (everything else) a run of article text. */
  score: number;
  /**
   * Why the block is not article text (shown by --explain), or null when it is kept: set by
   * judgeTextBlocks once the article's span is known, and declared here so that setting it does not
   * reshape 200,000 objects.
   */
  reason: RemovalReason | null;
}

/** A block with fewer words than this is not prose on its own (a menu item, a label, a heading). */
const MIN_PROSE_WORDS = 8;
/** Without sentence punctuation a line needs this many words to be prose: headlines run up to ~25. */
const MIN_UNPUNCTUATED_PROSE_WORDS = 30;
/** Prose is 35-55% function words; teaser titles, tag lists and menus stay well under this. */
const MIN_PROSE_STOPWORD_RATIO = 0.18;
/**
 * CJK prose: this many ideographs and kana with CJK sentence or clause punctuation, or a longer run
 * without (some blogs break sentences with spaces); CJK menu items and titles are far shorter.
 */
const MIN_CJK_PROSE_CHARS = 20;
const MIN_UNPUNCTUATED_CJK_PROSE_CHARS = 30;
/** Such a line holds clauses of this many characters between its spaces; a CJK menu holds 2-4. */
const MIN_CJK_CLAUSE_CHARS = 10;

function longestRun(text: string): number {
  let longest = 0;
  for (const part of text.split(' ')) longest = Math.max(longest, part.length);
  return longest;
}
/** One long block (a footer blurb, a repeated article-body dump) must not outweigh a whole article. */
const MAX_PROSE_SCORE = 50;
/** What any non-prose line costs a run of article text, plus a share per word (long menus cost more). */
const SHORT_LINE_PENALTY = 3;
const NON_PROSE_WORD_PENALTY = 0.5;
/** A fragment of running text (a wrapped table cell, a line of code) costs little inside an article. */
const FRAGMENT_PENALTY = 1;
const MIN_FRAGMENT_WORDS = 4;
const MIN_FRAGMENT_STOPWORD_RATIO = 0.34;
/** A CJK line this long is a clause of running text; CJK menu items and labels are a few characters. */
const MIN_CJK_FRAGMENT_CHARS = 12;
/** Code and data: statement ends, braces, assignments, calls, markup, table rules, or mostly figures. */
const CODE_OR_DATA = /[;{}([,]$|^[{}]|\w\(.{0,80}\)|\s=\s|<\/?[a-z][\w-]{0,20}[\s>]|[│┃]|^[\d\s.,:%$€£+/-]{6,}$/iu;
/** Furniture recognised by its wording costs more: it almost never sits between article paragraphs. */
const PHRASE_PENALTY = 12;

/** Characters a sentence ends on; looked up by the block's last character, with no regular expression. */
const SENTENCE_END = new Set([...'.!?…:;»"”’)'].map((c) => c.charCodeAt(0)));
const endsSentence = (text: string): boolean => SENTENCE_END.has(text.charCodeAt(text.length - 1));
const CJK_SENTENCE = /[。！？，；]/u;
/** "Title of another story…" — a teaser cut short by the template, not a paragraph of this article. */
const isTruncated = (text: string): boolean => text.endsWith('...') || text.endsWith('…');

/** Lines that are page machinery by shape alone; checked in order, first match names the reason. */
const MACHINERY: readonly (readonly [string, RegExp])[] = [
  ['url', /^(?:https?:\/\/|www\.)\S+$/iu],
  ['timestamp', /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)?$/iu],
  ['no-words', /^[^\p{L}\p{N}]*$/u],
];

const CODE_A = 0x61;
const CODE_H = 0x68;
const CODE_W = 0x77;
const CODE_Z = 0x7a;

/**
 * Whether a line may have one of the MACHINERY shapes: they open on "http", "www", a figure or no letter,
 * so a line opening on another ASCII letter (most lines) is none of them and skips three tests.
 */
function mayBeMachinery(text: string): boolean {
  // `| 0x20` lower-cases A-Z and maps no other character into a-z.
  const first = text.charCodeAt(0) | 0x20;
  return first < CODE_A || first > CODE_Z || first === CODE_H || first === CODE_W;
}

/** A dateline or timestamp line ("November 18, 2019", "21/06/2014 Tony Carter News") is this short. */
const MAX_DATE_LINE_CHARS = 80;
const MAX_DATE_LINE_WORDS = 9;
const ENDS_SENTENCE = /[.!?]$/;
/** "— Name (@handle) November 18, 2019" closes an embedded tweet, which articles quote as their text. */
const QUOTED_POST_SIGNATURE = /^[—–-]|\(@\w/u;
const DIGIT = /\d/;

function machineryOf(text: string, words: number): string | null {
  if (mayBeMachinery(text)) for (const [reason, shape] of MACHINERY) if (shape.test(text)) return reason;
  // A short line carrying a date and no sentence is a dateline or a teaser's timestamp, never article text.
  if (text.length > MAX_DATE_LINE_CHARS || words > MAX_DATE_LINE_WORDS || ENDS_SENTENCE.test(text) || QUOTED_POST_SIGNATURE.test(text)) {
    return null;
  }
  // Every written date has a figure in it (a day, a year); most short lines have none.
  return DIGIT.test(text) && parseTextDate(text) ? 'date' : null;
}

/** "Home | News | Sport", "首页 >> 教育资讯 >> 正文": a menu or breadcrumb printed on one line. */
const MENU_SEPARATOR = /\s?(?:[|¦•·›»]|>>)\s?|\s>\s/gu;
const MIN_MENU_SEPARATORS = 3;

/** Every separator holds one of these; most lines hold none and need no count. */
const MENU_SEPARATOR_MARK = /[|¦•·›»>]/;

function isMenuLine(text: string): boolean {
  if (!MENU_SEPARATOR_MARK.test(text)) return false;
  let n = 0;
  MENU_SEPARATOR.lastIndex = 0;
  while (MENU_SEPARATOR.exec(text)) if (++n >= MIN_MENU_SEPARATORS) return true;
  return false;
}

function isProse(block: TextBlock, menu: boolean, stopwords: StopwordShare): boolean {
  const { text, words, cjkChars } = block;
  if (menu || isTruncated(text)) return false;
  if (cjkChars * 2 > text.length) {
    if (cjkChars >= MIN_CJK_PROSE_CHARS && CJK_SENTENCE.test(text)) return true;
    // Without punctuation, only a long line that is not a list item: bulleted ones are teaser titles.
    return cjkChars >= MIN_UNPUNCTUATED_CJK_PROSE_CHARS && !block.bullet && longestRun(text) >= MIN_CJK_CLAUSE_CHARS;
  }
  if (words < MIN_PROSE_WORDS) return false;
  if (!endsSentence(text) && words < MIN_UNPUNCTUATED_PROSE_WORDS) return false;
  const ratio = stopwords.value();
  return ratio === null || ratio >= MIN_PROSE_STOPWORD_RATIO;
}

/**
 * Lines that are not prose on their own but belong to running text when they sit inside it: the wrapped
 * cells of a table, lines of code or of program output, figures. Menus and teaser titles are none of
 * these: they are short, capitalised and nearly free of function words and of code punctuation.
 */
function isFragmentOfText(block: TextBlock, menu: boolean, stopwords: StopwordShare): boolean {
  if (menu) return false;
  if (CODE_OR_DATA.test(block.text)) return true;
  if (block.cjkChars >= MIN_CJK_FRAGMENT_CHARS && !block.bullet) return true;
  if (block.words < MIN_FRAGMENT_WORDS) return false;
  const ratio = stopwords.value();
  return ratio !== null && ratio >= MIN_FRAGMENT_STOPWORD_RATIO;
}

/**
 * A long block is judged by its opening sentence: a cookie banner or a sign-up plea runs to several
 * sentences in one line, and phrase rules only look at short blocks (a long paragraph may quote them).
 */
const FIRST_SENTENCE = /^.{20,300}?[.!?](?=\s|$)/u;

function firstSentence(text: string): string {
  if (text.length <= MAX_PHRASE_BLOCK_CHARS) return '';
  return FIRST_SENTENCE.exec(text)?.[0] ?? '';
}

/** The `tail`-scope phrase rule of a block (see ClassifiedBlock.tail). */
export function tailRuleOf(c: ClassifiedBlock): PhraseRule | null {
  if (c.tail === undefined) c.tail = matchTailStart(c.block.text);
  return c.tail;
}

/** "What you'll need:" — a line that ends in a colon introduces the list below it as part of the text. */
const INTRODUCES_LIST = /:$/u;
/** An introduced list (ingredients, steps, codes) is rarely longer; a longer bulleted run is navigation. */
const MAX_INTRODUCED_LIST_ITEMS = 25;

/**
 * The items of a list introduced by a colon-ended line cost what fragments of running text cost, not
 * what menu lines cost: "You will need:" and its bullets belong to the article around them.
 */
function softenIntroducedLists(classified: ClassifiedBlock[]): void {
  classified.forEach((c, i) => {
    if (c.phrase || c.block.bullet || !INTRODUCES_LIST.test(c.block.text)) return;
    for (let j = i + 1; j <= i + MAX_INTRODUCED_LIST_ITEMS; j++) {
      const item = classified[j];
      if (!item?.block.bullet || item.phrase || tailRuleOf(item)) break;
      if (!item.prose) item.score = Math.max(item.score, -FRAGMENT_PENALTY);
    }
  });
}

/**
 * The function-word share of the block being classified, in the page's language: computed once and only
 * if a test needs it; null when the page is in a language we have no list for. One instance serves every
 * block of a page, so classifying a block allocates no closure.
 */
class StopwordShare {
  private text = '';
  private ratio: number | null | undefined;
  constructor(private readonly lang: string | null) {}

  of(text: string): this {
    this.text = text;
    this.ratio = undefined;
    return this;
  }

  value(): number | null {
    if (this.ratio === undefined) this.ratio = this.lang === null ? null : stopwordRatio(this.text, this.lang);
    return this.ratio;
  }
}

/**
 * A photo caption as tabloid text scrapes print it: a short label, then a sentence of eight words or
 * more with no full stop at its end ("Sharing a smooch: the actor puckered up for a kiss"). Article
 * paragraphs end on punctuation; a timeline heading's label is a date; an embedded post is signed.
 */
const CAPTION_LABEL = /^[\p{L}'’ ]{2,30}[:!] \S/u;
const MIN_CAPTION_WORDS = 10;
const MAX_CAPTION_WORDS = 45;
const MAX_CAPTION_CAPITALISED_SHARE = 0.4;
const CAPITALISED = /^[\p{Lu}\d]/u;
/** A caption ends on a letter: a colon introduces a list, a dash or a comma is a cut line, a figure a date. */
const ENDS_ON_LETTER = /\p{L}$/u;

function isLabelledCaption(block: TextBlock, stopwords: StopwordShare): boolean {
  const { text, words } = block;
  if (block.bullet || block.quote || words < MIN_CAPTION_WORDS || words > MAX_CAPTION_WORDS) return false;
  if (block.cjkChars > 0 || !ENDS_ON_LETTER.test(text) || !CAPTION_LABEL.test(text) || QUOTED_POST_SIGNATURE.test(text)) return false;
  const parts = text.split(' ');
  let capitalised = 0;
  for (let i = 1; i < parts.length; i++) if (CAPITALISED.test(parts[i] ?? '')) capitalised++;
  if (capitalised > MAX_CAPTION_CAPITALISED_SHARE * (parts.length - 1)) return false;
  const ratio = stopwords.value();
  return ratio !== null && ratio >= MIN_PROSE_STOPWORD_RATIO;
}

function classifyBlock(block: TextBlock, stopwords: StopwordShare): ClassifiedBlock {
  const phrase = matchBoilerplate(block.text) ?? matchBoilerplate(firstSentence(block.text));
  const textRule = phrase ? null : matchTextBoilerplate(block.text);
  // Text-dump furniture sits between the article's paragraphs: it costs the run what a fragment costs,
  // so that a caption or an ad line never splits the article, and goes on its own verdict.
  if (textRule) return { block, phrase, textRule, tail: undefined, machinery: null, prose: false, score: -FRAGMENT_PENALTY, reason: null };
  const machinery = phrase ? null : (machineryOf(block.text, block.words) ?? (isLabelledCaption(block, stopwords) ? 'caption' : null));
  const menu = !phrase && isMenuLine(block.text);
  const prose = !phrase && !machinery && isProse(block, menu, stopwords);
  const score = prose
    ? Math.min(block.words, MAX_PROSE_SCORE)
    : phrase
      ? -PHRASE_PENALTY
      : isFragmentOfText(block, menu, stopwords)
        ? -FRAGMENT_PENALTY
        : -(SHORT_LINE_PENALTY + NON_PROSE_WORD_PENALTY * block.words);
  return { block, phrase, textRule: null, tail: undefined, machinery, prose, score, reason: null };
}

/**
 * A block's verdict depends only on its text and whether it is a list item, and pages repeat lines
 * (menus, labels, share bars: a third of the lines of the corpus dumps, most of a dump of many pages of
 * one site), so each distinct line is judged once per page and its verdict copied to the repeats.
 */
export function classifyBlocks(blocks: readonly TextBlock[], lang: string | null): ClassifiedBlock[] {
  const stopwords = new StopwordShare(lang);
  const judgedLines = new Map<string, ClassifiedBlock>();
  const judgedItems = new Map<string, ClassifiedBlock>();
  const classified = blocks.map((block): ClassifiedBlock => {
    const judged = block.bullet ? judgedItems : judgedLines;
    const seen = judged.get(block.text);
    if (seen)
      return {
        block,
        phrase: seen.phrase,
        textRule: seen.textRule,
        tail: seen.tail,
        machinery: seen.machinery,
        prose: seen.prose,
        score: seen.score,
        reason: null,
      };
    const fresh = classifyBlock(block, stopwords.of(block.text));
    judged.set(block.text, fresh);
    return fresh;
  });
  softenIntroducedLists(classified);
  return classified;
}
