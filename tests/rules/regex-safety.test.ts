import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../src/article/normalize.js';
import { detectInputKind, notAPageReason } from '../../src/input/detect.js';
import { parseIsoDate, parseTextDate, parseUrlDate } from '../../src/metadata/date.js';
import { cleanTitle } from '../../src/metadata/title.js';
import { BOILERPLATE_PHRASES } from '../../src/rules/boilerplate-phrases.js';
import { BOILERPLATE_CLASS_TOKENS, CONTENT_CLASS_TOKENS } from '../../src/rules/class-tokens.js';
import { compilePattern, compileTokenGroup } from '../../src/rules/compile.js';
import { splitTextBlocks } from '../../src/text/blocks.js';
import { parseDateline } from '../../src/text/dateline.js';
import { REPO } from '../helpers.js';

/**
 * Every regular expression deboil runs on page text must take time linear in the input: a page is
 * hostile input, and one backtracking pattern turns a 300 KB page into a hang (a row of 30 empty table
 * cells once took minutes). Two checks:
 *   1. static: no quantified group that itself holds a quantifier (the shape of catastrophic
 *      backtracking) — over the rule data (phrases, class tokens) and every regex literal in src/;
 *   2. dynamic: each pattern, and each function built on patterns that are not data (dates, datelines,
 *      input detection, titles, bullets), runs on long adversarial inputs, and 8x the input may not cost
 *      much more than 4x the time.
 */

// ---- 1. static shape check --------------------------------------------------------------------------

/** The first quantified group that holds a quantifier (a nested quantifier), or null. */
function nestedQuantifier(source: string): string | null {
  type Frame = { start: number; quantified: boolean };
  const stack: Frame[] = [{ start: 0, quantified: false }];
  let closed: Frame | null = null;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    const quantifier = /^(?:[*+?]|\{\d+(?:,\d*)?\})/.exec(source.slice(i, i + 12))?.[0];
    if (quantifier) {
      const unbounded = quantifier === '*' || quantifier === '+' || /,\}$/.test(quantifier);
      const repeats = quantifier !== '?' && quantifier !== '{0,1}' && quantifier !== '{1}';
      if (closed?.quantified && unbounded) return source.slice(closed.start, i + quantifier.length);
      const top = stack[stack.length - 1] as Frame;
      if (repeats || closed?.quantified) top.quantified = true;
      closed = null;
      i += quantifier.length - 1;
      if (source[i + 1] === '?') i++; // lazy
      continue;
    }
    if (closed?.quantified) (stack[stack.length - 1] as Frame).quantified = true;
    closed = null;
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') stack.push({ start: i, quantified: false });
    else if (c === ')') closed = stack.pop() ?? null;
  }
  return null;
}

