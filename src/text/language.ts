import { stopwordsByLanguage } from '../rules/compile.js';

/**
 * The page's language, guessed from which function-word list its lines hit most. One guess per page, so
 * a French page does not count the English "a" or the Spanish "de" as evidence of prose in a menu.
 */

/** Fewer hits than this and we do not trust the guess (a page of CJK text, a table of figures). */
const MIN_LANGUAGE_HITS = 20;
/**
 * Nor when the best list covers less than this share of the words read: prose in a listed language is
 * over a third function words, so a lower share means a language we have no list for (Indonesian text
 * hits the English "a" and "i", Swedish the Dutch "de" and "en") and the ratio would only mislead.
 */
const MIN_LANGUAGE_SHARE = 0.12;
/** Reading this many tokens settles the language; a 10 MB dump need not be read twice in full. */
const MAX_SAMPLED_TOKENS = 50_000;

const WORD = /[\p{L}\p{M}]+/gu;

export function lowerTokens(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

export function detectLanguage(lines: readonly string[]): string | null {
  const lists = stopwordsByLanguage();
  const hits = new Map<string, number>();
  let sampled = 0;
  for (const line of lines) {
    if (sampled >= MAX_SAMPLED_TOKENS) break;
    for (const token of lowerTokens(line)) {
      sampled++;
      for (const [lang, words] of lists) if (words.has(token)) hits.set(lang, (hits.get(lang) ?? 0) + 1);
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
  const tokens = lowerTokens(text);
  if (!words || tokens.length === 0) return 0;
  let n = 0;
  for (const t of tokens) if (words.has(t)) n++;
  return n / tokens.length;
}
