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

/** The lower-cased words of a line's first MAX_SAMPLED_CHARS_PER_LINE characters. */
function sampleWords(text: string): string[] {
  const sample = (text.length > MAX_SAMPLED_CHARS_PER_LINE ? text.slice(0, MAX_SAMPLED_CHARS_PER_LINE) : text).toLowerCase();
  return sample.match(PLAIN_ASCII.test(sample) ? ASCII_WORD : WORD) ?? [];
}

export function detectLanguage(lines: readonly string[]): string | null {
  const lists = [...stopwordsByLanguage()];
  const hits = new Map<string, number>();
  let sampled = 0;
  for (const line of lines) {
    if (sampled >= MAX_SAMPLED_WORDS) break;
    for (const word of sampleWords(line)) {
      sampled++;
      for (const [lang, words] of lists) if (words.has(word)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
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

/** Share of a line's words that are function words of `lang`. */
export function stopwordRatio(text: string, lang: string): number {
  const words = stopwordsByLanguage().get(lang);
  if (!words) return 0;
  const sample = sampleWords(text);
  let stop = 0;
  for (const word of sample) if (words.has(word)) stop++;
  return sample.length === 0 ? 0 : stop / sample.length;
}
