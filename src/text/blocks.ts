import { normalizeLine } from '../article/normalize.js';

/**
 * A text dump keeps one visible element per line (html-to-text, innerText), so each non-empty line is a
 * block. Bullets mark list items, a leading `>` a quotation; `gapBefore`
 * records a blank line above, which separates page regions.
 */
export interface TextBlock {
  index: number;
  text: string;
  bullet: boolean;
  quote: boolean;
  gapBefore: boolean;
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
const WORD = /[\p{L}\p{N}\p{M}_]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A Chinese or Japanese word averages about two characters; this keeps CJK prose comparable to Latin. */
export const CJK_CHARS_PER_WORD = 2;

/** Printable ASCII only: such a line needs no Unicode normalisation and has no CJK text. */
const PLAIN_ASCII = /^[ -~]*$/;
const MAYBE_CJK = /[\u2e80-\uffff]/;

function countMatches(pattern: RegExp, text: string): number {
  let n = 0;
  for (const _ of text.matchAll(pattern)) n++;
  return n;
}

/** Words of an ASCII line, counted without a regular expression: 10 MB of text has ~1.5 million. */
function countAsciiWords(line: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    const wordChar = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    if (wordChar && !inWord) n++;
    inWord = wordChar;
  }
  return n;
}

/** Word count of a line: tokens outside CJK scripts, plus CJK characters in word-sized units. */
export function measureWords(line: string): { words: number; cjkChars: number } {
  if (PLAIN_ASCII.test(line)) return { words: countAsciiWords(line), cjkChars: 0 };
  const cjkChars = MAYBE_CJK.test(line) ? countMatches(CJK, line) : 0;
  if (cjkChars === 0) return { words: countMatches(WORD, line), cjkChars };
  const latinWords = countMatches(WORD, line.replace(CJK, ' '));
  return { words: latinWords + Math.round(cjkChars / CJK_CHARS_PER_WORD), cjkChars };
}

/** normalizeLine, with a shortcut for the common printable-ASCII line. */
function cleanLine(line: string): string {
  return PLAIN_ASCII.test(line) ? line.replace(/ {2,}/g, ' ').trim() : normalizeLine(line);
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

/**
 * The width a page was hard-wrapped at (old crawls, `<pre>` text, RFCs, html-to-text with wrapping on),
 * or null. Taken as the 90th percentile of line lengths, and trusted only if most long lines end near it.
 */
function wrapWidth(lengths: readonly number[]): number | null {
  const long = lengths.filter((n) => n >= MIN_WRAP_SAMPLE_CHARS).sort((a, b) => a - b);
  if (long.length < MIN_WRAPPED_LINES) return null;
  const width = long[Math.floor(long.length * 0.9)] ?? 0;
  if (width > MAX_WRAP_WIDTH) return null;
  const near = long.filter((n) => n >= width - WRAP_SLACK && n <= width).length;
  return near >= MIN_WRAPPED_SHARE * long.length ? width : null;
}

interface RawLine {
  text: string;
  bullet: boolean;
  quote: boolean;
  gapBefore: boolean;
}

function readLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let gap = true;
  for (const raw of text.split(/\r\n?|\n/)) {
    let line = raw.trimStart();
    const indent = raw.length - line.length;
    const marker = BULLET.test(line) ? BULLET : indent > 0 && NUMBERED.test(line) ? NUMBERED : null;
    const bullet = marker !== null;
    if (marker) line = line.replace(marker, '');
    const quote = !bullet && QUOTE.test(line);
    if (quote) line = line.replace(QUOTE, '');
    line = cleanLine(line);
    if (line.length === 0) {
      gap = true;
      continue;
    }
    lines.push({ text: line, bullet, quote, gapBefore: gap });
    gap = false;
  }
  return lines;
}

function toBlock(line: RawLine, index: number): TextBlock {
  const { words, cjkChars } = measureWords(line.text);
  return {
    index,
    text: line.text,
    bullet: line.bullet,
    quote: line.quote,
    gapBefore: line.gapBefore,
    words,
    cjkChars,
  };
}

export function splitTextBlocks(text: string): TextBlock[] {
  const lines = readLines(text);
  const width = wrapWidth(lines.map((l) => l.text.length));
  if (width === null) return lines.map(toBlock);
  const merged: RawLine[] = [];
  let previousLength = 0;
  for (const line of lines) {
    const last = merged[merged.length - 1];
    // On a hard-wrapped page, a line that follows a full-width line without a blank is its continuation.
    if (last && !line.gapBefore && !line.bullet && previousLength >= width - WRAP_SLACK) {
      last.text = `${last.text} ${line.text}`;
    } else {
      merged.push(line);
    }
    previousLength = line.text.length;
  }
  return merged.map(toBlock);
}