/** Every regular-expression literal in the TypeScript sources under src/. */
function sourceRegexes(): { where: string; source: string }[] {
  const found: { where: string; source: string }[] = [];
  const walkDir = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? walkDir(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
    );
  for (const file of walkDir(join(REPO, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
        found.push({ where: `${relative(REPO, file)}:${line}`, source: text.slice(1, text.lastIndexOf('/')) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return found;
}

const phrasePatterns = BOILERPLATE_PHRASES.map((rule, i) => ({ where: `phrase #${i} ${rule.id}`, regex: compilePattern(rule.pattern) }));
const tokenPatterns = [
  ...Object.entries(BOILERPLATE_CLASS_TOKENS).map(([group, tokens]) => ({
    where: `class tokens ${group}`,
    regex: compileTokenGroup(group, tokens),
  })),
  { where: 'class tokens content', regex: compileTokenGroup('content', CONTENT_CLASS_TOKENS) },
];
const literals = sourceRegexes();

describe('regex shape: no nested quantifiers', () => {
  it('the checker itself flags the classic catastrophic shapes and passes safe ones', () => {
    expect(nestedQuantifier('(a+)+$')).toBe('(a+)+');
    expect(nestedQuantifier('(?:\\s*\\|\\s*)+$')).toBe('(?:\\s*\\|\\s*)+');
    expect(nestedQuantifier('^(?:\\s|<!--[\\s\\S]*?-->)*<')).toBe('(?:\\s|<!--[\\s\\S]*?-->)*');
    expect(nestedQuantifier('(?:x(?:a{1,3})?)*')).toBe('(?:x(?:a{1,3})?)*');
    expect(nestedQuantifier('^(\\d{4})-(\\d{2})(?:T(\\d{2}))?')).toBeNull();
    expect(nestedQuantifier('[(+*)]+x\\(+')).toBeNull();
    expect(nestedQuantifier('(?:ab|cd)+')).toBeNull();
  });

  it('finds the regex literals in src/ (the scan is not silently empty)', () => {
    expect(literals.length).toBeGreaterThan(30);
    expect(literals.map((l) => l.where)).toEqual(expect.arrayContaining([expect.stringMatching(/^src\/metadata\/date\.ts:/)]));
  });

  it.each([
    ...phrasePatterns.map((p) => ({ where: p.where, source: p.regex.source })),
    ...tokenPatterns.map((p) => ({ where: p.where, source: p.regex.source })),
    ...literals,
  ])('$where', ({ source }) => {
    expect(nestedQuantifier(source)).toBeNull();
  });
});

// ---- 2. running time on long adversarial input -------------------------------------------------------

const SHORT = 10_000;
const LONG = 8 * SHORT;
/** Below this a run is too quick to judge its growth; above it, 8x the input may cost at most this factor (quadratic costs 64x). */
const NOISE_MS = 40;
const MAX_GROWTH = 24;
/**
 * Short runs faster than this are charged this much: below it, garbage collection and heap growth, not
 * the pattern, decide the time. Backtracking patterns blow up to seconds, far past MAX_GROWTH times this.
 */
const MIN_BASELINE_MS = NOISE_MS / 4;

/** Inputs that make backtracking patterns work hard: long runs of what they match, then a mismatch. */
function adversarial(n: number, hints: readonly string[] = []): string[] {
  const fill = (unit: string, tail = '\u0000!') => unit.repeat(Math.ceil(n / unit.length)).slice(0, n) + tail;
  return [
    'a',
    ' ',
    'a ',
    '1',
    '1 ',
    '12, ',
    '| ',
    ' - ',
    '.',
    '<div ',
    '<!-- -->',
    'May 16 ',
    '16 mai ',
    '©',
    'A, ',
    '\n',
    ' \n',
    '/2018/05/',
    ...hints,
  ].map((unit) => fill(unit));
}

/** Words of a pattern minus their last letter: near misses that walk every alternative. */
function nearMisses(source: string): string[] {
  const words = source.replace(/\\./g, ' ').match(/[\p{L}][\p{L} ]{2,}/gu) ?? [];
  return [...new Set(words.map((w) => `${w.slice(0, -1)} `))].slice(0, 6);
}

/** The best of several runs: garbage collection and a busy machine only ever add time. */
function millis(run: () => void, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function growth(run: () => void, runShort: () => void, runs: number): { long: number; short: number; growth: number } {
  const long = millis(run, runs);
  if (long < NOISE_MS) return { long, short: 0, growth: 0 };
  const short = millis(runShort, runs);
  return { long, short, growth: long / Math.max(short, MIN_BASELINE_MS) };
}

function expectLinear(run: (input: string) => unknown, hints: readonly string[] = []): void {
  const short = adversarial(SHORT, hints);
  adversarial(LONG, hints).forEach((input, i) => {
    const once = () => run(input);
    const shortOnce = () => run(short[i] as string);
    let measured = growth(once, shortOnce, 2);
    if (measured.growth > MAX_GROWTH) measured = growth(once, shortOnce, 5); // a pause is not a trend: look again
    expect({ input: input.slice(0, 20), ...measured }).toEqual({
      input: input.slice(0, 20),
      ...measured,
      growth: expect.toSatisfy((g: number) => g <= MAX_GROWTH),
    });
  });
}

describe('regex running time: linear on long adversarial input', () => {
  it.each([...phrasePatterns, ...tokenPatterns])('$where', ({ regex }) => {
    expectLinear((s) => regex.test(s), nearMisses(regex.source));
  });

  it('date patterns (parseTextDate, parseIsoDate, parseUrlDate)', () => {
    expectLinear((s) => parseTextDate(s), ['May ', 'mayo de ', '2018-05-', '16.05.', 'Wednesday, May 16th']);
    expectLinear((s) => parseIsoDate(s), ['2018-05-16T', '2018-05-16 12:']);
    expectLinear((s) => parseUrlDate(s), ['/2018/05/16', '/20180516']);
  });

  it('dateline pattern', () => {
    expectLinear((s) => parseDateline(s), ['Global Research, ', 'Le Monde - ']);
  });

  it('input detection patterns (document start, tags, control characters, JSON shape)', () => {
    expectLinear((s) => detectInputKind(s), ['<!--', '<p', '<a href="', '<div class="x"']);
    expectLinear((s) => notAPageReason(s), ['{"a": [', '[1, ']);
  });

  it('title, bullet and whitespace patterns', () => {
    expectLinear((s) => cleanTitle(s), ['gallery ', 'video  ']);
    // One long line: the bullet pattern's worst case. (Many short lines only measure allocation and GC.)
    expectLinear((s) => splitTextBlocks(s.replace(/\n/g, ' ')), ['* ', '1. ', '   ']);
    expectLinear((s) => normalizeLine(s), ['\u00a0 ', '\u200b']);
  });
});
