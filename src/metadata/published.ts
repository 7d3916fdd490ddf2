import type { CheerioAPI } from 'cheerio/slim';
import type { Element } from 'domhandler';
import { normalizeLine } from '../article/normalize.js';
import { classAndId, textOf } from '../html/dom.js';
import { type Candidate, ranked } from './candidates.js';
import { type ParsedDate, parseIsoDate, parseRelativeDate, parseTextDate, parseUrlDate } from './date.js';

/**
 * The publication date of an HTML page, and its last modification. Sources, most trusted first: JSON-LD
 * datePublished, published-time meta tags, JSON-LD dateCreated, a `<time>` marked as the publication
 * time or sitting near the headline, the URL, then a date written in the byline area. Modified dates are
 * never taken for the publication date.
 */

// Published-date meta keys (normalised: lower case, dots as colons), most specific first.
const PUBLISHED_META = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'published_time',
  'publish-date',
  'publishdate',
  'pubdate',
  'dcterms:available',
  'dcterms:created',
  'dcterms:issued',
  'dc:date:issued',
  'dc:date',
  'dcterms:date',
  'date',
  'sailthru:date',
  'parsely-pub-date',
  'weibo:article:create_at',
];
const MODIFIED_META = ['article:modified_time', 'datemodified', 'og:updated_time', 'dcterms:modified'];

// Where a template prints the date next to the headline: classes like "byline", "post-date", "entry-meta".
const DATE_AREA_CLASS = /byline|dateline|date|time|posted|published|entry-meta|post-meta|article-meta|meta-info/i;
// Dates inside these are someone else's: comments, related-article cards, sidebars.
const FOREIGN_AREA = /comment|related|recommend|sidebar|widget|footer|promo|teaser|card|more-|trending|popular/i;
/** A date area longer than this is a paragraph that happens to hold a date. */
const MAX_DATE_AREA_CHARS = 120;
/** Only the first few date-shaped elements count; the publication date sits at the top of the article. */
const MAX_DATE_AREAS = 20;

export interface DateSources {
  ldPublished: string | null;
  ldCreated: string | null;
  ldModified: string | null;
  meta: ReadonlyMap<string, string>;
  url: string | null;
  latest: Date | undefined;
}

function inForeignArea(el: Element): boolean {
  for (let p: Element | null = el; p && p.type === 'tag'; p = p.parent as Element | null) {
    if (p.name === 'footer' || p.name === 'aside' || FOREIGN_AREA.test(classAndId(p))) return true;
  }
  return false;
}

/** `<time>` elements, the publication-marked ones first, skipping those in comments and related cards. */
function timeElements($: CheerioAPI): string[] {
  const marked: string[] = [];
  const plain: string[] = [];
  $('time[datetime], [itemprop~="datePublished"]').each((_, el) => {
    if (inForeignArea(el)) return;
    const value = el.attribs.datetime ?? el.attribs.content ?? normalizeLine(textOf(el));
    const isPublished =
      /datePublished/i.test(el.attribs.itemprop ?? '') || 'pubdate' in el.attribs || /publish|entry-date/i.test(classAndId(el));
    if (/modif|updat/i.test(`${el.attribs.itemprop ?? ''} ${classAndId(el)}`)) return;
    (isPublished ? marked : plain).push(value);
  });
  return [...marked, ...plain.slice(0, 1)];
}

/** Short elements whose class says "date" or "byline", read as human-written dates. */
function dateAreaTexts($: CheerioAPI): string[] {
  const texts: string[] = [];
  $('body *').each((_, el) => {
    if (texts.length >= MAX_DATE_AREAS) return false;
    if (!DATE_AREA_CLASS.test(classAndId(el)) || /modif|updat/i.test(classAndId(el)) || inForeignArea(el)) return;
    const text = normalizeLine(textOf(el));
    if (text.length > 0 && text.length <= MAX_DATE_AREA_CHARS) texts.push(text);
    return;
  });
  return texts;
}

export interface PickedDates {
  date: Candidate | null;
  published: Candidate | null;
  modified: Candidate | null;
}

export function pickHtmlDates($: CheerioAPI, src: DateSources): PickedDates {
  const latest = src.latest;
  const machine = ranked([
    ['json-ld', src.ldPublished],
    ...PUBLISHED_META.map((k) => ['meta', src.meta.get(k)] as const),
    ['json-ld', src.ldCreated],
    ...timeElements($).map((v) => ['time-element', v] as const),
  ]);
  let found: { parsed: ParsedDate; source: string } | null = null;
  for (const c of machine) {
    const parsed = parseIsoDate(c.value, latest);
    if (parsed) {
      found = { parsed, source: c.source };
      break;
    }
  }
  const fromUrl = !found && src.url ? parseUrlDate(src.url, latest) : null;
  if (fromUrl) found = { parsed: fromUrl, source: 'url' };
  if (!found) {
    for (const text of dateAreaTexts($)) {
      const parsed = parseTextDate(text, latest) ?? parseRelativeDate(text, latest);
      if (parsed) {
        found = { parsed, source: 'text' };
        break;
      }
    }
  }
  const modifiedRaw = ranked([['json-ld', src.ldModified], ...MODIFIED_META.map((k) => ['meta', src.meta.get(k)] as const)]);
  let modified: Candidate | null = null;
  for (const c of modifiedRaw) {
    const parsed = parseIsoDate(c.value);
    if (parsed) {
      modified = { value: parsed.published ?? parsed.date, source: c.source };
      break;
    }
  }
  return {
    date: found ? { value: found.parsed.date, source: found.source } : null,
    published: found?.parsed.published ? { value: found.parsed.published, source: found.source } : null,
    modified,
  };
}
