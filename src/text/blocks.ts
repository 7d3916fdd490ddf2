import { normalizeLine } from '../article/normalize.js';

/**
 * A text dump keeps one visible element per line (html-to-text, innerText), so each non-empty line is a
 * block. Bullets mark list items, a leading `>` a quotation; `gapBefore`
 * records a blank line above, which separates page regions, and `gapLines` how many.
 */
export interface TextBlock {
  index: number;
  text: string;
  bullet: boolean;
  /** The number of an ordered-list item ("  3. text"), whose marker `text` no longer holds; else null. */
  ordinal: number | null;
  quote: boolean;
  gapBefore: boolean;
  gapLines: number;
  /** Words, with Chinese, Japanese and Korean text counted at CJK_CHARS_PER_WORD characters a word. */
  words: number;
  /** Of which ideographs and kana: those scripts write no spaces and no function words we can count. */
  cjkChars: number;
}

const BULLET = /^[*•·▪◦‣-]\s+/;
/**
 * "1. " marks an ordered-list item only when indented, as html-to-text prints list items; at the margin
 * it is part of the text: a numbered heading ("3. The cloud becomes table stakes") or a date ("16. Mai").
 */
const NUMBERED = /^\d{1,3}[.)]\s+/;
const QUOTE = /^>\s?/;
/** A CJK text is counted by its characters: Chinese, Japanese and Korean write no spaces between words. */
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]$/u;
/** A word is a run of letters, digits, marks and underscores. */
const WORD_CHARACTER = /^[\p{L}\p{N}\p{M}_]$/u;
/** A Chinese or Japanese word averages about two characters; this keeps CJK prose comparable to Latin. */
export const CJK_CHARS_PER_WORD = 2;
/** Below U+2E80 only Hangul jamo are CJK; a line without a character from there on is read as non-CJK. */
const MAYBE_CJK = /[\u2e80-\uffff]/;

const OTHER = 1;
const WORD_CHAR = 2;
const CJK_CHAR = 3;
/** What each BMP character is to the word count, looked up once per character (0 = not yet). */
const BMP_KINDS = new Uint8Array(0x10000);

function kindOf(codePoint: number): number {
  const known = codePoint < 0x10000 ? (BMP_KINDS[codePoint] ?? 0) : 0;
  if (known !== 0) return known;
  const c = String.fromCodePoint(codePoint);
  const kind = CJK.test(c) ? CJK_CHAR : WORD_CHARACTER.test(c) ? WORD_CHAR : OTHER;
  if (codePoint < 0x10000) BMP_KINDS[codePoint] = kind;
  return kind;
}

const isAsciiWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * Words of a printable-ASCII line, counted without a regular expression (10 MB of text has ~1.5 million),
 * or -1 when the line holds any other character.
 */
function countAsciiWords(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 32 || c > 126) return -1;
    const wordChar = isAsciiWordChar(c);
    if (wordChar && !inWord) n++;
    inWord = wordChar;
  }
  return n;
}

/** Runs of word characters and the CJK characters between them (CJK characters end a run), by code point. */
function countWordsAndCjk(line: string, cjkScripts: boolean): { runs: number; cjkChars: number } {
  let runs = 0;
  let cjkChars = 0;
  let inWord = false;
  for (let i = 0; i < line.length; ) {
    const c = line.charCodeAt(i);
    let kind: number;
    if (c < 128) {
      kind = isAsciiWordChar(c) ? WORD_CHAR : OTHER;
      i++;
    } else {
      const codePoint = line.codePointAt(i) ?? c;
      kind = kindOf(codePoint);
      i += codePoint > 0xffff ? 2 : 1;
      // Hangul jamo are letters like any other on a line read as non-CJK.
      if (kind === CJK_CHAR && !cjkScripts) kind = WORD_CHAR;
    }
    if (kind === CJK_CHAR) cjkChars++;
    const wordChar = kind === WORD_CHAR;
    if (wordChar && !inWord) runs++;
    inWord = wordChar;
  }
  return { runs, cjkChars };
}

/** Word count of a line: tokens outside CJK scripts, plus CJK characters in word-sized units. */
export function measureWords(line: string): { words: number; cjkChars: number } {
  const asciiWords = countAsciiWords(line);
  if (asciiWords >= 0) return { words: asciiWords, cjkChars: 0 };
  // Only a line with CJK characters needs to know whether it is read as CJK.
  const counted = countWordsAndCjk(line, true);
  const { runs, cjkChars } = counted.cjkChars > 0 && !MAYBE_CJK.test(line) ? countWordsAndCjk(line, false) : counted;
  return { words: runs + Math.round(cjkChars / CJK_CHARS_PER_WORD), cjkChars };
}

/** Lines shorter than this say nothing about a wrap width (headings, menu items). */
const MIN_WRAP_SAMPLE_CHARS = 30;
/** Hard wrapping happens at terminal widths; a page whose long lines run past this is not wrapped. */
const MAX_WRAP_WIDTH = 100;
/** A wrapped line ends within this many characters of the wrap width (the next word did not fit). */
const WRAP_SLACK = 20;
/** Share of the long lines that must end near one width before we call a page hard-wrapped. */
const MIN_WRAPPED_SHARE = 0.5;
const MIN_WRAPPED_LINES = 10;
/** The percentile of long-line lengths taken as the wrap width. */
const WRAP_WIDTH_PERCENTILE = 0.9;

/**
 * The width a page was hard-wrapped at (old crawls, `<pre>` text, RFCs, html-to-text with wrapping on),
 * or null. Taken as the 90th percentile of line lengths, and trusted only if most long lines end near it.
 * Lengths are counted per value up to MAX_WRAP_WIDTH, which finds the percentile without sorting.
 */
