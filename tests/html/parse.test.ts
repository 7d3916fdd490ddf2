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
