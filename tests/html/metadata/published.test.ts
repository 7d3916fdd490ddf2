import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/index.js';
import { parseMachineDate, parseTextDate, parseUrlDate } from '../../../src/metadata/date.js';

const BODY = `<p>${'Plain article text that runs long enough to count as the body of the page. '.repeat(6)}</p>`;
const page = (head: string, body: string, after = '') =>
  `<!doctype html><html><head><title>Headline of the story here</title>${head}</head><body>${body}${BODY}${after}</body></html>`;
const dateOf = (html: string, crawlDate?: Date) => clean(html, crawlDate ? { crawlDate } : {}).date;

describe('dates the markup does not mark', () => {
  it('reads a time marked both published and updated, unless several are (a list of posts)', () => {
    const time = (iso: string) => `<time class="entry-date updated published" datetime="${iso}">${iso}</time>`;
    expect(dateOf(page('', `<h1>Headline of the story here</h1>${time('2020-02-23T10:07:02+01:00')}`))).toBe('2020-02-23');
    const listing = `<h1>Headline of the story here</h1><div>${time('2009-04-11T18:06:36')}</div><div>${time('2013-09-27T23:08:48')}</div>`;
    expect(dateOf(page('', listing))).toBeNull();
  });

  it('takes the date a time element labels as published over its datetime, not an unlabelled one', () => {
    const time = '<time datetime="2019-07-03T10:18:46Z">Publié le 29 juin 2019</time>';
    expect(dateOf(page('', `<h1>Headline of the story here</h1>${time}`))).toBe('2019-06-29');
    const same = clean(page('', '<h1>Headline of the story here</h1><time datetime="2019-06-29T10:18:46Z">29 juin 2019</time>'));
    expect(same.published).toBe('2019-06-29T10:18:46Z');
    const unlabelled = '<time datetime="2024-12-20">August 28, 2024</time>';
    expect(dateOf(page('', `<h1>Headline of the story here</h1>${unlabelled}`))).toBe('2024-12-20');
  });

  it('reads a labelled date in the post data box of an aside, not in a sidebar', () => {
    const box = (cls: string) => `<aside class="${cls}"><dl><dt>Datum</dt><dd>12.01.2017</dd><dt>Kategorie</dt><dd>CAD</dd></dl></aside>`;
    expect(dateOf(page('', `<h1>Headline of the story here</h1>${box('blogData')}`))).toBe('2017-01-12');
    expect(dateOf(page('', '<h1>Headline of the story here</h1>', box('sidebar')))).toBeNull();
  });

  it('prefers a labelled date and the date under the headline to dates in date-classed areas', () => {
    const recent = '<ul class="recent"><li><span class="post-date">09/09/2019</span></li></ul>';
    expect(dateOf(page('', `${recent}<h3>Headline of the story here</h3><div>27 Sep 2016</div>`))).toBe('2016-09-27');
    const labelled =
      '<h1>Headline of the story here</h1><p>Some intro text that runs on for a while before the date line so it is not near.</p>';
    const areas = '<div class="date">01.02.2022</div><small>Erstellt am: 30.01.2022 18:36</small>';
    expect(dateOf(page('', `${labelled}${'<p>More words of the lead paragraph here.</p>'.repeat(4)}${areas}`))).toBe('2022-01-30');
  });

  it('settles JSON-LD against a disagreeing meta tag by the date the reader sees', () => {
    const head =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-01-03T09:48:24Z"}</script>' +
      '<meta property="article:published_time" content="2020-01-06T09:22:36Z">';
    expect(dateOf(page(head, '<h1>Headline of the story here</h1><div>Monday, 6 January 2020</div>'))).toBe('2020-01-06');
    expect(dateOf(page(head, '<h1>Headline of the story here</h1><div>Friday, 3 January 2020</div>'))).toBe('2020-01-03');
    expect(dateOf(page(head, '<h1>Headline of the story here</h1>'))).toBe('2020-01-03');
    // A <time> witnesses by what it shows, not by a datetime copied from the meta tag.
    const time = '<time datetime="2020-01-06T09:22:36Z">Jan. 3, 2020, 10:00 PM UTC</time>';
    expect(dateOf(page(head, `<h1>Headline of the story here</h1>${time}`))).toBe('2020-01-03');
  });

  it('takes datePublished from a JSON-LD node of any type', () => {
    for (const type of ['HowTo', 'Event', 'Product']) {
      const ld = `<script type="application/ld+json">{"@type":"${type}","name":"x","datePublished":"2022-01-10T22:06:08:684Z"}</script>`;
      expect(dateOf(page(ld, '<h1>Headline of the story here</h1>'))).toBe('2022-01-10');
    }
  });

  it('reads the date after the h1 that holds the title, not after the logo h1', () => {
    const body = '<h1 class="logo">Site Name</h1><nav>Home News</nav><h1>Headline of the story here</h1><div>jeudi 13 juin 2019</div>';
    expect(dateOf(page('', body))).toBe('2019-06-13');
  });

  it('reads the date beside an h2 or h3 headline when the page has no h1', () => {
    for (const tag of ['h2', 'h3']) {
      expect(dateOf(page('', `<${tag}>Headline of the story here</${tag}><small>30.01.2022 18:36 / sk</small>`))).toBe('2022-01-30');
    }
  });

  it('reads dates from data-* attributes and inline script data, outside comments', () => {
    expect(dateOf(page('', '<h1>Headline of the story here</h1><div data-published="2021-03-04T10:00:00Z"></div>'))).toBe('2021-03-04');
    expect(dateOf(page('', '<h1>Headline of the story here</h1><span data-timestamp="1577886013"></span>'))).toBe('2020-01-01');
    const comment = '<div class="comments"><span data-timestamp="1577886013"></span></div>';
    expect(dateOf(page('', `<h1>Headline of the story here</h1>${comment}`))).toBeNull();
    for (const key of ['createdAt', 'publishedAt', 'datePublished']) {
      const script = `<script>window.__STATE__={"post":{"${key}":"2022-01-31T15:58:43+01:00","title":"x"}}</script>`;
      expect(dateOf(page(script, '<h1>Headline of the story here</h1>'))).toBe('2022-01-31');
    }
  });

  it('falls back to the first written date of the page, skipping comments and footers', () => {
    const body = '<h1>Headline of the story here</h1><div class="x"><p>Intro text without a date.</p></div>';
    const tail = '<div class="post-meta2"><span>Von Christian am 03.05.2013, 11:51</span></div>';
    const comment = '<div class="comment-list"><span>02.01.2013</span></div>';
    expect(dateOf(page('', body, `${comment}${tail}`))).toBe('2013-05-03');
    expect(dateOf(page('', body, '<footer><p>Posted 2 January 2001</p></footer>'))).toBeNull();
  });

  it('uses an "Updated"/"Stand" line only when no other written date is left', () => {
    const body = '<h1>Headline of the story here</h1>';
    expect(dateOf(page('', body, '<p class="x">Aktualisiert: 30.12.2016</p>'))).toBe('2016-12-30');
    expect(dateOf(page('', body, '<p class="x">Stand: 12.01.2022</p><p class="y">Erschienen 3. Januar 2022 in Bonn</p>'))).toBe(
      '2022-01-03',
    );
  });

  it('rejects a written date later than the crawl date', () => {
    const html = page('', '<h1>Headline of the story here</h1>', '<p class="x">Event on 12.05.2030</p><p class="x">Seen 02.02.2020</p>');
    expect(dateOf(html, new Date('2021-01-01T00:00:00Z'))).toBe('2020-02-02');
  });
});