function wrapWidth(blocks: readonly TextBlock[]): number | null {
  const counts = new Array<number>(MAX_WRAP_WIDTH + 1).fill(0);
  let long = 0;
  let longer = 0;
  for (const { text } of blocks) {
    if (text.length < MIN_WRAP_SAMPLE_CHARS) continue;
    long++;
    if (text.length > MAX_WRAP_WIDTH) longer++;
    else counts[text.length] = (counts[text.length] ?? 0) + 1;
  }
  if (long < MIN_WRAPPED_LINES) return null;
  const rank = Math.floor(long * WRAP_WIDTH_PERCENTILE);
  if (rank >= long - longer) return null;
  let width = MIN_WRAP_SAMPLE_CHARS;
  for (let below = counts[width] ?? 0; below <= rank; below += counts[width] ?? 0) width++;
  let near = 0;
  for (let n = Math.max(MIN_WRAP_SAMPLE_CHARS, width - WRAP_SLACK); n <= width; n++) near += counts[n] ?? 0;
  return near >= MIN_WRAPPED_SHARE * long ? width : null;
}

/** A block of one line; `index` is its position among the blocks. */
function lineBlock(raw: string, index: number, gapLines: number): TextBlock | null {
  let line = raw.trimStart();
  // Blank lines (a third of a dump) need none of the tests below.
  if (line.length === 0) return null;
  const indent = raw.length - line.length;
  const marker = BULLET.test(line) ? BULLET : indent > 0 && NUMBERED.test(line) ? NUMBERED : null;
  const bullet = marker !== null;
  const ordinal = marker === NUMBERED ? Number.parseInt(line, 10) : null;
  if (marker) line = line.replace(marker, '');
  const quote = !bullet && line.startsWith('>');
  if (quote) line = line.replace(QUOTE, '');
  // Printable ASCII needs no Unicode normalisation and holds no CJK text: fold its spaces and count its
  // words in one pass; other lines go through normalizeLine.
  const asciiWords = countAsciiWords(line);
  if (asciiWords >= 0) {
    if (line.includes('  ')) line = line.replace(/ {2,}/g, ' ');
    line = line.trim();
    if (line.length === 0) return null;
    return { index, text: line, bullet, ordinal, quote, gapBefore: gapLines > 0, gapLines, words: asciiWords, cjkChars: 0 };
  }
  line = normalizeLine(line);
  if (line.length === 0) return null;
  // Fields listed, not spread: every block keeps one object shape.
  const { words, cjkChars } = measureWords(line);
  return { index, text: line, bullet, ordinal, quote, gapBefore: gapLines > 0, gapLines, words, cjkChars };
}

const LF = 0x0a;

/**
 * Every non-empty line as a block, in order. Lines end at `\n`, `\r\n` or a lone `\r` (old Mac files).
 * The text comes in pieces (input/decode.ts), read where they lie: a line that runs on into the next
 * piece is carried over, so a 10 MB dump is never copied into one string.
 */
function readBlocks(pieces: readonly string[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  // The text's start counts as one blank line above.
  let gap = 1;
  const take = (raw: string) => {
    const block = lineBlock(raw, blocks.length, gap);
    if (block) blocks.push(block);
    gap = block === null ? gap + 1 : 0;
  };
  let carry = '';
  // The last piece ended in `\r`: a `\n` opening the next one belongs to that line end.
  let afterCr = false;
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    let start = afterCr && piece.charCodeAt(0) === LF ? 1 : 0;
    afterCr = false;
    // The next `\n` and `\r` at or after `start` (piece.length when there is none), each searched again
    // only once passed, so the piece is scanned once.
    let nextLf = -1;
    let nextCr = -1;
    for (;;) {
      if (nextLf < start) nextLf = indexOrEnd(piece, '\n', start);
      if (nextCr < start) nextCr = indexOrEnd(piece, '\r', start);
      const end = Math.min(nextLf, nextCr);
      if (end === piece.length) {
        carry += piece.slice(start);
        break;
      }
      take(carry.length > 0 ? carry + piece.slice(start, end) : piece.slice(start, end));
      carry = '';
      afterCr = end === nextCr && end === piece.length - 1;
      start = end + (end === nextCr && nextLf === end + 1 ? 2 : 1);
    }
  }
  take(carry);
  return blocks;
}

function indexOrEnd(text: string, char: string, from: number): number {
  const at = text.indexOf(char, from);
  return at < 0 ? text.length : at;
}

/** On a hard-wrapped page, a line that follows a full-width line without a blank is its continuation. */
function joinWrappedLines(blocks: readonly TextBlock[], width: number): TextBlock[] {
  const merged: TextBlock[] = [];
  const joined = new Set<TextBlock>();
  let previousLength = 0;
  for (const block of blocks) {
    const last = merged[merged.length - 1];
    if (last && !block.gapBefore && !block.bullet && previousLength >= width - WRAP_SLACK) {
      last.text = `${last.text} ${block.text}`;
      joined.add(last);
    } else {
      merged.push({ ...block, index: merged.length });
    }
    previousLength = block.text.length;
  }
  for (const block of joined) Object.assign(block, measureWords(block.text));
  return merged;
}

/** The blocks of a text dump, given whole or in pieces (as input/decode.ts delivers it). */
export function splitTextBlocks(text: string | readonly string[]): TextBlock[] {
  const blocks = readBlocks(typeof text === 'string' ? [text] : text);
  const width = wrapWidth(blocks);
  return width === null ? blocks : joinWrappedLines(blocks, width);
}
