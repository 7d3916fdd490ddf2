import type { AnyNode, Element } from 'domhandler';
import { normalizeLine } from '../../article/normalize.js';
import type { ProvenanceSource } from '../../article/schema.js';
import { type Candidate, ranked, rankedBySlot } from '../../metadata/candidates.js';
import {
  beforeModifiedDate,
  type ParsedDate,
  parseIsoDate,
  parseMachineDate,
  parseRelativeDate,
  parseTextDate,
  parseUrlDate,
  writtenDays,
} from '../../metadata/date.js';
import { AS_OF_DATE_WORDS, DATA_DATE_ATTRIBUTES, PUBLISHED_DATE_LABELS, SCRIPT_PUBLISHED_KEYS } from '../../rules/date-words.js';
import { MODIFIED_META_KEYS, PUBLISHED_META_KEYS, PUBLISHED_SOURCES, RECORD_DATE_META_KEYS } from '../../rules/field-sources.js';
import { DATE_AREA_CLASS, FOREIGN_AREA } from '../../rules/metadata-classes.js';
import { classAndId, flatTextOf, nextAfterSubtree } from '../dom.js';

/**
 * The publication date of an HTML page, and its last modification. Sources, most trusted first: JSON-LD
 * datePublished, published-time meta tags, JSON-LD dateCreated, a `<time>` marked as the publication
 * time or sitting near the headline, the URL; then dates written for the reader: one after a label
 * ("Erstellt am:", "Datum"), one just after or above the headline, then one in a date or byline area.
 * A label or the headline's neighbourhood says whose date it is; a date-classed area may be a list of
 * other posts ("post-date" in a recent-posts box), so it comes after them. Modified dates are never taken
 * for the publication date.
 */

const DAY_MS = 86_400_000;

/** A date area longer than this is a paragraph that happens to hold a date. */
const MAX_DATE_AREA_CHARS = 120;

export interface DateSources {
  ldPublished: string | null;
  ldCreated: string | null;
  ldModified: string | null;
  meta: ReadonlyMap<string, string>;
  url: string | null;
  latest: Date | undefined;
}

/**
 * Ancestors past this many levels are page layout ("sidebar" columns, blog "widget" frames that wrap the
 * whole post), not the card or comment a date belongs to.
 */
const MAX_FOREIGN_DEPTH = 3;

/**
 * Whether el sits in a comment, card, sidebar or footer. An `<aside>` or a footer does not count for a
 * `labelled` date: "Datum 12.01.2017" in an aside's `<dl>` is the post's data box, and "Erschienen am:
 * 01.11.2023" in a review's footer is its own publication line, not another post's date.
 */
function inForeignArea(el: Element, labelled = false): boolean {
  let depth = 0;
  for (let p: Element | null = el; p && p.type === 'tag' && depth < MAX_FOREIGN_DEPTH; p = p.parent as Element | null, depth++) {
    const marks = labelled ? classAndId(p).replace(/footer/gi, '') : classAndId(p);
    if ((p.name === 'footer' && !labelled) || (p.name === 'aside' && !labelled) || FOREIGN_AREA.test(marks)) return true;
    // The article element is the post itself: whatever wraps it is layout.
    if (p.name === 'article' || p.name === 'main' || p.name === 'body') return false;
  }
  return false;
}

/** Text under root, stopping once it passes max characters: a date area wrapping a whole article costs nothing. */
function boundedText(root: AnyNode, max: number): string {
  let text = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && text.length <= max) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') text += node.data;
    else if (node.type === 'tag') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return text;
}

const PUBLISHED_LABEL = new RegExp(`^\\s*(?:${PUBLISHED_DATE_LABELS.join('|')})(?![\\p{L}])`, 'iu');

/** hAtom themes mark the post's `<time>` both "published" and "updated": the publication mark decides. */
const isDoublyMarked = (el: Element): boolean => {
  const marks = classAndId(el);
  return /publish/i.test(marks) && /modif|updat/i.test(marks);
};

/** A `<time datetime>` or an element marked as the publication date, and not a modification date. */
export function isTimeElement(el: Element): boolean {
  const itemprop = el.attribs.itemprop ?? '';
  // Blogger and old WordPress themes write the publication time as `<abbr class="published" title="ISO">`.
  const abbr = el.name === 'abbr' && !!el.attribs.title && /published/i.test(el.attribs.class ?? '');
  if (!((el.name === 'time' && el.attribs.datetime) || abbr || /\bdatePublished\b/.test(itemprop))) return false;
  return !/modif|updat/i.test(`${itemprop} ${classAndId(el)}`) || isDoublyMarked(el);
}

