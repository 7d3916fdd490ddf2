import { platform } from '../input/platform.js';
import { stopwordsByLanguage } from '../rules/compile.js';

/**
 * The page's language, guessed from which function-word list its lines hit most, and the function-word
 * share of a line in that language. One guess per page, so a French page does not count the English "a"
 * or the Spanish "de" as evidence of prose in a menu.
 */

/** Fewer hits than this and we do not trust the guess (a page of CJK text, a table of figures). */
const MIN_LANGUAGE_HITS = 20;
/**
 * Nor when the best list covers less than this share of the words read: prose in a listed language is
 * over a third function words, so a lower share means a language we have no list for (Indonesian text
 * hits the English "a" and "i", Swedish the Dutch "de" and "en") and the ratio would only mislead.
 */
const MIN_LANGUAGE_SHARE = 0.12;
/** Reading this many words settles the language; a 10 MB dump need not be read in full. */
const MAX_SAMPLED_WORDS = 50_000;
/** The share of function words is as clear from a line's first hundred words as from all of it. */
const MAX_SAMPLED_CHARS_PER_LINE = 600;

const WORD = /[\p{L}\p{M}]+/gu;
/** Printable ASCII: its words can be found without Unicode property classes, which cost twice as much. */
const PLAIN_ASCII = /^[ -~]*$/;
const ASCII_WORD = /[a-z]+/g;

/** A line's first MAX_SAMPLED_CHARS_PER_LINE characters, the part sampleWords reads. */
const sampleHead = (text: string): string => (text.length > MAX_SAMPLED_CHARS_PER_LINE ? text.slice(0, MAX_SAMPLED_CHARS_PER_LINE) : text);

/** The lower-cased words of a line's first MAX_SAMPLED_CHARS_PER_LINE characters. */
function sampleWords(text: string): string[] {
  const sample = sampleHead(text).toLowerCase();
  return sample.match(PLAIN_ASCII.test(sample) ? ASCII_WORD : WORD) ?? [];
}

export function detectLanguage(lines: readonly string[]): string | null {
  const lists = [...stopwordsByLanguage()];
  const trie = letterTrie();
  const hits = new Map<string, number>();
  const hit = (lang: string) => hits.set(lang, (hits.get(lang) ?? 0) + 1);
  let sampled = 0;
  for (const line of lines) {
    if (sampled >= MAX_SAMPLED_WORDS) break;
    const words = walkWords(sampleHead(line), trie);
    if (words < 0) {
      for (const word of sampleWords(line)) {
        sampled++;
        for (let i = 0; i < lists.length; i++) {
          const [lang, list] = lists[i] as [string, ReadonlySet<string>];
          if (list.has(word)) hit(lang);
        }
      }
      continue;
    }
    // Word by word, language by language, as above: a language joins `hits` at its first hit, and ties
    // go to the language that joined first. Index loops: an iterator per word was most of what this
    // function allocated.
    sampled += words;
    const languages = trie.languages;
    for (let w = 0; w < words; w++) {
      const langs = wordLanguages[w] ?? 0;
      if (langs !== 0) for (let i = 0; i < languages.length; i++) if (langs & (1 << i)) hit(languages[i] as string);
    }
  }
  let best: string | null = null;
  let bestHits = Math.max(MIN_LANGUAGE_HITS - 1, MIN_LANGUAGE_SHARE * sampled);
  for (const [lang, n] of hits) {
    if (n > bestHits) {
      best = lang;
      bestHits = n;
    }
  }
  return best;
}

/**
 * The function-word lists as one trie over the letters a-z, for lines of letters a-z and punctuation:
 * walking it scores a line without cutting it into words (the text path scores some 100,000 lines of a
 * 10 MB dump). Each node that ends a function word says of which languages, one bit each. Words with other
 * characters ("für", "don't") cannot be a run of a-z, so they are left out.
 */
interface LetterTrie {
  /** Child of node n by letter l at n * LETTERS + l; 0 = none (the root, node 0, is nobody's child). */
  next: Int32Array;
  /** Bit i set: the word that ends at this node is a function word of languages[i]. */
  ends: Int32Array;
  languages: string[];
}

const LETTERS = 26;
const CODE_A = 97;
const ASCII_LETTERS_ONLY = /^[a-z]+$/;
/** One bit per language in an Int32 (the sign bit left alone). */
const MAX_LANGUAGES = 31;
let sharedTrie: LetterTrie | null = null;

