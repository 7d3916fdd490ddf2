import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, foldSpaces, normalizeLine } from '../../src/article/normalize.js';

/** The definition countWords implements by hand: runs of letters, digits, marks and underscores. */
const wordRuns = (text: string): number => text.match(/[\p{L}\p{N}\p{M}_]+/gu)?.length ?? 0;

describe('countWords', () => {
  it('counts runs of letters, digits, marks and underscores in any script', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  -- , . ')).toBe(0);
    expect(countWords('The council met, at 7:30 pm.')).toBe(7);
    expect(countWords('snake_case and e\u0301te\u0301')).toBe(3);
    expect(countWords('Привет, мир! Γειά σου')).toBe(4);
    expect(countWords('東京都 の 𠮷野家')).toBe(3);
    expect(countWords('𝐁𝐨𝐥𝐝 words')).toBe(2);
    expect(countWords('lone \ud800 surrogate\udc00x')).toBe(3);
  });

  it('agrees with the regex definition on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => countWords(text) === wordRuns(text)),
      { numRuns: 2000 },
    );
  });

  it('counts the words of a long text', () => {
    const text = 'word, '.repeat(2_000_000);
    expect(countWords(text)).toBe(2_000_000);
  });
});

/** What normalizeLine does, written as the plain chain of replacements its shortcuts must agree with. */
const lineByDefinition = (text: string): string =>
  text
    .normalize('NFC')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/gu, '')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\p{Cs}]/gu, '')
    .replace(/[\u0085\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]/gu, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(/\s+/g, ' ')
    .trim();

describe('normalizeLine and foldSpaces', () => {
  // Latin-1 and Latin Extended text (the shortcut's range), with the characters that need cleaning and marks just above it.
  const chars = fc.oneof(
    fc.integer({ min: 0x20, max: 0x2ff }).map((c) => String.fromCharCode(c)),
    fc.constantFrom('\t', '\r', '\n', '\u00a0', '\u00ad', '\u0085', '\u0000', '\u0301', '\u200b', '\u3000', 'e', ' '),
  );
  const texts = fc.array(chars, { maxLength: 40 }).map((parts) => parts.join(''));

  it('cleans as the plain chain of replacements does', () => {
    fc.assert(
      fc.property(texts, (text) => normalizeLine(text) === lineByDefinition(text)),
      { numRuns: 3000 },
    );
    expect(normalizeLine('caf\u0065\u0301 au\u00a0lait')).toBe('café au lait');
  });

  it('folds spaces as a replace and a trim do, and keeps a folded text as it is', () => {
    fc.assert(
      fc.property(texts, (text) => foldSpaces(text) === text.replace(/\s+/g, ' ').trim()),
      { numRuns: 3000 },
    );
    const folded = 'already folded text';
    expect(foldSpaces(folded)).toBe(folded);
  });
});
