import type { CheerioAPI } from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { Block, BlockKind } from '../article/draft.js';
import { removal } from '../article/draft.js';
import { normalizeLine } from '../article/normalize.js';
import type { RemovedBlock } from '../article/schema.js';
import { BOILERPLATE_CLASS_TOKENS, CONTENT_CLASS_TOKENS, NON_CONTENT_TAGS } from '../rules/class-tokens.js';
import { compileTokenGroup, matchBoilerplate, matchTailStart } from '../rules/compile.js';
import type { SiteRule } from '../rules/site-rule.js';
import { classAndId, elementsUnder, isElement } from './dom.js';
import { linkDensity, type Measure, measureTree } from './measure.js';

/**
 * Main content of an HTML page. The chain, first answer that is long enough wins:
 *   1. a site rule's `body.select`;
 *   2. the generic scorer: paragraphs vote for their ancestors (length, commas, little link text), the
 *      best-scoring container wins, and climbs while its parent adds little besides it;
 *   3. the JSON-LD articleBody, when the page gives one and the scorer found too little;
 *   4. the whole body.
 * Before scoring, furniture is pruned by tag (nav, aside, footer, forms' controls, scripts), by hidden
 * state, and by class/id tokens; after it, blocks are dropped by wording (rules/boilerplate-phrases.ts)
 * and by link density.
 */

/** Below this many characters a container is not an article on its own. */
const MIN_BODY_CHARS = 250;
/** A paragraph shorter than this casts no vote. */
const MIN_VOTING_PARAGRAPH_CHARS = 25;
/** A container climbs to its parent when the parent holds at most this much more text. */
const CLIMB_TEXT_RATIO = 1.3;
/** A short block whose text is mostly links is navigation. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
const LINK_BLOCK_MAX_CHARS = 200;
/** A class-token match never prunes an element holding more than this share of the page's text. */
const MAX_PRUNED_SHARE = 0.4;

const VOTING_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'header',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'figure',
  'figcaption',
  'hr',
  'address',
  'center',
  'details',
  'summary',
]);
const KIND_OF: Record<string, BlockKind> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  blockquote: 'quote',
  pre: 'preformatted',
  table: 'table',
};

const tokenGroups = Object.entries(BOILERPLATE_CLASS_TOKENS).map(([group, tokens]) => ({ group, regex: compileTokenGroup(group, tokens) }));
const contentTokens = compileTokenGroup('content', CONTENT_CLASS_TOKENS);
const nonContentTags = new Set(NON_CONTENT_TAGS);

export interface ContentResult {
  blocks: Block[];
  removed: RemovedBlock[];
  source: string;
}

function isHidden(el: Element): boolean {
  const style = el.attribs.style;
  return (
    'hidden' in el.attribs ||
    el.attribs['aria-hidden'] === 'true' ||
    (style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style))
  );
}

/** Detaches elements with one pass per parent: splicing them out one by one is quadratic on a page of 100,000 buttons. */
function detachAll(elements: readonly Element[]): void {
  const gone = new Set<AnyNode>(elements);
  const parents = new Set(elements.map((el) => el.parent).filter((p) => p !== null));
  for (const parent of parents) parent.children = parent.children.filter((child) => !gone.has(child));
  for (const el of elements) el.parent = null;
}

function prune(body: Element, explain: boolean, removed: RemovedBlock[], textOf: (el: Element) => string): void {
  let doomed: Element[] = [];
  const remove = (el: Element, reason: string) => {
    if (explain) {
      const text = textOf(el);
      if (text) removed.push(removal(text, reason));
    }
    doomed.push(el);
  };
  for (const el of [...elementsUnder(body)]) {
    if (el === body || !el.parent) continue;
    if (nonContentTags.has(el.name)) remove(el, `tag:${el.name}`);
    else if (isHidden(el)) remove(el, 'hidden');
  }
  detachAll(doomed);
  doomed = [];
  const measures = measureTree(body);
  const total = measures.get(body)?.text ?? 0;
  for (const el of [...elementsUnder(body)]) {
    if (el === body || !el.parent || el.name === 'article' || el.name === 'main') continue;
    const names = classAndId(el);
    if (!names || contentTokens.test(names)) continue;
    const hit = tokenGroups.find((g) => g.regex.test(names));
    if (!hit) continue;
    if ((measures.get(el)?.text ?? 0) > MAX_PRUNED_SHARE * total) continue;
    remove(el, `class-token:${hit.group}`);
  }
  detachAll(doomed);
}

