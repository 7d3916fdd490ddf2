import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

// A table of contents is all links, as a related-links box is, but its links lead into the article.
const prose = 'The survey of the inner basin found the silt deeper than the charts say, so dredging starts early. ';
const page = (list: string) =>
  `<html><body><article><h1>Basin survey</h1>${list}<h2 id="findings">Findings</h2><p>${prose.repeat(3)}</p><h2 id="plan">Plan</h2><p>${prose.repeat(3)}</p></article></body></html>`;

describe('link lists', () => {
  it('keeps a table of contents (links into the page) as the article outline', () => {
    const article = clean(page('<ul><li><a href="#findings">Findings</a></li><li><a href="#plan">Plan</a></li></ul>'));
    expect(article.content).toContain('- Findings\n- Plan');
  });

  it('drops a list of links to other pages', () => {
    const article = clean(
      page('<ul><li><a href="/news/ferries">Ferries resume</a></li><li><a href="/news/tides">Spring tides</a></li></ul>'),
    );
    expect(article.body).not.toContain('Ferries resume');
    expect(article.removed).toBeUndefined();
    expect(clean(page('<ul><li><a href="/news/ferries">Ferries resume</a></li></ul>'), { explain: true }).removed).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'link-list' })]),
    );
  });
});
