import type { AnyNode, Document, Element } from 'domhandler';
import { removal } from '../article/draft.js';
import type { RemovedBlock } from '../article/schema.js';
import { buyControlWords, type PageTypeSignals, structureMatchers } from '../metadata/page-type.js';
import { compileTokenGroup } from '../rules/compile.js';
import { type PageType, type StructureSignal, TYPE_FURNITURE_TOKENS } from '../rules/page-types.js';
import { classAndId, detachAll, elementsUnder, flatTextOf, isElement } from './dom.js';
import type { Measures } from './measure.js';

/** Controls whose label may say "Add to cart"; a longer label is not a button's. */
const CONTROL_TAGS = new Set(['button', 'a', 'input']);
const MAX_CONTROL_LABEL_CHARS = 40;
/** microdata `itemtype="https://schema.org/Product"`: the type is the last path segment. */
const ITEMTYPE_NAME = /([A-Za-z]+)\s*$/;

/**
 * The structure half of the page-type signals (metadata/page-type.ts), read in one walk over the page
 * before pruning takes the buy buttons and post chrome away: microdata types, elements named by the
 * structure rules, code blocks and buy controls.
 */
export function pageStructure(document: Document): Omit<PageTypeSignals, 'jsonLdTypes' | 'ogType' | 'generator' | 'url'> {
  const microdataTypes: string[] = [];
  const structureHits = new Map<StructureSignal, number>();
  let codeBlocks = 0;
  let buyControls = 0;
  for (const el of elementsUnder(document)) {
    const { itemtype } = el.attribs;
    if (itemtype) for (const t of itemtype.split(/\s+/)) microdataTypes.push(ITEMTYPE_NAME.exec(t)?.[1] ?? t);
    if (el.name === 'pre') codeBlocks++;
    let buy = false;
    if (el.attribs.class || el.attribs.id) {
      const names = classAndId(el);
      for (const { signal, regex } of structureMatchers) {
        if (!regex.test(names)) continue;
        if (signal === 'buy-control') buy = true;
        else structureHits.set(signal, (structureHits.get(signal) ?? 0) + 1);
      }
    }
    if (!buy && CONTROL_TAGS.has(el.name)) {
      const label = el.name === 'input' ? (el.attribs.value ?? '') : flatTextOf(el);
      buy = label.length <= MAX_CONTROL_LABEL_CHARS && buyControlWords.test(label);
    }
    if (buy && CONTROL_TAGS.has(el.name)) buyControls++;
  }
  return { microdataTypes, structureHits, codeBlocks, buyControls };
}

const typeFurniture = new Map(
  Object.entries(TYPE_FURNITURE_TOKENS).map(([pageType, tokens]) => [
    pageType,
    compileTokenGroup(
      `${pageType}-furniture`,
      tokens.map((t) => t.token),
    ),
  ]),
);
/** A furniture word never drops an element holding this share of the page's text: that is the page. */
const MAX_TYPE_FURNITURE_SHARE = 0.5;
/** Nor the article container itself, nor inline formatting (a span is as often a widget as a word). */
const KEPT_TAGS = new Set(['body', 'main', 'a', 'em', 'strong', 'b', 'i']);

/**
 * Drops what is furniture on pages of this type (rules/page-types.ts TYPE_FURNITURE_TOKENS: a product's
 * reviews and purchase widgets, a forum poster's profile box) after pruning, so the scorer weighs the
 * description and specs, or the posts, alone.
 */
export function dropTypeFurniture(pageType: PageType, body: Element, measures: Measures, removed: RemovedBlock[] | null): void {
  const furniture = typeFurniture.get(pageType);
  if (!furniture) return;
  const pageText = measures.get(body)?.text ?? 0;
  const doomed: Element[] = [];
  const stack: AnyNode[] = [...body.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    const names = node.attribs.class || node.attribs.id ? classAndId(node) : '';
    if (names && !KEPT_TAGS.has(node.name) && furniture.test(names)) {
      const text = measures.get(node)?.text ?? 0;
      if (text < MAX_TYPE_FURNITURE_SHARE * pageText) {
        if (removed && text > 0) removed.push(removal(flatTextOf(node), `class-token:${pageType}-furniture`));
        doomed.push(node);
        continue;
      }
    }
    for (const child of node.children) stack.push(child);
  }
  for (const el of doomed) measures.subtractSubtree(el);
  detachAll(doomed);
}
