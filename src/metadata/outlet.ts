import { OUTLET_SOURCES, SITE_NAME_META_KEYS } from '../rules/field-sources.js';
import { type Candidate, ranked, rankedBySlot, squash } from './candidates.js';

/**
 * A readable outlet name from a host name, the last resort: "www.theguardian.com" -> "theguardian.com".
 * We keep the registrable domain rather than inventing capitalisation we cannot know.
 */
export function outletFromHost(host: string): string | null {
  const h = host.toLowerCase().replace(/^www\d?\./, '');
  return h.includes('.') ? h : null;
}

// Second-level labels under a country code that are not the site's name: bbc.co.uk, abc.net.au.
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);

/** The label that names the site: "archiveofourown" for www.archiveofourown.org, "bbc" for www.bbc.co.uk. */
export function hostLabel(host: string | null): string | null {
  if (!host) return null;
  const labels = host.toLowerCase().split('.').filter(Boolean);
  if (labels.length < 2) return null;
  const second = labels[labels.length - 2] as string;
  return GENERIC_SECOND_LEVEL.has(second) && labels.length >= 3 ? (labels[labels.length - 3] as string) : second;
}

export interface OutletSources {
  /** The publisher named by the article's own JSON-LD node: the most specific statement of who published it. */
  ldPublisher: string | null;
  /** The name of a WebSite or Organization node elsewhere in the JSON-LD. */
  ldSiteName: string | null;
  meta: ReadonlyMap<string, string>;
  /** The site segment of the `<title>` ("Headline | Outlet"), when it has one. */
  titleSuffix: string | null;
  host: string | null;
}

/** Every name the page uses for its site, to recognise it in a title or tell it from an author. */
export function siteNames(src: OutletSources): string[] {
  return [...publisherNames(src), ...[hostLabel(src.host)].filter((h): h is string => Boolean(h))];
}

/** The names the publisher gives itself (JSON-LD publisher and site, site-name meta tags), without the host. */
export function publisherNames(src: OutletSources): string[] {
  return ranked([
    ['json-ld', src.ldPublisher],
    ['json-ld', src.ldSiteName],
    ...SITE_NAME_META_KEYS.map((k) => ['meta', src.meta.get(k)] as const),
  ]).map((c) => c.value);
}

/** The outlet: ranked sources, never a URL and never one of the authors. */
export function pickHtmlOutlet(src: OutletSources, authors: readonly string[]): Candidate | null {
  const authorKeys = new Set(authors.map(squash));
  const host = src.host ? outletFromHost(src.host) : null;
  const siteMeta = SITE_NAME_META_KEYS.map((k) => src.meta.get(k));
  const candidates = rankedBySlot(OUTLET_SOURCES, {
    'ld-publisher': [src.ldPublisher],
    'og-site-name': siteMeta.slice(0, 1),
    'ld-site': [src.ldSiteName],
    'other-site-meta': siteMeta.slice(1),
    'title-suffix': [src.titleSuffix],
    host: [host],
  });
  return candidates.find((c) => !/^https?:|^www\./i.test(c.value) && !authorKeys.has(squash(c.value))) ?? null;
}
