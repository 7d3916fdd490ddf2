import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/html/metadata/json-ld.js';
import { clean } from '../../src/index.js';
import { splitByline } from '../../src/metadata/authors.js';
import { hostLabel } from '../../src/metadata/outlet.js';
import { stripSiteName } from '../../src/metadata/title.js';

const BODY = `<p>${'Plain article text that runs long enough to count as the body of the page. '.repeat(6)}</p>`;
const page = (head: string, body = '') => `<!doctype html><html><head>${head}</head><body>${body}${BODY}</body></html>`;

describe('authors', () => {
  it('splits bylines into names without By, dates, job titles or conjunctions', () => {
    expect(splitByline('By Jane Doe and John Roe, Staff Writers')).toEqual(['Jane Doe', 'John Roe']);
    expect(splitByline('By Nathan Willis March 25, 2015')).toEqual(['Nathan Willis']);
    expect(splitByline('by Lucas Nolan22 Dec 2016')).toEqual(['Lucas Nolan']);
    expect(splitByline('Par Sébastien Farcis')).toEqual(['Sébastien Farcis']);
    expect(splitByline('Von Jana Krüger und Paul Weber')).toEqual(['Jana Krüger', 'Paul Weber']);
    expect(splitByline('By Brenda Goodman, MA')).toEqual(['Brenda Goodman']);
    expect(splitByline('Written by Rob Ewaschuk Edited by Betsy Beyer')).toEqual(['Rob Ewaschuk']);
    expect(splitByline('Martin Untersinger (avec Damien Leloup et Morgane Tual)')).toEqual([
      'Martin Untersinger',
      'Damien Leloup',
      'Morgane Tual',
    ]);
    expect(splitByline('Bradley M. Kuhn (http://ebb.org/bkuhn/)')).toEqual(['Bradley M. Kuhn']);
    expect(splitByline('Richard (R.J.) Eskow')).toEqual(['Richard (R.J.) Eskow']);
    expect(splitByline('https://www.facebook.com/someone')).toEqual([]);
    expect(splitByline('Jong, Michiel de')).toEqual(['Jong, Michiel de']);
    expect(splitByline('Mac & i')).toEqual([]);
  });

  it('does not take the source name beside the author for an author', () => {
    const html = page(
      '<title>Headline of the story here</title>',
      '<div class="authorinfo"><div class="sourcename-txt"><a href="https://partner.example">Partner Wire</a></div><span class="authorname-txt" itemprop="author"><span itemprop="name">Alex Perry</span></span></div>',
    );
    expect(clean(html).authors).toEqual(['Alex Perry']);
  });

  it('drops interface words beside the name: labels, follow buttons, share counters, a trailing dash', () => {
    expect(splitByline('Inga HoeltmannFollow Transformationsbegleiterin, Expertin')).toEqual(['Inga Hoeltmann']);
    expect(splitByline('Amber Guetebier  Shares')).toEqual(['Amber Guetebier']);
    expect(splitByline('Posted')).toEqual([]);
    expect(splitByline('By')).toEqual([]);
    expect(splitByline('Robert -')).toEqual(['Robert']);
    expect(splitByline('Sara Zinnecker Stand 12.03.2020')).toEqual(['Sara Zinnecker']);
    expect(splitByline('Eingestellt von Michel Meyer')).toEqual(['Michel Meyer']);
    expect(splitByline('Bob Byrne')).toEqual(['Bob Byrne']);
  });

  it('passes over an author field that names the publisher when the byline names a person', () => {
    const head = '<meta property="og:site_name" content="Deutsche Welle"><meta name="author" content="Deutsche Welle">';
    expect(clean(page(head, '<h1>A headline</h1><p class="author">Kossivi Tiassou</p>')).authors).toEqual(['Kossivi Tiassou']);
    const signed = '<meta property="og:site_name" content="CNN"><meta name="author" content="Rob Picheta, CNN">';
    expect(clean(page(signed, '<h1>A headline</h1>')).authors).toEqual(['Rob Picheta']);
    expect(splitByline('Interview: Julia Lauter')).toEqual(['Julia Lauter']);
    const blog = '<meta property="og:site_name" content="Alexander Klier"><meta name="author" content="Alexander Klier">';
    expect(clean(page(blog, '<h1>A headline</h1>')).authors).toEqual(['Alexander Klier']);
  });

  it('reads every author tag, not just the first', () => {
    const html = page(
      '<title>Headline of the story here</title><meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">',
    );
    expect(clean(html).authors).toEqual(['Kooman, F.', 'Jong, Michiel de']);
  });

  it('reads the visible byline, not commenters or the login box', () => {
    const html = page(
      '<title>Headline of the story here</title>',
      '<div id="authorization">Sign In</div><div class="author"><a class="author__photo" href="/authors/ana"></a><a class="author__name" href="/authors/ana">Ana Lima</a><span class="author-title">Games Editor</span></div>' +
        '<div class="comments"><span class="comment-author">Troll</span></div>',
    );
    expect(clean(html).authors).toEqual(['Ana Lima']);
  });

  it('never gives the author as the outlet: a personal blog falls back to its host name', () => {
    const html = page(
      '<meta property="og:site_name" content="Haki Benita"><meta name="author" content="Haki Benita"><title>Headline of the story here</title><link rel="canonical" href="https://hakibenita.com/post">',
    );
    const article = clean(html);
    expect(article.authors).toEqual(['Haki Benita']);
    expect(article.outlet).toBe('hakibenita.com');
  });

  it('does not take a news desk for a person', () => {
    const html = page(
      '<meta property="og:site_name" content="BBC News"><meta name="author" content="BBC News"><title>Headline of the story here</title>',
    );
    const article = clean(html);
    expect(article.authors).toEqual([]);
    expect(article.outlet).toBe('BBC News');
  });
});

