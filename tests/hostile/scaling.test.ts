import fc from 'fast-check';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/parse.js';
import { clean } from '../../src/index.js';
import { HOSTILE_FAMILIES } from './families.js';

/** CPU milliseconds of this process for one call: steadier than wall time on a shared machine. */
function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

// Linear time: four times the input must cost well under sixteen times the CPU (what quadratic growth
// gives; the nested auto-closing families went from 0.8 s to 14 s between 256 KB and 1 MB). The bound of
// 10 leaves room for a noisy machine; linear growth measures 2 to 5. A pair of sizes that misses it is
// timed again, up to three times, and the fastest run of each size counts: one garbage collection or a
// busy CI neighbour in a single run pushed a linear family to 10.5 once.
const RATIO_BOUND = 10;

describe.each(HOSTILE_FAMILIES)('hostile family $name', (family) => {
  it('cleans in time linear in its size, keeping its text', { timeout: 120_000 }, () => {
    const run = (input: string | Uint8Array) => {
      let body = '';
      const ms = cpuMs(() => {
        body = clean(input, { inputKind: family.inputKind }).body;
      });
      expect(body).toContain(family.keeps);
      return ms;
    };
    run(family.make(16 * 1024)); // warm the code paths, so the small run does not pay for compilation
    const smallInput = family.make(128 * 1024);
    const largeInput = family.make(512 * 1024);
    let small = Number.POSITIVE_INFINITY;
    let large = Number.POSITIVE_INFINITY;
    for (let attempt = 0; attempt < 3; attempt++) {
      small = Math.min(small, run(smallInput));
      large = Math.min(large, run(largeInput));
      if (large / Math.max(small, 20) < RATIO_BOUND) break;
    }
    expect(large / Math.max(small, 20)).toBeLessThan(RATIO_BOUND);
  });
});

/** The tree as text, to compare two parses exactly. */
function serialise(node: unknown): string {
  const n = node as { type: string; data?: string; name?: string; attribs?: object; children?: unknown[] };
  if (n.type === 'text' || n.type === 'comment') return `${n.type}(${JSON.stringify(n.data)})`;
  const inner = (n.children ?? []).map(serialise).join('');
  return n.name ? `<${n.name} ${JSON.stringify(n.attribs)}>${inner}</${n.name}>` : inner;
}

const TAGS = [
  'p',
  'li',
  'dd',
  'dt',
  'option',
  'optgroup',
  'tr',
  'td',
  'th',
  'b',
  'i',
  'div',
  'span',
  'ul',
  'table',
  'select',
  'svg',
  'math',
  'g',
  'br',
  'img',
];

describe('the linear open-element stack', () => {
  // htmlparser2's own stack, on shallow tag soup (no depth cap, no CDATA): the same tree, node for node.
  it('builds the tree htmlparser2 builds, on generated tag soup', () => {
    const token = fc.oneof(
      fc.constantFrom(...TAGS).map((t) => `<${t}>`),
      fc.constantFrom(...TAGS).map((t) => `</${t}>`),
      fc.constantFrom(...TAGS).map((t) => `<${t}/>`),
      fc.constantFrom('word ', 'x', ' ', '&amp;', '<!-- c -->'),
    );
    fc.assert(
      fc.property(fc.array(token, { maxLength: 120 }), (tokens) => {
        const html = `<html><body>${tokens.join('')}</body></html>`;
        const ours = parseHtml([html]);
        const theirs = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
        expect(serialise(ours)).toBe(serialise(theirs));
      }),
      { numRuns: 300 },
    );
  });
});

describe('<![CDATA[ in HTML content', () => {
  const text = (html: string) => serialise(parseHtml([html]));
  it.each([
    ['unclosed, before more markup', '<p>a<![CDATA[ x <b>shown</b> after', 'shown after'],
    ['unclosed, holding a whole paragraph', '<div><![CDATA[<p>The rest of the page.</p></div>', 'The rest of the page.'],
    ['closed but holding a tag', '<p><![CDATA[ <i>shown</i> ]]></p>', 'shown ]]>'],
    ['a conditional comment', '<![if !IE]><p>shown</p><![endif]>', 'shown'],
  ])('%s: ends at the first ">", as in browsers, and the text after it shows', (_name, html, shown) => {
    expect(text(html)).toContain(`text(${JSON.stringify(shown)})`);
  });

  it('a closed section without ">" stays one comment', () => {
    expect(text('<p>a<![CDATA[ x ]]>b</p>')).toContain('<p {}>text("a")comment("[CDATA[ x ]]")text("b")</p>');
  });

  it('inside svg it is still a section ended by "]]>"', () => {
    expect(text('<svg><![CDATA[ q > r ]]></svg><p>t</p>')).toContain('comment("[CDATA[ q > r ]]")');
  });

  it('an unclosed section before the article keeps the article', () => {
    const prose = 'The ferry service to the outer islands will resume next week, the operator said. ';
    const article = clean(`<html><body><div><![CDATA[</div><article><h1>Ferry</h1><p>${prose.repeat(4)}</p></article></body></html>`);
    expect(article.body).toContain(prose.trim());
  });
});
