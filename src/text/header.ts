import type { Draft } from '../article/draft.js';
import { BYLINE_START, splitByline } from '../metadata/authors.js';
import { beforeModifiedDate, parseRelativeDate, parseTextDate } from '../metadata/date.js';
import { cleanTitle } from '../metadata/title.js';
import { NOT_HEADLINE } from '../rules/text-header.js';
import { measureWords, type TextBlock } from './blocks.js';
import { parseDateline } from './dateline.js';
import { outletFromText } from './outlet.js';

/**
 * Title, date, outlet and authors of a text dump, read from the lines around the start of the article
 * run. A dump keeps no <title> or meta tags, so the headline is the line that looks most like one just
 * above the article (near its byline and date), the date comes from a dateline, a byline or a short date
 * line, and the outlet from a dateline or from how the page names itself (text-outlet.ts).
 */

/** How far above the article run we look for the headline, byline and dateline. */
const HEADER_LOOKBACK = 30;
/** Bylines and dates are sometimes printed just under the lede, inside the run. */
const HEADER_LOOKAHEAD = 3;
/** Two-word lines near a headline are names, labels and buttons far more often than headlines. */
const MIN_TITLE_WORDS = 3;
/** A headline is mostly letters; a line with as many digits and symbols is a date, a time or a counter. */
const MIN_LETTER_SHARE = 0.6;
/** Headlines rarely run past this many words; captions and standfirsts do. */
const LONG_TITLE_WORDS = 20;
/** What sitting right above the byline or the article is worth, divided by the distance in lines. */
const PROXIMITY_WEIGHT = 2;
/** A line between the date and the article is more often a subheading than the headline. */
const BELOW_DATE_PENALTY = 1.5;
/** Characters per word for scripts written without spaces, to measure their lines in words. */
const CJK_CHARS_PER_WORD = 2;
/** What being printed twice on the page is worth; short lines repeat as menu entries and buttons. */
const REPEAT_BONUS = 1.5;
const MIN_REPEATED_HEADLINE_WORDS = 4;
/** Share of capitalised words above which a line is in Title Case, as English headlines are. */
const TITLE_CASE_SHARE = 0.6;
const MAX_TITLE_WORDS = 40;
/** A headline in a script without spaces (Chinese, Japanese) is measured in characters. */
const MIN_TITLE_CHARS = 6;
/** A date line is short: the date, perhaps a time, a place or a "Published" label. */
const MAX_DATE_LINE_CHARS = 80;
/** A byline line names a few people and perhaps their role and a date. */
const MAX_BYLINE_LINE_CHARS = 160;

export type TextHeader = Pick<Draft, 'title' | 'date' | 'published' | 'outlet' | 'authors' | 'provenance'>;

interface HeaderLine {
  index: number;
  kind: 'dateline' | 'byline' | 'date';
  /** The byline part of a line that ends with one, and the headline before it. */
  glued?: { headline: string; byline: string };
}

/** A byline glued to the end of a line names a few people and perhaps their role. */
const MAX_GLUED_BYLINE_CHARS = 80;
// Capitalised, as a byline opens; "written by Jane Austen" in prose is not one.
const GLUED_BY = /\sBy\s+(?=\p{Lu})/gu;
// A dump joins the short lines above a headline into it: "... send your email. Crist has experience ...".
const SENTENCE_END = /(?<=[.!?])\s+(?=\p{Lu})/u;

/**
 * "Crist has experience to be vice president, McCain says By Adam C. Smith, Times Political Editor": a
 * dump that ran the headline and the byline into one line. The headline is the last sentence before "By".
 */
function gluedByline(text: string): HeaderLine['glued'] {
  const at = [...text.matchAll(GLUED_BY)].pop();
  if (at?.index === undefined) return undefined;
  const byline = text.slice(at.index).trim();
  const headline = text.slice(0, at.index).split(SENTENCE_END).pop()?.trim() ?? '';
  if (measureWords(headline).words < MIN_TITLE_WORDS || byline.length > MAX_GLUED_BYLINE_CHARS || splitByline(byline).length === 0)
    return undefined;
  return { headline, byline };
}

