import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clean, cleanDocument } from '../../src/index.js';

const page = `<html><head><title>A harbour story</title></head><body><article><p>${'The harbour seals came back this spring. '.repeat(6)}</p></article></body></html>`;

describe('cleanDocument and document.URL', () => {
  it("uses the document's http(s) address as the page url, so outlet and the URL date come from it as clean's do", () => {
    const address = 'https://www.harbourtimes.example/2024/03/05/harbour-seals';
    const { window } = new JSDOM(page, { url: address });
    const fromDom = cleanDocument(window.document);
    expect(fromDom).toMatchObject({ url: address, date: '2024-03-05', outlet: expect.stringMatching(/harbourtimes/i) });
    const fromHtml = clean(window.document.documentElement.outerHTML, { url: address });
    expect([fromDom.url, fromDom.date, fromDom.outlet]).toEqual([fromHtml.url, fromHtml.date, fromHtml.outlet]);
  });

  it('lets options.url win, and ignores about:blank', () => {
    const { window } = new JSDOM(page, { url: 'https://news.example.org/2026/harbour' });
    expect(cleanDocument(window.document, { url: 'https://other.example.com/a' }).url).toBe('https://other.example.com/a');
    expect(cleanDocument(new JSDOM(page).window.document).url).toBeNull();
  });
});