function bestContainer(body: Element): { node: Element; measures: Map<Element, Measure> } {
  const measures = measureTree(body);
  const scores = new Map<Element, number>();
  for (const el of elementsUnder(body)) {
    if (!VOTING_TAGS.has(el.name)) continue;
    const m = measures.get(el);
    if (!m || m.text < MIN_VOTING_PARAGRAPH_CHARS) continue;
    const vote = (1 + m.commas + Math.min(Math.floor(m.text / 100), 3)) * (1 - linkDensity(m));
    let ancestor = el.parent;
    for (let level = 0; level < 3 && ancestor && isElement(ancestor as AnyNode); level++) {
      const a = ancestor as Element;
      scores.set(a, (scores.get(a) ?? 0) + vote / (level === 0 ? 1 : level * 2));
      ancestor = a.parent;
    }
  }
  let best: Element = body;
  let bestScore = 0;
  for (const [el, score] of scores) {
    const adjusted = score * (1 - linkDensity(measures.get(el)));
    if (adjusted > bestScore) {
      best = el;
      bestScore = adjusted;
    }
  }
  let node = best;
  while (node !== body && node.parent && isElement(node.parent as AnyNode)) {
    const parent = node.parent as Element;
    if ((measures.get(parent)?.text ?? 0) > CLIMB_TEXT_RATIO * (measures.get(node)?.text ?? 0)) break;
    node = parent;
  }
  return { node, measures };
}

interface RawBlock {
  text: string;
  kind: BlockKind;
  linkChars: number;
}

/** Block-level text of a container: one block per paragraph-like element, `<br>` as a line break. */
export function blocksOf(root: Element): RawBlock[] {
  const out: RawBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  const kinds: BlockKind[] = ['paragraph'];
  const flush = () => {
    const text = parts.join('');
    if (text.trim()) out.push({ text, kind: kinds[kinds.length - 1] ?? 'paragraph', linkChars });
    parts = [];
    linkChars = 0;
  };
  type Frame = { node: AnyNode; exit: boolean; inLink: boolean; inPre: boolean };
  const stack: Frame[] = [{ node: root, exit: false, inLink: false, inPre: false }];
  while (stack.length > 0) {
    const { node, exit, inLink, inPre } = stack.pop() as Frame;
    if (node.type === 'text') {
      const data = inPre ? node.data : node.data.replace(/\s+/g, ' ');
      parts.push(data);
      if (inLink) linkChars += data.replace(/\s+/g, '').length;
      continue;
    }
    if (node.type !== 'tag') continue;
    const name = node.name;
    if (exit) {
      if (BLOCK_TAGS.has(name)) {
        flush();
        if (KIND_OF[name]) kinds.pop();
      } else if (name === 'td' || name === 'th') parts.push(' | ');
      continue;
    }
    if (name === 'br') {
      parts.push('\n');
      continue;
    }
    if (BLOCK_TAGS.has(name)) {
      flush();
      const kind = KIND_OF[name];
      if (kind) kinds.push(kind);
    }
    stack.push({ node, exit: true, inLink, inPre });
    const childLink = inLink || name === 'a';
    const childPre = inPre || name === 'pre';
    for (let i = node.children.length - 1; i >= 0; i--) {
      stack.push({ node: node.children[i] as AnyNode, exit: false, inLink: childLink, inPre: childPre });
    }
  }
  flush();
  for (const b of out) if (b.kind === 'table') b.text = b.text.split('\n').map(trimCellSeparators).join('\n');
  return out;
}

