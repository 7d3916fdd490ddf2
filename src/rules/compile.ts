import { foldSpaces } from '../article/normalize.js';
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
 * Unicode mode makes V8 compile every `\w` and letter into large case-folding tables, a cost every
 * process and worker pays at start (figures in docs/performance.md).
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

/**
 * Whether a whitespace-separated list (a class attribute) holds one of these names whole: what
 * `list.split(/\s+/).some((n) => names.has(n))` answers, in one regex pass and without the array.
 */
export function compileNameList(name: string, names: readonly string[], flags = ''): RegExp {
  if (names.length === 0 || names.some((n) => n === '' || /\s/.test(n)))
    throw new Error(`name list "${name}" is empty or has a blank name`);
  return compilePattern(`(?:^|\\s)(?:${names.map(escapeRegex).join('|')})(?=\\s|$)`, flags);
}

/** Builds a case-insensitive word-token matcher from a list of class/id words. */
export function compileTokenGroup(name: string, tokens: readonly string[]): RegExp {
  if (tokens.length === 0) throw new Error(`token group "${name}" is empty`);
  const escaped = tokens.map(escapeRegex);
  return compilePattern(`(?:^|[^a-z0-9])(?:${escaped.join('|')})(?:$|[^a-z0-9])`, 'i');
}

/**
 * One scope's rules, plus prefilters over all their patterns: most blocks match nothing, and a test of a
 * union settles that in one pass instead of one pass per rule (a 10 MB text dump has some 200,000
 * blocks). A union of ~140 alternatives is slow if tried as written at every position of a block, since
 * V8 tries the alternatives one by one there; so the union is built as a trie of the alternatives' openings
 * (see factorAlternatives). A test of a union only says whether some rule may match: the rules are then
 * tried in order, so the first rule still wins.
 */
interface PhraseSet {
  rules: CompiledPhrase[];
  /** Per flag set (see phraseFlags), so the few Unicode-mode patterns do not drag the rest into it. */
  any: RegExp[];
}

let compiled: { block: PhraseSet; tail: PhraseSet } | null = null;

/** Index just past the group or character class that opens at `open`, or past the escape there. */
function skipAtom(source: string, open: number): number {
  const c = source[open];
  if (c === '\\') return open + 2;
  if (c === '[') {
    let i = open + 1;
    while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    return i + 1;
  }
  if (c === '(') {
    let depth = 0;
    for (let i = open; i < source.length; i = source[i] === '\\' || source[i] === '[' ? skipAtom(source, i) : i + 1) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')' && --depth === 0) return i + 1;
    }
    return source.length;
  }
  return open + 1;
}

