import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { beforeModifiedDate, parseIsoDate, parseRelativeDate, parseTextDate, parseUrlDate } from '../../src/metadata/date.js';

const CRAWL = new Date('2021-06-10T12:00:00Z');

const page = (head: string, body = '') =>
  `<!doctype html><html><head><title>A headline long enough to keep</title>${head}</head><body><h1>A headline long enough to keep</h1>${body}<p>${'Plain article text that runs long enough to count as the body of the page. '.repeat(6)}</p></body></html>`;

describe('date parsing', () => {
  it('keeps the timestamp as written, offset included, and the day in its own time zone', () => {
    expect(parseIsoDate('2018-05-16T23:30:00-07:00')).toEqual({ date: '2018-05-16', published: '2018-05-16T23:30:00-07:00' });
    expect(parseIsoDate('2018-05-16')).toEqual({ date: '2018-05-16', published: null });
  });

  it('reads written dates in several languages and orders', () => {
    expect(parseTextDate('Global Research, May 16, 2018')?.date).toBe('2018-05-16');
    expect(parseTextDate('le 16 mai 2018 à 10h')?.date).toBe('2018-05-16');
    expect(parseTextDate('16. Mai 2018')?.date).toBe('2018-05-16');
    expect(parseTextDate('16 de mayo de 2018')?.date).toBe('2018-05-16');
    expect(parseTextDate('21.dez.2018 às 12h55')?.date).toBe('2018-12-21');
    expect(parseTextDate('22 Dec, 2016')?.date).toBe('2016-12-22');
    expect(parseTextDate('16.05.2018')?.date).toBe('2018-05-16');
    expect(parseTextDate('2018-05-16')?.date).toBe('2018-05-16');
    expect(parseTextDate('05/16/2018')?.date).toBe('2018-05-16');
  });

  it('reads month names of every listed locale from CLDR, in any script and grammatical case', () => {
    expect(parseTextDate('15. Jänner 2020')?.date).toBe('2020-01-15');
    expect(parseTextDate('3 de setiembre de 2019')?.date).toBe('2019-09-03');
    expect(parseTextDate('24 kwietnia 2020')?.date).toBe('2020-04-24');
    expect(parseTextDate('24 апреля 2020 г.')?.date).toBe('2020-04-24');
    expect(parseTextDate('15. huhtikuuta 2020')?.date).toBe('2020-04-15');
    expect(parseTextDate('12 Σεπτεμβρίου 2019')?.date).toBe('2019-09-12');
    expect(parseTextDate('القاهرة: الأربعاء، 07 أكتوبر 2020 12:19 م')?.date).toBe('2020-10-07');
    expect(parseTextDate('تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً')?.date).toBe('2020-04-24');
    expect(parseTextDate('1 كانون الثاني 2020')?.date).toBe('2020-01-01');
    expect(parseTextDate('Published Sunday April 5, 2020')?.date).toBe('2020-04-05');
  });

  it('rejects dates before 1995 and after the crawl date', () => {
    expect(parseTextDate('March 3, 1989')).toBeNull();
    expect(parseIsoDate('2021-07-01', CRAWL)).toBeNull();
    expect(parseIsoDate('2021-06-10', CRAWL)?.date).toBe('2021-06-10');
  });

  it('reads dates from article URLs', () => {
    expect(parseUrlDate('https://example.org/2018/05/16/slug/')?.date).toBe('2018-05-16');
    expect(parseUrlDate('https://example.org/news/20180516-slug')?.date).toBe('2018-05-16');
    expect(parseUrlDate('https://example.org/page/2018')).toBeNull();
  });

  it('resolves relative dates against the crawl date, and not at all without one', () => {
    expect(parseRelativeDate('3 hours ago', CRAWL)?.date).toBe('2021-06-10');
    expect(parseRelativeDate('2 days ago', CRAWL)?.date).toBe('2021-06-08');
    expect(parseRelativeDate('il y a 2 jours', CRAWL)?.date).toBe('2021-06-08');
    expect(parseRelativeDate('vor 3 Tagen', CRAWL)?.date).toBe('2021-06-07');
    expect(parseRelativeDate('před 2 hodinami', CRAWL)?.date).toBe('2021-06-10');
    expect(parseRelativeDate('3 hours ago', undefined)).toBeNull();
  });
});

