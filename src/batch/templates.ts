import { dirname } from 'node:path';
import { removal } from '../article/draft.js';
import { countWords } from '../article/normalize.js';
import type { Article } from '../article/schema.js';
import { hostOf } from '../metadata/url.js';
import { dropTemplateBlocks } from '../render/trim.js';

/**
 * Site templates learned across a batch. A block of body text that repeats on many pages of one site
 * (on at least MIN_TEMPLATE_PAGES pages and MIN_TEMPLATE_SHARE of them) is the site's furniture — a
 * standing sign-off, a promo paragraph, a "follow us" line the generic rules did not know — and is
 * dropped with the reason `site-template`.
 *
 * Design: a second pass over the batch's own output, after every page is cleaned. Bodies are blocks
 * joined by one blank line and a block never holds a blank line (article/normalize.ts), so the blocks
 * are recovered exactly by splitting the body; no page is parsed twice and an interrupted run resumes
 * by simply learning again from the finished output. Memory is bounded by sampling: per site, the
 * SAMPLE_PAGES pages with the smallest hash of their identity (bottom-k sampling: uniform, independent
 * of the order pages finish in), each keeping at most MAX_BLOCKS_PER_PAGE block fingerprints; if all
 * sites together exceed MAX_SAMPLED_BLOCKS, the sampling rate is halved everywhere. Counts come from
 * the sample only, so they can only under-count: text found on fewer than MIN_TEMPLATE_PAGES pages is
 * never removed. Pages are identified by their URL (else title, else body), so a page scraped twice
 * counts once and its own text never looks like a template; a page whose repeated blocks would be most
 * of its text is left alone (MAX_TEMPLATE_SHARE_OF_PAGE).
 */
export const MIN_TEMPLATE_PAGES = 3;
export const MIN_TEMPLATE_SHARE = 0.2;
export const SAMPLE_PAGES = 64;
/**
 * Template text is furniture around an article, a small part of each page. When the repeated blocks
 * would take more than this share of a page's words, the page is most likely a copy or a variant of
 * others (test pages sharing filler text, syndicated stories, listings), not an article in a template,
 * so it is left as it is: deboil never empties a page on a guess.
 */
export const MAX_TEMPLATE_SHARE_OF_PAGE = 0.5;
const MAX_BLOCKS_PER_PAGE = 256;
const MAX_SAMPLED_BLOCKS = 1_000_000;

export const TEMPLATE_REASON = 'site-template';
const BLOCK_SEPARATOR = '\n\n';

/** FNV-1a over UTF-16 code units, with a seed: two of them make a 53-bit fingerprint. */
function fnv1a(text: string, seed: number): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}
const SEED_A = 0x811c9dc5;
const SEED_B = 0x050c5d1f;
const HIGH_BITS = 2 ** 21;

export function fingerprint(text: string): number {
  return fnv1a(text, SEED_A) * HIGH_BITS + (fnv1a(text, SEED_B) & (HIGH_BITS - 1));
}

/** The site a record belongs to: its URL's host, else its outlet, else the folder it came from. */
export function siteOf(article: Pick<Article, 'url' | 'outlet' | 'source'>): string {
  const host = hostOf(article.url);
  if (host) return `host:${host.toLowerCase().replace(/^www\d?\./, '')}`;
  if (article.outlet) return `outlet:${article.outlet.toLowerCase()}`;
  return `dir:${dirname(article.source ?? '')}`;
}

interface SampledPage {
  /** Position in [0, 1) from the page's identity hash; the smallest are kept. */
  rank: number;
  blocks: Float64Array;
}

interface SiteSample {
  /** Sorted by rank, at most SAMPLE_PAGES. */
  pages: SampledPage[];
}

export class TemplateLearner {
  private readonly sites = new Map<string, SiteSample>();
  private sampledBlocks = 0;
  /** Pages ranked at or above this are not sampled; halved whenever memory runs over. */
  private rankLimit = 1;

