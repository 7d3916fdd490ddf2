import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

// Inline elements left open above the article are re-opened in every block's structure: with hundreds
// of them (the tree keeps 512 levels) every paragraph carried them all, and 256 KB of such a page ran
// out of memory. The time and size grew with paragraphs times open elements, which the scaling test's
// fixed prefix does not show, so the size of `content` is checked against the text it holds.
const PROSE = 'The harbour master said the new pier would open in spring, weather permitting. ';

describe('inline elements left open above many paragraphs', () => {
  it.each([
    ['<b>', 'bold'],
    ['<b><i>', 'bold and italic'],
    ['<b><i><s><code><em><strong><tt><del>', 'eight kinds'],
  ])('%s x 600 (%s): content stays a small multiple of the body', { timeout: 60_000 }, (open) => {
    const html = `<html><body><p>${PROSE}</p>${open.repeat(600)}${`<p>${PROSE}`.repeat(3000)}</body></html>`;
    const start = process.cpuUsage();
    const article = clean(html);
    const { user, system } = process.cpuUsage(start);
    expect(article.body).toContain(PROSE.trim());
    expect((article.content ?? '').length).toBeLessThan(2 * article.body.length);
    expect((user + system) / 1000).toBeLessThan(10_000);
  });

  it('bold text stays bold, once', () => {
    const article = clean(`<html><body><b><b><b><p>${PROSE.repeat(4)}</p><p>${PROSE.repeat(4)}</p></b></b></b></body></html>`);
    expect(article.content).toContain(`**${PROSE.repeat(4).trim()}**`);
    expect(article.content).not.toContain('****');
  });
});
