import type { Block } from '../article/draft.js';
import type { ProvenanceSource } from '../article/schema.js';
import { compileTokenGroup, escapeRegex } from '../rules/compile.js';
import {
  BUY_CONTROL_WORDS,
  DOC_URL_HOST_PREFIXES,
  DOC_URL_SEGMENTS,
  GENERATOR_RULES,
  OG_TYPE_RULES,
  type PageType,
  SCHEMA_TYPE_RULES,
  STRUCTURE_RULES,
  type StructureSignal,
  type TypeRule,
} from '../rules/page-types.js';

/**
 * The page type (Article `pageType`) from its signals, strongest first: the schema.org types the page
 * gives itself (JSON-LD, then microdata), its `og:type`, its generator, then its structure (post boxes,
 * documentation frames beside code, buy buttons), then the shape of the chosen content (a listing of
 * short linked items, html/blocks.ts), and last the default: `article` for a body with prose, `other`
 * for one without. Every decision carries the evidence for `--explain`.
 */

export interface PageTypeDecision {
  pageType: PageType;
  source: ProvenanceSource;
  /** Why, e.g. `@type QAPage`, `og:type product.group`, `3 buy controls`. */
  detail: string;
}

/** What the page says and shows of its type, gathered before its content is chosen. */
export interface PageTypeSignals {
  /** schema.org types of every JSON-LD node, with repeats (a category page has one Product per card). */
  jsonLdTypes: readonly string[];
  /** schema.org types of `itemtype` attributes, with repeats. */
  microdataTypes: readonly string[];
  ogType: string | null;
  generator: string | null;
  /** Elements carrying a word of each structure rule (buy controls are counted apart). */
  structureHits: ReadonlyMap<StructureSignal, number>;
  /** `<pre>` blocks: documentation shows code. */
  codeBlocks: number;
  /** Buy buttons and links ("Add to cart"), by wording or by class. */
  buyControls: number;
  /** The page's address, for documentation paths. */
  url: string | null;
}

/**
 * Product items at or above this many make a category page: a product page names one product (and its
 * variants in one ProductGroup), a shop's listing one per card; a buying guide typed as an article
 * names several and stays an article. Without any type, buy controls count the same way, from a
 * higher floor: a product page repeats its own button (sticky bar, mobile bar) and has one more per
 * "you may also like" card.
 */
const MIN_LISTED_PRODUCTS = 3;
const MIN_LISTED_BUY_CONTROLS = 4;
/** Two post boxes make a thread. */
const MIN_FORUM_POSTS = 2;
/**
 * Documentation shows code: a documentation frame or address counts beside one code block ("docs" also
 * names a help-centre article, which shows none), a chapter tree or outline beside DOC_NAV_CODE_BLOCKS.
 */
const MIN_DOC_CODE_BLOCKS = 1;
const DOC_NAV_CODE_BLOCKS = 3;
/** The default: a body with this many prose paragraphs is an article, one with fewer is `other`. */
const MIN_ARTICLE_PARAGRAPHS = 2;
const PROSE_PARAGRAPH_CHARS = 80;

const byName = (rules: readonly TypeRule[]) => new Map(rules.map((r) => [r.name.toLowerCase(), r]));
const schemaRules = byName(SCHEMA_TYPE_RULES);
const ogRules = byName(OG_TYPE_RULES);
const generatorRules = byName(GENERATOR_RULES);
const schemaRank = new Map(SCHEMA_TYPE_RULES.map((r, i) => [r.name.toLowerCase(), i]));

/** The structure rules as word matchers over class and id. */
export const structureMatchers: readonly { signal: StructureSignal; regex: RegExp }[] = STRUCTURE_RULES.map((r) => ({
  signal: r.signal,
  regex: compileTokenGroup(`page-type:${r.signal}`, r.tokens),
}));
const DOC_PATH = new RegExp(`/(?:${DOC_URL_SEGMENTS.map(escapeRegex).join('|')})(?:/|$)`, 'i');

