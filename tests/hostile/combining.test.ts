import { describe, expect, it } from 'vitest';
import { normalizeLine } from '../../src/article/normalize.js';
import { clean } from '../../src/index.js';

// "Zalgo" text: hundreds of thousands of combining marks on one letter made NFC take half a minute. Runs are
// capped at 30 marks per base character (Unicode's stream-safe limit) before normalising.
const marks = (n: number, set = '\u0301\u0308\u0327') => set.repeat(Math.ceil(n / set.length)).slice(0, n);
const filler = 'Plain words around the noise, enough of them to make a paragraph worth keeping. '.repeat(4);

describe('long runs of combining marks', () => {
  it('keeps at most 30 marks per base character, in order', () => {
    expect(normalizeLine(`e${marks(31, '\u0300')}x`)).toBe(`\u00e8${marks(29, '\u0300')}x`);
    expect(normalizeLine(`a${marks(100, '\u0308\u0301')}b${marks(5, '\u0327')}`)).toBe(
      `\u00e4${marks(29, '\u0301\u0308')}b${marks(5, '\u0327')}`,
    );
  });

  it('caps runs longer than the piece a regexp takes at once (1024), and counts each run afresh', () => {
    expect(normalizeLine(`e${marks(2050, '\u0300')}x${marks(40, '\u0300')}`)).toBe(`\u00e8${marks(29, '\u0300')}x${marks(30, '\u0300')}`);
  });

  it('a run of 5 million marks (10 MB) neither overflows the regexp stack nor slows down', () => {
    const start = performance.now();
    expect(normalizeLine(`Z${marks(5_000_000)} end`)).toBe(`Z${marks(30)} end`.normalize('NFC'));
    expect(performance.now() - start).toBeLessThan(5000);
  });

  it('leaves ordinary combining text alone', () => {
    for (const text of ['नमस्ते दुनिया', 'Ελληνικά̈', 'Tiếng Việt', 'e\u0301\u0301\u0301'])
      expect(normalizeLine(text)).toBe(text.normalize('NFC'));
  });

  const zalgo = (count: number, set?: string) => `Z${marks(count, set)}`;
  const variants = [
    { name: 'one letter with 300,000 marks', noise: zalgo(300_000) },
    { name: 'many letters with 1,000 marks each', noise: Array.from({ length: 300 }, () => zalgo(1000)).join(' ') },
    { name: 'marks of one class (no reordering)', noise: zalgo(300_000, '\u0301') },
    { name: 'marks at the very start, with no base', noise: marks(300_000) },
  ];
  for (const { name, noise } of variants) {
    it.each(['html', 'text'] as const)(`${name}, ~1 MB as %s: fast, and capped`, (kind) => {
      const input =
        kind === 'html'
          ? `<html><body><article><h1>Title</h1><p>${filler}${noise} end</p><p>${filler}</p></article></body></html>`
          : `Title\n\n${filler}${noise} end\n\n${filler}\n`;
      const start = performance.now();
      const article = clean(input, { inputKind: kind });
      expect(performance.now() - start).toBeLessThan(3000);
      expect(article.body).toContain(' end');
      expect(article.body.match(/\p{M}{31}/u)).toBeNull();
    });
  }
});
