import type { Draft } from '../article/draft.js';
import { parseDateline } from '../metadata/dateline.js';
import { cleanTitle } from '../metadata/title.js';
import type { TextBlock } from './blocks.js';

/**
 * Title, date and outlet of a text dump, read from the lines just above the article run: the nearest
 * title-shaped line is the headline, a "Outlet, Month D, YYYY" line is the dateline.
 */

/** How far above the article run we look for the headline and the dateline. */
const HEADER_LOOKBACK = 8;
const MIN_TITLE_WORDS = 2;
const MAX_TITLE_WORDS = 40;

export type TextHeader = Pick<Draft, 'title' | 'date' | 'published' | 'outlet' | 'authors' | 'provenance'>;

export function readTextHeader(
  blocks: readonly TextBlock[],
  articleStart: number,
  isBoilerplate: (index: number) => boolean,
  latest: Date | undefined,
): TextHeader {
  const header: TextHeader = { title: null, date: null, published: null, outlet: null, authors: [], provenance: [] };
  for (let i = articleStart - 1; i >= Math.max(0, articleStart - HEADER_LOOKBACK); i--) {
    const block = blocks[i];
    if (!block || isBoilerplate(i)) continue;
    if (!header.date) {
      const dateline = parseDateline(block.text, latest);
      if (dateline) {
        header.date = dateline.date;
        header.published = dateline.published;
        header.outlet = dateline.outlet;
        header.provenance.push({ field: 'date', source: 'dateline' }, { field: 'outlet', source: 'dateline' });
        continue;
      }
    }
    if (!header.title && block.words >= MIN_TITLE_WORDS && block.words <= MAX_TITLE_WORDS && !block.bullet) {
      header.title = cleanTitle(block.text);
      header.provenance.push({ field: 'title', source: 'text-headline' });
    }
  }
  return header;
}
