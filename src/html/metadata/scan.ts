import type { AnyNode, Element } from 'domhandler';
import { MAX_BYLINE_TEXT_CHARS, opensLikeByline } from '../../metadata/authors.js';
import { DATA_DATE_ATTRIBUTES, PUBLISHED_DATE_LABELS } from '../../rules/date-words.js';
import { isElement } from '../dom.js';
import { isBylineElement } from './bylines.js';
import { isDateArea, isTimeElement } from './published.js';

/**
 * One walk over the page collects every element the metadata stage reads, so a page costs one traversal
 * instead of a CSS selector per source. Elements keep document order.
 */
export interface PageScan {
  metas: Element[];
  jsonLdScripts: Element[];
  /** The first `<title>`, preferring the one in `<head>` (SVG icons carry titles too). */
  title: Element | null;
  canonical: Element | null;
  htmlLang: string | null;
  headings: Element[];
  /** The first `<h2>`/`<h3>`: the headline of a fragment or a bare page that has no `<h1>`. */
  firstSubheading: Element | null;
  times: Element[];
  dateAreas: Element[];
  bylines: Element[];
  /** Short texts that start with a publication-date label ("Datum:"), the date in or after them. */
  dateLabels: AnyNode[];
  /** Short body texts that hold a year, in document order: the last resort for a written date. */
  datedTexts: { node: AnyNode; text: string }[];
  /** Sources of inline scripts that are not JSON-LD: app state often carries the publication time. */
  inlineScripts: string[];
  /** Elements with a `data-*` attribute that names a publication time, in document order. */
  dataDated: Element[];
  /** Short body texts that open like a byline ("By", "von", "Autor:"), in document order. */
  bylineTexts: AnyNode[];
}

/** A label text node is short; checking the length first keeps the regex off body text. */
const MAX_LABEL_CHARS = 40;
const DATE_LABEL = new RegExp(`^\\s*(?:${PUBLISHED_DATE_LABELS.join('|')})\\s*:?\\s*(?:$|\\d)`, 'iu');

/** The headline sits among the first few `<h1>`; later ones are widgets and footers. */
const MAX_HEADINGS = 5;
/** Date areas and byline boxes sit at the top of the article; the first few are enough. */
const MAX_AREAS = 40;
const MAX_LABELS = 10;
/** A date printed on its own or in a short line; longer texts are prose that mentions dates. */
const MAX_DATED_TEXT_CHARS = 160;
const MAX_DATED_TEXTS = 200;
/** The opening of a longer text where a date may stand first ("01.02.2022 „Der Arbeitsmarkt ..."). */
const LEADING_DATE_CHARS = 24;
// A four-digit year of the web era or a two-digit-year dotted date ("26.10.13").
const HOLDS_YEAR = /(?:19|20)\d{2}|\d\.\d{1,2}\.\d{2}/;
/** Inline scripts past this size are bundled code, not page data. */
const MAX_INLINE_SCRIPT_CHARS = 500_000;
const MAX_INLINE_SCRIPTS = 30;
// Subtrees that hold no visible metadata: a byline or date inside them is code or a template.
const OPAQUE = new Set(['script', 'style', 'noscript', 'template', 'svg']);

export function scanPage(root: AnyNode): PageScan {
  const scan: PageScan = {
    metas: [],
    jsonLdScripts: [],
    title: null,
    canonical: null,
    htmlLang: null,
    headings: [],
    firstSubheading: null,
    times: [],
    dateAreas: [],
    bylines: [],
    dateLabels: [],
    datedTexts: [],
    inlineScripts: [],
    dataDated: [],
    bylineTexts: [],
  };
  let inBody = false;
  let titleInHead = false;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) {
      if (node.type === 'text' && inBody) {
        const short = node.data.length <= MAX_DATED_TEXT_CHARS * 2;
        const text = (short ? node.data : node.data.slice(0, LEADING_DATE_CHARS * 2)).replace(/\s+/g, ' ').trim();
        if (short && text.length <= MAX_LABEL_CHARS && scan.dateLabels.length < MAX_LABELS && DATE_LABEL.test(text))
          scan.dateLabels.push(node);
        // A long text counts only when it opens with a date ("01.02.2022 Der Arbeitsmarkt ..."); prose that mentions one does not.
        const dated = short && text.length <= MAX_DATED_TEXT_CHARS ? text : /^\d/.test(text) ? text.slice(0, LEADING_DATE_CHARS) : '';
        if (scan.datedTexts.length < MAX_DATED_TEXTS && HOLDS_YEAR.test(dated)) scan.datedTexts.push({ node, text: dated });
        if (short && text.length <= MAX_BYLINE_TEXT_CHARS && scan.bylineTexts.length < MAX_AREAS && opensLikeByline(text))
          scan.bylineTexts.push(node);
      }
      if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
      continue;
    }
    const name = node.name;
    if (name === 'meta') scan.metas.push(node);
    else if (name === 'script') {
      const type = (node.attribs.type ?? '').trim().toLowerCase();
      if (type === 'application/ld+json') scan.jsonLdScripts.push(node);
      else if (!node.attribs.src && scan.inlineScripts.length < MAX_INLINE_SCRIPTS) {
        const source = node.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
        if (source.length <= MAX_INLINE_SCRIPT_CHARS) scan.inlineScripts.push(source);
      }
    } else if (name === 'title') {
      const inHead = (node.parent as Element | null)?.name === 'head';
      if (!scan.title || (inHead && !titleInHead)) {
        scan.title = node;
        titleInHead = inHead;
      }
    } else if (name === 'link') {
      if (!scan.canonical && /(?:^|\s)canonical(?:\s|$)/i.test(node.attribs.rel ?? '')) scan.canonical = node;
    } else if (name === 'html') scan.htmlLang ??= node.attribs.lang ?? null;
    else if (name === 'body') inBody = true;
    else if (name === 'h1' && scan.headings.length < MAX_HEADINGS) scan.headings.push(node);
    else if ((name === 'h2' || name === 'h3') && !scan.firstSubheading) scan.firstSubheading = node;
    if (OPAQUE.has(name)) continue;
    if (isTimeElement(node)) scan.times.push(node);
    if (inBody && scan.dataDated.length < MAX_AREAS && DATA_DATE_ATTRIBUTES.some((a) => a in node.attribs)) scan.dataDated.push(node);
    if (inBody && scan.dateAreas.length < MAX_AREAS && isDateArea(node)) scan.dateAreas.push(node);
    if (scan.bylines.length < MAX_AREAS && isBylineElement(node)) scan.bylines.push(node);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return scan;
}