/** Whether `url` is a documentation address (DOC_URL_HOST_PREFIXES, DOC_URL_SEGMENTS). */
function isDocUrl(url: string | null): boolean {
  const m = url ? /^https?:\/\/([^/?#]+)([^?#]*)/i.exec(url) : null;
  if (!m) return false;
  const host = (m[1] ?? '').toLowerCase();
  return DOC_URL_HOST_PREFIXES.some((prefix) => host.startsWith(prefix)) || DOC_PATH.test(m[2] ?? '');
}
/** A buy control's whole label, so prose that mentions adding to a cart is not one. */
export const buyControlWords = new RegExp(`^\\s*(?:${BUY_CONTROL_WORDS.map(escapeRegex).join('|')})\\s*$`, 'i');

/** The strongest ranked schema type among `types`, with how often the page gives it. */
function strongestSchemaType(types: readonly string[]): { rule: TypeRule; count: number } | null {
  let best: TypeRule | null = null;
  let count = 0;
  for (const t of types) {
    const rule = schemaRules.get(t.toLowerCase());
    if (!rule) continue;
    if (!best || (schemaRank.get(rule.name.toLowerCase()) ?? 0) < (schemaRank.get(best.name.toLowerCase()) ?? 0)) {
      best = rule;
      count = 0;
    }
    if (rule === best) count++;
  }
  return best ? { rule: best, count } : null;
}

function fromSchema(types: readonly string[], source: ProvenanceSource): PageTypeDecision | null {
  const found = strongestSchemaType(types);
  if (!found) return null;
  const { rule, count } = found;
  if (rule.name === 'Product' && count >= MIN_LISTED_PRODUCTS) {
    const article = types.find((t) => schemaRules.get(t.toLowerCase())?.pageType === 'article');
    return article
      ? { pageType: 'article', source, detail: `@type ${article} beside ${count} Product items` }
      : { pageType: 'listing', source, detail: `${count} @type Product items` };
  }
  return { pageType: rule.pageType, source, detail: `@type ${rule.name}` };
}

function fromStructure(signals: PageTypeSignals): PageTypeDecision | null {
  const hits = (s: StructureSignal) => signals.structureHits.get(s) ?? 0;
  if (hits('forum-post') >= MIN_FORUM_POSTS)
    return { pageType: 'forum', source: 'page-structure', detail: `${hits('forum-post')} forum post boxes` };
  if (signals.buyControls >= MIN_LISTED_BUY_CONTROLS) {
    return { pageType: 'listing', source: 'page-structure', detail: `${signals.buyControls} buy controls` };
  }
  if (signals.buyControls > 0) return { pageType: 'product', source: 'page-structure', detail: `${signals.buyControls} buy controls` };
  const code = signals.codeBlocks;
  const documentation = (why: string): PageTypeDecision => ({
    pageType: 'documentation',
    source: 'page-structure',
    detail: `${why} beside ${code} code blocks`,
  });
  if (code >= MIN_DOC_CODE_BLOCKS && hits('doc-frame') > 0) return documentation('documentation frame');
  if (code >= MIN_DOC_CODE_BLOCKS && isDocUrl(signals.url)) return documentation('documentation address');
  if (code >= DOC_NAV_CODE_BLOCKS && hits('doc-navigation') > 0) return documentation('chapter tree or outline');
  return null;
}

/** The type an HTML page declares or shows before its content is chosen; null when nothing tells. */
export function declaredPageType(signals: PageTypeSignals): PageTypeDecision | null {
  const fromOwnWords = (value: string | null, rules: ReadonlyMap<string, TypeRule>, label: string): PageTypeDecision | null => {
    const rule = value ? rules.get(value.trim().toLowerCase()) : undefined;
    return rule ? { pageType: rule.pageType, source: 'meta', detail: `${label} ${rule.name}` } : null;
  };
  return (
    fromSchema(signals.jsonLdTypes, 'json-ld') ??
    fromSchema(signals.microdataTypes, 'microdata') ??
    fromOwnWords(signals.ogType, ogRules, 'og:type') ??
    fromOwnWords(signals.generator?.split(/[\s/]/)[0] ?? null, generatorRules, 'generator') ??
    fromStructure(signals)
  );
}

/** When nothing told the type: an article when the body reads as prose, else `other`. */
export function defaultPageType(blocks: readonly Block[]): PageTypeDecision {
  const prose = blocks.filter((b) => b.kind === 'paragraph' && b.text.length >= PROSE_PARAGRAPH_CHARS).length;
  return prose >= MIN_ARTICLE_PARAGRAPHS
    ? { pageType: 'article', source: 'default', detail: `no type signal; ${prose} prose paragraphs` }
    : { pageType: 'other', source: 'default', detail: `no type signal; ${prose} prose paragraphs` };
}

/**
 * A text dump keeps no markup, so only its wording tells: buy controls left as lines ("Add to cart") make
 * a product page (or a category page, one per item); anything else takes the default.
 */
export function textPageType(lines: readonly string[], blocks: readonly Block[]): PageTypeDecision {
  const buyControls = lines.filter((line) => line.length <= 40 && buyControlWords.test(line)).length;
  if (buyControls >= MIN_LISTED_BUY_CONTROLS) return { pageType: 'listing', source: 'text', detail: `${buyControls} buy-control lines` };
  if (buyControls > 0) return { pageType: 'product', source: 'text', detail: `${buyControls} buy-control lines` };
  return defaultPageType(blocks);
}
