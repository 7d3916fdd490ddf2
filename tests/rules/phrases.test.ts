import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES } from '../../src/rules/boilerplate-phrases.js';
import { compilePattern, matchBoilerplate, matchTailStart } from '../../src/rules/compile.js';

/**
 * Phrase patterns run on every short block of every page, so each must stay linear-time: no quantified
 * group that itself holds a quantifier open to many repeats. Checked twice: structurally on the source,
 * and by running each pattern on long adversarial lines built from its own words.
 */

/** Quantifiers in a pattern source, each with the depth of the group it sits in and whether it is unbounded. */
function nestedQuantifiers(source: string): string[] {
  const problems: string[] = [];
  // For each open group: does it hold a quantifier, and does it hold an unbounded one?
  const stack: { any: boolean; unbounded: boolean }[] = [{ any: false, unbounded: false }];
  let i = 0;
  const quantifierAt = (at: number): { length: number; unbounded: boolean } | null => {
    const c = source[at];
    if (c === '*' || c === '+') return { length: 1, unbounded: true };
    if (c === '?') return { length: 1, unbounded: false };
    const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(at));
    if (m) return { length: m[0].length, unbounded: m[2] !== undefined && m[3] === '' };
    return null;
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      i += 2;
    } else if (c === '[') {
      i++;
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '(') {
      stack.push({ any: false, unbounded: false });
      i += source.startsWith('(?:', i) || source.startsWith('(?=', i) || source.startsWith('(?!', i) ? 3 : 1;
      continue;
    } else if (c === ')') {
      const group = stack.pop() ?? { any: false, unbounded: false };
      i++;
      const q = quantifierAt(i);
      const parent = stack[stack.length - 1]!;
      if (q) {
        if (q.unbounded && group.any) problems.push(`unbounded repeat of a group holding a quantifier, at ${i}`);
        if (group.unbounded) problems.push(`repeat of a group holding an unbounded quantifier, at ${i}`);
        i += q.length;
        if (source[i] === '?') i++;
        parent.any = true;
        parent.unbounded ||= q.unbounded || group.unbounded;
      } else {
        parent.any ||= group.any;
        parent.unbounded ||= group.unbounded;
      }
      continue;
    } else {
      i++;
    }
    const q = quantifierAt(i);
    if (q) {
      const top = stack[stack.length - 1]!;
      top.any = true;
      top.unbounded ||= q.unbounded;
      i += q.length;
      if (source[i] === '?') i++;
    }
  }
  return problems;
}

/** Long lines that make a backtracking pattern explode: its own words repeated, runs of spaces and digits. */
function adversarialLines(source: string): string[] {
  const words = source
    .replace(/\\[pPu]\{[^}]*\}|\\./g, ' ')
    .replace(/[^\p{L}\p{N}%' ]+/gu, ' ')
    .trim();
  const soup = words.length > 0 ? words : 'a';
  const n = 20_000;
  return [
    `${soup} `.repeat(Math.ceil(n / (soup.length + 1))),
    `${'a '.repeat(n)}!`,
    `${' '.repeat(n)}x`,
    `(${'1,'.repeat(n)}`,
    `© ${'2019 '.repeat(n / 5)}`,
  ];
}

/** Generous: a linear pass over a 40,000-character line takes about a millisecond; backtracking takes minutes. */
const MAX_MS_PER_LINE = 500;

describe.each(BOILERPLATE_PHRASES.map((rule, i) => ({ ...rule, key: `${i}:${rule.id}` })))('phrase rule $key', (rule) => {
  it('has no quantified group holding an open-ended quantifier', () => {
    expect(nestedQuantifiers(rule.pattern)).toEqual([]);
  });

  it('runs in linear time on long adversarial lines', () => {
    const regex = compilePattern(rule.pattern);
    for (const line of adversarialLines(rule.pattern)) {
      const start = performance.now();
      regex.test(line);
      expect(performance.now() - start).toBeLessThan(MAX_MS_PER_LINE);
    }
  });

  it('says why it exists and which languages it covers', () => {
    expect(rule.why.length).toBeGreaterThan(10);
    expect(rule.langs.length).toBeGreaterThan(0);
  });
});

describe('the structural check', () => {
  it('catches the classic catastrophic shapes and passes bounded ones', () => {
    expect(nestedQuantifiers('(a+)+$')).not.toEqual([]);
    expect(nestedQuantifiers('(?:\\w+\\s?)*x')).not.toEqual([]);
    expect(nestedQuantifiers('(?:[\\w.+ ]{1,40} )?account')).toEqual([]);
    expect(nestedQuantifiers('^(?:share|like this)\\s?:?$')).toEqual([]);
  });
});

describe('phrase matching', () => {
  it('finds the rule of a short block and leaves prose that quotes the phrase alone', () => {
    expect(matchBoilerplate('Please enable JavaScript to view the comments powered by Disqus.')?.id).toBe('comment-form');
    expect(matchBoilerplate('Tous droits réservés.')?.id).toBe('copyright');
    const quoting = `${'She wrote that the site uses cookies and that readers should leave a reply. '.repeat(6)}`;
    expect(matchBoilerplate(quoting)).toBeNull();
  });

  it('tells a section opener from a block to drop', () => {
    expect(matchTailStart('Leave a Reply Cancel reply')?.id).toBe('comment-form');
    expect(matchTailStart('Das könnte Sie auch interessieren')?.id).toBe('related');
    expect(matchTailStart('The related posts of last year were more popular than ever, she said.')).toBeNull();
  });

  // The matchers test unions of the rules' alternatives, regrouped for speed, before trying the rules in
  // order; the regrouping must neither lose a match nor change which rule wins.
  it('finds the same rule as trying every rule in order', () => {
    const firstRule = (scope: string, text: string) =>
      BOILERPLATE_PHRASES.find((rule) => rule.scope === scope && compilePattern(rule.pattern).test(text)) ?? null;
    const lines = [
      'We use cookies to improve your experience.',
      'Our website uses cookies',
      'A photo (Photo: John Smith)',
      'The mayor speaks. Getty Images/AFP',
      'Photo credit: Jane Doe',
      '(AP Photo/Evan Vucci)',
      'All rights reserved.',
      '© 2019 Example Media',
      'Follow us on Twitter',
      'Posted by Jane Doe at 10:30',
      'Von Anna Müller',
      'Sign up for our daily newsletter',
      'Support independent journalism',
      'Comments are moderated by our moderator team',
      'Yes (62%, 1,204 votes)',
      'Tous droits réservés',
      'スポンサーリンク',
      '関連記事',
      'Related posts:',
      'Tags: politics, economy',
      'Leave a Reply',
      'The council met on Tuesday to discuss the budget for next year.',
      'Breakfast recipes for busy mornings',
    ];
    for (const line of lines) {
      expect(matchBoilerplate(line), line).toBe(firstRule('block', line));
      expect(matchTailStart(line), line).toBe(firstRule('tail', line));
    }
    expect(lines.filter((line) => matchBoilerplate(line) ?? matchTailStart(line)).length).toBeGreaterThan(15);
  });
});
