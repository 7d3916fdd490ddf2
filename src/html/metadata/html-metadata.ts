import type { Document, Element } from 'domhandler';
import type { Draft } from '../../article/draft.js';
import { normalizeLine } from '../../article/normalize.js';
import type { ProvenanceSource } from '../../article/schema.js';
import { labelledMetaAuthor, splitByline } from '../../metadata/authors.js';
import { type Candidate, namesOverlap, squash } from '../../metadata/candidates.js';
import { pickUnderBound } from '../../metadata/date.js';
import { type OutletSources, pickHtmlOutlet, siteNames } from '../../metadata/outlet.js';
import type { PageTypeSignals } from '../../metadata/page-type.js';
import { pickHtmlTitle, splitTitleSuffix } from '../../metadata/title.js';
import { hostOf, pageAddress, urlResolver } from '../../metadata/url.js';
import { AUTHOR_META_KEYS, AUTHOR_SOURCES } from '../../rules/field-sources.js';
import { baseHref, flatTextOf } from '../dom.js';
import { domBylineAuthors, textBylineAuthors } from './bylines.js';
import { headlineText } from './headline.js';
import { articleNode, type JsonObject, jsonLdNodes, namesOf, stringOf, typesOf } from './json-ld.js';
import { allMetaValues, firstMeta, metaTags } from './meta-tags.js';
import { pickHtmlDates } from './published.js';
import { type PageScan, scanPage } from './scan.js';

/**
 * Title, dates, outlet, authors, url, language and description from an HTML page. Each field is picked
 * from a ranked list of sources (title.ts, published.ts, outlet.ts, authors.ts) and records that source
 * for `--explain`.
 */

const DESCRIPTION_META = ['og:description', 'dc:description', 'description', 'twitter:description'];

export interface HtmlMetadata {
  fields: Omit<Draft, 'blocks' | 'removed'>;
  /** The JSON-LD articleBody, when the page gives one; the content stage decides whether to trust it. */
  articleBody: string | null;
  /** What the page's head says of its type (metadata/page-type.ts weighs it with the structure). */
  typeHints: Pick<PageTypeSignals, 'jsonLdTypes' | 'ogType' | 'generator'>;
}

function siteNodeName(nodes: readonly JsonObject[]): string | null {
  const site = nodes.find((n) => typesOf(n).includes('WebSite'));
  const org = nodes.find((n) => typesOf(n).some((t) => /(?:Organization|NewsMediaOrganization)$/.test(t)));
  return (site && stringOf(site.name)) || (org && stringOf(org.name)) || null;
}

/**
 * Authors from the first source that names any: JSON-LD, author meta tags, the marked-up byline, the
 * author Yoast SEO labels in its Twitter meta, then a byline printed as text. A source whose
 * names are all the publisher's (JSON-LD publisher, og:site_name, the host's name: "L-MAG" on l-mag.de) gives way to a later one that names
 * someone else: "Deutsche Welle" in meta author and "Kossivi Tiassou" in the byline. With nothing better
 * the publisher's name stays: a personal blog's site name is its author's. Beside a person, the
 * publisher's name is dropped.
 */
/** "unocero - Alberto Ávila" in meta author: the site's name before the person's. */
function withoutPublisherSegment(c: Candidate, isPublisherName: (name: string) => boolean): Candidate {
  const [a, b, ...more] = c.value.split(/\s[-–—|]\s/u).map((part) => part.trim());
  if (!a || !b || more.length > 0 || isPublisherName(a) === isPublisherName(b)) return c;
  return { value: isPublisherName(a) ? b : a, source: c.source };
}

function pickAuthors(
  scan: PageScan,
  nodes: readonly JsonObject[],
  article: JsonObject | undefined,
  meta: ReadonlyMap<string, string>,
  headline: Element | null,
  publishers: readonly string[],
): Candidate[] {
  const isPublisherName = (name: string) => publishers.some((p) => namesOverlap(p, name));
  const someoneElse = (names: string[]) => !names.every(isPublisherName);
  const readers: Record<(typeof AUTHOR_SOURCES)[number]['slot'], readonly (() => string[])[]> = {
    'json-ld': [() => (article ? namesOf(article.author, nodes).flatMap(splitByline) : [])],
    meta: AUTHOR_META_KEYS.map((key) => () => allMetaValues(scan.metas, key).flatMap(splitByline)),
    byline: [() => domBylineAuthors(scan.bylines)],
    'labelled-meta': [() => splitByline(labelledMetaAuthor(meta) ?? '')],
    text: [() => textBylineAuthors(scan.bylineTexts, headline, someoneElse)],
  };
  const sources = AUTHOR_SOURCES.flatMap(({ source, slot }) =>
    readers[slot].map((read) => () => read().map((value): Candidate => ({ value, source }))),
  );
  const isPublisher = (c: Candidate) => isPublisherName(c.value);
  let first: Candidate[] | null = null;
  for (const source of sources) {
    const candidates = source().map((c) => withoutPublisherSegment(c, isPublisherName));
    if (candidates.length === 0) continue;
    // "Rob Picheta, CNN": the outlet signing beside the person is not a second author.
    if (!candidates.every(isPublisher)) return candidates.filter((c) => !isPublisher(c));
    first ??= candidates;
  }
  return first ?? [];
}