/** An element whose class says it holds the date or the byline. */
export function isDateArea(el: Element): boolean {
  const marks = classAndId(el);
  return DATE_AREA_CLASS.test(marks) && !/modif|updat/i.test(marks);
}

/** `<time>` values, the publication-marked ones first, skipping those in comments and related cards. */
function timeValues(times: readonly Element[]): string[] {
  const marked: string[] = [];
  const plain: string[] = [];
  // Several doubly marked times are a list of posts (archives, widgets), not this post's date.
  const listed = times.filter(isDoublyMarked).length > 1;
  for (const el of times) {
    if (inForeignArea(el) || (listed && isDoublyMarked(el))) continue;
    const text = normalizeLine(flatTextOf(el));
    // A date the time element's text labels as the publication date ("Publié le 29 juin 2019") wins over a
    // datetime attribute of another day (the day the post was re-saved); an unlabelled text does not.
    const written = el.attribs.datetime && text.length <= MAX_DATE_AREA_CHARS && PUBLISHED_LABEL.test(text) ? parseTextDate(text) : null;
    const differs = written && el.attribs.datetime && parseIsoDate(el.attribs.datetime)?.date !== written.date;
    const value =
      (differs ? written?.date : undefined) ??
      el.attribs.datetime ??
      el.attribs.content ??
      (el.name === 'abbr' ? el.attribs.title : undefined) ??
      text;
    const isPublished =
      /datePublished/i.test(el.attribs.itemprop ?? '') || 'pubdate' in el.attribs || /publish|entry-date/i.test(classAndId(el));
    (isPublished ? marked : plain).push(value);
  }
  return [...marked, ...plain.slice(0, 1)];
}

/** Short texts of date and byline areas, read as human-written dates. */
function dateAreaTexts(areas: readonly Element[]): string[] {
  const texts: string[] = [];
  for (const el of areas) {
    if (inForeignArea(el)) continue;
    const text = normalizeLine(boundedText(el, MAX_DATE_AREA_CHARS * 2));
    if (text.length > 0 && text.length <= MAX_DATE_AREA_CHARS) texts.push(text);
  }
  return texts;
}

/** Written dates sit within this many characters after the headline ("Donnerstag, 15.2.2018, 19:51"). */
const NEAR_HEADLINE_CHARS = 200;
const SKIPPED_NEAR_HEADLINE = new Set(['script', 'style', 'noscript', 'template', 'svg', 'select']);

/** The text that follows the headline in document order, up to max characters. */
function textAfter(el: AnyNode, max: number): string {
  let text = '';
  let node: AnyNode | null = el;
  node = nextAfterSubtree(el);
  while (node && text.length < max) {
    if (node.type === 'text') text += ` ${node.data}`;
    if (node.type === 'tag' && !SKIPPED_NEAR_HEADLINE.has(node.name) && node.children.length > 0) {
      node = node.children[0] as AnyNode;
      continue;
    }
    node = nextAfterSubtree(node);
  }
  return normalizeLine(text).slice(0, max);
}

/**
 * A date line set inside the headline element, as some templates print it: `<h1>Headline<br><small>
 * 02.02.2022</small></h1>`. Only a `<small>`, a `<time>` or a date-classed part counts: a date in the
 * headline's own words ("Am 24.02.2022 begann ...") is news, not a dateline. It comes before the text
 * after the headline, which may already be the lead paragraph.
 */
function dateLineInHeadline(headline: Element): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...headline.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    if (node.name === 'small' || node.name === 'time' || isDateArea(node)) parts.push(flatTextOf(node));
    else stack.push(...node.children);
  }
  return normalizeLine(parts.join(' '));
}

/** The date follows its label closely: "Datum: 26. Januar 2022". */
const LABELLED_DATE_CHARS = 40;

/**
 * A dateline printed just above the headline ("Bonn, 11.10.2021", a kicker "02.01.2022") is this short,
 * with room for a short byline beside it ("05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)").
 */
const ABOVE_HEADLINE_CHARS = 90;

