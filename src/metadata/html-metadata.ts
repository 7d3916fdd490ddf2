import type { CheerioAPI } from 'cheerio/slim';
import type { Draft } from '../article/draft.js';
import { normalizeLine } from '../article/normalize.js';
import { parseIsoDate, parseUrlDate } from './date.js';
import { articleNode, type JsonObject, jsonLdNodes, namesOf, stringOf, typesOf } from './json-ld.js';
import { firstMeta, metaTags } from './meta-tags.js';
import { hostOf, outletFromHost, splitTitleSuffix } from './outlet.js';
import { cleanTitle } from './title.js';

/**
 * Title, dates, outlet, authors, url, language and description from an HTML page. Each field takes the
 * first source that answers, most trusted first, and records that source for `--explain`.
 */

// Published-date meta keys, most specific first; modified-date keys are deliberately absent.
const PUBLISHED_META = [
  'article:published_time',
  'datepublished',
  'og:published_time',
  'published_time',
  'publish-date',
  'publishdate',
  'pubdate',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.date',
  'sailthru.date',
  'parsely-pub-date',
];
const MODIFIED_META = ['article:modified_time', 'datemodified', 'og:updated_time', 'dcterms.modified'];
const TITLE_META = ['og:title', 'twitter:title', 'dc.title', 'headline'];
const OUTLET_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const AUTHOR_META = ['author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author'];
const DESCRIPTION_META = ['og:description', 'description', 'twitter:description'];

export interface HtmlMetadata {
  fields: Omit<Draft, 'blocks' | 'removed'>;
  /** The JSON-LD articleBody, when the page gives one; the content stage decides whether to trust it. */
  articleBody: string | null;
}

function publisherName(nodes: readonly JsonObject[], article: JsonObject | undefined): string | null {
  const fromArticle = article ? stringOf(article.publisher) : null;
  if (fromArticle) return fromArticle;
  const org = nodes.find((n) => typesOf(n).some((t) => t === 'NewsMediaOrganization' || t === 'Organization'));
  const site = nodes.find((n) => typesOf(n).includes('WebSite'));
  return (site && stringOf(site.name)) || (org && stringOf(org.name)) || null;
}

export function extractHtmlMetadata($: CheerioAPI, options: { url?: string | undefined; crawlDate?: Date | undefined }): HtmlMetadata {
  const nodes = jsonLdNodes($);
  const article = articleNode(nodes);
  const meta = metaTags($);
  const provenance: Draft['provenance'] = [];
  const from = (field: Draft['provenance'][number]['field'], source: string) => provenance.push({ field, source });
  const latest = options.crawlDate;

  // url
  const canonical = $('link[rel="canonical" i]').attr('href')?.trim() || null;
  const ldUrl = article ? stringOf(article.url) : null;
  const url = options.url ?? canonical ?? meta.get('og:url') ?? ldUrl ?? null;
  if (url) from('url', options.url ? 'option' : canonical ? 'canonical' : meta.has('og:url') ? 'meta' : 'json-ld');

  // outlet
  let outlet: string | null = null;
  const ldPublisher = publisherName(nodes, article);
  const metaOutlet = firstMeta(meta, OUTLET_META);
  const docTitle = normalizeLine($('head title').first().text() || $('title').first().text());
  const suffix = splitTitleSuffix(docTitle);
  if (metaOutlet) {
    outlet = metaOutlet.value;
    from('outlet', 'meta');
  } else if (ldPublisher) {
    outlet = ldPublisher;
    from('outlet', 'json-ld');
  } else if (suffix) {
    outlet = suffix.suffix;
    from('outlet', 'title-suffix');
  } else {
    const host = hostOf(url);
    outlet = host ? outletFromHost(host) : null;
    if (outlet) from('outlet', 'host');
  }

  // title
  let title: string | null = null;
  const ldHeadline = article ? (stringOf(article.headline) ?? stringOf(article.name)) : null;
  const metaTitle = firstMeta(meta, TITLE_META);
  const h1 = normalizeLine($('h1').first().text());
  if (ldHeadline) {
    title = ldHeadline;
    from('title', 'json-ld');
  } else if (metaTitle) {
    title = metaTitle.value;
    from('title', 'meta');
  } else if (docTitle) {
    title = suffix ? suffix.headline : docTitle;
    from('title', 'title-tag');
  } else if (h1) {
    title = h1;
    from('title', 'h1');
  }
  if (title && outlet) {
    const parts = splitTitleSuffix(title);
    if (parts && parts.suffix.toLowerCase() === outlet.toLowerCase()) title = parts.headline;
  }

  // dates
  let date: string | null = null;
  let published: string | null = null;
  const ldPublished = article ? (stringOf(article.datePublished) ?? stringOf(article.dateCreated)) : null;
  const metaPublished = firstMeta(meta, PUBLISHED_META);
  const timeEl = $('time[datetime]').first().attr('datetime') ?? null;
  const candidates: [string, string | null][] = [
    ['json-ld', ldPublished],
    ['meta', metaPublished?.value ?? null],
    ['time-element', timeEl],
  ];
  for (const [source, value] of candidates) {
    const parsed = value ? parseIsoDate(value, latest) : null;
    if (parsed) {
      date = parsed.date;
      published = parsed.published;
      from('date', source);
      if (published) from('published', source);
      break;
    }
  }
  if (!date && url) {
    const parsed = parseUrlDate(url, latest);
    if (parsed) {
      date = parsed.date;
      from('date', 'url');
    }
  }
  const modifiedRaw = (article ? stringOf(article.dateModified) : null) ?? firstMeta(meta, MODIFIED_META)?.value ?? null;
  const modifiedParsed = modifiedRaw ? parseIsoDate(modifiedRaw) : null;
  const modified = modifiedParsed ? (modifiedParsed.published ?? modifiedParsed.date) : null;
  if (modified) from('modified', modifiedRaw === (article && stringOf(article.dateModified)) ? 'json-ld' : 'meta');

  // authors
  let authors = article ? namesOf(article.author) : [];
  if (authors.length > 0) from('authors', 'json-ld');
  else {
    const metaAuthor = firstMeta(meta, AUTHOR_META);
    if (metaAuthor && !/^https?:/.test(metaAuthor.value)) {
      authors = metaAuthor.value.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
      from('authors', 'meta');
    }
  }
  if (outlet) authors = authors.filter((a) => a.toLowerCase() !== outlet?.toLowerCase());

  const language =
    ($('html').attr('lang') ?? meta.get('og:locale') ?? meta.get('content-language') ?? '').trim().replace(/_/g, '-') || null;
  if (language) from('language', 'html-lang');
  const description = firstMeta(meta, DESCRIPTION_META)?.value ?? (article ? stringOf(article.description) : null);
  if (description) from('description', 'meta');

  return {
    fields: {
      title: title ? cleanTitle(title) : null,
      date,
      published,
      modified,
      outlet,
      authors,
      url,
      language,
      description,
      provenance,
    },
    articleBody: article ? stringOf(article.articleBody) : null,
  };
}
