import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { furnitureGroup, pruneFurniture } from '../../src/html/prune.js';

const element = (attributes: string) => {
  const el = parseDocument(`<div ${attributes}></div>`).children[0];
  if (el?.type !== 'tag') throw new Error('no element');
  return el;
};

describe('furnitureGroup', () => {
  it('judges each class name on its own: a content name keeps the element', () => {
    expect(furnitureGroup(element('class="article-share"'))).toBe('share');
    expect(furnitureGroup(element('class="entry-content share-enabled"'))).toBeNull();
  });

  it('never takes an embedded post the article quotes for a share bar', () => {
    expect(furnitureGroup(element('class="social-media-embed"'))).toBeNull();
    expect(furnitureGroup(element('class="social-links"'))).toBe('share');
  });

  it('matches whole words only', () => {
    expect(furnitureGroup(element('class="shareholder-letter"'))).toBeNull();
    expect(furnitureGroup(element('id="comments"'))).toBe('comments');
    expect(furnitureGroup(element('class="hst-resgallery"'))).toBeNull();
    expect(furnitureGroup(element('class="asset_gallery"'))).toBe('gallery');
  });

  it('reads a dialog box (a privacy notice over the page) as an overlay, not a dialogue', () => {
    expect(furnitureGroup(element('class="dialog privacy"'))).toBe('overlay');
    expect(furnitureGroup(element('class="dialog__content"'))).toBe('overlay');
    expect(furnitureGroup(element('class="dialogue-transcript"'))).toBeNull();
  });

  it('reads an Adobe core component (cmp-text) as the page text it is, not as a consent platform', () => {
    expect(furnitureGroup(element('class="cmp-text"'))).toBeNull();
    expect(furnitureGroup(element('class="cookie-consent-banner"'))).toBe('cookie');
  });
});

describe('pruneFurniture on hidden elements', () => {
  const kept = (html: string) => {
    const doc = parseDocument(`<body>${html}</body>`);
    const body = doc.children[0] as unknown as Parameters<typeof pruneFurniture>[0];
    pruneFurniture(body, null);
    return textContent(body);
  };

  it('drops hidden text that is not a disclosure panel', () => {
    expect(kept('<p>Shown</p><div style="display:none"><p>Secret text</p></div>')).toBe('Shown');
  });

  it('keeps a collapsed accordion answer or a tab panel with little link text', () => {
    expect(kept('<div class="faq-accordion__content" aria-hidden="true"><p>The answer</p></div>')).toBe('The answer');
    expect(kept('<div role="tabpanel" hidden><p>Specs</p></div>')).toBe('Specs');
  });

  it('still drops a collapsed menu of links', () => {
    expect(kept('<p>Shown</p><div class="collapse" style="display:none"><a href="/a">Home</a><a href="/b">News</a></div>')).toBe('Shown');
  });

  it('drops what a CSS framework class hides, even when shown on wide screens only', () => {
    expect(kept('<p>Shown</p><div class="partner-domains hidden">a.org,b.org,c.org</div>')).toBe('Shown');
    expect(kept('<p>Shown</p><div class="d-none"><p>Off</p></div><aside class="hidden xl:block">Side</aside>')).toBe('Shown');
    expect(kept('<p>Shown</p><div class="hidden-xs"><p>Wide</p></div>')).toBe('ShownWide');
  });

  it('keeps a streamed React chunk parked in a hidden div', () => {
    expect(kept('<div hidden id="S:0"><p>Late content</p></div>')).toBe('Late content');
  });
});

