import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/index.js';

const page = `<html><head><title>A harbour story</title></head><body><article><p>${'The harbour seals came back this spring. '.repeat(6)}</p></article></body></html>`;

describe('cleanDocument and document.URL', () => {
  it("uses the document's http(s) address as the page url", () => {
    const { window } = new JSDOM(page, { url: 'https://news.example.org/2026/harbour' });
    expect(cleanDocument(window.document).url).toBe('https://news.example.org/2026/harbour');
  });

  it('lets options.url win, and ignores about:blank', () => {
    const { window } = new JSDOM(page, { url: 'https://news.example.org/2026/harbour' });
    expect(cleanDocument(window.document, { url: 'https://other.example.com/a' }).url).toBe('https://other.example.com/a');
    expect(cleanDocument(new JSDOM(page).window.document).url).toBeNull();
  });
});
