import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { splitTextBlocks } from '../../src/text/blocks.js';
import { readTextHeader } from '../../src/text/header.js';
import { outletFromText } from '../../src/text/outlet.js';

const PARAGRAPH =
  'The council agreed on Tuesday to keep the swimming pool open through the winter, after residents collected more signatures than any petition in the town’s history.';
const dump = (header: string[], footer: string[] = []) =>
  [...header, '', PARAGRAPH, '', PARAGRAPH.replace('Tuesday', 'Monday'), '', ...footer].join('\n');

function header(lines: string[], latest?: Date) {
  const blocks = splitTextBlocks(dump(lines));
  const start = blocks.findIndex((b) => b.text === PARAGRAPH);
  return readTextHeader(blocks, start, () => false, latest);
}

describe('text dump header', () => {
  it('reads headline, byline and a date line above the article', () => {
    const h = header(['Menu', 'Search', 'Pool stays open through the winter', 'By Ana Lima and Tom Berg', 'Published June 3, 2021']);
    expect(h.title).toBe('Pool stays open through the winter');
    expect(h.authors).toEqual(['Ana Lima', 'Tom Berg']);
    expect(h.date).toBe('2021-06-03');
  });

  it('splits a headline and a byline run into one line, without the role', () => {
    const h = header([
      'Menu',
      'We were unable to send your email. Pool stays open through the winter, council says By Ana Lima, Times Political Editor',
    ]);
    expect(h.title).toBe('Pool stays open through the winter, council says');
    expect(h.authors).toEqual(['Ana Lima']);
    expect(header(['Pool stays open', 'A novel written by Jane Austen']).authors).toEqual([]);
  });

  it('takes the date from the byline line when it carries one', () => {
    const h = header(['Pool stays open through the winter', 'by Ana Lima @analima June 3, 2021: 12:41 PM ET']);
    expect(h.authors).toEqual(['Ana Lima']);
    expect(h.date).toBe('2021-06-03');
  });

  it('reads a non-English dateline for date and outlet', () => {
    const h = header(['La piscine reste ouverte cet hiver', 'La Gazette du Val, 3 juin 2021']);
    expect(h).toMatchObject({ title: 'La piscine reste ouverte cet hiver', date: '2021-06-03', outlet: 'La Gazette du Val' });
  });

  it('resolves a relative date against the crawl date only', () => {
    const lines = ['Pool stays open through the winter', '3 hours ago'];
    expect(header(lines, new Date('2021-06-03T20:00:00Z')).date).toBe('2021-06-03');
    expect(header(lines).date).toBeNull();
  });

  it('does not take a time stamp, a photo credit or a share label for the headline', () => {
    const h = header(['Pool stays open through the winter', 'Swimmers at the pool. Photograph: Jo Bloggs', '1:39 PM ET', 'Share']);
    expect(h.title).toBe('Pool stays open through the winter');
  });

  it('resolves relative dates through the library option crawlDate', () => {
    const text = dump(['Pool stays open through the winter', 'vor 2 Tagen']);
    expect(clean(text, { crawlDate: '2021-06-03T12:00:00Z' }).date).toBe('2021-06-01');
  });
});

describe('outlet of a text dump', () => {
  it('comes from the way the page names itself, confirmed by its logo line', () => {
    const lines = ['Coastal Post', 'Menu', 'Welcome to Coastal Post', PARAGRAPH, '© 2021 Coastal Post. All rights reserved.'];
    expect(outletFromText(lines, [])?.value).toBe('Coastal Post');
  });

  it('is never one of the authors', () => {
    expect(outletFromText(['Follow Ana Lima', 'About Ana Lima'], ['Ana Lima'])).toBeNull();
  });
});
