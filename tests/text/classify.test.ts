import { describe, expect, it } from 'vitest';
import { splitTextBlocks } from '../../src/text/blocks.js';
import { type ClassifiedBlock, classifyBlocks, tailRuleOf } from '../../src/text/classify.js';
import { detectLanguage } from '../../src/text/language.js';
import { prose } from './text-cases.js';

/** Classify a dump as src/text/extract.ts does: blocks, the page's language, then a verdict per block. */
function classify(lines: readonly string[]): ClassifiedBlock[] {
  const blocks = splitTextBlocks(lines.join('\n'));
  return classifyBlocks(blocks, detectLanguage(blocks.map((b) => b.text)));
}
const byText = (classified: readonly ClassifiedBlock[], text: string): ClassifiedBlock => {
  const c = classified.find((x) => x.block.text === text);
  if (!c) throw new Error(`no block ${text}`);
  return c;
};

describe('classifyBlocks', () => {
  it('keeps prose as prose, scored by its words', () => {
    const classified = classify(prose);
    for (const c of classified) {
      expect(c.prose).toBe(true);
      expect(c.phrase).toBeNull();
      expect(c.machinery).toBeNull();
      expect(c.score).toBe(c.block.words);
      expect(c.reason).toBeNull();
    }
  });

  it('names the phrase rule of a comment-form line and penalises it, while prose beside it stays prose', () => {
    const line = 'Your email address will not be published.';
    const classified = classify([...prose, line]);
    const form = byText(classified, line);
    expect(form.phrase?.id).toBe('comment-form');
    expect(form.prose).toBe(false);
    expect(form.score).toBeLessThan(0);
    expect(byText(classified, prose[0] ?? '').prose).toBe(true);
  });

  it('reads a comment-section heading as a tail opener, not a block phrase', () => {
    const classified = classify([...prose, 'Leave a Reply']);
    const heading = byText(classified, 'Leave a Reply');
    expect(tailRuleOf(heading)?.id).toBe('comment-form');
    expect(heading.prose).toBe(false);
    expect(tailRuleOf(byText(classified, prose[1] ?? ''))).toBeNull();
  });

  it('names page machinery by its shape: a URL, a timestamp, a line without words, a dateline', () => {
    const classified = classify([...prose, 'https://example.com/news/bridge', '2026-03-03T06:05:00Z', '+++ === +++', 'November 18, 2019']);
    expect(byText(classified, 'https://example.com/news/bridge').machinery).toBe('url');
    expect(byText(classified, '2026-03-03T06:05:00Z').machinery).toBe('timestamp');
    expect(byText(classified, '+++ === +++').machinery).toBe('no-words');
    expect(byText(classified, 'November 18, 2019').machinery).toBe('date');
    for (const text of ['https://example.com/news/bridge', '2026-03-03T06:05:00Z']) expect(byText(classified, text).prose).toBe(false);
  });

  it('reads a menu line as not prose and charges it by its words', () => {
    const line = 'Home | News | Sport | Weather | Business';
    const menu = byText(classify([...prose, line]), line);
    expect(menu.prose).toBe(false);
    expect(menu.score).toBeLessThan(-3);
  });

  it('takes a short heading and a truncated teaser for non-prose', () => {
    const teaser = 'Residents said they were relieved that the long wait for a new crossing was...';
    const classified = classify(['Bridge works to start', ...prose, teaser]);
    expect(byText(classified, 'Bridge works to start').prose).toBe(false);
    expect(byText(classified, teaser).prose).toBe(false);
  });

  it('charges a line of code only what a fragment of running text costs', () => {
    const code = 'const total = items.reduce((sum, x) => sum + x, 0);';
    const c = byText(classify([...prose, code]), code);
    expect(c.prose).toBe(false);
    expect(c.score).toBe(-1);
  });

  it('softens the bullets of a list introduced by a colon', () => {
    const classified = classify([...prose, 'You will need:', '- Flour', '- Sugar', '- Butter']);
    for (const item of ['Flour', 'Sugar', 'Butter']) {
      const c = classified.find((x) => x.block.bullet && x.block.text.includes(item));
      expect(c?.score).toBe(-1);
    }
  });

  it('copies the verdict of a repeated line to its repeats', () => {
    const line = 'Home | News | Sport | Weather';
    const classified = classify([line, ...prose, line]);
    const repeats = classified.filter((c) => c.block.text === line);
    expect(repeats).toHaveLength(2);
    expect(repeats[0]?.block.index).not.toBe(repeats[1]?.block.index);
    expect(repeats[1]?.score).toBe(repeats[0]?.score);
    expect(repeats[1]?.prose).toBe(false);
  });
});