function titleScore(block: TextBlock, articleStart: number, anchor: number | null, repeats: number): number {
  const text = block.text;
  const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text);
  if (block.bullet || NOT_HEADLINE.some((re) => re.test(text))) return -1;
  if (cjk && text.length < MIN_TITLE_CHARS) return -1;
  const words = cjk ? Math.ceil(text.length / CJK_CHARS_PER_WORD) : block.words;
  if (words < MIN_TITLE_WORDS || words > MAX_TITLE_WORDS) return -1;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < text.replace(/\s/g, '').length * MIN_LETTER_SHARE) return -1;
  let score = 1;
  const wordList = text.split(/\s+/);
  if (wordList.filter((w) => /^\p{Lu}/u.test(w)).length >= wordList.length * TITLE_CASE_SHARE) score += 0.5;
  // A headline starts with a capital, a digit or a quote, and rarely ends a sentence.
  if (/^[\p{Lu}\p{N}"“‘'«¿¡\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) score += 1;
  if (/[.,;。，]$/u.test(text)) score -= 1.5;
  if (words >= 4 && words <= LONG_TITLE_WORDS) score += 1;
  // Captions and standfirsts run longer than headlines.
  if (words > LONG_TITLE_WORDS) score -= 1;
  // The headline sits right above the byline or dateline, or right above the text; a blog may print
  // the date above the headline, so both count.
  const above = (target: number) => (block.index < target ? PROXIMITY_WEIGHT / (target - block.index) : 0);
  score += anchor === null || block.index < anchor ? above(anchor ?? articleStart) : above(articleStart) - BELOW_DATE_PENALTY;
  // Pages print the headline twice (breadcrumb and heading, heading and share text).
  if (repeats > 1 && words >= MIN_REPEATED_HEADLINE_WORDS) score += REPEAT_BONUS;
  return score;
}

/** A written or relative date in a line, read only before any "Updated" and the like. */
function publicationDate(text: string, latest: Date | undefined) {
  const published = beforeModifiedDate(text);
  return parseTextDate(published, latest) ?? parseRelativeDate(published, latest);
}

function headerLines(blocks: readonly TextBlock[], from: number, to: number, articleStart: number, latest: Date | undefined): HeaderLine[] {
  const found: HeaderLine[] = [];
  for (let i = from; i < to; i++) {
    const text = blocks[i]?.text ?? '';
    if (parseDateline(text, latest)) found.push({ index: i, kind: 'dateline' });
    else if (text.length <= MAX_BYLINE_LINE_CHARS && BYLINE_START.test(text) && splitByline(text).length > 0)
      found.push({ index: i, kind: 'byline' });
    else if (text.length <= MAX_DATE_LINE_CHARS && publicationDate(text, latest)) found.push({ index: i, kind: 'date' });
    else if (i < articleStart) {
      // Inside the article a line ending "By Name" is prose.
      const glued = gluedByline(text);
      if (glued) found.push({ index: i, kind: 'byline', glued });
    }
  }
  return found;
}

/**
 * How often each line from `from` to `to` (exclusive) appears on the whole page. Only lines of a
 * candidate's length are compared: a 10 MB dump has some 200,000 lines and a handful of candidates.
 */
function repeatCounts(blocks: readonly TextBlock[], from: number, to: number): Map<string, number> {
  const counts = new Map<string, number>();
  const lengths = new Set<number>();
  for (const { text } of blocks.slice(from, to)) {
    counts.set(text, 0);
    lengths.add(text.length);
  }
  for (const { text } of blocks) {
    const n = lengths.has(text.length) ? counts.get(text) : undefined;
    if (n !== undefined) counts.set(text, n + 1);
  }
  return counts;
}

export function readTextHeader(
  blocks: readonly TextBlock[],
  articleStart: number,
  isBoilerplate: (index: number) => boolean,
  latest: Date | undefined,
): TextHeader {
  const header: TextHeader = { title: null, date: null, published: null, outlet: null, authors: [], provenance: [] };
  const from = Math.max(0, articleStart - HEADER_LOOKBACK);
  const to = Math.min(blocks.length, articleStart + HEADER_LOOKAHEAD);
  const lines = headerLines(blocks, from, to, articleStart, latest);
  // The header lines nearest the article start belong to it; earlier ones to teasers above it.
  const nearest = (kind: HeaderLine['kind']) =>
    lines.filter((l) => l.kind === kind).sort((a, b) => Math.abs(a.index - articleStart) - Math.abs(b.index - articleStart))[0];

  const dateline = nearest('dateline');
  const byline = nearest('byline');
  const dateLine = nearest('date');
  if (dateline) {
    const parsed = parseDateline(blocks[dateline.index]?.text ?? '', latest);
    if (parsed) {
      Object.assign(header, { date: parsed.date, published: parsed.published, outlet: parsed.outlet });
      header.provenance.push({ field: 'date', source: 'dateline' }, { field: 'outlet', source: 'dateline' });
    }
  }
  if (byline) {
    const text = byline.glued?.byline ?? blocks[byline.index]?.text ?? '';
    header.authors = splitByline(text);
    header.provenance.push({ field: 'authors', source: 'text-byline' });
    const parsed = header.date ? null : publicationDate(text, latest);
    if (parsed) {
      header.date = parsed.date;
      header.provenance.push({ field: 'date', source: 'text-byline' });
    }
  }
  if (!header.date && dateLine) {
    const text = blocks[dateLine.index]?.text ?? '';
    const parsed = publicationDate(text, latest);
    if (parsed) {
      header.date = parsed.date;
      header.provenance.push({ field: 'date', source: 'text-date-line' });
    }
  }

  const headerIndexes = new Set(lines.map((l) => l.index));
  const anchors = [dateline, byline, dateLine].filter((l): l is HeaderLine => l !== undefined && l.index <= articleStart);
  const anchor = anchors.length > 0 ? Math.min(...anchors.map((l) => l.index)) : null;
  // Below a byline or dateline comes the article; only a bare date line may sit above the headline (blogs).
  const hardStop = anchors.filter((l) => l.kind !== 'date').map((l) => l.index);
  const lastCandidate = hardStop.length > 0 ? Math.min(...hardStop) : articleStart;
  const counts = repeatCounts(blocks, from, lastCandidate);
  let best: { block: TextBlock; score: number } | null = null;
  for (let i = from; i < lastCandidate; i++) {
    const block = blocks[i];
    if (!block || isBoilerplate(i) || headerIndexes.has(i)) continue;
    const score = titleScore(block, articleStart, anchor, counts.get(block.text) ?? 0);
    if (score > 0 && (!best || score > best.score)) best = { block, score };
  }
  const gluedLine = byline?.glued && byline.index <= articleStart ? blocks[byline.index] : undefined;
  if (gluedLine && byline?.glued) {
    // The headline glued before the byline sits as close to it as a line right above it.
    const text = byline.glued.headline;
    const block = { ...gluedLine, text, ...measureWords(text) };
    const score = titleScore(block, articleStart, byline.index + 1, 0);
    if (score > 0 && (!best || score > best.score)) best = { block, score };
  }
  if (best) {
    header.title = cleanTitle(best.block.text);
    header.provenance.push({ field: 'title', source: 'text-headline' });
  }

  if (!header.outlet) {
    const outlet = outletFromText(
      blocks.map((b) => b.text),
      header.authors,
    );
    if (outlet) {
      header.outlet = outlet.value;
      header.provenance.push({ field: 'outlet', source: outlet.source });
    }
  }
  return header;
}