export function extractHtmlMetadata(document: Document, options: { url?: string | undefined; crawlDate?: Date | undefined }): HtmlMetadata {
  const scan = scanPage(document);
  const nodes = jsonLdNodes(scan.jsonLdScripts);
  const article = articleNode(nodes);
  const meta = metaTags(scan.metas);
  const provenance: Draft['provenance'] = [];
  const from = (field: Draft['provenance'][number]['field'], source: ProvenanceSource) => provenance.push({ field, source });

  // url
  const resolve = urlResolver(baseHref(document), options.url ?? null);
  const canonical = pageAddress(scan.canonical?.attribs.href, resolve);
  const ogUrl = pageAddress(meta.get('og:url'), resolve);
  const ldUrl = pageAddress(article ? stringOf(article.url) : null, resolve);
  const url = options.url ?? canonical ?? ogUrl ?? ldUrl ?? null;
  if (url) from('url', options.url ? 'option' : canonical ? 'canonical' : ogUrl ? 'meta' : 'json-ld');

  // outlet and title share the site's names: a title suffix is stripped when it names the site
  const docTitle = normalizeLine(scan.title ? flatTextOf(scan.title) : '');
  const outletSources: OutletSources = {
    ldPublisher: article ? stringOf(article.publisher) : null,
    ldSiteName: siteNodeName(nodes),
    meta,
    titleSuffix: splitTitleSuffix(docTitle)?.suffix ?? null,
    host: hostOf(url),
  };
  const names = siteNames(outletSources);

  const headings = scan.headings.map(headlineText);
  const title = pickHtmlTitle({
    ldHeadline: article ? stringOf(article.headline) : null,
    ldName: article ? stringOf(article.name) : null,
    meta,
    docTitle,
    headings,
    firstSubheading: scan.firstSubheading ? normalizeLine(flatTextOf(scan.firstSubheading)) : null,
    siteNames: names,
  });
  if (title) from('title', title.source);

  const ldPage = nodes.find((n) => typesOf(n).some((t) => /WebPage$/.test(t)));
  // A page typed as something else (HowTo, Event, Product) still dates itself with datePublished.
  const ldDate = (key: string) =>
    (article && stringOf(article[key])) ||
    (ldPage && stringOf(ldPage[key])) ||
    stringOf(nodes.find((n) => typeof n[key] === 'string')?.[key]) ||
    null;
  // The headline element is the `<h1>` that holds the title (the first may be the logo); a page without one has its headline in an h2/h3.
  const titleKey = title ? squash(title.value) : '';
  const headlineIndex = titleKey ? headings.findIndex((h) => squash(h) === titleKey) : -1;
  // authors before the outlet: the outlet must not be one of them
  const headline = scan.headings[Math.max(0, headlineIndex)] ?? scan.firstSubheading;
  const authorCandidates = pickAuthors(scan, nodes, article, meta, headline, names);
  if (authorCandidates[0]) from('authors', authorCandidates[0].source);
  const outlet = pickHtmlOutlet(
    outletSources,
    authorCandidates.map((a) => a.value),
  );
  if (outlet) from('outlet', outlet.source);
  const authors = authorCandidates.map((a) => a.value).filter((a) => !outlet || a.toLowerCase() !== outlet.value.toLowerCase());

  const dates = pickUnderBound(options.crawlDate, (latest) =>
    pickHtmlDates(
      {
        ...scan,
        headline,
      },
      {
        ldPublished: ldDate('datePublished'),
        ldCreated: ldDate('dateCreated'),
        ldModified: ldDate('dateModified'),
        meta,
        url,
        latest,
      },
    ),
  );
  if (dates.date) from('date', dates.date.source);
  if (dates.published) from('published', dates.published.source);
  if (dates.modified) from('modified', dates.modified.source);

  const language = (scan.htmlLang ?? meta.get('og:locale') ?? meta.get('content-language') ?? '').trim().replace(/_/g, '-') || null;
  if (language) from('language', 'html-lang');
  const description = firstMeta(meta, DESCRIPTION_META)?.value ?? (article ? stringOf(article.description) : null);
  if (description) from('description', 'meta');

  return {
    fields: {
      title: title?.value ?? null,
      date: dates.date?.value ?? null,
      published: dates.published?.value ?? null,
      modified: dates.modified?.value ?? null,
      outlet: outlet?.value ?? null,
      authors,
      url,
      language,
      description,
      provenance,
    },
    articleBody: article ? stringOf(article.articleBody) : null,
    typeHints: { jsonLdTypes: nodes.flatMap(typesOf), ogType: meta.get('og:type') ?? null, generator: meta.get('generator') ?? null },
  };
}
