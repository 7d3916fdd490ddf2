import { type Block, type Container, linesAsInlines } from '../article/draft.js';
import type { TextBlock } from './blocks.js';

/**
 * The structure a text dump shows, given to its kept blocks for `content`: numbered items as ordered
 * lists, and headings by their shape. A dump has no markup, so only what a reader of the text sees
 * counts: a heading is a short unpunctuated line set off by a blank line above (two where the dump sets
 * its headings off so, see headingGap) and followed by prose or a list.
 * `body` is the blocks' text and does not change; bullets need nothing here (their kind says it).
 */

/** A kept block and the dump line it came from. */
export interface KeptTextBlock {
  source: TextBlock;
  block: Block;
}

/** A heading is a title, not a sentence: at most this many words. */
const MAX_HEADING_WORDS = 12;
const MAX_HEADING_CHARS = 100;
/** Prose after a heading: a sentence or more. */
const MIN_PROSE_WORDS = 12;
/**
 * More short lines in a row than this are a menu or a table of contents, not a heading and its
 * subheading ("Achieving guarantees" / "At-least-once task execution" above a paragraph).
 */
const MAX_HEADING_RUN = 2;
/** A heading starts like a title: a capital, a digit, or a letter of a script without case. */
const HEADING_START = /^[\p{Lu}\p{N}\p{Lo}]/u;
/** A heading does not end like a sentence, a clause or a quotation; a question is a heading. */
const SENTENCE_END = /[.,;:!…"'”’)\]»|]$/u;
/** Menus and breadcrumbs join their entries with separators; headings do not. */
const SEPARATORS = / [|·•»>/] /;
/** Picture credits read like headings once the picture is gone: "Photo by Jane Doe", "Jane Doe/AP". */
const CREDIT_LINE = /^(?:photo|photograph|image|picture|credit|source|foto|bild)s?\b|\p{L}\/\p{Lu}\p{L}*$/iu;
const SENTENCE_CLOSE = /[.!?…"'”’)]$/u;
/** "3. Text" at the margin: an ordered item when the next line goes on counting. */
const MARGIN_NUMBER = /^(\d{1,3})[.)]\s+/;

function isHeadingShaped({ source, block }: KeptTextBlock): boolean {
  if (block.kind !== 'paragraph' || block.rich || block.text.includes('\n')) return false;
  const words = source.words + source.cjkChars;
  return (
    words > 0 &&
    source.words <= MAX_HEADING_WORDS &&
    block.text.length <= MAX_HEADING_CHARS &&
    HEADING_START.test(block.text) &&
    !SENTENCE_END.test(block.text) &&
    !SEPARATORS.test(block.text) &&
    !CREDIT_LINE.test(block.text)
  );
}

function isProse({ source, block }: KeptTextBlock): boolean {
  return block.kind === 'paragraph' && source.words >= MIN_PROSE_WORDS && SENTENCE_CLOSE.test(block.text);
}

/** What a heading introduces: prose, or a list (a bulleted or numbered item right after it). */
function opensSection(next: KeptTextBlock): boolean {
  return isProse(next) || next.source.bullet || next.source.ordinal !== null;
}

/**
 * The blank lines a heading has above it. Dump writers may set headings off by more space than
 * paragraphs (html-to-text: two blank lines above a heading, one above a paragraph). A dump marks its
 * headings so when WIDE_GAP_SHARE of its kept blocks' gaps are wider than the most common one, and
 * WIDE_GAP_HEADING_SHARE of the blocks after those wide gaps are heading-shaped; then a heading needs
 * the wide gap. Otherwise (innerText, whose rare wide gaps follow a code block or a figure) any blank
 * line does.
 */
const WIDE_GAP_SHARE = 0.1;
const WIDE_GAP_HEADING_SHARE = 0.2;
const MIN_WIDE_GAPS = 2;

function headingGap(kept: readonly KeptTextBlock[]): number {
  const counts = new Map<number, number>();
  let gaps = 0;
  for (const { source } of kept) {
    if (source.index === 0 || source.gapLines === 0) continue;
    counts.set(source.gapLines, (counts.get(source.gapLines) ?? 0) + 1);
    gaps++;
  }
  let usual = 1;
  for (const [gap, n] of counts) if (n > (counts.get(usual) ?? 0)) usual = gap;
  let wide = 0;
  let headingShaped = 0;
  for (const k of kept) {
    if (k.source.index === 0 || k.source.gapLines <= usual) continue;
    wide++;
    if (isHeadingShaped(k)) headingShaped++;
  }
  const marksHeadings = wide >= MIN_WIDE_GAPS && wide >= WIDE_GAP_SHARE * gaps && headingShaped >= WIDE_GAP_HEADING_SHARE * wide;
  return marksHeadings ? usual + 1 : 1;
}

function markHeadings(kept: readonly KeptTextBlock[]): void {
  const gap = headingGap(kept);
  for (let i = 0; i < kept.length; ) {
    if (!isHeadingShaped(kept[i] as KeptTextBlock)) {
      i++;
      continue;
    }
    let end = i;
    while (end < kept.length && isHeadingShaped(kept[end] as KeptTextBlock)) end++;
    const first = kept[i] as KeptTextBlock;
    const next = kept[end];
    if (end - i <= MAX_HEADING_RUN && (i === 0 || first.source.gapLines >= gap) && next && opensSection(next)) {
      for (const { block } of kept.slice(i, end)) {
        block.rich = { leaf: { kind: 'heading', level: 2, inlines: [block.text] }, path: [] };
      }
    }
    i = end;
  }
}

/** One ordered list over a run of items: one key for the list, one per item. */
function giveOrderedList(run: readonly KeptTextBlock[], start: number, stripMarker: boolean): void {
  const list: Container = { kind: 'list', ordered: true, start, key: {} };
  for (const { block } of run) {
    const text = stripMarker ? block.text.replace(MARGIN_NUMBER, '') : block.text;
    block.rich = { leaf: { kind: 'paragraph', inlines: linesAsInlines(text.split('\n')) }, path: [list, { kind: 'item', key: {} }] };
  }
}

function marginNumber({ source, block }: KeptTextBlock): number | null {
  if (source.bullet || block.kind !== 'paragraph') return null;
  const match = MARGIN_NUMBER.exec(block.text);
  return match ? Number(match[1]) : null;
}

/**
 * Indented numbered items ("  1. Poll the store") make ordered lists; numbered lines at the margin do
 * when two or more count on (1, 2, 3): one alone is a numbered heading or a date ("16. Mai").
 */
function markOrderedLists(kept: readonly KeptTextBlock[]): void {
  for (let i = 0; i < kept.length; ) {
    const first = kept[i] as KeptTextBlock;
    let end = i + 1;
    if (first.source.ordinal !== null) {
      while (end < kept.length && kept[end]?.source.ordinal !== null) end++;
      giveOrderedList(kept.slice(i, end), first.source.ordinal, false);
    } else {
      const start = marginNumber(first);
      if (start !== null) {
        while (end < kept.length && marginNumber(kept[end] as KeptTextBlock) === start + (end - i)) end++;
        if (end - i >= 2) giveOrderedList(kept.slice(i, end), start, true);
      }
    }
    i = end;
  }
}

export function giveTextStructure(kept: readonly KeptTextBlock[]): void {
  markOrderedLists(kept);
  markHeadings(kept);
}
