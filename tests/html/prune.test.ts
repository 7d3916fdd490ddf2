import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { furnitureGroup } from '../../src/html/prune.js';

const element = (attributes: string) => {
  const el = parseDocument(`<div ${attributes}></div>`).children[0];
  if (el?.type !== 'tag') throw new Error('no element');
  return el;
};

describe('furnitureGroup', () => {
  it('judges each class name on its own: a content name keeps the element', () => {
    expect(furnitureGroup(element('class="article-share"'))).toBe('share');
    expect(furnitureGroup(element('class="entry-content share-enabled"'))).toBeNull();
  });

  it('matches whole words only', () => {
    expect(furnitureGroup(element('class="shareholder-letter"'))).toBeNull();
    expect(furnitureGroup(element('id="comments"'))).toBe('comments');
    expect(furnitureGroup(element('class="hst-resgallery"'))).toBeNull();
    expect(furnitureGroup(element('class="asset_gallery"'))).toBe('gallery');
  });
});
