import { describe, expect, it } from 'vitest';
import { splitTextBlocks } from '../../src/text/blocks.js';
import { type ClassifiedBlock, classifyBlocks } from '../../src/text/classify.js';
import { detectLanguage } from '../../src/text/language.js';
import { findArticleSpan } from '../../src/text/span.js';
import { prose } from './text-cases.js';

/** Classify a dump as src/text/extract.ts does before it looks for the article's span. */
function classify(lines: readonly string[]): ClassifiedBlock[] {
  const blocks = splitTextBlocks(lines.join('\n'));
  return classifyBlocks(blocks, detectLanguage(blocks.map((b) => b.text)));
}
const indexOf = (classified: readonly ClassifiedBlock[], text: string): number => classified.findIndex((c) => c.block.text === text);
const menu = ['Home', 'News', 'Sport', 'Weather', 'Contact'];

describe('findArticleSpan', () => {
  it('covers the prose run and leaves the menu above it out', () => {
    const classified = classify([...menu, ...prose, 'Privacy', 'Terms']);
    const span = findArticleSpan(classified);
    expect(span).not.toBeNull();
    expect(span?.start).toBe(indexOf(classified, prose[0] ?? ''));
    expect(span?.end).toBe(indexOf(classified, prose[3] ?? ''));
    expect(span?.tailRule).toBeNull();
    expect(span?.boxes).toEqual([]);
  });

  it('is null when no block scores above zero', () => {
    expect(findArticleSpan(classify(menu))).toBeNull();
    expect(findArticleSpan([])).toBeNull();
  });

  it('ends before a trailing comment section, even with prose comments after it', () => {
    const comment = 'I have lived next to that bridge for thirty years and I am glad something is finally being done about it.';
    const classified = classify([
      ...menu,
      ...prose,
      'Leave a Reply',
      comment,
      'Another reader wrote that the new crossing will be a big help to everyone who works in town.',
    ]);
    const span = findArticleSpan(classified);
    expect(span?.start).toBe(indexOf(classified, prose[0] ?? ''));
    expect(span?.end).toBe(indexOf(classified, prose[3] ?? ''));
    expect(span?.tailRule).toBe('comment-form');
    expect(span?.runEnd).toBeGreaterThan(indexOf(classified, 'Leave a Reply'));
  });

  it('keeps up to two short closing sentences after the densest run', () => {
    const classified = classify([...prose, 'Thank you all so much.', 'See you soon!', 'Bye now.', 'Privacy']);
    const span = findArticleSpan(classified);
    expect(span?.end).toBe(indexOf(classified, 'See you soon!'));
    expect(span?.runEnd).toBe(span?.end);
  });

  it('lets one furniture line between paragraphs not split the article', () => {
    const classified = classify([prose[0] ?? '', prose[1] ?? '', 'Advertisement', prose[2] ?? '', prose[3] ?? '']);
    const span = findArticleSpan(classified);
    expect(span?.start).toBe(0);
    expect(span?.end).toBe(classified.length - 1);
  });
});