/** The text just before the headline in document order, up to max characters. */
function textBefore(el: Element, max: number): string {
  let text = '';
  const prev = (n: AnyNode): AnyNode | null => {
    for (let p: AnyNode | null = n; p; p = p.parent) if (p.prev) return p.prev;
    return null;
  };
  let node: AnyNode | null = prev(el);
  while (node && text.length < max) {
    if (node.type === 'text') text = `${node.data} ${text}`;
    if (node.type === 'tag' && !SKIPPED_NEAR_HEADLINE.has(node.name) && node.children.length > 0) {
      node = node.children[node.children.length - 1] as AnyNode;
      continue;
    }
    node = prev(node);
  }
  const line = normalizeLine(text);
  return line.slice(Math.max(0, line.length - max));
}

export interface PickedDates {
  date: Candidate | null;
  published: Candidate | null;
  modified: Candidate | null;
}

/** Attribute values and script keys that hold a date, read when the markup itself prints none. */
const SCRIPT_DATE = new RegExp(`["'](?:${SCRIPT_PUBLISHED_KEYS.join('|')})["']\\s*:\\s*["'](\\d{4}-\\d{2}-\\d{2}[^"']{0,40})["']`);

/** The first publication date stated in inline script data (app state, CMS config). */
function scriptDate(scripts: readonly string[], latest: Date | undefined): ParsedDate | null {
  for (const source of scripts) {
    const m = SCRIPT_DATE.exec(source);
    const parsed = m?.[1] ? parseIsoDate(m[1], latest) : null;
    if (parsed) return parsed;
  }
  return null;
}

/** The first date in a `data-*` publication attribute outside comments and cards. */
function dataAttributeDate(elements: readonly Element[], latest: Date | undefined): ParsedDate | null {
  for (const el of elements) {
    if (inForeignAncestor(el, ancestorsOf(null))) continue;
    for (const attribute of DATA_DATE_ATTRIBUTES) {
      const value = el.attribs[attribute];
      const parsed = value ? parseMachineDate(value, latest) : null;
      if (parsed) return parsed;
    }
  }
  return null;
}

/** The headline's ancestors: the page's own area, however its layout classes read ("content right-sidebar"). */
export function ancestorsOf(el: Element | null): Set<AnyNode> {
  const set = new Set<AnyNode>();
  for (let p: AnyNode | null = el; p; p = p.parent) set.add(p);
  return set;
}

/** Ancestors that hold someone else's text, looked for all the way up (a comment thread nests deep). */
export function inForeignAncestor(node: AnyNode, own: ReadonlySet<AnyNode>): boolean {
  for (let p = node.parent as Element | null; p && p.type === 'tag'; p = p.parent as Element | null) {
    if (own.has(p) || p.name === 'article' || p.name === 'main') return false;
    if (p.name === 'footer' || p.name === 'aside' || p.name === 'nav' || FOREIGN_AREA.test(classAndId(p))) return true;
  }
  return false;
}