describe('publication date of an HTML page', () => {
  it('prefers JSON-LD datePublished over meta, and never takes the modified date', () => {
    const html = page(
      '<meta property="article:published_time" content="2020-03-02T10:00:00Z"><meta property="article:modified_time" content="2020-04-01T10:00:00Z">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-03-01T08:00:00+01:00","dateModified":"2020-04-01"}</script>',
    );
    const article = clean(html);
    expect(article.date).toBe('2020-03-01');
    expect(article.published).toBe('2020-03-01T08:00:00+01:00');
    expect(article.modified).toBe('2020-04-01');
  });

  it('finds datePublished inside @graph on the WebPage when the article node has none', () => {
    const html = page(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2019-09-09"},{"@type":"Article","headline":"x"}]}</script>',
    );
    expect(clean(html).date).toBe('2019-09-09');
  });

  it('ignores a modified-only page date and dates in related cards and comments', () => {
    const html = page(
      '<meta property="article:modified_time" content="2020-04-01T10:00:00Z">',
      '<aside class="related"><time datetime="2020-01-05">5 Jan</time></aside><div class="comments"><time datetime="2020-02-05">5 Feb</time></div>',
    );
    expect(clean(html).date).toBeNull();
  });

  it('reads a date inside a layout frame named sidebar or widget that wraps the whole post', () => {
    const html = `<!doctype html><html><head><title>A headline long enough to keep</title></head><body><div class="widget Blog"><div class="blog-posts"><div id="sidebar" class="content-area"><header class="entry-header"><h1>A headline long enough to keep</h1><div class="entry-meta"><span class="byline"><time class="entry-date" datetime="2019-07-13T15:52:31+02:00" pubdate>13 Jul 2019</time></span></div></header><p>${'Plain article text that runs long enough to count as the body of the page. '.repeat(6)}</p></div></div></div></body></html>`;
    expect(clean(html).date).toBe('2019-07-13');
  });

  it('reads a written date just after the headline when no element is marked as the date', () => {
    expect(clean(page('', '<small>Donnerstag, 15.2.2018, 19:51</small>')).date).toBe('2018-02-15');
  });

  it('reads the ISO title of a Blogger <abbr class="published"> inside the post footer', () => {
    const html = page(
      '',
      '<div class="post-footer"><span><a href="#"><abbr class="published" title="2016-12-23T05:11:00-05:00">5:11 AM</abbr></a></span></div>',
    );
    expect(clean(html).date).toBe('2016-12-23');
  });

  it('takes the URL day over a timestamp one day off, as written in UTC', () => {
    const html = page('<meta property="article:published_time" content="2023-11-09T03:28:35Z">');
    expect(clean(html, { url: 'https://example.org/2023/11/08/some-story/' }).date).toBe('2023-11-08');
    expect(clean(html, { url: 'https://example.org/2023/10/01/some-story/' }).date).toBe('2023-11-09');
  });

  it('reads two-digit-year dates and German date classes', () => {
    expect(parseTextDate('Von Anna, 8.5.12', new Date('2013-01-01'))?.date).toBe('2012-05-08');
    expect(parseTextDate('Version 1.2.12.4')).toBeNull();
    const html = page(
      '',
      '<p>Intro.</p><p>More text here to push the date away from the headline. '.repeat(5) +
        '</p><span class="fbdatum">06.10.2017 11:15</span>',
    );
    expect(clean(html).date).toBe('2017-10-06');
  });

  it('reads a dateline printed just above the headline', () => {
    const html = `<!doctype html><html><head><title>A headline long enough to keep</title></head><body><div><span class="kicker">Bonn, 11.10.2021</span><h1>A headline long enough to keep</h1><p>${'Plain article text that runs long enough to count as the body of the page. '.repeat(6)}</p></div></body></html>`;
    expect(clean(html).date).toBe('2021-10-11');
  });

  it('reads a date after a label such as "Datum:" far from the headline', () => {
    const filler = '<p>More text here to push the date away from the headline.</p>'.repeat(6);
    expect(clean(page('', `${filler}<dl><dt>Datum</dt><dd>12.01.2017</dd></dl>`)).date).toBe('2017-01-12');
    expect(clean(page('', `${filler}<small>Erstellt am: 30.01.2022 18:36 / sk</small>`)).date).toBe('2022-01-30');
    expect(clean(page('', `${filler}<div class="comments"><p><b>Datum:</b> 12.01.2017</p></div>`)).date).toBeNull();
  });

  it('reads a written date in the byline area when nothing machine-readable is given', () => {
    expect(clean(page('', '<div class="post-meta">Posted on 16 mai 2018</div>')).date).toBe('2018-05-16');
  });

  it('resolves "3 hours ago" in the byline area against crawlDate', () => {
    const html = page('', '<span class="date">3 hours ago</span>');
    expect(clean(html, { crawlDate: '2021-06-10T12:00:00Z' }).date).toBe('2021-06-10');
    expect(clean(html).date).toBeNull();
  });

  it('rejects a published date later than crawlDate', () => {
    const html = page('<meta property="article:published_time" content="2030-01-01T00:00:00Z">');
    expect(clean(html, { crawlDate: '2021-06-10T12:00:00Z' }).date).toBeNull();
  });
});

describe('modification dates next to the publication date', () => {
  it('reads a date line only up to "Updated" and its kin', () => {
    expect(parseTextDate(beforeModifiedDate('Last Updated: January 7, 2025'))).toBeNull();
    expect(parseTextDate(beforeModifiedDate('30 avril 2015 à 07:19 (Mis à jour : 1 mai 2015)'))?.date).toBe('2015-04-30');
  });
});