const isCellEdge = (c: string | undefined) => c === '|' || c === ' ' || c === '\t';

/**
 * A table row's text without the " | " separators at its ends. A loop, not a regex: the obvious
 * /(?:\s*\|\s*)+$/ backtracks exponentially on a row of empty cells (" | | | ... | text").
 */
function trimCellSeparators(line: string): string {
  let end = line.length;
  while (end > 0 && isCellEdge(line[end - 1])) end--;
  let start = 0;
  while (start < end && isCellEdge(line[start])) start++;
  return line.slice(start, end);
}

function filterBlocks(raw: readonly RawBlock[], title: string | null, explain: boolean, removed: RemovedBlock[]): Block[] {
  const blocks: Block[] = [];
  const normalizedTitle = title ? normalizeLine(title).toLowerCase() : null;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i] as RawBlock;
    const flat = normalizeLine(b.text);
    const drop = (reason: string) => explain && removed.push(removal(flat, reason));
    if (blocks.length > 0) {
      const tail = matchTailStart(flat);
      if (tail) {
        drop(`phrase:${tail.id}`);
        for (const rest of raw.slice(i + 1)) if (explain) removed.push(removal(normalizeLine(rest.text), 'tail-section'));
        break;
      }
    }
    const phrase = matchBoilerplate(flat);
    if (phrase) {
      drop(`phrase:${phrase.id}`);
      continue;
    }
    const chars = flat.replace(/\s+/g, '').length;
    if (chars <= LINK_BLOCK_MAX_CHARS && chars > 0 && b.linkChars / chars > MAX_BLOCK_LINK_DENSITY && b.kind !== 'list-item') {
      drop('link-dense');
      continue;
    }
    if (normalizedTitle && blocks.length === 0 && b.kind === 'heading' && flat.toLowerCase() === normalizedTitle) {
      drop('title');
      continue;
    }
    blocks.push({ text: b.kind === 'preformatted' ? b.text : b.text.replace(/ *\n */g, '\n'), kind: b.kind });
  }
  return blocks;
}

const textLength = (blocks: readonly Block[]) => blocks.reduce((n, b) => n + b.text.length, 0);

export function extractHtmlContent(
  $: CheerioAPI,
  context: { explain: boolean; title: string | null; articleBody: string | null; rule: SiteRule | undefined },
): ContentResult {
  const removed: RemovedBlock[] = [];
  const textOf = (el: Element) => normalizeLine($(el).text());
  const body = ($('body').get(0) ?? $.root().children('html').get(0) ?? null) as Element | null;
  if (!body) return { blocks: [], removed, source: 'none' };

  if (context.rule && context.rule.body.select.length > 0) {
    for (const selector of context.rule.body.drop) $(selector).remove();
    const selected = $(context.rule.body.select.join(', ')).get() as Element[];
    const blocks = filterBlocks(selected.flatMap(blocksOf), context.title, context.explain, removed);
    if (textLength(blocks) >= MIN_BODY_CHARS) return { blocks, removed, source: 'site-rule' };
  }

  prune(body, context.explain, removed, textOf);
  const { node } = bestContainer(body);
  const blocks = filterBlocks(blocksOf(node), context.title, context.explain, removed);
  if (textLength(blocks) >= MIN_BODY_CHARS) return { blocks, removed, source: node === body ? 'body' : 'scored-container' };

  if (context.articleBody && context.articleBody.length >= MIN_BODY_CHARS) {
    const fromLd = context.articleBody.split(/\n\s*\n|\r?\n/).map((t) => ({ text: t, kind: 'paragraph' as const }));
    return { blocks: fromLd.filter((b) => b.text.trim()), removed, source: 'json-ld' };
  }
  const whole = filterBlocks(blocksOf(body), context.title, context.explain, removed);
  return { blocks: textLength(whole) > textLength(blocks) ? whole : blocks, removed, source: 'body' };
}
