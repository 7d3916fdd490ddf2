import { normalizeLine } from '../article/normalize.js';
import { TITLE_META_KEYS, TITLE_SOURCES } from '../rules/field-sources.js';
import { POST_FORMAT_LABELS } from '../rules/post-format-labels.js';
import { type Candidate, namesOverlap, rankedBySlot, squash } from './candidates.js';

const LABEL_PREFIX = new RegExp(`^(?:${POST_FORMAT_LABELS.join('|')})\\s+(?=\\p{Lu}|\\p{N}|["“‘'])`, 'u');

/** "gallery Libya: ..." -> "Libya: ...". Only a lower-case label before a capitalised word counts. */
export function stripPostFormatLabel(title: string): string {
  return title.replace(LABEL_PREFIX, '');
}

/** The cleaner every title candidate passes through, whatever its source. */
export function cleanTitle(raw: string): string {
  // A separator left dangling at the end ("Headline -") is where a template dropped the site name.
  return stripPostFormatLabel(
    normalizeLine(raw)
      .replace(/¶$/, '')
      .replace(/\s+[-|–—·›]$/u, '')
      // A closing guillemet after a space ends a French quote ("« ... »"), not a separator.
      .replace(/\s+»$/u, (end, _at: number, title: string) => (title.includes('«') ? end : ''))
      .trimEnd(),
  );
}

// What sites put between a headline and their name: "Headline | Outlet", "Outlet - Headline", "Headline ›
// Outlet"; CJK titles use full-width bars and underscores without spaces ("标题｜网站", "标题_网站").
const SEPARATOR =
  / (?:\||-|–|—|::|·|»|›|\/) |\s*[｜丨]\s*|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])_(?=\S)/gu;
/** Site names are short; a longer segment after a separator is part of the headline. */
const MAX_SITE_WORDS = 6;
/** A "headline" shorter than this next to a separator is more likely a site or section name. */
const MIN_GUESSED_HEADLINE_WORDS = 3;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Splits "Headline | Outlet" at the last separator when the part after it could be a site name. */
export function splitTitleSuffix(title: string): { headline: string; suffix: string } | null {
  const at = [...title.matchAll(SEPARATOR)].pop();
  if (!at || at.index === undefined || at.index === 0) return null;
  const headline = title.slice(0, at.index).trim();
  const suffix = title.slice(at.index + at[0].length).trim();
  return headline && suffix && words(suffix) <= MAX_SITE_WORDS ? { headline, suffix } : null;
}

const SITE_IN_PARENS = /\s\(([^()]{2,60})\)$/u;
/** Trailing segments looked at for the site's name: "Headline | Site | Tagline" has it two from the end. */
const MAX_SUFFIX_SEGMENTS = 3;

/**
 * Cuts "Headline - Section | Outlet", "Headline | petri-heil.ch | Tagline" and "Headline | DW | 23.05.2011"
 * at the last-but-few segment that names the site: what follows the site's name (a tagline, a date) goes
 * with it, and a section before it stays only when it is not the site too.
 */
function stripTrailingSiteSegments(title: string, isSite: (part: string) => boolean): string {
  let result = title;
  for (let round = 0; round < 2; round++) {
    let cut = result;
    let rest = result;
    let found = false;
    for (let segment = 0; segment < MAX_SUFFIX_SEGMENTS; segment++) {
      const parts = splitTitleSuffix(rest);
      if (!parts) break;
      rest = parts.headline;
      if (isSite(parts.suffix)) {
        cut = parts.headline;
        found = true;
        break;
      }
    }
    if (!found) break;
    result = cut;
  }
  return result;
}

/** A breadcrumb is a section's name: a word or two ("iPhone", "Forum"). */
const MAX_CRUMB_WORDS = 2;
const MIN_CRUMBS = 2;
/** Trails run a few sections deep; counting stops there, so a keyword list is not split segment by segment. */
const MAX_CRUMBS = 4;

/**
 * "Headline | iPhone | Forum", once the site's name is cut: two or more one- or two-word segments at the
 * end are the trail of sections the page sits in. A single one may be a headline's last words.
 */
