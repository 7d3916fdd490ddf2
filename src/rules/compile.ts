import { BOILERPLATE_PHRASES, type PhraseRule } from './boilerplate-phrases.js';
import { STOPWORDS } from './stopwords.js';

/**
 * The one place where rule data becomes matchers. It refuses rules that could match everything (an empty
 * pattern, or one that matches the empty string), so a bad data entry fails loudly at load time instead
 * of silently emptying every article.
 */

/** Phrase rules only judge short blocks: a long paragraph that quotes "leave a reply" is still prose. */
export const MAX_PHRASE_BLOCK_CHARS = 300;

export interface CompiledPhrase {
  rule: PhraseRule;
  regex: RegExp;
}

/**
 * Unicode mode (`u`) only for the patterns that need it (`\p{…}` classes, `\u{…}` escapes): case-insensitive
 * Unicode mode makes V8 compile every `\w` and letter into large case-folding tables, and the phrase
 * union took 140 ms to compile with it against 33 ms without, paid by every process and worker at start.
 * Without `u`, case-insensitive matching still folds non-ASCII letters (Ä/ä, Ч/ч).
 */
export function phraseFlags(source: string): string {
  return /\\[pP]\{|\\u\{/.test(source) ? 'iu' : 'i';
}

export function compilePattern(source: string, flags = phraseFlags(source)): RegExp {
  if (source.trim() === '') throw new Error('a rule pattern is empty');
  const regex = new RegExp(source, flags);
  if (regex.test('')) throw new Error(`the rule pattern /${source}/ matches the empty string`);
  return regex;
}

export function compilePhrases(rules: readonly PhraseRule[]): CompiledPhrase[] {
  return rules.map((rule) => {
    try {
      return { rule, regex: compilePattern(rule.pattern) };
    } catch (error) {
      throw new Error(`boilerplate phrase "${rule.id}": ${(error as Error).message}`);
    }
  });
}

/** A literal string as a pattern that matches exactly it. */
export const escapeRegex = (literal: string): string => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Builds a case-insensitive word-token matcher from a list of class/id words. */
export function compileTokenGroup(name: string, tokens: readonly string[]): RegExp {
  if (tokens.length === 0) throw new Error(`token group "${name}" is empty`);
  const escaped = tokens.map(escapeRegex);
  return compilePattern(`(?:^|[^a-z0-9])(?:${escaped.join('|')})(?:$|[^a-z0-9])`, 'i');
}

/**
 * One scope's rules, plus all their patterns as one alternation: most blocks match nothing, and one
 * test of the union settles that in a single pass instead of one pass per rule (a 10 MB text dump has
 * some 200,000 blocks).
 */
interface PhraseSet {
  rules: CompiledPhrase[];
  /** One union per flag set (see phraseFlags), so the few Unicode-mode patterns do not drag the rest into it. */
  any: RegExp[];
}

let compiled: { block: PhraseSet; tail: PhraseSet } | null = null;

function phraseSet(all: readonly CompiledPhrase[], scope: PhraseRule['scope']): PhraseSet {
  const rules = all.filter((p) => p.rule.scope === scope);
  const byFlags = new Map<string, string[]>();
  for (const { rule, regex } of rules) byFlags.set(regex.flags, [...(byFlags.get(regex.flags) ?? []), `(?:${rule.pattern})`]);
  return { rules, any: [...byFlags].map(([flags, sources]) => compilePattern(sources.join('|'), flags)) };
}

function phrases(): { block: PhraseSet; tail: PhraseSet } {
  if (!compiled) {
    const all = compilePhrases(BOILERPLATE_PHRASES);
    compiled = { block: phraseSet(all, 'block'), tail: phraseSet(all, 'tail') };
  }
  return compiled;
}

/** Text that still needs its whitespace folded: runs of spaces, other spaces, or space at either end. */
const UNFOLDED_SPACE = /\s\s|[^\S ]|^\s|\s$/;

function firstMatch(set: PhraseSet, text: string): PhraseRule | null {
  if (text.length === 0 || text.length > MAX_PHRASE_BLOCK_CHARS) return null;
  const flat = UNFOLDED_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
  if (!set.any.some((union) => union.test(flat))) return null;
  for (const { rule, regex } of set.rules) if (regex.test(flat)) return rule;
  return null;
}

/** The phrase rule that marks this short block as boilerplate, if any. */
export function matchBoilerplate(text: string): PhraseRule | null {
  return firstMatch(phrases().block, text);
}

/** The phrase rule that marks this block as the start of a trailing non-article section, if any. */
export function matchTailStart(text: string): PhraseRule | null {
  return firstMatch(phrases().tail, text);
}

let stopwordSets: ReadonlyMap<string, ReadonlySet<string>> | null = null;

/** The function-word lists of src/rules/stopwords.ts as lookup sets, by language. */
export function stopwordsByLanguage(): ReadonlyMap<string, ReadonlySet<string>> {
  if (!stopwordSets) {
    stopwordSets = new Map(
      Object.entries(STOPWORDS).map(([lang, list]) => {
        const words = list.split(' ').filter((w) => w.length > 0);
        if (words.length === 0) throw new Error(`stopword list "${lang}" is empty`);
        return [lang, new Set(words)];
      }),
    );
  }
  return stopwordSets;
}