const AS_OF_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${AS_OF_DATE_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/**
 * The last resort: the first written date in a short text of the page's own area, in document order.
 * Lines that only say when the page was updated ("Stand:", "Aktualisiert:") come after every other date.
 */
function writtenDate(
  texts: readonly { node: AnyNode; text: string }[],
  headline: Element | null,
  latest: Date | undefined,
): ParsedDate | null {
  const own = ancestorsOf(headline);
  let asOf: ParsedDate | null = null;
  for (const { node, text } of texts) {
    if (inForeignAncestor(node, own)) continue;
    if (AS_OF_WORD.test(text)) {
      asOf ??= parseTextDate(text, latest);
      continue;
    }
    const parsed = parseTextDate(text, latest);
    if (parsed) return parsed;
  }
  return asOf;
}

export interface DateElements {
  times: readonly Element[];
  dateAreas: readonly Element[];
  /** The element holding the headline; dates are printed just after or above it. */
  headline: Element | null;
  dateLabels: readonly AnyNode[];
  dataDated: readonly Element[];
  inlineScripts: readonly string[];
  datedTexts: readonly { node: AnyNode; text: string }[];
}

/**
 * JSON-LD datePublished and the published-time meta tags sometimes disagree: a CMS or an SEO plugin
 * writes one at first publication and the other at a re-publication, and which is which varies by CMS,
 * so no fixed rank is right (on the dev sets, meta-first wins pages on some and loses pages on others).
 * The page's own evidence decides: the one that a date the reader sees (a `<time>`, the date under the
 * headline) or the URL agrees with. With no witness, or both witnessed, JSON-LD stays.
 */
function settleJsonLdAgainstMeta(
  ld: ParsedDate,
  machine: readonly Candidate[],
  elements: DateElements,
  fromUrl: ParsedDate | null,
  latest: Date | undefined,
): { parsed: ParsedDate; source: ProvenanceSource } | null {
  const metaValue = machine.find((c) => c.source === 'meta' && parseIsoDate(c.value, latest));
  const meta = metaValue ? parseIsoDate(metaValue.value, latest) : null;
  if (!meta || meta.date === ld.date) return null;
  const witnesses = [
    fromUrl?.date,
    // What a `<time>` shows, not its attribute: "Dec. 6, 2024" in a datetime of the re-publication.
    ...elements.times
      .filter((el) => !inForeignArea(el))
      .map((el) => (parseTextDate(normalizeLine(flatTextOf(el)), latest) ?? parseIsoDate(el.attribs.datetime ?? '', latest))?.date),
    elements.headline ? parseTextDate(beforeModifiedDate(textAfter(elements.headline, NEAR_HEADLINE_CHARS)), latest)?.date : undefined,
    // A date line printed above the headline ("6 May 2022 - 2:00 a. m.").
    elements.headline ? parseTextDate(textBefore(elements.headline, ABOVE_HEADLINE_CHARS), latest)?.date : undefined,
  ];
  if (witnesses.includes(ld.date)) return null;
  return witnesses.includes(meta.date) ? { parsed: meta, source: 'meta' } : null;
}

/**
 * The date printed with the headline: a date line inside it, else one just after it, else a dateline just
 * above it; each read only when the one before holds no date. Of a line that also gives an update date,
 * the part before "Updated" is the first publication ("May 2, 2019 · Updated March 11, 2019"). A line
 * above the headline that is only an update date ("Last updated: Dec 12, 2025") is what the page shows as
 * its date: it counts when the page states no other (`updateCounts`), never against a machine date.
 */
function shownDate(headline: Element, latest: Date | undefined, updateCounts: boolean): { text: string; parsed: ParsedDate } | null {
  const readers = [
    () => beforeModifiedDate(dateLineInHeadline(headline)),
    () => beforeModifiedDate(textAfter(headline, NEAR_HEADLINE_CHARS)),
    () => {
      const above = textBefore(headline, ABOVE_HEADLINE_CHARS);
      return updateCounts ? above : beforeModifiedDate(above);
    },
  ];
  for (const read of readers) {
    const text = read();
    const parsed = parseTextDate(text, latest);
    if (parsed) return { text, parsed };
  }
  return null;
}

/** Every day the page's data states: publication, creation and modification values, `<time>` attributes, the URL. */
function statedDays(machine: readonly Candidate[], src: DateSources, times: readonly Element[], latest: Date | undefined): Set<string> {
  const values = [
    ...machine.map((c) => c.value),
    src.ldModified,
    ...MODIFIED_META_KEYS.map((k) => src.meta.get(k)),
    ...times.map((el) => el.attribs.datetime),
  ];
  const days = new Set<string>();
  for (const value of values) {
    const day = value ? parseIsoDate(value, latest)?.date : undefined;
    if (day) days.add(day);
  }
  const fromUrl = src.url ? parseUrlDate(src.url, latest) : null;
  if (fromUrl) days.add(fromUrl.date);
  return days;
}

/**
 * The day the reader sees under (or just above) the headline, when it is not the machine-readable one.
 * A CMS may print the update date where the first publication stood ("04.02.2022 | 15:33 Uhr" under a
 * December datePublished, the day a `dateModified` states). The shown day wins when the page's data
 * states it too, or the machine date is only a record date; a day apart is a UTC timestamp shown in
 * the site's own zone, or a re-save the morning after, and the machine date stands (annotators of both
 * evaluations keep the UTC day). A date in a caption or standfirst under the
 * headline ("a photo taken September 29") is neither and is left alone, and so is a line that shows the
 * machine date as well ("29. Dezember 2022 30. Dezember 2022").
 */
function shownOverStated(
  found: { parsed: ParsedDate; source: ProvenanceSource },
  headline: Element,
  machine: readonly Candidate[],
  src: DateSources,
  times: readonly Element[],
  latest: Date | undefined,
): { parsed: ParsedDate; source: ProvenanceSource } | null {
  const shown = shownDate(headline, latest, false);
  if (!shown || shown.parsed.date === found.parsed.date || writtenDays(shown.text, latest).includes(found.parsed.date)) return null;
  const metaKey = found.source === 'meta' ? PUBLISHED_META_KEYS.find((k) => parseIsoDate(src.meta.get(k) ?? '', latest)) : undefined;
  const recordDate = metaKey !== undefined && RECORD_DATE_META_KEYS.includes(metaKey);
  const daysApart = Math.abs(Date.parse(shown.parsed.date) - Date.parse(found.parsed.date)) / DAY_MS;
  if (daysApart <= 1 || (!recordDate && !statedDays(machine, src, times, latest).has(shown.parsed.date))) return null;
  // The older timestamp under an update date is not what the page shows.
  return { parsed: { date: shown.parsed.date, published: null }, source: 'text' };
}

/** Whether a timestamp is written in a zone of its own (`+01:00`), not shifted to UTC. */
const hasLocalOffset = (parsed: ParsedDate): boolean => /[+-](?!00:?00)\d{2}:?\d{2}$/.test(parsed.published ?? '');

export function pickHtmlDates(elements: DateElements, src: DateSources): PickedDates {
  const latest = src.latest;
  const machine = rankedBySlot(PUBLISHED_SOURCES, {
    'ld-published': [src.ldPublished],
    meta: PUBLISHED_META_KEYS.map((k) => src.meta.get(k)),
    'ld-created': [src.ldCreated],
    'time-element': timeValues(elements.times),
  });
  let found: { parsed: ParsedDate; source: ProvenanceSource } | null = null;
  for (const c of machine) {
    const parsed = parseIsoDate(c.value, latest);
    if (parsed) {
      found = { parsed, source: c.source };
      break;
    }
  }
  const fromUrl = src.url ? parseUrlDate(src.url, latest) : null;
  if (found && elements.headline) found = shownOverStated(found, elements.headline, machine, src, elements.times, latest) ?? found;
  if (found?.source === 'json-ld') found = settleJsonLdAgainstMeta(found.parsed, machine, elements, fromUrl, latest) ?? found;
  if (fromUrl && !found) found = { parsed: fromUrl, source: 'url' };
  else if (
    fromUrl &&
    found &&
    !hasLocalOffset(found.parsed) &&
    Math.abs(Date.parse(found.parsed.date) - Date.parse(fromUrl.date)) === DAY_MS
  ) {
    // A timestamp shifted to UTC lands on the next or previous day; the URL carries the day the newsroom
    // published in its own time zone. A timestamp written with its own offset is already that day.
    found = { parsed: { date: fromUrl.date, published: found.parsed.published }, source: 'url' };
  }
  for (const label of elements.dateLabels) {
    if (found) break;
    const parent = label.parent as Element | null;
    if (parent && inForeignArea(parent, true)) continue;
    const own = label.type === 'text' ? label.data : '';
    const parsed = parseTextDate(`${own} ${textAfter(label, LABELLED_DATE_CHARS)}`, latest);
    if (parsed) found = { parsed, source: 'text' };
  }
  const headline = elements.headline;
  if (!found && headline) {
    const shown = shownDate(headline, latest, true);
    if (shown) found = { parsed: shown.parsed, source: 'text' };
  }
  if (!found) {
    for (const area of dateAreaTexts(elements.dateAreas)) {
      const text = beforeModifiedDate(area);
      const parsed = parseTextDate(text, latest) ?? parseRelativeDate(text, latest);
      if (parsed) {
        found = { parsed, source: 'text' };
        break;
      }
    }
  }
  if (!found) {
    const attribute = dataAttributeDate(elements.dataDated, latest);
    const script = attribute ? null : scriptDate(elements.inlineScripts, latest);
    if (attribute) found = { parsed: attribute, source: 'data-attribute' };
    else if (script) found = { parsed: script, source: 'script-data' };
  }
  if (!found) {
    const written = writtenDate(elements.datedTexts, headline, latest);
    if (written) found = { parsed: written, source: 'text' };
  }
  const modifiedRaw = ranked([['json-ld', src.ldModified], ...MODIFIED_META_KEYS.map((k) => ['meta', src.meta.get(k)] as const)]);
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
