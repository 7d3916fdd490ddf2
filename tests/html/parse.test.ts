import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/html/parse.js';
import { FIXTURES } from '../helpers.js';

/** The tree as text: tags, attributes and text, so two parses can be compared exactly. */
function serialise(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'comment') return `${node.type}(${JSON.stringify(node.data)})`;
  if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
    return `<${node.name} ${JSON.stringify(node.attribs)}>${node.children.map(serialise).join('')}</${node.name}>`;
  }
  return 'children' in node ? node.children.map(serialise).join('') : '';
}

const parsed = (pieces: readonly string[]) => serialise(parseHtml(pieces));

const htmlFixtures = readdirSync(FIXTURES)
  .filter((name) => readdirSync(join(FIXTURES, name)).includes('input.html'))
  .map((name) => ({ name, html: readFileSync(join(FIXTURES, name, 'input.html'), 'utf8') }));

describe('parseHtml on a page held in pieces (as input/decode.ts delivers it)', () => {
  // Tags, attribute values, entities, comments and script bodies all get split somewhere.
  const page =
    '<!doctype html><html><head><title>A &amp; B</title><script>if (a < b) { x = "</p>"; }</script></head>' +
    '<body><div class="post entry" data-x=\'1 > 0\'><p>Caf&eacute; &#8212; na&iuml;ve <b>bold</b></p>' +
    '<!-- a comment --><img src="a.png" alt="x"><p>Last</p></div></body></html>';

  it('builds the same tree wherever the page is cut in two', () => {
    const whole = parsed([page]);
    for (let cut = 1; cut < page.length; cut++) expect(parsed([page.slice(0, cut), page.slice(cut)])).toBe(whole);
  });

  it.each(htmlFixtures)('builds the same tree from 1 KiB pieces of $name', ({ html }) => {
    const pieces = html.match(/[\s\S]{1,1024}/g) ?? [];
    expect(pieces.length).toBeGreaterThan(0);
    expect(parsed(pieces)).toBe(parsed([html]));
  });
});

describe('parseHtml on a page whose <head> is never closed', () => {
  it('moves the content after the head-only elements into a body, as browsers do', () => {
    const tree = parsed(['<html><head><title>T</title><meta charset="utf-8"><h1>Hi</h1><p>Text</p></html>']);
    expect(tree).toBe(
      '<html {}><head {}><title {}>text("T")</title><meta {"charset":"utf-8"}></meta></head>' +
        '<body {}><h1 {}>text("Hi")</h1><p {}>text("Text")</p></body></html>',
    );
  });

  it('leaves a head that holds only head elements alone', () => {
    const page = '<html><head><title>T</title><script>x()</script></head><body><p>Text</p></body></html>';
    expect(parsed([page])).toContain('</head><body {}><p {}>text("Text")</p></body>');
  });

  it('links the moved nodes as siblings of each other, not of the head', () => {
    const root = parseHtml(['<html><head><title>T</title><p>One</p><p>Two</p></html>']);
    const html = root.children.find((c) => c.type === 'tag') as unknown as { children: AnyNode[] };
    const [head, body] = html.children as unknown as { children: AnyNode[]; next: AnyNode | null }[];
    expect(head?.next).toBe(body);
    const [one, two] = body?.children ?? [];
    expect(one?.next).toBe(two);
    expect(one?.prev).toBeNull();
  });
});

describe('parseHtml on a page with content after </body> or </html>', () => {
  it('moves what follows into the end of the body, as browsers do', () => {
    const tree = parsed(['<html><head></head><body><nav>Menu</nav></body></html><div><p>The article</p></div>']);
    expect(tree).toBe(
      '<html {}><head {}></head><body {}><nav {}>text("Menu")</nav><div {}><p {}>text("The article")</p></div></body></html>',
    );
    expect(parsed(['<html><body><p>One</p></body><p>Two</p></html>'])).toContain('<p {}>text("One")</p><p {}>text("Two")</p></body>');
  });

  it('leaves trailing whitespace and comments where they are', () => {
    expect(parsed(['<html><body><p>One</p></body></html>\n<!-- cached -->\n'])).toContain('</body></html>text("\\n")comment');
  });
});
