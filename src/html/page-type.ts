import type { Document } from 'domhandler';
import { buyControlWords, type PageTypeSignals, structureMatchers } from '../metadata/page-type.js';
import type { StructureSignal } from '../rules/page-types.js';
import { classAndId, elementsUnder, flatTextOf } from './dom.js';

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