  /** Feeds one cleaned article (error records are not pages and are skipped by the caller). */
  observe(article: Article): void {
    const identity = article.url ?? (article.title || article.body);
    const rank = fnv1a(identity, SEED_A) / 2 ** 32;
    if (rank >= this.rankLimit || article.body.length === 0) return;
    const site = siteOf(article);
    let sample = this.sites.get(site);
    if (!sample) {
      sample = { pages: [] };
      this.sites.set(site, sample);
    }
    const pages = sample.pages;
    let at = pages.length;
    while (at > 0 && (pages[at - 1] as SampledPage).rank > rank) at--;
    if ((pages[at - 1]?.rank ?? -1) === rank) return; // the same page again: count it once
    if (at >= SAMPLE_PAGES) return;
    const unique = new Set(article.body.split(BLOCK_SEPARATOR).slice(0, MAX_BLOCKS_PER_PAGE).map(fingerprint));
    const blocks = Float64Array.from(unique);
    pages.splice(at, 0, { rank, blocks });
    this.sampledBlocks += blocks.length;
    if (pages.length > SAMPLE_PAGES) this.sampledBlocks -= (pages.pop() as SampledPage).blocks.length;
    while (this.sampledBlocks > MAX_SAMPLED_BLOCKS) this.halveSampling();
  }

  /** What the sample holds now: memory is proportional to `blocks`. */
  stats(): { sites: number; pages: number; blocks: number } {
    let pages = 0;
    for (const sample of this.sites.values()) pages += sample.pages.length;
    return { sites: this.sites.size, pages, blocks: this.sampledBlocks };
  }

  private halveSampling(): void {
    this.rankLimit /= 2;
    for (const [site, sample] of this.sites) {
      const kept = sample.pages.filter((p) => p.rank < this.rankLimit);
      for (const page of sample.pages) if (page.rank >= this.rankLimit) this.sampledBlocks -= page.blocks.length;
      if (kept.length === 0) this.sites.delete(site);
      else sample.pages = kept;
    }
  }

  /** The learned templates: per site, the fingerprints of blocks that repeat on enough sampled pages. */
  templates(): SiteTemplates {
    const bySite = new Map<string, Set<number>>();
    for (const [site, { pages }] of this.sites) {
      const needed = Math.max(MIN_TEMPLATE_PAGES, Math.ceil(MIN_TEMPLATE_SHARE * pages.length));
      if (pages.length < needed) continue;
      const counts = new Map<number, number>();
      for (const page of pages) for (const block of page.blocks) counts.set(block, (counts.get(block) ?? 0) + 1);
      const template = new Set<number>();
      for (const [block, count] of counts) if (count >= needed) template.add(block);
      if (template.size > 0) bySite.set(site, template);
    }
    return new SiteTemplates(bySite);
  }
}

export class SiteTemplates {
  constructor(private readonly bySite: ReadonlyMap<string, ReadonlySet<number>>) {}

  get siteCount(): number {
    return this.bySite.size;
  }

  /**
   * Drops the article's template blocks; returns it unchanged when none match, or when they would take
   * more than MAX_TEMPLATE_SHARE_OF_PAGE of its words.
   */
  apply(article: Article, explain: boolean): { article: Article; dropped: number } {
    const template = this.bySite.get(siteOf(article));
    if (!template) return { article, dropped: 0 };
    const blocks = article.body.split(BLOCK_SEPARATOR);
    const kept = blocks.filter((b) => !template.has(fingerprint(b)));
    if (kept.length === blocks.length) return { article, dropped: 0 };
    const body = kept.join(BLOCK_SEPARATOR);
    const wordCount = countWords(body);
    if (wordCount < (1 - MAX_TEMPLATE_SHARE_OF_PAGE) * article.wordCount) return { article, dropped: 0 };
    const cleaned: Article = { ...article, body, wordCount };
    if (article.content !== undefined) {
      cleaned.content = dropTemplateBlocks(article.content, new Set(blocks.filter((b) => template.has(fingerprint(b)))));
    }
    if (explain) {
      const removed = blocks.filter((b) => template.has(fingerprint(b))).map((b) => removal(b, TEMPLATE_REASON));
      cleaned.removed = [...(article.removed ?? []), ...removed];
    }
    return { article: cleaned, dropped: blocks.length - kept.length };
  }
}

/** Learns the templates of a batch from its output lines (error records are not pages and are passed over). */
export async function learnFrom(lines: AsyncIterable<string>): Promise<SiteTemplates> {
  const learner = new TemplateLearner();
  for await (const line of lines) {
    const record = JSON.parse(line) as Article | { error: unknown };
    if (!('error' in record)) learner.observe(record);
  }
  return learner.templates();
}

/** Applies the templates to one output record; an error record passes unchanged. */
export function applyTemplates<R extends object>(templates: SiteTemplates, record: R, explain: boolean): { record: R; dropped: number } {
  if ('error' in record) return { record, dropped: 0 };
  const { article, dropped } = templates.apply(record as unknown as Article, explain);
  return { record: article as unknown as R, dropped };
}
