import { describe, expect, it } from 'vitest';
import { filterBlocks, type RawBlock } from '../../src/html/blocks.js';

const para = (text: string): RawBlock => ({ text, kind: 'paragraph', linkChars: 0 });
const sentence = (n: number) =>
  para(`Sentence ${n} of the page, long enough and with commas, clauses and detail, to read as running prose here.`);

describe('filterBlocks on a "Related" opener', () => {
  it('ends the article when it comes after the article', () => {
    const raw = [
      sentence(1),
      sentence(2),
      sentence(3),
      { text: 'Related articles', kind: 'heading', linkChars: 0 } as RawBlock,
      sentence(4),
    ];
    expect(filterBlocks(raw, null, null).map((b) => b.text)).toHaveLength(3);
  });

  it('does not cut when most of the prose comes after it', () => {
    // A forum thread or listing: short items between the prose, so no run of prose resumes right away.
    const after = Array.from({ length: 8 }, (_, i) => [
      { text: `Item ${i}`, kind: 'heading', linkChars: 0 } as RawBlock,
      { text: `By someone ${i}`, kind: 'paragraph', linkChars: 0 } as RawBlock,
      sentence(i + 2),
    ]).flat();
    const raw = [sentence(1), { text: 'Related articles', kind: 'heading', linkChars: 0 } as RawBlock, ...after];
    expect(filterBlocks(raw, null, null).map((b) => b.text)).toContain(sentence(9).text);
  });
});

describe('filterBlocks on link-heavy blocks', () => {
  const linked = (text: string): RawBlock => ({ text, kind: 'paragraph', linkChars: text.replace(/\s/g, '').length });

  it('drops a stray link line from an article', () => {
    const raw = [sentence(1), linked('Book now'), sentence(2), sentence(3)];
    expect(filterBlocks(raw, null, null).map((b) => b.text)).not.toContain('Book now');
  });

  it('keeps the linked item titles of a listing: they are its content', () => {
    const items = Array.from({ length: 10 }, (_, i) => [linked(`Mesh office chair model ${i}`), para(`$${100 + i}.00`)]).flat();
    const kept = filterBlocks([sentence(1), ...items], null, null).map((b) => b.text);
    expect(kept).toContain('Mesh office chair model 0');
    expect(kept).toContain('Mesh office chair model 9');
  });

  it('reads a "More on ..." heading in a listing as one more section of items', () => {
    const section = (topic: string) => Array.from({ length: 5 }, (_, i) => linked(`${topic} headline number ${i}`));
    const raw = [...section('Election'), { text: 'More on the election', kind: 'heading', linkChars: 0 } as RawBlock, ...section('Budget')];
    expect(filterBlocks(raw, null, null).map((b) => b.text)).toContain('Budget headline number 4');
  });
});

describe('filterBlocks on comment headings', () => {
  const heading = (text: string): RawBlock => ({ text, kind: 'heading', linkChars: 0 });

  it('ends an article at its comment section', () => {
    const raw = [sentence(1), sentence(2), heading('3 Comments'), sentence(3)];
    expect(filterBlocks(raw, null, null).map((b) => b.text)).not.toContain(sentence(3).text);
  });

  it('goes on past the comment heading of each post of a Q&A thread', () => {
    const post = (n: number) => [sentence(n), heading(`${n} Comments`), para(`A short remark on post ${n}.`)];
    const raw = [...post(1), ...post(2), ...post(3), ...post(4)];
    const kept = filterBlocks(raw, null, null).map((b) => b.text);
    expect(kept).toContain(sentence(4).text);
    expect(kept).not.toContain('2 Comments');
  });
});
