import { compilePattern, MAX_PHRASE_BLOCK_CHARS, phraseFlags } from '../rules/compile.js';
import { TEXT_BOILERPLATE, type TextBoilerplateRule } from '../rules/text-boilerplate.js';

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

/** The text-dump furniture rule (src/rules/text-boilerplate.ts) this line matches, if any; long paragraphs are never judged. */
export function matchTextBoilerplate(text: string): TextBoilerplateRule | null {
  if (text.length === 0 || text.length > MAX_PHRASE_BLOCK_CHARS) return null;
  const flat = text.replace(/\s+/g, ' ').trim();
  for (const { rule, regex } of rules()) if (regex.test(flat)) return rule;
  return null;
}
