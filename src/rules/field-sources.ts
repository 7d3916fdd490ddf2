import type { ProvenanceSource } from '../article/schema.js';

/**
 * Where each metadata field of an HTML page is read from, most trusted first, with the reason for each
 * place in the order. The pickers (metadata/title.ts, metadata/outlet.ts, html/metadata/published.ts,
 * html/metadata/html-metadata.ts) walk these lists as given; `--explain` names the source that won.
 * Meta keys are normalised: lower case, dots as colons.
 */

export interface RankedSource<Slot extends string> {
  /** What `--explain` reports for a value found here. */
  source: ProvenanceSource;
  /** Which of the picker's values this entry stands for. */
  slot: Slot;
  why: string;
}

export const TITLE_META_KEYS = [
  // Dublin Core is rare but deliberate when present.
  'dc:title',
  'dcterm:title',
  'dcterms:title',
  // Open Graph: the title for link previews, usually the headline without the site name.
  'og:title',
  'title',
  'twitter:title',
  // Analytics copies of the headline, kept in step with the page by the analytics tag.
  'parsely-title',
  'sailthru:title',
] as const;

export const TITLE_SOURCES: readonly RankedSource<'json-ld' | 'meta' | 'title-tag' | 'h1' | 'subheading'>[] = [
  { source: 'json-ld', slot: 'json-ld', why: "the article node's headline: written for machines, never suffixed with the site" },
  { source: 'meta', slot: 'meta', why: 'the headline written for previews and crawlers, rarely suffixed' },
  { source: 'title-tag', slot: 'title-tag', why: 'every page has one; its site suffix is cut against the site names' },
  { source: 'h1', slot: 'h1', why: 'the printed headline, for pages without a <title>; on some pages the site logo' },
  { source: 'subheading', slot: 'subheading', why: 'the last resort of a fragment with no <title> or <h1>' },
];

export const SITE_NAME_META_KEYS = [
  // The name the site gives itself for link previews: the most deliberate statement.
  'og:site_name',
  // App names, often shortened ("Verge" for The Verge): after the preview name.
  'application-name',
  'apple-mobile-web-app-title',
  'publisher',
  'dc:publisher',
  'dcterms:publisher',
] as const;

export const OUTLET_SOURCES: readonly RankedSource<
  'ld-publisher' | 'og-site-name' | 'ld-site' | 'other-site-meta' | 'title-suffix' | 'host'
>[] = [
  { source: 'json-ld', slot: 'ld-publisher', why: "the publisher of the article's own node: who published this page" },
  { source: 'meta', slot: 'og-site-name', why: 'the name the site gives itself for link previews' },
  { source: 'json-ld', slot: 'ld-site', why: 'a WebSite or Organization node elsewhere in the graph, which may be a parent company' },
  { source: 'meta', slot: 'other-site-meta', why: 'app and publisher names, often shortened' },
  { source: 'title-suffix', slot: 'title-suffix', why: 'the site segment of "Headline | Outlet", when the title has one' },
  { source: 'host', slot: 'host', why: 'the registrable domain: always there, never the name as printed' },
];

export const AUTHOR_META_KEYS = [
  // Dublin Core creators are set deliberately, per article.
  'dc:creator',
  'dcterm:creator',
  'dcterms:creator',
  // The HTML standard's author name; some CMSs put the publisher here, which the picker sets aside.
  'author',
  'parsely-author',
  // Open Graph's article author: a name, or a profile URL that the byline parser refuses.
  'article:author',
  'sailthru:author',
  // The New York Times' byline meta.
  'byl',
] as const;

export const AUTHOR_SOURCES: readonly RankedSource<'json-ld' | 'meta' | 'byline' | 'labelled-meta' | 'text'>[] = [
  { source: 'json-ld', slot: 'json-ld', why: "the article node's author, by name or by @id in the graph" },
  { source: 'meta', slot: 'meta', why: 'author meta keys, in the order of AUTHOR_META_KEYS' },
  { source: 'byline', slot: 'byline', why: 'the byline the page marks up (rel=author, itemprop, byline classes)' },
  { source: 'meta', slot: 'labelled-meta', why: 'Yoast SEO\'s "Written by" label in the Twitter meta pairs' },
  { source: 'text', slot: 'text', why: 'a byline printed as text near the headline, for pages that mark none up' },
];

export const PUBLISHED_META_KEYS = [
  // Open Graph's article time and schema.org's property as a meta tag: set per article by the CMS.
  'article:published_time',
  'datepublished',
  'og:published_time',
  'published_time',
  'publish-date',
  'publishdate',
  'pubdate',
  // Dublin Core: availability and issue dates are the publication; a bare dc:date is less specific.
  'dcterms:available',
  'dcterms:created',
  'dcterms:issued',
  'dc:date:issued',
  'dc:date',
  'dcterms:date',
  'date',
  // Analytics and regional platforms' copies of the publication time.
  'sailthru:date',
  'parsely-pub-date',
  'weibo:article:create_at',
] as const;

/** Modified dates, reported as `modified` and never taken for the publication date. */
export const MODIFIED_META_KEYS = ['article:modified_time', 'datemodified', 'og:updated_time', 'dcterms:modified'] as const;

/**
 * The machine-readable publication dates, tried before any date written for the reader. After them come,
 * in html/metadata/published.ts: the URL's date, a date after a label ("Erstellt am:"), one just after or
 * above the headline, one in a date or byline area, data attributes and inline script data, then a date
 * written anywhere in the page's own text.
 */
export const PUBLISHED_SOURCES: readonly RankedSource<'ld-published' | 'meta' | 'ld-created' | 'time-element'>[] = [
  { source: 'json-ld', slot: 'ld-published', why: "the article node's datePublished, checked against the meta tags" },
  { source: 'meta', slot: 'meta', why: 'published-time meta keys, in the order of PUBLISHED_META_KEYS' },
  { source: 'json-ld', slot: 'ld-created', why: 'dateCreated: the draft may predate publication by days' },
  { source: 'time-element', slot: 'time-element', why: 'a <time> marked as the publication time or near the headline' },
];
