import { select } from 'cheerio-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { removeElement } from 'domutils';

/**
 * Small DOM helpers over htmlparser2's nodes. Every traversal is iterative: a hostile page may nest
 * 100,000 elements, and recursion would overflow the stack.
 */

export const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Tags that start a new block of text; everything else flows inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
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

/** Elements in document order under (and including) root. */
export function* elementsUnder(root: AnyNode): Generator<Element> {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node)) yield node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
}

/** Whether `node` is `ancestor` or lies under it. */
/** The node after n's subtree in document order: the next sibling of n or of its nearest ancestor that has one. */
export function nextAfterSubtree(n: AnyNode): AnyNode | null {
  for (let p: AnyNode | null = n; p; p = p.parent) if (p.next) return p.next;
  return null;
}

export function isInside(node: AnyNode, ancestor: AnyNode): boolean {
  for (let n: AnyNode | null = node; n; n = n.parent) if (n === ancestor) return true;
  return false;
}

export function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.trim();
}

/**
 * Takes elements out of the tree (cheaper than cheerio's remove, and no re-wrapping), with one pass over
 * each parent's children: splicing them out one by one is quadratic on a page of 200,000 buttons.
 */
export function detachAll(elements: readonly Element[]): void {
  const gone = new Set<AnyNode>(elements);
  const parents = new Set(elements.map((el) => el.parent).filter((parent) => parent !== null));
  for (const parent of parents) parent.children = parent.children.filter((child) => !gone.has(child));
  for (const el of elements) el.parent = null;
}

/** Text under root (script and style excluded), whitespace folded, block elements kept apart by a space. */
export function flatTextOf(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') parts.push(node.data);
    else if (node.type === 'tag' || node.type === 'root') {
      if (node.type === 'tag' && BLOCK_TAGS.has(node.name)) parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** A selector that opens on a sibling combinator (`+ p`, `~ div`) is matched against the root itself. */
const SIBLING_SELECTOR = /^\s*[+~]/;

/**
 * The elements a site-rule selector picks, as cheerio's `$(selector)` picks them (cheerio-select is the
 * engine under cheerio): loading cheerio itself cost every page's start-up, rules or not. Throws on a bad
 * selector.
 */
export function selectAll(selector: string, document: Document): Element[] {
  const under = SIBLING_SELECTOR.test(selector) ? [document] : document.children;
  return select(selector, under, { context: [document], root: document });
}

/** Takes elements out of the tree as cheerio's `remove()` does, their sibling links cleared. */
export function removeAll(elements: readonly Element[]): void {
  for (const el of elements) {
    removeElement(el);
    el.prev = el.next = el.parent = null;
  }
}

/** The first `<base href>` of the page's head (parse.ts always gives the page a head). */
export function baseHref(document: Document): string | null {
  for (const html of document.children) {
    if (html.type !== 'tag' || html.name !== 'html') continue;
    for (const head of html.children) {
      if (head.type !== 'tag' || head.name !== 'head') continue;
      for (const el of head.children) if (el.type === 'tag' && el.name === 'base' && el.attribs.href) return el.attribs.href;
    }
  }
  return null;
}