function withoutBreadcrumbs(title: string): string {
  let rest = title;
  let crumbs = 0;
  for (
    let parts = splitTitleSuffix(rest);
    parts && crumbs < MAX_CRUMBS && words(parts.suffix) <= MAX_CRUMB_WORDS;
    parts = splitTitleSuffix(rest)
  ) {
    rest = parts.headline;
    crumbs++;
  }
  return crumbs >= MIN_CRUMBS && words(rest) >= MIN_GUESSED_HEADLINE_WORDS ? rest : title;
}

/**
 * Removes the site's name from either end of a title when the page names itself that way elsewhere
 * (og:site_name, JSON-LD publisher, the host): "Headline | Outlet" and "Outlet - Headline" -> "Headline".
 * An unconfirmed segment stays: "Google - Site Reliability Engineering" may be the whole title.
 */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const isSite = (part: string) => words(part) <= MAX_SITE_WORDS && siteNames.some((name) => namesOverlap(part, name));
  // A page whose title is the site's own name and tagline (a home or video page) keeps it whole.
  if (siteNames.some((name) => squash(name) === squash(title))) return title;
  let result = stripTrailingSiteSegments(title, isSite);
  if (result !== title) result = withoutBreadcrumbs(result);
  // "»Einfach kein Geld mehr« (neues deutschland)": the site in parentheses after the headline.
  const parenthesised = SITE_IN_PARENS.exec(result);
  if (parenthesised?.[1] && isSite(parenthesised[1])) result = result.slice(0, parenthesised.index).trim();
  const first = [...result.matchAll(SEPARATOR)][0];
  if (first?.index && isSite(result.slice(0, first.index))) result = result.slice(first.index + first[0].length).trim();
  return result;
}

