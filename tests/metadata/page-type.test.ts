import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { declaredPageType, type PageTypeSignals, textPageType } from '../../src/metadata/page-type.js';

const SENTENCE = 'The council met on Tuesday to discuss the harbour plan, the ferry timetable and the repairs to the old pier.';
const prose = (n: number) => Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}. ${SENTENCE} ${SENTENCE}</p>`).join('');
const ld = (node: object) => `<script type="application/ld+json">${JSON.stringify(node)}</script>`;
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>Harbour plan</title>${head}</head><body>${body}</body></html>`;

const none: PageTypeSignals = {
  jsonLdTypes: [],
  microdataTypes: [],
  ogType: null,
  generator: null,
  structureHits: new Map(),
  codeBlocks: 0,
  buyControls: 0,
  url: null,
};

describe('declaredPageType', () => {
  it('takes the strongest schema.org type the page gives, whatever the order', () => {
    expect(declaredPageType({ ...none, jsonLdTypes: ['WebPage', 'Article', 'QAPage'] })).toEqual({
      pageType: 'forum',
      source: 'json-ld',
      detail: '@type QAPage',
    });
    expect(declaredPageType({ ...none, jsonLdTypes: ['Article', 'Product'] })?.pageType).toBe('product');
  });

  it('reads many Product items as a category page, unless an article reviews them', () => {
    const products = ['Product', 'Product', 'Product'];
    expect(declaredPageType({ ...none, jsonLdTypes: products })).toMatchObject({ pageType: 'listing', detail: '3 @type Product items' });
    expect(declaredPageType({ ...none, jsonLdTypes: ['BlogPosting', ...products] })?.pageType).toBe('article');
  });

  it('falls back to microdata, og:type and the generator, in that order', () => {
    expect(declaredPageType({ ...none, microdataTypes: ['DiscussionForumPosting'], ogType: 'product' })?.source).toBe('microdata');
    expect(declaredPageType({ ...none, ogType: 'product.group', generator: 'Discourse 3.2' })).toMatchObject({
      pageType: 'listing',
      detail: 'og:type product.group',
    });
    expect(declaredPageType({ ...none, generator: 'Discourse 3.2' })).toMatchObject({ pageType: 'forum', detail: 'generator Discourse' });
  });

  it('reads documentation from a docs frame or address only beside code', () => {
    const frame = new Map([['doc-frame', 1] as const]);
    expect(declaredPageType({ ...none, structureHits: frame })).toBeNull();
    expect(declaredPageType({ ...none, structureHits: frame, codeBlocks: 1 })?.pageType).toBe('documentation');
    expect(declaredPageType({ ...none, url: 'https://example.org/docs/install', codeBlocks: 2 })?.pageType).toBe('documentation');
    expect(declaredPageType({ ...none, url: 'https://example.org/blog/install', codeBlocks: 2 })).toBeNull();
  });

  it('tells one product from a shelf of them by its buy controls', () => {
    expect(declaredPageType({ ...none, buyControls: 1 })?.pageType).toBe('product');
    expect(declaredPageType({ ...none, buyControls: 12 })?.pageType).toBe('listing');
  });
});

describe('textPageType', () => {
  const blocks = [{ text: `${SENTENCE} ${SENTENCE}`, kind: 'paragraph' as const }];
  it('reads buy-control lines, else prose as an article and no prose as other', () => {
    expect(textPageType(['Blue kettle', '$24.99', 'Add to cart'], blocks).pageType).toBe('product');
    expect(textPageType([], [...blocks, ...blocks]).pageType).toBe('article');
    expect(textPageType([], []).pageType).toBe('other');
  });
});

