import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/article/normalize.js';

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
