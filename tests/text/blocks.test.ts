import { describe, expect, it } from 'vitest';
import { measureWords, splitTextBlocks } from '../../src/text/blocks.js';

describe('splitTextBlocks', () => {
  it('makes one block per line, with bullets, quotes and blank-line gaps', () => {
    const blocks = splitTextBlocks(' * News\n   * World\n\n> A quoted line.\nPlain line\n');
    expect(blocks.map((b) => [b.text, b.bullet, b.quote, b.gapBefore])).toEqual([
      ['News', true, false, true],
      ['World', true, false, false],
      ['A quoted line.', false, true, true],
      ['Plain line', false, false, false],
    ]);
  });

  it('reads a dump in pieces exactly as whole, wherever the pieces are cut', () => {
    const text = ' * News\r\n   * World\r\rCafé line one\n\n> A quoted line.\rLast line, no end';
    const whole = splitTextBlocks(text);
    expect(whole.map((b) => b.text)).toEqual(['News', 'World', 'Café line one', 'A quoted line.', 'Last line, no end']);
    for (let cut = 0; cut <= text.length; cut++) {
      for (const second of [cut, Math.min(text.length, cut + 3)]) {
        expect(splitTextBlocks([text.slice(0, cut), text.slice(cut, second), text.slice(second)])).toEqual(whole);
      }
    }
  });

  it('reads a numbered marker as a list item only when indented', () => {
    const [item, heading, date] = splitTextBlocks(' 1. Preheat the oven\n3. The cloud becomes table stakes\n16. Mai 2018');
    expect([item?.text, item?.bullet]).toEqual(['Preheat the oven', true]);
    expect([heading?.text, heading?.bullet]).toEqual(['3. The cloud becomes table stakes', false]);
    expect(date?.text).toBe('16. Mai 2018');
  });

  it('joins the lines of a hard-wrapped page back into paragraphs, and leaves short lines alone', () => {
    const wrapped = [
      'Contents',
      '',
      'The nature of my avocations for the last thirty years has brought me',
      'into more than ordinary contact with what would seem an interesting and',
      'somewhat singular set of men, of whom as yet nothing that I know of has',
      'ever been written.',
      '',
      'I mean the law-copyists or scriveners. I have known very many of them,',
      'professionally and privately, and if I pleased, could relate divers',
      'histories, at which good-natured gentlemen might smile, and sentimental',
      'souls might weep. But I waive the biographies of all other scriveners',
      'for a few passages in the life of Bartleby, who was a scrivener, the',
      'strangest I ever saw or heard of.',
      '',
      'While of other law-copyists I might write the complete life, of',
      'Bartleby nothing of that sort can be done.',
    ].join('\n');
    const blocks = splitTextBlocks(wrapped);
    expect(blocks).toHaveLength(4);
    expect(blocks[0]?.text).toBe('Contents');
    expect(blocks[1]?.text).toMatch(/^The nature of my avocations .* ever been written\.$/);
    expect(blocks[2]?.text).toMatch(/^I mean the law-copyists .* saw or heard of\.$/);
  });

  it('does not reflow a page whose lines run long', () => {
    const line = 'A sentence that goes on well past any terminal width, as unwrapped dumps do. '.repeat(3).trim();
    expect(splitTextBlocks(Array.from({ length: 12 }, () => line).join('\n'))).toHaveLength(12);
  });
});

describe('measureWords', () => {
  it('counts Latin words, and CJK characters in word-sized units', () => {
    expect(measureWords('Leave a reply, please.')).toEqual({ words: 4, cjkChars: 0 });
    expect(measureWords('Ein Café für Zürich')).toEqual({ words: 4, cjkChars: 0 });
    // Three Latin words, and seven kana and ideographs counted as four words.
    expect(measureWords('Kindle for PCの設定画面です')).toEqual({ words: 7, cjkChars: 7 });
  });
});
