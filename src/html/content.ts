import type { Document, Element } from 'domhandler';
import type { Block } from '../article/draft.js';
import { removal } from '../article/draft.js';
import { normalizeLine } from '../article/normalize.js';
import type { ProvenanceSource, RemovedBlock } from '../article/schema.js';
import { defaultPageType } from '../metadata/page-type.js';
import type { PageType } from '../rules/page-types.js';
import type { SiteRule } from '../rules/site-rule.js';
import { blocksOf, filterBlocks, isListing } from './blocks.js';
import { elementsUnder, isInside, removeAll, selectAll } from './dom.js';
import { withLead } from './lead.js';
import { linkDensity } from './measure.js';
import { dropTypeFurniture } from './page-type.js';
import { pruneFurniture } from './prune.js';
import { scoredContent } from './score.js';
import type { StructureBuilder } from './structure.js';

/**
 * Main content of an HTML page. The chain, strongest signal first:
 *   1. a site rule's `body.select` (rules/site-rule.ts), after its `body.drop`;
 *   2. the page's own `[itemprop=articleBody]` markup, when it holds at least MIN_BODY_CHARS;
 *   3. the generic scorer (score.ts): paragraphs vote for their containers, the best container takes
 *      its like siblings along;
 *   4. the JSON-LD articleBody, when the markup gave less than LD_PREFERRED_SHARE of it (pages that
 *      render their text with scripts, or hide it from the markup);
 *   5. the whole body, when the scorer found less than MIN_BODY_CHARS and the body offers more.
 * Steps 2 to 5 run after furniture pruning (prune.ts: tags, hidden elements, landmark roles, class/id
 * tokens); every answer then goes through the block filters (blocks.ts: wording, link density, title,
 * captions). With `explain`, every block that does not reach the body is listed with its reason.
 */

/** Below this many characters a container is not an article on its own. */
const MIN_BODY_CHARS = 250;
/** The JSON-LD articleBody wins when the markup's answer is shorter than this share of it. */
const LD_PREFERRED_SHARE = 0.5;
/**
 * A page that declares no type and whose chosen container holds no prose (defaultPageType: `other`) is
 * a landing or service page of many short blocks, whose scorer answer is one of them: when the answer
 * holds less than this share of the pruned body's text, the whole body is the content; unless the body
 * is this link-heavy once pruned (an old table-layout page whose menus no rule names).
 */
const LANDING_CHOSEN_MAX_SHARE = 0.55;
const LANDING_MAX_LINK_DENSITY = 0.35;

export interface ContentResult {
  blocks: Block[];
  removed: RemovedBlock[];
  source: ProvenanceSource;
  /** Whether the chosen blocks make a listing of short linked items (blocks.ts), a page-type signal. */
  listing: boolean;
}

interface ContentContext {
  explain: boolean;
  title: string | null;
  articleBody: string | null;
  rule: SiteRule | undefined;
  /** A fresh builder for the structure of each answer's blocks, or null when no structure is wanted. */
  structure: (() => StructureBuilder) | null;
  /** The type the page declares or shows (metadata/page-type.ts): a listing keeps its linked item titles. */
  pageType: PageType | null;
}

const textLength = (blocks: readonly Block[]) => blocks.reduce((n, b) => n + b.text.length, 0);

/**
 * `<body>`, else `<html>` (parseHtml gives a fragment an implied body, so one of them is there). Found by
 * walking: a selector query costs more than this whole step.
 */
function bodyOf(root: Document): Element {
  let html: Element | null = null;
  for (const el of elementsUnder(root)) {
    if (el.name === 'body') return el;
    html ??= el.name === 'html' ? el : null;
  }
  if (!html) throw new Error('parseHtml returned a document without <html> or <body>');
  return html;
}

/**
 * The outermost `[itemprop=articleBody]` elements. They are met in document order and hold no one
 * another, so one inside an earlier one is inside the last one found: checking all of them made a page
 * of 30,000 marked boxes take 6 s.
 */
function markedArticleBody(body: Element): Element[] {
  const marked: Element[] = [];
  for (const el of elementsUnder(body)) {
    const last = marked[marked.length - 1];
    if (el.attribs.itemprop?.toLowerCase() === 'articlebody' && !(last && isInside(el, last))) marked.push(el);
  }
  return marked;
}

function jsonLdBlocks(articleBody: string): Block[] {
  return articleBody
    .split(/\r?\n/)
    .filter((t) => t.trim())
    .map((text) => ({ text, kind: 'paragraph' as const }));
}

export function extractHtmlContent(document: Document, context: ContentContext): ContentResult {
  const body = bodyOf(document);
  /** Blocks of the chosen nodes; with `explain`, the filtered blocks and everything outside the nodes. */
  const answer = (nodes: Element[], source: ProvenanceSource): ContentResult => {
    const removed: RemovedBlock[] = [];
    const raw = blocksOf(nodes, null, context.structure?.());
    const listing = isListing(raw);
    const blocks = filterBlocks(raw, context.title, context.explain ? removed : null, listing || context.pageType === 'listing');
    if (context.explain) for (const b of blocksOf([body], new Set(nodes))) removed.push(removal(normalizeLine(b.text), 'outside-article'));
    return { blocks, removed, source, listing };
  };
  const longEnough = (result: ContentResult): boolean => textLength(result.blocks) >= MIN_BODY_CHARS;

  const rule = context.rule;
  if (rule && rule.body.select.length > 0) {
    for (const selector of rule.body.drop) removeAll(selectAll(selector, document));
    const result = answer(selectAll(rule.body.select.join(', '), document), 'site-rule');
    if (longEnough(result)) return result;
  }

  const pruned: RemovedBlock[] = [];
  const measures = pruneFurniture(body, context.explain ? pruned : null);
  if (context.pageType) dropTypeFurniture(context.pageType, body, measures, context.explain ? pruned : null);
  const marked = markedArticleBody(body);
  const fromMarkup = marked.length > 0 ? answer(withLead(marked, measures, body), 'itemprop') : null;
  let result =
    fromMarkup && longEnough(fromMarkup) ? fromMarkup : answer(withLead(scoredContent(body, measures), measures, body), 'scored-container');

  const ld = context.articleBody?.trim();
  if (ld && ld.length >= MIN_BODY_CHARS && textLength(result.blocks) < LD_PREFERRED_SHARE * ld.length) {
    result = { blocks: jsonLdBlocks(ld), removed: result.removed, source: 'json-ld', listing: false };
  } else if (!longEnough(result)) {
    const whole = answer([body], 'body');
    if (textLength(whole.blocks) > textLength(result.blocks)) result = whole;
  } else if (
    context.pageType === null &&
    linkDensity(measures.get(body)) < LANDING_MAX_LINK_DENSITY &&
    defaultPageType(result.blocks).pageType === 'other'
  ) {
    const whole = answer([body], 'body');
    if (textLength(result.blocks) < LANDING_CHOSEN_MAX_SHARE * textLength(whole.blocks)) result = whole;
  }
  return { ...result, removed: [...pruned, ...result.removed] };
}