/** Shared words over the longer word list, case-folded: how well two title candidates agree. */
function similarity(a: string, b: string): number {
  const aw = new Set(a.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const bw = new Set(b.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const shared = [...aw].filter((w) => bw.has(w)).length;
  return shared / Math.max(aw.size, bw.size, 1);
}

export interface TitleSources {
  ldHeadline: string | null;
  ldName: string | null;
  meta: ReadonlyMap<string, string>;
  /** The `<title>` element. */
  docTitle: string;
  /** The page's `<h1>` texts, in document order. */
  headings: readonly string[];
  /** The first `<h2>`/`<h3>`, the last resort of a page without `<title>` or `<h1>` (a fragment). */
  firstSubheading: string | null;
  /** Names the site goes by (og:site_name, publisher, host label), to recognise a site suffix. */
  siteNames: readonly string[];
}

/**
 * JSON-LD `headline` and `name` of an article usually agree; when they do not, one of them is a site name
 * or a description ("Wikimedia list article"), and the one that agrees with the `<title>` is the headline.
 */
function jsonLdTitle(headline: string | null, name: string | null, docTitle: string): string | null {
  if (!headline || !name || headline === name) return headline ?? name;
  return similarity(name, docTitle) > similarity(headline, docTitle) ? name : headline;
}

/**
 * Where a title splits into segments: the spaced site separators and full-width bars, and a colon after a
 * kicker ("Klimaschutz: Bohren ..."). An underscore glued to CJK text may be part of the headline.
 */
const SEGMENT_SEPARATOR = / (?:\||-|–|—|::|·|»|›|\/) |\s*[｜丨]\s*|\s?:\s/gu;

/** Titles past this length are not split into segments to look for the headline. */
const MAX_SEGMENTED_TITLE_CHARS = 400;

/** Whether `part` is one segment of `title`, or a run of adjacent ones: "Headline" in "Kicker: Headline | Site". */
function isSegmentOf(part: string, title: string): boolean {
  // Every run of segments is compared: a title of hundreds of segments is a keyword list, not a headline.
  if (title.length > MAX_SEGMENTED_TITLE_CHARS) return false;
  const key = squash(part);
  const cuts = [...title.matchAll(SEGMENT_SEPARATOR)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length] as const);
  const starts = [0, ...cuts.map(([, end]) => end)];
  const ends = [...cuts.map(([start]) => start), title.length];
  return starts.some((start) => ends.some((end) => end > start && squash(title.slice(start, end)) === key));
}

/**
 * An `<h1>` that goes on after the title ("... in Tennessee") adds at least this many words; one
 * word more ("The seven secrets" for "Seven secrets") is a rewording, and the title source stands.
 */
const MIN_ADDED_HEADLINE_WORDS = 2;

/**
 * Whether an `<h1>` is the title's headline: one of its segments, or the title and more after it (more
 * before it is a section label: "Local News | Headline"). An `<h1>`
 * that ends the title after a longer part ("Evolve: Shared Mutable History — evolve extension for
 * Mercurial") is the site's banner: kickers, sections and site names before a headline are shorter,
 * or a single word.
 */
function confirms(h1: string, title: string): boolean {
  const h = squash(h1);
  const t = squash(title);
  if (!h || !t) return false;
  if (h.startsWith(t)) return words(h1) >= words(title) + MIN_ADDED_HEADLINE_WORDS;
  if (!isSegmentOf(h1, title)) return false;
  const before = t.endsWith(h) ? t.length - h.length : 0;
  // One word before the headline is a kicker or the site's name however long it is: "SONNENENERGIE: Der WindRebell".
  const kicker = title.split(SEGMENT_SEPARATOR)[0] ?? '';
  return before < h.length || (words(kicker) === 1 && squash(kicker).length === before);
}

/**
 * The headline the reader sees: the longest `<h1>` that the best title source confirms. Metadata titles
 * carry kickers, sections and site names ("Kicker: Headline | Site"); the `<h1>` is what the page shows.
 * An `<h1>` naming the site is its logo. A reworded `<h1>` is not confirmed: which wording is the title
 * then is a matter of taste, and the metadata's is the one feeds and shares show.
 */
function confirmedHeadline(headings: readonly string[], title: string, siteNames: readonly string[]): string | null {
  let best: string | null = null;
  for (const raw of headings) {
    const h1 = cleanTitle(raw);
    if (!h1 || siteNames.some((name) => namesOverlap(name, h1)) || !confirms(h1, title)) continue;
    if (!best || h1.length > best.length) best = h1;
  }
  return best;
}

/**
 * A metadata title that shares no word with a `<title>` the `<h1>` prints ("Medienmitteilungen" for
 * "Impfen und Boostern ..."): a section's or template's label. The `<title>` has the headline.
 */
function isSectionLabel(c: Candidate, src: TitleSources): boolean {
  if (c.source !== 'meta' && c.source !== 'json-ld') return false;
  // A label that names the site ("Yahoo News - Latest News & Headlines") is how it shares every page: it stays.
  if (c.value.split(SEGMENT_SEPARATOR).some((part) => src.siteNames.some((name) => namesOverlap(name, part)))) return false;
  const doc = squash(src.docTitle);
  return doc.length > 0 && similarity(c.value, src.docTitle) === 0 && src.headings.some((h) => squash(h).includes(doc));
}

/** The headline: the `<h1>` the title sources confirm, else the most trusted title source without site name. */
export function pickHtmlTitle(src: TitleSources): Candidate | null {
  const candidates = rankedBySlot(TITLE_SOURCES, {
    'json-ld': [jsonLdTitle(src.ldHeadline, src.ldName, src.docTitle)],
    meta: TITLE_META_KEYS.map((key) => src.meta.get(key)),
    'title-tag': [src.docTitle],
    h1: [src.headings[0]],
    subheading: [src.firstSubheading],
  });
  const best = candidates.find((c) => !isSectionLabel(c, src)) ?? candidates[0];
  if (!best) return null;
  const raw = cleanTitle(best.value);
  let value = stripSiteName(raw, src.siteNames);
  if (best.source === 'title-tag' && value === raw) {
    // No known site name in the <title>: a short trailing segment after a long enough headline is one anyway.
    const parts = splitTitleSuffix(value);
    if (parts && words(parts.headline) >= MIN_GUESSED_HEADLINE_WORDS) value = withoutBreadcrumbs(parts.headline);
  }
  const fromMarkup = best.source === 'h1' || best.source === 'subheading';
  const h1 = fromMarkup ? null : confirmedHeadline(src.headings, raw, src.siteNames);
  return h1 ? { value: h1, source: 'h1' } : { value, source: best.source };
}