/** The top-level alternatives of a pattern: `a|(?:b|c)d` -> `a`, `(?:b|c)d`. */
function splitAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let start = 0;
  for (let i = 0; i < source.length; ) {
    if (source[i] === '|') {
      alternatives.push(source.slice(start, i));
      start = ++i;
    } else {
      i = skipAtom(source, i);
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

const QUANTIFIER_START = /^[?*+{]/;

/**
 * Alternatives that together match what the pattern matches, none opening with a group of alternatives:
 * `(?:^|\()photo` -> `^photo`, `\(photo`. A union only answers whether anything matches, so the order of
 * alternatives and the groups around them do not matter; opening them brings anchors and first
 * characters to the front.
 */
function flatAlternatives(source: string): string[] {
  return splitAlternatives(source).flatMap((alternative) => {
    if (!alternative.startsWith('(?:')) return [alternative];
    const end = skipAtom(alternative, 0);
    const rest = alternative.slice(end);
    if (QUANTIFIER_START.test(rest)) return [alternative];
    return splitAlternatives(alternative.slice(3, end - 1)).flatMap((inner) => flatAlternatives(inner + rest));
  });
}

/** An escape that runs past its letter: `\p{Lu}`, `\u{1F600}`, `\u00e9`, `\x41`, `\cJ`. */
const LONG_ESCAPE = /^\\(?:[pPu]\{[^}]{1,40}\}|u[\da-fA-F]{4}|x[\da-fA-F]{2}|c[a-zA-Z])/;
const QUANTIFIER = /^(?:[?*+]|\{\d{1,5}(?:,\d{0,5})?\})\??/;

/** The first atom of an alternative with its quantifier (`a`, `s?`, `[\w ]{1,30}`, `(?:x|y)`, `^`), or ''. */
function leadingAtom(alternative: string): string {
  if (alternative === '') return '';
  const end = LONG_ESCAPE.exec(alternative)?.[0].length ?? skipAtom(alternative, 0);
  const atom = alternative.slice(0, end);
  return atom + (QUANTIFIER.exec(alternative.slice(end))?.[0] ?? '');
}

/**
 * Alternatives with their shared openings factored out, as a trie: `cookie|connecting to|we use` ->
 * `c(?:ookie|onnecting to)|we use`. At each position V8 then checks one atom per branch before trying the
 * alternatives inside it, instead of trying every alternative; and alternatives that open alike
 * (`^(\p{Lu}…{1,40}?) logo`, `^(\p{Lu}…{1,40}?) - Home`) run their common part once. A union is only
 * tested, so `xa|xb` and `x(?:a|b)` are the same to it.
 */
function factorAlternatives(alternatives: readonly string[]): string {
  const branches = new Map<string, string[]>();
  for (const alternative of alternatives) {
    const atom = leadingAtom(alternative);
    branches.set(atom, [...(branches.get(atom) ?? []), alternative.slice(atom.length)]);
  }
  return [...branches]
    .map(([atom, rests]) => {
      if (rests.length === 1) return `(?:${atom}${rests[0]})`;
      // An atom that ends one alternative and opens others: the empty branch keeps the short one.
      return atom === '' ? '(?:)' : `${atom}(?:${factorAlternatives(rests)})`;
    })
    .join('|');
}

/**
 * The prefilter union of patterns that share flags. Factoring gathers the anchored alternatives under one
 * `^` branch, which costs one failed assertion at each position after the first.
 */
function union(sources: readonly string[], flags: string): RegExp {
  return compilePattern(factorAlternatives(sources.flatMap(flatAlternatives)), flags);
}

/** Whether one of the unions matches; a loop, not `some`, as it runs a few times per line of a page. */
function testsAny(unions: readonly RegExp[], text: string): boolean {
  for (const union of unions) if (union.test(text)) return true;
  return false;
}

/** A backreference would point at another group once its pattern joins a union. */
const BACKREFERENCE = /\\[1-9]|\\k</;

/** Unions that together match wherever one of the patterns matches: one per flag set (see union). */
function prefilter(patterns: readonly RegExp[]): RegExp[] {
  const byFlags = new Map<string, string[]>();
  for (const { source, flags } of patterns) {
    if (BACKREFERENCE.test(source)) throw new Error(`the pattern /${source}/ has a backreference and cannot join a union`);
    // A union is only tested, from the start of each text: a global or sticky flag would carry lastIndex over.
    const testFlags = flags.replace(/[gy]/g, '');
    byFlags.set(testFlags, [...(byFlags.get(testFlags) ?? []), source]);
  }
  return [...byFlags].map(([flags, sources]) => union(sources, flags));
}

/**
 * Whether any of the patterns matches a text, in one pass over it per flag set instead of one per pattern:
 * for lists of patterns tried on every line of a page, where most lines match none. Compiled on first use.
 */
export function anyPatternTest(patterns: readonly RegExp[]): (text: string) => boolean {
  let any: RegExp[] | null = null;
  return (text) => {
    any ??= prefilter(patterns);
    return testsAny(any, text);
  };
}

function phraseSet(all: readonly CompiledPhrase[], scope: PhraseRule['scope']): PhraseSet {
  const rules = all.filter((p) => p.rule.scope === scope);
  return { rules, any: prefilter(rules.map((p) => p.regex)) };
}

/**
 * The phrase rules and their unions. A rule that matches the empty string makes its union match it, and
 * the union's own check (compilePattern) catches that; only then is each rule checked, to name it. Checking
 * every rule up front compiled each of them, though a small page tries few (figures in docs/performance.md).
 */
function phrases(): { block: PhraseSet; tail: PhraseSet } {
  if (!compiled) {
    const all = BOILERPLATE_PHRASES.map((rule) => ({ rule, regex: new RegExp(rule.pattern, phraseFlags(rule.pattern)) }));
    try {
      compiled = { block: phraseSet(all, 'block'), tail: phraseSet(all, 'tail') };
    } catch (error) {
      compilePhrases(BOILERPLATE_PHRASES);
      throw error;
    }
  }
  return compiled;
}

/** Whitespace folded as phrase rules expect it, or null when the text is too long (or empty) to judge. */
function foldForPhrases(text: string): string | null {
  if (text.length === 0 || text.length > MAX_PHRASE_BLOCK_CHARS) return null;
  return foldSpaces(text);
}

function firstMatch(set: PhraseSet, flat: string | null): PhraseRule | null {
  if (flat === null || !testsAny(set.any, flat)) return null;
  for (const { rule, regex } of set.rules) if (regex.test(flat)) return rule;
  return null;
}

/** The phrase rule that marks this short block as boilerplate, if any. */
export function matchBoilerplate(text: string): PhraseRule | null {
  return firstMatch(phrases().block, foldForPhrases(text));
}

/** The phrase rule that marks this block as the start of a trailing non-article section, if any. */
export function matchTailStart(text: string): PhraseRule | null {
  return firstMatch(phrases().tail, foldForPhrases(text));
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
