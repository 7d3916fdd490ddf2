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

/**
 * Non-whitespace characters of data, counted without building strings (a text node may be 10 MB); its
 * commas are added to commas[at]. Printable ASCII, most of any page, is settled by the first test.
 */
function tally(data: string, commas: Int32Array, at: number): number {
  let chars = 0;
  let found = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c > 0x20 && c < 0x7f) {
      chars++;
      if (c === 0x2c) found++;
    } else if (!isSpace(c)) {
      chars++;
      if (isComma(c)) found++;
    }
  }
  commas[at] = (commas[at] as number) + found;
  return chars;
}

const scratchCommas = new Int32Array(1);

/** Non-whitespace characters and commas of a text. */
export function countText(data: string): { chars: number; commas: number } {
  scratchCommas[0] = 0;
  const chars = tally(data, scratchCommas, 0);
  return { chars, commas: scratchCommas[0] as number };
}

/**
 * The counts of every element under a root, in typed arrays indexed by the element's ordinal in
 * document order. The ordinal is kept in domhandler's `startIndex`, which is otherwise null (the parser
 * runs without `withStartIndices`): a Map keyed by node and an object per node held about 100 bytes per
 * element, a sixth of the DOM itself, and cost a hash look-up at every read (docs/performance.md).
 */
export class Measures {
  private readonly elements: readonly Element[];
  private readonly text: Int32Array;
  private readonly link: Int32Array;
  private readonly commas: Int32Array;
  private readonly inline: Int32Array;

  constructor(elements: readonly Element[]) {
    this.elements = elements;
    this.text = new Int32Array(elements.length);
    this.link = new Int32Array(elements.length);
    this.commas = new Int32Array(elements.length);
    this.inline = new Int32Array(elements.length);
  }

  /** The element's ordinal, or -1 when it was not measured (made or moved in after the walk). */
  private ordinalOf(el: Element): number {
    const i = el.startIndex;
    return i !== null && this.elements[i] === el ? i : -1;
  }

  get(el: Element): Measure | undefined {
    const i = this.ordinalOf(el);
    if (i < 0) return undefined;
    return {
      text: this.text[i] as number,
      link: this.link[i] as number,
      commas: this.commas[i] as number,
      inline: this.inline[i] as number,
    };
  }

  /** Non-whitespace characters under the element, 0 when it was not measured. */
  textOf(el: Element): number {
    const i = this.ordinalOf(el);
    return i < 0 ? 0 : (this.text[i] as number);
  }

  /**
   * Counts every element, last to first, so that each child is counted before its parent and no
   * subtree is walked twice (which would be quadratic on deep pages).
   */
  static of(root: AnyNode): Measures {
    const measures = new Measures(elementsInOrder(root));
    const { elements, text, link, commas, inline } = measures;
    for (let e = elements.length - 1; e >= 0; e--) {
      const node = elements[e] as Element;
      let nodeText = 0;
      let nodeLink = 0;
      let nodeInline = 0;
      const inLink = node.name === 'a';
      const children = node.children;
      for (let k = 0; k < children.length; k++) {
        const child = children[k] as AnyNode;
        if (child.type === 'text') {
          const chars = tally(child.data, commas, e);
          nodeText += chars;
          nodeInline += chars;
          if (inLink) nodeLink += chars;
        } else if (child.type === 'tag') {
          const c = measures.ordinalOf(child);
          if (c >= 0) {
            const childText = text[c] as number;
            nodeText += childText;
            nodeLink += inLink ? childText : (link[c] as number);
            commas[e] = (commas[e] as number) + (commas[c] as number);
            if (!BLOCK_TAGS.has(child.name)) nodeInline += inline[c] as number;
          }
        }
      }
      text[e] = nodeText;
      link[e] = nodeLink;
      inline[e] = nodeInline;
    }
    return measures;
  }

  /**
   * Takes an element's subtree out of the counts of its ancestors, as if it had been detached and the
   * tree measured again: cheaper than measuring twice, and exact.
   */
  subtractSubtree(el: Element): void {
    const i = this.ordinalOf(el);
    if (i < 0) return;
    const text = this.text[i] as number;
    const commas = this.commas[i] as number;
    if (text === 0 && commas === 0) return;
    let link = this.link[i] as number;
    let inline = BLOCK_TAGS.has(el.name) ? 0 : (this.inline[i] as number);
    for (let node = el.parent; node && node.type === 'tag'; node = node.parent) {
      const p = this.ordinalOf(node);
      if (p < 0) return;
      if (node.name === 'a') link = text;
      this.text[p] = (this.text[p] as number) - text;
      this.link[p] = (this.link[p] as number) - link;
      this.commas[p] = (this.commas[p] as number) - commas;
      this.inline[p] = (this.inline[p] as number) - inline;
      if (BLOCK_TAGS.has(node.name)) inline = 0;
    }
  }
}

/** The elements under root (root included, if it is one) in document order, each given its ordinal. */
function elementsInOrder(root: AnyNode): Element[] {
  const elements: Element[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'tag') {
      node.startIndex = elements.length;
      elements.push(node);
    }
    if (!('children' in node)) continue;
    const children = node.children;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i] as AnyNode;
      if ('children' in child) stack.push(child);
    }
  }
  return elements;
}

export const linkDensity = (m: Measure | undefined): number => (m && m.text > 0 ? m.link / m.text : 0);