function letterTrie(): LetterTrie {
  if (sharedTrie) return sharedTrie;
  const lists = [...stopwordsByLanguage()];
  if (lists.length > MAX_LANGUAGES) throw new Error(`more than ${MAX_LANGUAGES} stopword lists`);
  const letterWords = lists.map(([, words]) => [...words].filter((w) => ASCII_LETTERS_ONLY.test(w)));
  const size = 1 + letterWords.flat().reduce((n, w) => n + w.length, 0);
  const trie: LetterTrie = { next: new Int32Array(size * LETTERS), ends: new Int32Array(size), languages: lists.map(([lang]) => lang) };
  let nodes = 1;
  letterWords.forEach((words, i) => {
    for (const word of words) {
      let node = 0;
      for (let c = 0; c < word.length; c++) {
        const slot = node * LETTERS + word.charCodeAt(c) - CODE_A;
        if (trie.next[slot] === 0) trie.next[slot] = nodes++;
        node = trie.next[slot] ?? 0;
      }
      trie.ends[node] = (trie.ends[node] ?? 0) | (1 << i);
    }
  });
  sharedTrie = trie;
  return trie;
}

/**
 * Characters outside ASCII that the trie walk can pass over: neither letters nor marks (so they end a
 * word, as in sampleWords) and unchanged by lower-casing. Curly quotes and dashes, which most English
 * prose lines hold, are such. Looked up once per character: 0 = not yet, 1 = passable, 2 = not.
 */
const PASSABLE = new Uint8Array(0x10000);
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function passable(c: number): boolean {
  let known = PASSABLE[c] ?? 0;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    // Surrogates stand for characters outside the BMP, which may be letters: leave them to sampleWords.
    const surrogate = c >= 0xd800 && c <= 0xdfff;
    known = surrogate || LETTER_OR_MARK.test(ch) || ch.toLowerCase() !== ch ? 2 : 1;
    PASSABLE[c] = known;
  }
  return known === 1;
}

/**
 * The languages of each word walkWords read last, as trie.ends bits (0: no function word). Shared and
 * overwritten by each walk, so that walking a line allocates nothing; a sample holds at most one word
 * per two characters.
 */
const wordLanguages = new Int32Array(Math.ceil(MAX_SAMPLED_CHARS_PER_LINE / 2) + 1);

/**
 * Reads a sample's words (runs of a-z, either case) into wordLanguages and returns how many, or -1
 * when the sample holds a letter outside a-z (or another character sampleWords would read differently).
 */
function walkWords(sample: string, trie: LetterTrie): number {
  let words = 0;
  let inWord = false;
  // The trie node of the word read so far; -1 once the word has left the trie.
  let node = 0;
  for (let i = 0; i <= sample.length; i++) {
    const c = i < sample.length ? sample.charCodeAt(i) : 0;
    if (c > 0x7f && !passable(c)) return -1;
    // `| 0x20` lower-cases A-Z and maps no other character into a-z.
    const letter = (c | 0x20) - CODE_A;
    if (letter >= 0 && letter < LETTERS) {
      if (!inWord) {
        inWord = true;
        node = 0;
      }
      if (node >= 0) node = (trie.next[node * LETTERS + letter] ?? 0) || -1;
    } else if (inWord) {
      wordLanguages[words++] = node > 0 ? (trie.ends[node] ?? 0) : 0;
      inWord = false;
    }
  }
  return words;
}

/** Share of a line's words that are function words of `lang`. */
export function stopwordRatio(text: string, lang: string): number {
  const words = stopwordsByLanguage().get(lang);
  if (!words) return 0;
  const trie = letterTrie();
  const walked = walkWords(sampleHead(text), trie);
  if (walked >= 0) {
    const bit = 1 << trie.languages.indexOf(lang);
    let stop = 0;
    for (let w = 0; w < walked; w++) if ((wordLanguages[w] ?? 0) & bit) stop++;
    return walked === 0 ? 0 : stop / walked;
  }
  const sample = sampleWords(text);
  let stop = 0;
  for (const word of sample) if (words.has(word)) stop++;
  return sample.length === 0 ? 0 : stop / sample.length;
}

/** Below this many characters of body a language guess is a guess at a menu or a caption. */
const MIN_DETECT_CHARS = 100;
/** The detector is as sure after a few paragraphs as after a whole article. */
const MAX_DETECT_CHARS = 3000;

/**
 * The body's language, for pages that do not state theirs: every text dump, and HTML without `lang` or
 * a locale meta. The function-word lists answer first: where they answer they are as precise as eld
 * (on the dev corpora), cost nothing to load, and cover most pages. eld (the host's detector; none in
 * `deboil/core`) answers for the other languages and for bodies too short for the lists.
 */
export function detectBodyLanguage(blocks: readonly { text: string }[]): string | null {
  const lines: string[] = [];
  let chars = 0;
  for (const block of blocks) {
    if (chars >= MAX_DETECT_CHARS) break;
    lines.push(block.text);
    chars += block.text.length + 1;
  }
  if (chars < MIN_DETECT_CHARS) return null;
  return detectLanguage(lines) ?? platform.detectLanguage?.(lines.join('\n').slice(0, MAX_DETECT_CHARS)) ?? null;
}