describe('pageType in the Article', () => {
  it('says why under --explain', () => {
    const article = clean(page(ld({ '@type': 'QAPage', name: 'Harbour plan' }), `<main>${prose(3)}</main>`), { explain: true });
    expect(article.pageType).toBe('forum');
    expect(article.provenance).toContainEqual({ field: 'pageType', source: 'json-ld', detail: '@type QAPage' });
  });

  it('reads a product page from its buy button, before pruning takes the form away', () => {
    const html = page('', `<main><h1>Blue kettle</h1>${prose(2)}<form><button class="btn">Add to cart</button></form></main>`);
    expect(clean(html).pageType).toBe('product');
  });

  it('gives a text dump a type too', () => {
    expect(clean(`Harbour plan\n\n${SENTENCE} ${SENTENCE}\n\n${SENTENCE} ${SENTENCE}\n`).pageType).toBe('article');
  });

  it('keeps the linked item titles of a page typed as a listing', () => {
    // Item cards as linked paragraphs, too few for the content alone to read as a listing.
    const cards = ['Blue kettle', 'Red kettle', 'Green kettle'].map((name, i) => `<p><a href="/p/${i}">${name}</a></p>`).join('');
    const body = `<main>${prose(2)}<div class="items">${cards}</div></main>`;
    const typed = clean(page(ld({ '@type': 'CollectionPage', name: 'Kettles' }), body));
    expect(typed.pageType).toBe('listing');
    expect(typed.body).toContain('Red kettle');
    expect(clean(page('', body)).body).not.toContain('Red kettle');
  });

  it('scores a product page without its customer reviews, which outweigh the description', () => {
    const review = (who: string) =>
      `<div class="review"><p>${who} wrote: I bought two of these for the hallway, and they were easy to build, sturdy, and they look great with the baskets, although the delivery took a while.</p></div>`;
    const reviews = `<section class="product-reviews">${['Ann', 'Bo', 'Cy', 'Di', 'Ed', 'Flo'].map(review).join('')}</section>`;
    const description =
      '<div class="details"><p>The shelf unit has smooth surfaces and rounded edges, and it stands upright or lies down as a sideboard.</p><p>Max load: 13 kg per shelf.</p></div>';
    const html = (head: string) => page(head, `<main><h1>Shelf unit</h1>${description}${reviews}</main>`);
    const typed = clean(html(ld({ '@type': 'Product', name: 'Shelf unit' })), { explain: true });
    expect(typed.body).toContain('rounded edges');
    expect(typed.body).not.toContain('Ann wrote');
    expect(typed.removed?.some((r) => r.reason === 'class-token:product-furniture')).toBe(true);
    expect(clean(html('')).body).toContain('Ann wrote');
  });

  it("reads a thread without posters' profile boxes and quotes of earlier posts", () => {
    const post = (who: string, text: string, quote = '') =>
      `<article class="message"><div class="message-user"><h4>${who}</h4><h5 class="userTitle message-userTitle">Veteran</h5><div class="message-userExtras"><dl><dt>Joined</dt><dd>Mar 3, 2019</dd></dl></div></div><div class="message-body">${quote}<p>${text}</p></div></article>`;
    const first = `${SENTENCE} Which ferry should I take to the island in winter?`;
    const quote = `<blockquote class="bbCodeBlock bbCodeBlock--quote"><p>${first}</p></blockquote>`;
    const thread = `<main><h1>Ferry in winter</h1>${post('ann', first)}${post('bo', `${SENTENCE} Take the early one, it runs all year.`, quote)}</main>`;
    const article = clean(page(ld({ '@type': 'DiscussionForumPosting', headline: 'Ferry in winter' }), thread));
    expect(article.pageType).toBe('forum');
    expect(article.body).toContain('Take the early one');
    expect(article.body.split('Which ferry should I take')).toHaveLength(2);
    expect(article.body).not.toContain('Veteran');
    expect(article.body).not.toContain('Joined');
  });

  it('reads a landing page of short blocks whole when it declares no type and the scorer found no prose', () => {
    const line = (w: string) => `<p>We plan ${w} gardens, big and small, for homes, schools, parks, and offices.</p>`;
    const intro = `<div class="top"><div>${['new', 'old', 'wild', 'roof', 'town'].map(line).join('')}</div></div>`;
    const service = (i: number) => `<section><h3>Service ${i}</h3><p>Lawn care all year</p></section>`;
    const services = `<div class="bottom"><div>${Array.from({ length: 16 }, (_, i) => service(i + 1)).join('')}</div></div>`;
    const landing = clean(page('', intro + services));
    expect(landing.pageType).toBe('other');
    expect(landing.body).toContain('Service 16');
    // Typed as an article, the page's prose is the scorer's answer alone.
    const typed = clean(page(ld({ '@type': 'Article', headline: 'Gardens' }), intro + services));
    expect(typed.body).toContain('town gardens');
    expect(typed.body).not.toContain('Service 16');
  });
});
