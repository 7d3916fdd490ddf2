import type { Element } from 'domhandler';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detachAll, elementsUnder, isInside } from '../../src/html/dom.js';
import { Measures } from '../../src/html/measure.js';
import { parseHtml } from '../../src/html/parse.js';

const bodyOf = (html: string): Element => [...elementsUnder(parseHtml([html]))].find((el) => el.name === 'body') as Element;

describe('Measures.of', () => {
  it('counts text, link text, commas and paragraph text per element', () => {
    const body = bodyOf('<div id="d">Lead, in <a href="/x">a <b>link</b></a><p>One, two\u00a0three.</p></div>');
    const measures = Measures.of(body);
    const div = [...elementsUnder(body)].find((el) => el.attribs.id === 'd') as Element;
    expect(measures.get(div)).toEqual({ text: 25, link: 5, commas: 2, inline: 12 });
    expect(measures.get(body)).toEqual({ text: 25, link: 5, commas: 2, inline: 0 });
    expect(measures.textOf(div)).toBe(25);
  });

  it('knows no element made after it', () => {
    const body = bodyOf('<div>Some text</div>');
    const second = Measures.of(body);
    expect(second.textOf(body)).toBe(8);
    const made = bodyOf('<p>made later</p>');
    expect(second.get(made)).toBeUndefined();
    expect(second.textOf(made)).toBe(0);
  });
});

// Pages of nested blocks, inline elements and links, with text and commas at every level.
const node: fc.Memo<string> = fc.memo((depth) =>
  depth <= 1
    ? fc.constantFrom('word', 'two, words', ' ', 'x\u3000y，z')
    : fc
        .tuple(fc.constantFrom('div', 'p', 'span', 'a', 'li', 'b', 'section'), fc.array(node(depth - 1), { maxLength: 4 }))
        .map(([tag, children]) => `<${tag}>${children.join('')}</${tag}>`),
);

describe('Measures.subtractSubtree', () => {
  it('leaves the counts a fresh measure of the pruned tree gives', () => {
    fc.assert(
      fc.property(node(5), fc.array(fc.nat(), { maxLength: 4 }), (html, picks) => {
        const body = bodyOf(`<body>${html}</body>`);
        const measures = Measures.of(body);
        const all = [...elementsUnder(body)].filter((el) => el !== body);
        const doomed: Element[] = [];
        for (const pick of picks) {
          const el = all[pick % Math.max(all.length, 1)];
          if (el && !doomed.some((d) => d === el || isInside(el, d) || isInside(d, el))) doomed.push(el);
        }
        for (const el of doomed) measures.subtractSubtree(el);
        detachAll(doomed);
        const left = [...elementsUnder(body)];
        // Read before measuring again: a new measuring renumbers the elements.
        const subtracted = left.map((el) => measures.get(el));
        const fresh = Measures.of(body);
        expect(subtracted).toEqual(left.map((el) => fresh.get(el)));
      }),
      { numRuns: 300 },
    );
  });
});
