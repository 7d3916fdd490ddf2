import type { AnyNode, Element } from 'domhandler';
import { BLOCK_TAGS, isElement } from './dom.js';

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

const COMMAS = new Set([0x2c, 0xff0c, 0x3001]); // , ， 、

/** Non-whitespace characters and commas, counted without building strings (a text node may be 10 MB). */
export function countText(data: string): { chars: number; commas: number } {
  let chars = 0;
  let commas = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000) continue;
    chars++;
    if (COMMAS.has(c)) commas++;
  }
  return { chars, commas };
}

/**
 * Text, link-text and comma counts for every element under root, in one iterative post-order pass, so
 * that scoring never re-walks subtrees (which would be quadratic on deep pages).
 */
export function measureTree(root: AnyNode): Map<Element, Measure> {
  const measures = new Map<Element, Measure>();
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, done] = stack.pop() as [AnyNode, boolean];
    if (!('children' in node)) continue;
    if (!done) {
      stack.push([node, true]);
      for (const child of node.children) if ('children' in child) stack.push([child as AnyNode, false]);
      continue;
    }
    if (!isElement(node) || node.type !== 'tag') continue;
    const m: Measure = { text: 0, link: 0, commas: 0, inline: 0 };
    const inLink = node.name === 'a';
    for (const child of node.children) {
      if (child.type === 'text') {
        const { chars, commas } = countText(child.data);
        m.text += chars;
        m.inline += chars;
        if (inLink) m.link += chars;
        m.commas += commas;
      } else if (isElement(child as AnyNode)) {
        const c = measures.get(child as Element);
        if (c) {
          m.text += c.text;
          m.link += inLink ? c.text : c.link;
          m.commas += c.commas;
          if (!BLOCK_TAGS.has((child as Element).name)) m.inline += c.inline;
        }
      }
    }
    measures.set(node, m);
  }
  return measures;
}

export const linkDensity = (m: Measure | undefined): number => (m && m.text > 0 ? m.link / m.text : 0);
