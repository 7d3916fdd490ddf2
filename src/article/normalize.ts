/**
 * Whitespace and Unicode normalisation shared by every field: NFC, no NBSP or zero-width characters,
 * no runs of spaces, no spaces at line ends.
 */

// NBSP, narrow NBSP, figure space, ideographic space, and the other Unicode spaces a page may use.
// U+0085 (NEL) is a C1 control that some encodings use as a line end: a space keeps the words apart.
const ODD_SPACE_CHARS = '\\u0085\\u00a0\\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000\\t\\f\\v';
// Zero-width space/joiners, word joiner and the BOM carry no meaning in extracted text; soft hyphens neither.
const INVISIBLE_CHARS = '\\u200b-\\u200d\\u2060\\ufeff\\u00ad';
// C0 and C1 controls (`&#157;` in HTML, or bytes decoded with the wrong charset, leave U+0080-U+009F), and unpaired UTF-16
// surrogates (which \\p{Cs} matches only when alone, in a u-flag pattern): none is text, and a lone
// surrogate is not even valid JSON for a strict UTF-8 reader.
const CONTROL_CHARS = '\\u0000-\\u0008\\u000e-\\u001f\\u007f-\\u0084\\u0086-\\u009f\\p{Cs}';
const ODD_SPACES = new RegExp(`[${ODD_SPACE_CHARS}]`, 'gu');
const INVISIBLES = new RegExp(`[${INVISIBLE_CHARS}]`, 'gu');
const CONTROLS = new RegExp(`[${CONTROL_CHARS}]`, 'gu');
/** Any character the replacements below change, or a `\r`: most text holds none and skips four passes. */
const NEEDS_CLEANING = new RegExp(`[${ODD_SPACE_CHARS}${INVISIBLE_CHARS}${CONTROL_CHARS}\\r]`, 'u');
/**
 * The most combining marks kept on one base character. NFC sorts each run of marks, in time that grows
 * with the square of its length, so 300,000 marks on one letter ("Zalgo" text) took half a minute; no
 * writing system stacks more than a handful, and Unicode's stream-safe format (UAX #15) caps runs at 30.
 */
const MAX_COMBINING_MARKS = 30;
const MARK = /^\p{M}$/u;
/** Whether each BMP character is a combining mark, filled as characters are met (0 not yet known, 1 yes, 2 no). */
const BMP_MARK = new Uint8Array(0x10000);

/**
 * Whether the text may hold a run of more than MAX_COMBINING_MARKS marks: a run of that many code
 * units each a BMP mark or half of a surrogate pair (an astral mark takes two). A superset, found
 * with a table look-up per character, where the `\p{M}` regex cost ~4% of a page.
 */
function mayHoldLongMarkRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // No combining mark sits below U+0300.
    if (c < 0x300) {
      run = 0;
      continue;
    }
    let mark = c >= 0xd800 && c <= 0xdfff ? 1 : (BMP_MARK[c] as number);
    if (mark === 0) {
      mark = MARK.test(String.fromCharCode(c)) ? 1 : 2;
      BMP_MARK[c] = mark;
    }
    if (mark === 2) run = 0;
    else if (++run > MAX_COMBINING_MARKS) return true;
  }
  return false;
}

/**
 * Runs of marks are taken in bounded pieces: an unbounded `\p{M}{31,}` keeps one backtracking entry per
 * mark, and a run of millions (20 MB of Zalgo text) overflowed the regexp stack.
 */
const MARK_PIECES = /\p{M}{1,1024}/gu;

/** Keeps the first MAX_COMBINING_MARKS marks of each run; the pieces of one run are contiguous. */
function capMarkRuns(text: string): string {
  let runEnd = -1;
  let kept = 0;
  return text.replace(MARK_PIECES, (piece: string, offset: number) => {
    if (offset !== runEnd) kept = 0;
    runEnd = offset + piece.length;
    const room = MAX_COMBINING_MARKS - kept;
    if (room <= 0) return '';
    const marks = [...piece];
    kept += Math.min(marks.length, room);
    return marks.length <= room ? piece : marks.slice(0, room).join('');
  });
}

/** Whitespace other than a plain space, or a run of spaces: what folding a line changes. */
const UNFOLDED = /[^\S ]| \s/;

/**
 * Whether each character below U+0300 is one NEEDS_CLEANING matches (1) or not (0). No character below
 * U+0300 is a combining mark or changes under NFC, so a text of only such characters that none of them
 * needs cleaning is already clean: one table look-up per character instead of the mark scan, NFC and
 * the regex test, each a pass over the text.
 */
const LOW_CHARS = 0x300;
const LOW_NEEDS_CLEANING = Uint8Array.from({ length: LOW_CHARS }, (_, c) => (NEEDS_CLEANING.test(String.fromCharCode(c)) ? 1 : 0));

function isPlainLowText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= LOW_CHARS || LOW_NEEDS_CLEANING[c] === 1) return false;
  }
  return true;
}

/** NFC, invisibles and controls gone, odd spaces as plain spaces, line ends as `\n`. */
function cleanCharacters(text: string): string {
  if (isPlainLowText(text)) return text;
  const capped = mayHoldLongMarkRun(text) ? capMarkRuns(text) : text;
  const nfc = capped.normalize('NFC');
  if (!NEEDS_CLEANING.test(nfc)) return nfc;
  return nfc.replace(INVISIBLES, '').replace(CONTROLS, '').replace(ODD_SPACES, ' ').replace(/\r\n?/g, '\n');
}

/**
 * Text that still needs its whitespace folded: a space other than U+0020, a run of spaces, or space at
 * either end. Each alternative opens on a space character, so V8 skips through the text to those.
 */
const UNFOLDED_SPACE = /[^\S ]| (?:\s|$)|^\s/;

/** Runs of whitespace as one space, trimmed; a text that is already so is returned as is, with no copy made. */
export function foldSpaces(text: string): string {
  return UNFOLDED_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/** One line of text: spaces folded, trimmed. */
export function normalizeLine(text: string): string {
  const clean = cleanCharacters(text);
  return (UNFOLDED.test(clean) ? clean.replace(/\s+/g, ' ') : clean).trim();
}

/** A block that may keep single line breaks (a `<br>`, a poem, a table row). */
export function normalizeBlock(text: string): string {
  return cleanCharacters(text)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Blocks joined into a body: one blank line between blocks, no empty blocks. */
export function joinBlocks(blocks: readonly string[]): string {
  return blocks
    .map(normalizeBlock)
    .filter((b) => b.length > 0)
    .join('\n\n');
}

/** A word is a run of letters, digits, combining marks and underscores. */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}_]$/u;
/**
 * Whether each BMP character is a word character, filled as characters are met (0 not yet known, 1
 * yes, 2 no): a regex test per character would cost more than the whole count.
 */
const BMP_WORD = new Uint8Array(0x10000);

function isBmpWordChar(c: number): boolean {
  let known = BMP_WORD[c] as number;
  if (known === 0) {
    // A lone surrogate is no letter.
    known = c < 0xd800 || c > 0xdfff ? (WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2) : 2;
    BMP_WORD[c] = known;
  }
  return known === 1;
}

/** Words counted in one pass, without building the list of them (a text dump may hold 100 MB). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) {
      word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        word = WORD_CHAR.test(text.slice(i, i + 2));
        i++;
      } else word = false;
    } else word = isBmpWordChar(c);
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}
