import { normalizeLine } from '../article/normalize.js';

/**
 * A text dump keeps one visible element per line (html-to-text, innerText), so each non-empty line is a
 * block; bullets mark list items. `gapBefore` records a blank line above, which separates page regions.
 */
export interface TextBlock {
  index: number;
  text: string;
  bullet: boolean;
  gapBefore: boolean;
  words: number;
}

const BULLET = /^\s*(?:[*•·▪◦‣-]|\d{1,3}[.)])\s+/;

export function splitTextBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let gap = true;
  for (const raw of text.split(/\r\n?|\n/)) {
    const bullet = BULLET.test(raw);
    const line = normalizeLine(bullet ? raw.replace(BULLET, '') : raw);
    if (line.length === 0) {
      gap = true;
      continue;
    }
    blocks.push({
      index: blocks.length,
      text: line,
      bullet,
      gapBefore: gap,
      words: line.match(/[\p{L}\p{N}\p{M}_]+/gu)?.length ?? 0,
    });
    gap = false;
  }
  return blocks;
}
