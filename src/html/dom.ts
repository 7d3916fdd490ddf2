import type { AnyNode, Element } from 'domhandler';

/**
 * Small DOM helpers over htmlparser2's nodes. Every traversal is iterative: a hostile page may nest
 * 100,000 elements, and recursion would overflow the stack.
 */

export const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** Elements in document order under (and including) root. */
export function* elementsUnder(root: AnyNode): Generator<Element> {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (isElement(node)) yield node;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
}

/** Concatenated text under root, skipping script/style; whitespace is left for the caller to fold. */
export function textOf(root: AnyNode): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') parts.push(node.data);
    else if (node.type === 'tag' && 'children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    } else if (node.type === 'root') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return parts.join('');
}

/** Characters of text (whitespace excluded) under root, and how many of them sit inside links. */
export function textAndLinkLength(root: AnyNode): { text: number; link: number } {
  let text = 0;
  let link = 0;
  const stack: [AnyNode, boolean][] = [[root, false]];
  while (stack.length > 0) {
    const [node, inLink] = stack.pop() as [AnyNode, boolean];
    if (node.type === 'text') {
      const n = node.data.replace(/\s+/g, '').length;
      text += n;
      if (inLink) link += n;
    } else if ((node.type === 'tag' || node.type === 'root') && 'children' in node) {
      const nowInLink = inLink || (node.type === 'tag' && node.name === 'a');
      for (const child of node.children) stack.push([child as AnyNode, nowInLink]);
    }
  }
  return { text, link };
}

export function classAndId(el: Element): string {
  return `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`.trim();
}

export function depthOf(node: AnyNode): number {
  let depth = 0;
  for (let p = node.parent; p; p = p.parent) depth++;
  return depth;
}
