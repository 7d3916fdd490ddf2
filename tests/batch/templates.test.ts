import { describe, expect, it } from 'vitest';
import { SAMPLE_PAGES, siteOf, TEMPLATE_REASON, TemplateLearner } from '../../src/batch/templates.js';
import { type Article, clean } from '../../src/index.js';
import { sitePage, TEMPLATE_PARAGRAPHS } from './site.js';

const pageOf = (i: number, host?: string): Article => ({ ...clean(sitePage(i, host), { explain: true }), source: `scrape/p${i}.html` });

function learn(articles: readonly Article[]) {
  const learner = new TemplateLearner();
  for (const a of articles) learner.observe(a);
  return learner.templates();
}

describe('site templates learned across a batch', () => {
  it('drops blocks repeated on the pages of one site, with reason site-template, and keeps each page its own text', () => {
    const pages = [0, 1, 2, 3, 4].map((i) => pageOf(i));
    expect(pages[0]?.body).toContain(TEMPLATE_PARAGRAPHS[0]);
    expect(pages[0]?.body.split('\n\n')).toHaveLength(6);
    const templates = learn(pages);
    for (const page of pages) {
      const { article, dropped } = templates.apply(page, true);
      expect(dropped).toBe(2);
      for (const t of TEMPLATE_PARAGRAPHS) expect(article.body).not.toContain(t);
      expect(article.body).toContain('Our reporter spent a week');
      // content loses the same blocks, and keeps the rest
      expect(page.content).toContain(TEMPLATE_PARAGRAPHS[0]);
      for (const t of TEMPLATE_PARAGRAPHS) expect(article.content).not.toContain(t);
      expect(article.content).toContain('Our reporter spent a week');
      expect(article.wordCount).toBeLessThan(page.wordCount);
      expect(article.removed).toEqual(expect.arrayContaining([{ text: TEMPLATE_PARAGRAPHS[1], reason: TEMPLATE_REASON }]));
    }
  });

  it('never removes text found on fewer than three pages, nor learns across sites', () => {
    const twoPages = learn([pageOf(0), pageOf(1)]);
    expect(twoPages.apply(pageOf(0), false).dropped).toBe(0);
    const mixed = learn([pageOf(0, 'a.example'), pageOf(1, 'b.example'), pageOf(2, 'c.example'), pageOf(3, 'd.example')]);
    expect(mixed.apply(pageOf(0, 'a.example'), false).dropped).toBe(0);
  });

  it('counts a page scraped several times once, so its own text never looks like a template', () => {
    const copies = Array.from({ length: 6 }, (_, i) => ({ ...pageOf(0), source: `copy${i}/p.html` }));
    const templates = learn([...copies, pageOf(1)]);
    expect(templates.apply(copies[0] as Article, false).dropped).toBe(0);
  });

  it('leaves a page alone when the repeated blocks would be most of its text', () => {
    const templates = learn([0, 1, 2].map((i) => pageOf(i)));
    const stub = { ...pageOf(3), body: TEMPLATE_PARAGRAPHS.join('\n\n') };
    expect(templates.apply(stub, false)).toEqual({ article: stub, dropped: 0 });
    const short = pageOf(4);
    const mostlyTemplate = { ...short, body: short.body.split('\n\n').slice(-3).join('\n\n') };
    mostlyTemplate.wordCount = mostlyTemplate.body.split(/\s+/).length;
    expect(templates.apply(mostlyTemplate, false).dropped).toBe(0);
  });

  it('needs a block on 20% of a large site, not just on three of its pages', () => {
    const pages = Array.from({ length: 40 }, (_, i) => {
      const page = pageOf(i);
      // Only the first 5 pages carry the template paragraphs: 12.5% of the site.
      return i < 5 ? page : { ...page, body: page.body.split('\n\n').slice(0, 4).join('\n\n') };
    });
    expect(learn(pages).apply(pages[0] as Article, false).dropped).toBe(0);
  });

  it('groups pages by URL host, else outlet, else folder', () => {
    expect(siteOf({ url: 'https://www.x.example/a', outlet: 'X', source: 'd/p.html' })).toBe('host:x.example');
    expect(siteOf({ url: null, outlet: 'The X', source: 'd/p.html' })).toBe('outlet:the x');
    expect(siteOf({ url: null, outlet: null, source: 'd/e/p.html' })).toBe('dir:d/e');
  });

  it('keeps a bounded sample per site however many pages it sees', () => {
    const learner = new TemplateLearner();
    const base = pageOf(0);
    for (let i = 0; i < SAMPLE_PAGES * 4; i++) learner.observe({ ...base, url: `https://www.harbourgazette.example/n/${i}` });
    expect(learner.stats()).toMatchObject({ sites: 1, pages: SAMPLE_PAGES });
  });
});