describe('pruneFurniture on a wrapper that holds the page', () => {
  const prose = 'A sentence of the article, long enough to read as prose, with commas and words. '.repeat(20);
  const kept = (html: string) => {
    const body = parseDocument(`<body>${html}</body>`).children[0] as unknown as Parameters<typeof pruneFurniture>[0];
    pruneFurniture(body, null);
    return textContent(body);
  };

  it('keeps an <aside> that swallowed the article, and still drops a real one', () => {
    expect(kept(`<aside><a href="/x">Announcement</a><main><p>${prose}</p></main>`)).toContain('A sentence of the article');
    expect(kept(`<main><p>${prose}</p></main><aside><p>Side note</p></aside>`)).not.toContain('Side note');
  });

  it('keeps a forum thread served inside <noscript> next to an empty app shell, and drops a small one', () => {
    expect(kept(`<section id="splash"></section><noscript><h1>Thread</h1><p>${prose}</p></noscript>`)).toContain(
      'A sentence of the article',
    );
    expect(kept(`<p>${prose}</p><noscript><p>Please enable scripts.</p></noscript>`)).not.toContain('enable scripts');
  });

  it('keeps a page wrapped whole in a fade-in element hidden by style, even a link-heavy one', () => {
    const links = '<p>See <a href="/t">a tutorial on one topic of the guide</a></p>'.repeat(40);
    expect(kept(`<div style="visibility:hidden"><p>${prose}</p></div>`)).toContain('A sentence of the article');
    expect(kept(`<div style="visibility:hidden"><h1>Guide</h1>${links}</div>`)).toContain('a tutorial on one topic');
  });

  it('drops the page behind a modal (aria-hidden), however long', () => {
    expect(kept(`<div aria-hidden="true"><p>${prose}</p></div><div class="story"><p>The modal story.</p></div>`)).toBe('The modal story.');
  });

  it('drops a footer however long its legal text', () => {
    expect(kept(`<p>Short page text.</p><footer><p>${prose}</p></footer>`)).toBe('Short page text.');
  });
});

describe('furnitureGroup on utility classes', () => {
  it('does not read a media variant as furniture', () => {
    expect(furnitureGroup(element('class="w-full print:break-inside-avoid"'))).toBeNull();
    expect(furnitureGroup(element('class="print-button"'))).toBe('meta');
  });
});

describe('furnitureGroup on page-builder blocks', () => {
  it('does not read an Elementor widget as a sidebar widget', () => {
    expect(furnitureGroup(element('class="elementor-widget elementor-widget-text-editor"'))).toBeNull();
    expect(furnitureGroup(element('class="widget widget_recent_entries"'))).toBe('sidebar');
  });
});

describe('pruneFurniture on carousels', () => {
  const kept = (html: string) => {
    const body = parseDocument(`<body>${html}</body>`).children[0] as unknown as Parameters<typeof pruneFurniture>[0];
    pruneFurniture(body, null);
    return textContent(body);
  };
  const copy =
    'The keyboard has tactile markings for accessibility, and the larger trackpad gives you more control over every task you do.';

  it('keeps a product feature slide: a heading over the product copy', () => {
    expect(kept(`<p>Intro</p><div class="feature-slider"><div><h3>Feel the difference</h3><p>${copy} ${copy}</p></div></div>`)).toContain(
      'Feel the difference',
    );
  });

  it('still drops a slideshow of captions', () => {
    const story = `<p>${copy.repeat(4)}</p>`;
    expect(kept(`${story}<div class="gallery"><figure><figcaption>${copy} ${copy}</figcaption></figure></div>`)).toBe(copy.repeat(4));
  });

  const slides = (n: number, counter: (i: number) => string) =>
    Array.from(
      { length: n },
      (_, i) => `<li><h2><span class="counter">${counter(i + 1)}</span> Slide ${i + 1}</h2><p>${copy} ${copy}</p></li>`,
    ).join('');

  it('drops a numbered slideshow inside an article, however much of the page its captions are', () => {
    const story = `<p>${copy}</p>`.repeat(10);
    const page = `${story}<div class="type-gallery"><ul class="legends">${slides(12, (i) => `${i}/12`)}</ul></div>${story}`;
    expect(kept(page)).not.toContain('Slide');
    expect(kept(page.replaceAll('/12', ' of 12'))).not.toContain('Slide');
  });

  it('keeps a slideshow that is the whole page, and one whose numbers are no slide counters', () => {
    expect(kept(`<p>Intro</p><div class="gallery"><ul>${slides(12, (i) => `${i}/12`)}</ul></div>`)).toContain('Slide 3');
    const story = `<p>${copy}</p>`.repeat(10);
    expect(kept(`${story}<div class="gallery"><ul>${slides(12, (i) => `${i}/${i + 10}`)}</ul></div>`)).toContain('Slide 3');
  });
});

