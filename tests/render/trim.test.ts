import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { dropTemplateBlocks } from '../../src/render/trim.js';

// The template pass drops blocks from body by their text; content must lose the same blocks, no more.
const prose = 'The harbour board approved the dredging plan on Tuesday, and work on the inner basin starts in May. ';
const page = `<html><body><article><h2>Dredging *approved*</h2><p>${prose.repeat(3)}</p>
  <p>Office hours at <a href="https://port.example/office">the harbour office</a> are nine_to_five on weekdays.</p>
  <ul><li>Basin closed in May</li><li>Tide tables hang at the quay</li><li>Boats moved to the outer quay</li></ul>
  <pre><code>depth = survey()\n\nplan(depth)</code></pre><p>${prose.repeat(2)}</p></article></body></html>`;

/** Body blocks as the template pass sees them. */
const blocksOf = (body: string) => body.split('\n\n');

describe('dropping template blocks from content', () => {
  for (const kind of ['markdown', 'html'] as const) {
    it(`drops from ${kind} content exactly the blocks dropped from body, list items one by one`, () => {
      const article = clean(page, { content: kind });
      const dropped = new Set(blocksOf(article.body).filter((b) => b.startsWith('Office hours') || b.startsWith('Tide tables')));
      expect(dropped.size).toBe(2);
      const trimmed = dropTemplateBlocks(article.content ?? '', dropped);
      expect(trimmed).not.toContain('Office hours');
      expect(trimmed).toContain('Basin closed in May');
      expect(trimmed).toContain('Boats moved to the outer quay');
      expect(trimmed).toContain('approved');
      // A code block with a blank line inside is one part, kept whole.
      expect(trimmed).toContain('depth = survey()\n\nplan(depth)');
      if (kind === 'markdown') expect(trimmed).toContain('- Basin closed in May\n- Boats moved to the outer quay');
      else expect(trimmed).toContain('<ul><li>Basin closed in May</li><li>Tide tables hang at the quay</li>');
    });
  }

  it('leaves content as it is when no part reads back as a dropped block', () => {
    const article = clean(page);
    expect(dropTemplateBlocks(article.content ?? '', new Set(['A block this page never had.']))).toBe(article.content);
  });
});
