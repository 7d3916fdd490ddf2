import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS } from './dom.js';

export interface Measure {
  /** Non-whitespace characters of text under the element. */
  text: number;
  /** Of those, the characters inside links. */
  link: number;
  /** Commas in the text: a cheap sign of sentences rather than labels. */
  commas: number;
  /** Characters not inside a block-level descendant: the element's paragraph text, if it has any. */
  inline: number;
}

/** Whitespace as the counts see it: ASCII controls and space, NBSP, the Unicode spaces, ideographic space. */
const isSpace = (c: number): boolean => c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
/** , ， 、 */
const isComma = (c: number): boolean => c === 0x2c || c === 0xff0c || c === 0x3001;

/** Non-whitespace characters and commas, counted without building strings (a text node may be 10 MB). */
export function countText(data: string): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (isSpace(c)) continue;
    chars++;
    if (isComma(c)) commas++;
  }
  return { chars, commas };
}

/**
 * Text, link-text and comma counts for every element under root, in one iterative pass: elements are
 * listed in document order, then measured last to first, so that each child is measured before its
 * parent and scoring never re-walks subtrees (which would be quadratic on deep pages).
 */
export function measureTree(root: AnyNode): Map<Element, Measure> {
  const measures = new Map<Element, Measure>();
  const elements: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'tag') elements.push(node);
    if (!('children' in node)) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as AnyNode;
      if ('children' in child) stack.push(child);
    }
  }
  for (let e = elements.length - 1; e >= 0; e--) {
    const node = elements[e] as Element;
    let text = 0;
    let link = 0;
    let commas = 0;
    let inline = 0;
    const inLink = node.name === 'a';
    for (const child of node.children) {
      if (child.type === 'text') {
        const counted = countText(child.data);
        const chars = counted.chars;
        commas += counted.commas;
        text += chars;
        inline += chars;
        if (inLink) link += chars;
      } else if (child.type === 'tag') {
        const c = measures.get(child);
        if (c) {
          text += c.text;
          link += inLink ? c.text : c.link;
          commas += c.commas;
          if (!BLOCK_TAGS.has(child.name)) inline += c.inline;
        }
      }
    }
    measures.set(node, { text, link, commas, inline });
  }
  return measures;
}

/**
 * Takes an element's subtree out of the counts of its ancestors, as if it had been detached and the
 * tree measured again: cheaper than measuring twice, and exact.
 */
export function subtractSubtree(measures: Map<Element, Measure>, el: Element): void {
  const m = measures.get(el);
  if (!m || (m.text === 0 && m.commas === 0)) return;
  const { text, commas } = m;
  let link = m.link;
  let inline = BLOCK_TAGS.has(el.name) ? 0 : m.inline;
  for (let node = el.parent; node && node.type === 'tag'; node = node.parent) {
    const p = measures.get(node);
    if (!p) return;
    if (node.name === 'a') link = text;
    p.text -= text;
    p.link -= link;
    p.commas -= commas;
    p.inline -= inline;
    if (BLOCK_TAGS.has(node.name)) inline = 0;
  }
}

export const linkDensity = (m: Measure | undefined): number => (m && m.text > 0 ? m.link / m.text : 0);