describe('pruneFurniture on a forum thread whose posts are named like comments', () => {
  const post = (who: string) =>
    `<article class="ipsComment"><b>${who}</b><p>I tried the new version this week, and the layout of the settings page confused me at first, to be honest.</p></article>`;
  const kept = (html: string) => {
    const body = parseDocument(`<body>${html}</body>`).children[0] as unknown as Parameters<typeof pruneFurniture>[0];
    pruneFurniture(body, null);
    return textContent(body);
  };

  it('keeps the posts when no prose lies outside them', () => {
    const page = `<h1>New UI</h1><div id="comments">${post('Ann')}${post('Bob')}${post('Cy')}</div>`;
    expect(kept(page)).toContain('Bob');
  });

  it('still drops the comment section under an article', () => {
    const article = '<p>The article itself, a long paragraph of real prose that goes on with commas and clauses for a while.</p>'.repeat(8);
    expect(kept(`${article}<div id="comments">${post('Ann')}${post('Bob')}</div>`)).not.toContain('Bob');
  });
});

describe('pruneFurniture inside preformatted text', () => {
  const kept = (html: string) => {
    const body = parseDocument(`<body>${html}</body>`).children[0] as unknown as Parameters<typeof pruneFurniture>[0];
    pruneFurniture(body, null);
    return textContent(body);
  };

  it("keeps a highlighter's comment and tag tokens", () => {
    const code = '<pre><code><span class="token comment">// add.c</span>\n<span class="token tag">int</span> x;</code></pre>';
    expect(kept(code)).toBe('// add.c\nint x;');
  });

  it('keeps the space of a page break hidden by a class name', () => {
    expect(kept('<pre><a class="invisible"> </a>\nPage 2</pre>')).toBe(' \nPage 2');
  });

  it('still drops what a class name marks outside a pre, and a pre named as furniture', () => {
    const text = 'A paragraph of the article that outweighs the furniture around it.';
    expect(kept(`<p>${text}</p><span class="share-bar">Share</span><pre class="sidebar">x</pre>`)).toBe(text);
  });
});

describe('pruneFurniture on what class tokens would drop together', () => {
  const kept = (html: string) => {
    const body = parseDocument(`<body>${html}</body>`).children[0] as unknown as Parameters<typeof pruneFurniture>[0];
    pruneFurniture(body, null);
    return textContent(body);
  };
  const pick = (name: string) =>
    `<div class="sidebar-card"><h3>Best ${name}</h3><p>The ${name} cleaned every load we tried, ran quietly, and costs less than its rivals, which is why it wins.</p></div>`;

  it('keeps cards named like a sidebar when together they are most of the page', () => {
    const text = kept(`<p>Our picks.</p>${['dishwasher', 'dryer', 'washer', 'range'].map(pick).join('')}`);
    expect(text).toContain('Best dishwasher');
    expect(text).toContain('Best range');
  });

  it('still drops one sidebar beside an article', () => {
    const story = `<p>${'The council voted on the new bridge, after a long debate about its cost and its route. '.repeat(6)}</p>`;
    expect(kept(`${story}${pick('dryer')}`)).not.toContain('Best dryer');
  });

  it('keeps a code comment whose highlighter span is named comment', () => {
    const guide = `<p>${'Fetch the changes first, then merge them into your branch, and only then push your own commits. '.repeat(10)}</p>`;
    const code = '<pre><code><span class="hljs-comment"># fetch the remote branch</span>\ngit pull</code></pre>';
    expect(kept(`${guide}${code}`)).toContain('# fetch the remote branch');
  });
});