describe('written dates', () => {
  it('takes the date written first, whatever the format of a later one', () => {
    expect(parseTextDate('10.11.2021 Bis einschließlich 9. November 2021 registrierte')?.date).toBe('2021-11-10');
    expect(parseTextDate('Posted 2019-06-04, updated June 9, 2019')?.date).toBe('2019-06-04');
    expect(parseTextDate('March 3, 2020 (first seen 01.02.2020)')?.date).toBe('2020-03-03');
  });

  it('dates a long text by its opening only when the date stands first', () => {
    const prose = 'words that carry on for a long while in the paragraph. '.repeat(8);
    const body = '<h1>Headline of the story here</h1><div class="x"><p>Intro text.</p></div>';
    expect(dateOf(page('', body, `<p class="x"><strong>01.02.2022 Der Arbeitsmarkt ${prose}</strong></p>`))).toBe('2022-02-01');
    expect(dateOf(page('', body, `<p class="x">Seit 4. August 2014 gilt ein neues Gesetz, ${prose}</p>`))).toBeNull();
  });
});

describe('machine and URL dates', () => {
  it('reads Unix seconds and milliseconds as a UTC day, ISO text as before', () => {
    expect(parseMachineDate('1699467059')?.date).toBe('2023-11-08');
    expect(parseMachineDate('1699467059000')?.date).toBe('2023-11-08');
    expect(parseMachineDate('2020-05-16')?.date).toBe('2020-05-16');
    expect(parseMachineDate('123456')).toBeNull();
  });

  it('reads a day-first date that is a whole URL segment', () => {
    expect(parseUrlDate('https://example.org/meldungen/29-10-2021')?.date).toBe('2021-10-29');
    expect(parseUrlDate('https://example.org/news/29-10-2021.html')?.date).toBe('2021-10-29');
    expect(parseUrlDate('https://example.org/item-29-10-2021-x')).toBeNull();
  });
});

