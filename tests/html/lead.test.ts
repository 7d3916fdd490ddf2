import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

const page = (body: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour seals return</title></head><body>${body}</body></html>`;
const prose = (n: number, topic: string) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} about ${topic}, which runs long enough, with commas, clauses and detail, to read as real prose.</p>`,
  ).join('');
const STANDFIRST = 'For the first time in a decade, a colony of harbour seals has been counted on the sandbanks.';

describe('the lead outside the chosen container', () => {
  it('puts a standfirst set in the article header before the body', () => {
    const article = clean(
      page(
        `<article><header><h1>Harbour seals return</h1><div class="article__intro"><p>${STANDFIRST}</p></div></header><div class="story">${prose(5, 'the seals')}</div></article>`,
      ),
    );
    expect(article.body.startsWith(STANDFIRST)).toBe(true);
    expect(article.body).toContain('Paragraph 5 about the seals');
  });

  it('finds a lead set deep in a page header grid, and a TYPO3 news teaser text', () => {
    const deep = clean(
      page(
        `<header><div class="container"><div class="grid"><div class="col"><div class="uk-text-lead"><p>${STANDFIRST}</p></div></div></div></div></header><main><section><div class="row"><div class="story">${prose(5, 'the seals')}</div></div></section></main>`,
      ),
    );
    expect(deep.body.startsWith(STANDFIRST)).toBe(true);
    const typo3 = clean(
      page(
        `<div class="news"><div class="teaser-text"><p>${STANDFIRST}</p></div><div class="news-text-wrap">${prose(5, 'the seals')}</div></div>`,
      ),
    );
    expect(typo3.body.startsWith(STANDFIRST)).toBe(true);
  });

  it('leaves a lede wrapper holding the headline and the lead picture to the header', () => {
    const article = clean(
      page(
        `<article><div class="article-lede"><h2>Harbour seals return to the estuary</h2><figure><img src="s.jpg"><figcaption>A seal on the sandbank, photographed at low tide by a volunteer.</figcaption></figure></div><div class="story">${prose(5, 'the seals')}</div></article>`,
      ),
    );
    expect(article.body).not.toContain('photographed at low tide');
  });

  it('takes no summary from far off the article, such as a teaser in another column', () => {
    const article = clean(
      page(
        `<div class="rail"><div class="col"><div class="box"><div class="summary"><p>${STANDFIRST}</p></div></div></div></div><main><div><div><div class="story">${prose(5, 'the seals')}</div></div></div></main>`,
      ),
    );
    expect(article.body).not.toContain('colony of harbour seals');
  });
});
