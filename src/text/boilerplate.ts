import { compilePattern, MAX_PHRASE_BLOCK_CHARS, phraseFlags } from '../rules/compile.js';
import { GLUED_TAILS, type GluedTailRule, TEXT_BOILERPLATE, type TextBoilerplateRule } from '../rules/text-boilerplate.js';

interface CompiledRule {
  rule: TextBoilerplateRule;
  regex: RegExp;
}

let compiled: CompiledRule[] | null = null;

function rules(): CompiledRule[] {
  compiled ??= TEXT_BOILERPLATE.map((rule) => {
    const flags = phraseFlags(rule.pattern);
    return { rule, regex: compilePattern(rule.pattern, rule.caseSensitive ? flags.replace('i', '') : flags) };
  });
  return compiled;
}

/** Families whose wording may open a long line that is furniture throughout (a sign-up form, a comment). */
const OPENS_LONG_LINES: ReadonlySet<string> = new Set(['appeal', 'share', 'comments', 'caption', 'copyright', 'feed', 'ad']);

/**
 * The text-dump furniture rule (src/rules/text-boilerplate.ts) this line matches, if any. A line too
 * long to judge whole is judged by its opening: a rule must match from its first character and end
 * before the cut, so a pattern anchored at the line's end never matches the cut instead. Teaser and bio
 * wording may open a paragraph of the article glued to it, so those never judge a long line.
 */
export function matchTextBoilerplate(text: string): TextBoilerplateRule | null {
  if (text.length === 0) return null;
  const long = text.length > MAX_PHRASE_BLOCK_CHARS;
  const flat = (long ? text.slice(0, MAX_PHRASE_BLOCK_CHARS) : text).replace(/\s+/g, ' ').trim();
  for (const { rule, regex } of rules()) {
    if (!long) {
      if (regex.test(flat)) return rule;
      continue;
    }
    if (!OPENS_LONG_LINES.has(rule.family)) continue;
    const m = regex.exec(flat);
    if (m && m.index === 0 && m[0].length < flat.length) return rule;
  }
  return null;
}

let gluedTails: { rule: GluedTailRule; regex: RegExp }[] | null = null;

/** The glued tail (src/rules/text-boilerplate.ts GLUED_TAILS) at the end of this line: where it starts and its rule. */
export function findGluedTail(text: string): { at: number; rule: GluedTailRule } | null {
  gluedTails ??= GLUED_TAILS.map((rule) => ({ rule, regex: compilePattern(rule.pattern) }));
  for (const { rule, regex } of gluedTails) {
    const m = regex.exec(text);
    if (m && m.index > 0) return { at: m.index, rule };
  }
  return null;
}
