import { load } from 'cheerio/slim';
import type { AnyNode } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { MAX_ELEMENT_DEPTH, parseHtml } from '../../src/html/parse.js';
import { clean } from '../../src/index.js';

// Inputs too big or too deep for naive code: each must give a schema-valid article, with its text, and
// no stack overflow (every traversal is iterative). These run for seconds, not milliseconds.
const SLOW = 120_000;
const PROSE = 'The harbour master said the new pier would open in spring, weather permitting. ';
const page = (body: string) => `<!DOCTYPE html><html><head><title>Deep</title></head><body>${body}</body></html>`;

function maxDepth(root: AnyNode): number {
  let max = 0;
  const stack: [AnyNode, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    max = Math.max(max, depth);
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
  return max;
}

describe('100,000 nested elements', () => {
  const N = 100_000;

  it('nested <div>s around the article text', { timeout: SLOW }, () => {
    const article = clean(page(`${'<div>'.repeat(N)}<p>${PROSE.repeat(5)}</p>${'</div>'.repeat(N)}`));
    expect(article.body).toBe(PROSE.repeat(5).trim());
  });

  it('never-closed inline tags (a broken legacy page)', { timeout: SLOW }, () => {
    const article = clean(page(`${'<b>'.repeat(N)}${PROSE.repeat(5)}`));
    expect(article.body).toBe(PROSE.repeat(5).trim());
  });

  it('a headline nested 100,000 spans deep (text extraction used to recurse)', { timeout: SLOW }, () => {
    const html = page(`<h1>${'<span>'.repeat(N)}Deep headline${'</span>'.repeat(N)}</h1><p>${PROSE.repeat(5)}</p>`);
    expect(clean(html).body).toContain(PROSE.trim());
  });

  it('is parsed to a tree no deeper than browsers build, keeping the text and keeping scripts apart', { timeout: SLOW }, () => {
    const $ = load(parseHtml([page(`${'<div>'.repeat(N)}<script>var secret = 1;</script><p>Deep text</p>${'</div>'.repeat(N)}`)]));
    expect(maxDepth($.root().get(0) as AnyNode)).toBeLessThanOrEqual(MAX_ELEMENT_DEPTH + 2);
    expect($('p').text()).toBe('Deep text');
    expect($('script').text()).toBe('var secret = 1;');
  });
});

describe('long and wide inputs', () => {
  const LINE = 'word, '.repeat(1_750_000).trim(); // 10.5 MB on one line

  it('a 10 MB single-line text dump', { timeout: SLOW }, () => {
    const article = clean(LINE);
    expect(article.wordCount).toBe(1_750_000);
  });

  it('a 10 MB single-line HTML page', { timeout: SLOW }, () => {
    const article = clean(page(`<p>${LINE}</p>`));
    expect(article.wordCount).toBe(1_750_000);
  });

  // Pruning used to splice each element out of its parent: quadratic, a minute for this page.
  it('200,000 furniture elements in one parent are pruned in one pass', { timeout: 30_000 }, () => {
    const html = page(`<div>${'<button>Share</button>'.repeat(200_000)}<p>${PROSE.repeat(5)}</p></div>`);
    const article = clean(html, { explain: true });
    expect(article.body).toBe(PROSE.repeat(5).trim());
    expect(article.removed?.filter((r) => r.reason === 'tag:button')).toHaveLength(200_000);
  });

  it('1,000,000 tiny elements', { timeout: SLOW }, () => {
    const article = clean(page(`<p>${'<i>a</i> '.repeat(1_000_000)}</p>`));
    expect(article.wordCount).toBe(1_000_000);
  });
});