describe('title', () => {
  it('strips a site suffix only when the page names its site that way', () => {
    expect(stripSiteName('Seals return | Coastal Times', ['Coastal Times'])).toBe('Seals return');
    expect(stripSiteName('Seals return - Spiceworks', ['Spiceworks Inc'])).toBe('Seals return');
    expect(stripSiteName('BBC News - Seals return', ['BBC News'])).toBe('Seals return');
    expect(stripSiteName('How we designed Dropbox’s ATF - an async task framework', ['Dropbox'])).toBe(
      'How we designed Dropbox’s ATF - an async task framework',
    );
    expect(stripSiteName('Yahoo News - Latest News & Headlines', ['Yahoo News - Latest News & Headlines'])).toBe(
      'Yahoo News - Latest News & Headlines',
    );
  });

  it('cuts the title at the site name even with a tagline or date after it, or in parentheses', () => {
    const site = ['petri-heil.ch', 'neues deutschland', 'DW', 'evang.at'];
    expect(stripSiteName('Bielersee-Winterhechte | petri-heil.ch | Dein Schweizer Fischereimagazin', site)).toBe('Bielersee-Winterhechte');
    expect(stripSiteName('La perte des terres fertiles | DW | 23.05.2011', site)).toBe('La perte des terres fertiles');
    expect(stripSiteName('»Einfach kein Geld mehr, um die Miete zu zahlen« (neues deutschland)', site)).toBe(
      '»Einfach kein Geld mehr, um die Miete zu zahlen«',
    );
    expect(stripSiteName('Lockdown: Gottesdienste bleiben möglich › evang.at', site)).toBe('Lockdown: Gottesdienste bleiben möglich');
    expect(stripSiteName('Kiel (Germany)', site)).toBe('Kiel (Germany)');
  });

  it('drops a trail of sections with the site name, not a single section', () => {
    expect(stripSiteName('No App Store over mobile data ? | iPhone | Forum | MacNews', ['MacNews'])).toBe(
      'No App Store over mobile data ?',
    );
    expect(stripSiteName('Seals return to the estuary - Nature | Coastal Times', ['Coastal Times'])).toBe(
      'Seals return to the estuary - Nature',
    );
    expect(clean(page('<title>No App Store over mobile data ? | iPhone | Forum | MacNews</title>')).title).toBe(
      'No App Store over mobile data ?',
    );
  });

  it('takes the <h1> after a one-word kicker, and the <title> over a section label in og:title', () => {
    expect(clean(page('<title>SONNENENERGIE: Der WindRebell</title>', '<h1>Der WindRebell</h1>')).title).toBe('Der WindRebell');
    const label = '<meta property="og:title" content="Medienmitteilungen"><title>Impfen ist bis Ende Februar möglich</title>';
    expect(clean(page(label, '<h1>Medienmitteilung der Direktion: Impfen ist bis Ende Februar möglich</h1>')).title).toBe(
      'Impfen ist bis Ende Februar möglich',
    );
  });

  it('reads CJK site separators written without spaces', () => {
    expect(stripSiteName('东京奥运会开幕式｜新华网', ['新华网'])).toBe('东京奥运会开幕式');
    expect(stripSiteName('东京奥运会开幕式_新华网', ['新华网'])).toBe('东京奥运会开幕式');
    expect(stripSiteName('東京五輪が開幕丨日本経済新聞', ['日本経済新聞'])).toBe('東京五輪が開幕');
  });

  it('drops a separator left dangling at the end of a title', () => {
    const html = page('<title>Pferdesport definitiv bei Olympia 2028 dabei -</title>');
    expect(clean(html).title).toBe('Pferdesport definitiv bei Olympia 2028 dabei');
  });

  it('keeps a title whose short first part is not a headline', () => {
    expect(clean(page('<title>Google - Site Reliability Engineering</title>')).title).toBe('Google - Site Reliability Engineering');
  });

  it('prefers the <h1> the <title> starts with', () => {
    const html = page('<title>Seals return to the estuary - Wildlife section</title>', '<h1>Seals return to the estuary</h1>');
    expect(clean(html).title).toBe('Seals return to the estuary');
  });

  it('takes the JSON-LD name or headline that agrees with the <title>', () => {
    const html = page(
      '<title>List of films featuring time loops - Wikipedia</title><script type="application/ld+json">{"@type":"Article","name":"List of films featuring time loops","headline":"Wikimedia list article"}</script>',
    );
    expect(clean(html).title).toBe('List of films featuring time loops');
  });

  it('reads Dublin Core keys written with dots or colons, property before name', () => {
    const html = page('<title>T</title><meta name="DC.title" content="Name title"><meta property="dc:title" content="Property title">');
    expect(clean(html).title).toBe('Property title');
  });
});