describe('the day shown under the headline against the machine date', () => {
  const ld = (published: string, modified?: string) =>
    `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"${published}"${modified ? `,"dateModified":"${modified}"` : ''}}</script>`;

  it('takes the update date a page shows in place of its first publication', () => {
    const head = ld('2021-12-14T15:41:07+01:00', '2022-02-04T15:33:00+01:00');
    expect(dateOf(page(head, '<h1>Headline of the story here</h1><p class="info">04.02.2022 | 15:33 Uhr</p>'))).toBe('2022-02-04');
    const article = clean(page(head, '<h1>Headline of the story here</h1><p>4. Februar 2022</p>'), { explain: true });
    expect([article.date, article.published]).toEqual(['2022-02-04', null]);
    expect(article.provenance).toContainEqual({ field: 'date', source: 'text' });
    // A line labelled as the update leaves the first publication its data states.
    expect(dateOf(page(head, '<h1>Headline of the story here</h1><p>Aktualisiert am 4. Februar 2022</p>'))).toBe('2021-12-14');
  });

  it('keeps the UTC day of a timestamp that the page shows one day off, in its own zone', () => {
    const article = clean(page(ld('2023-11-09T02:11:03+00:00'), '<h1>Headline of the story here</h1><p>November 8, 2023</p>'));
    expect([article.date, article.published]).toEqual(['2023-11-09', '2023-11-09T02:11:03+00:00']);
  });

  it('leaves the machine date for a caption date, and for a line that shows both days', () => {
    const caption = '<h1>Headline of the story here</h1><figcaption>A match at the stadium on September 29, 2023.</figcaption>';
    expect(dateOf(page(ld('2023-11-08T10:00:00Z'), caption))).toBe('2023-11-08');
    const both = '<h1>Headline of the story here</h1><p>Jane Doe | 29. Dezember 2022 30. Dezember 2022 | HR</p>';
    expect(dateOf(page(ld('2022-12-30T07:00:00+01:00', '2022-12-29T08:00:00+01:00'), both))).toBe('2022-12-30');
  });
});

describe('date lines of templates', () => {
  it('reads a date line set inside the headline element before the lead paragraph', () => {
    const h1 = '<h1>Headline of the story here<br><small>02.02.2022 • News</small></h1>';
    expect(dateOf(page('', `${h1}<p>Under the rules in force since 28.01.2022 the halls may fill again.</p>`))).toBe('2022-02-02');
    // A date in the headline's own words is news, not its date line.
    const own = '<h1>Headline of the story here: <span>what changed on 24.02.2022</span></h1><p>01.03.2022</p>';
    expect(dateOf(page('', own))).toBe('2022-03-01');
  });

  it('takes the shown date over a bare date meta, which CMSs fill with the last edit', () => {
    const shown = '<h1>Headline of the story here</h1><span class="date">27.01.2022</span>';
    expect(dateOf(page('<meta name="date" content="2021-12-20T11:02:44+01:00">', shown))).toBe('2022-01-27');
    expect(dateOf(page('<meta property="article:published_time" content="2021-12-20T11:02:44+01:00">', shown))).toBe('2021-12-20');
  });

  it('reads a dateline with a byline beside it above the headline, and a date set between rules', () => {
    const above = '<div class="timedata">05.02.2020 <span>- Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</span></div>';
    expect(dateOf(page('', `${above}<h1>Headline of the story here</h1>`))).toBe('2020-02-05');
    expect(dateOf(page('', '<h1>Headline of the story here</h1><table><tr><td>26 | 01 | 2022</td><td>Praxis</td></tr></table>'))).toBe(
      '2022-01-26',
    );
  });

  it('skips the header clock that shows the day the page was served', () => {
    const clock = '<span id="uhr">Donnerstag, 16. Februar 2012</span>';
    expect(dateOf(page('', `${clock}<div class="box"><span>14. Februar 2012</span></div><p>Lead text.</p>`))).toBe('2012-02-14');
  });
});

describe('dates in the page footer and time zones', () => {
  it('reads a labelled publication date in a footer paragraph, not an unlabelled one', () => {
    const footer = (line: string) => `<p class="footerFirstLine">Letzte Änderung: 31.10.2023 - 14:49:39<br>${line}<br>Lesungen: 61</p>`;
    expect(dateOf(page('', '<h1>Headline of the story here</h1>', footer('Erschienen am: 01.11.2023')))).toBe('2023-11-01');
  });

  it('keeps the day of a timestamp written with its own offset, even when the URL says the day before', () => {
    const head = (iso: string) =>
      `<link rel="canonical" href="https://news.example/2020/02/18/ciencia/story.html"><meta property="article:published_time" content="${iso}">`;
    expect(dateOf(page(head('2020-02-19T18:37:32+01:00'), '<h1>Headline of the story here</h1>'))).toBe('2020-02-19');
    // Shifted to UTC, the timestamp's day is the zone's, not the newsroom's: the URL's day stands.
    expect(dateOf(page(head('2020-02-19T01:37:32Z'), '<h1>Headline of the story here</h1>'))).toBe('2020-02-18');
  });
});