describe('outlet', () => {
  it('prefers the article’s JSON-LD publisher, then og:site_name', () => {
    const html = page(
      '<title>Headline of the story here</title><meta property="og:site_name" content="Medium"><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Voodoo Engineering"}}</script>',
    );
    expect(clean(html).outlet).toBe('Voodoo Engineering');
    expect(clean(page('<title>Headline of the story here</title><meta property="og:site_name" content="Medium">')).outlet).toBe('Medium');
  });

  it('falls back to the host name', () => {
    const html = page('<title>Headline of the story here</title><link rel="canonical" href="https://www.example-news.org/a">');
    expect(clean(html).outlet).toBe('example-news.org');
  });

  it('names the site by its registrable label', () => {
    expect(hostLabel('www.archiveofourown.org')).toBe('archiveofourown');
    expect(hostLabel('news.bbc.co.uk')).toBe('bbc');
  });
});

describe('JSON-LD tolerance', () => {
  it('salvages the dates, not the headline, from a block that does not parse', () => {
    const html = page(
      '<title>x</title><script type="application/ld+json">{"@type":"NewsArticle","headline":"Salvaged headline","datePublished":"2019-03-04T05:06:07Z" "oops": [}</script>',
    );
    const article = clean(html);
    expect(article.title).toBe('x');
    expect(article.published).toBe('2019-03-04T05:06:07Z');
  });
});

describe('HTML references left in JSON-LD and meta values', () => {
  it('decodes them in titles and descriptions, double escapes included', () => {
    const ld = '{"@type":"NewsArticle","headline":"Tom &amp; Jerry &#8211; the story","description":"A &#8220;quote&#8221;"}';
    const out = clean(page(`<title>x</title><script type="application/ld+json">${ld}</script>`, '<h1>Tom &amp; Jerry – the story</h1>'));
    expect(out.title).toBe('Tom & Jerry – the story');
    expect(out.description).toBe('A “quote”');
    const meta = clean(page('<meta property="og:title" content="Fish &amp;amp; Chips &amp;#8212; a guide"><title>x</title>'));
    expect(meta.title).toBe('Fish & Chips — a guide');
  });

  it('decodes every named reference in JSON-LD authors, not only the common ones', () => {
    const ld = '{"@type":"NewsArticle","headline":"x","author":{"@type":"Person","name":"Redacci&oacute;n Diario P&aacute;gina Siete"}}';
    expect(clean(page(`<script type="application/ld+json">${ld}</script>`)).authors).toEqual(['Redacción Diario Página Siete']);
    expect(decodeEntities('a &bogus; b &lt; c')).toBe('a &bogus; b < c');
  });
});

describe('url', () => {
  it('resolves a relative canonical link against <base>', () => {
    const html = page('<base href="https://www.example.org/blog/"><link rel="canonical" href="2021/05/post.html">');
    expect(clean(html).url).toBe('https://www.example.org/blog/2021/05/post.html');
  });

  it('gives a protocol-relative og:url the https scheme', () => {
    expect(clean(page('<meta property="og:url" content="//news.example.com/story/42">')).url).toBe('https://news.example.com/story/42');
  });

  it('passes over a relative canonical nothing resolves for the next absolute source', () => {
    const html = page('<link rel="canonical" href="index.html"><meta property="og:url" content="https://shop.example.net/item/9">');
    expect(clean(html).url).toBe('https://shop.example.net/item/9');
    expect(clean(page('<link rel="canonical" href="/path/">')).url).toBeNull();
  });

  it("takes the address the caller gives over the page's own", () => {
    const html = page('<link rel="canonical" href="/path/">');
    expect(clean(html, { url: 'https://site.example/other' }).url).toBe('https://site.example/other');
  });
});
