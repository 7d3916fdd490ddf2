import { type ChildNode, type Document, DomHandler, Element, type ParentNode } from 'domhandler';
import { Parser } from 'htmlparser2';

/**
 * Browsers stop nesting at a fixed depth (Blink: 512) and attach deeper elements to the element at that
 * depth; we do the same. A hostile page nesting 100,000 elements would otherwise make every selector
 * query quadratic (domutils walks with Array#unshift) and overflow recursive text extraction. Text and
 * comments stay inside their own element, so a deep <script> still holds its code, not the page.
 */
export const MAX_ELEMENT_DEPTH = 512;

/**
 * htmlparser2 keeps its own open-element stack with Array#unshift, so parsing alone is quadratic in the
 * nesting depth (100,000 levels take many seconds). A page whose parser stack grows past this depth is
 * parsed again from a source with the open tags nested deeper than this (and as many closing tags)
 * dropped; their text stays. The margin over MAX_ELEMENT_DEPTH keeps real pages far from it, and
 * checking during the parse costs them nothing (a pre-scan of the source cost ~0.5 ms a page).
 */
const MAX_SOURCE_DEPTH = 4 * MAX_ELEMENT_DEPTH;

/** Thrown out of the parser when the source nests past MAX_SOURCE_DEPTH. */
class NestedTooDeep extends Error {}

class DepthCappedHandler extends DomHandler {
  /** False for a source already flattened: it is parsed whatever its depth. */
  constructor(private readonly stopPastSourceDepth: boolean) {
    super();
  }

  protected override addNode(node: ChildNode): void {
    const open = this.tagStack;
    if (open.length <= MAX_ELEMENT_DEPTH || !(node instanceof Element)) {
      super.addNode(node);
      return;
    }
    if (this.stopPastSourceDepth && open.length > MAX_SOURCE_DEPTH) throw new NestedTooDeep();
    this.tagStack = [open[MAX_ELEMENT_DEPTH - 1] as ParentNode];
    try {
      super.addNode(node);
    } finally {
      this.tagStack = open;
    }
  }
}

const VOID_OR_IMPLIED =
  /^(?:area|base|br|col|embed|hr|img|input|link|meta|source|track|wbr|p|li|dt|dd|tr|td|th|thead|tbody|tfoot|option|optgroup|rb|rt|rp)$/;
const RAW_TEXT = /^(?:script|style|textarea|title|xmp|iframe|noembed|noframes|noscript)$/;

const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Index of the `>` that ends the tag starting at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(html: string, from: number): number {
  for (let i = from; i < html.length; i++) {
    const c = html[i];
    if (c === '>') return i;
    if (c === '=') {
      let j = i + 1;
      while (html[j] === ' ' || html[j] === '\t' || html[j] === '\n' || html[j] === '\r') j++;
      const q = html[j];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, j + 1);
        if (close < 0) return -1;
        i = close;
      }
    }
  }
  return -1;
}

function flattenDeepNesting(html: string): string {
  const kept: string[] = [];
  let from = 0;
  let depth = 0;
  let dropped = 0;
  const drop = (start: number, end: number) => {
    kept.push(html.slice(from, start));
    from = end + 1;
  };
  let i = html.indexOf('<');
  while (i >= 0) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? -1 : html.indexOf('<', end + 3);
      continue;
    }
    const closing = html[i + 1] === '/';
    const nameStart = closing ? i + 2 : i + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const end = tagEnd(html, nameStart);
    if (end < 0) break;
    let nameEnd = nameStart;
    while (nameEnd < end && /[^\s/>]/.test(html[nameEnd] as string)) nameEnd++;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    let next = end + 1;
    if (closing) {
      if (dropped > 0 && !VOID_OR_IMPLIED.test(name)) {
        dropped--;
        drop(i, end);
      } else if (depth > 0 && !VOID_OR_IMPLIED.test(name)) depth--;
    } else if (RAW_TEXT.test(name)) {
      const closeTag = new RegExp(`</${name}`, 'gi');
      closeTag.lastIndex = next;
      next = closeTag.test(html) ? closeTag.lastIndex : html.length;
    } else if (!VOID_OR_IMPLIED.test(name) && html[end - 1] !== '/') {
      if (depth >= MAX_SOURCE_DEPTH) {
        dropped++;
        drop(i, end);
      } else depth++;
    }
    i = html.indexOf('<', next);
  }
  if (kept.length === 0) return html;
  kept.push(html.slice(from));
  return kept.join('');
}

/**
 * A fragment (a `<div>` cut out of a page, what a scraper's selector returned) has no `<html>` or
 * `<body>`; browsers put its content in an implied body, and so do we, so that every later stage finds
 * the page where it looks for it.
 */
function wrapFragmentInBody(root: Document): void {
  const isPageElement = (node: ChildNode) => node instanceof Element && (node.name === 'html' || node.name === 'body');
  if (root.children.some(isPageElement)) return;
  const body = new Element('body', {}, root.children);
  for (const child of body.children) child.parent = body;
  body.parent = root;
  root.children = [body];
}

/** Elements the WHATWG parser keeps in `<head>`; any other element, or text, starts the implied body. */
const HEAD_ELEMENTS = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'style', 'script', 'noscript', 'template']);

/**
 * htmlparser2 never closes a `<head>` that the page does not close before its content: on a page
 * without a `<body>` tag (old pages often have none) the whole page ends up inside `<head>`, which the
 * pruner drops as a non-content tag. Browsers end the head at the first element that does not belong
 * there; so do we, moving it and everything after it (at any depth, in document order) into a body.
 */
function moveContentOutOfHead(root: Document): void {
  let html: Element | undefined;
  for (const child of root.children) if (child instanceof Element && child.name === 'html') html = child;
  const head = (html ?? root).children.find((c): c is Element => c instanceof Element && c.name === 'head');
  if (!head) return;
  const start = head.children.findIndex((c) =>
    c instanceof Element ? !HEAD_ELEMENTS.has(c.name) : c.type === 'text' && (c as { data: string }).data.trim() !== '',
  );
  if (start < 0) return;
  const parent = head.parent as ParentNode;
  const moved = head.children.splice(start);
  relinkSiblings(head);
  let body = parent.children.find((c): c is Element => c instanceof Element && c.name === 'body');
  if (body) {
    body.children.unshift(...moved);
  } else {
    body = new Element('body', {}, moved);
    const at = parent.children.indexOf(head) + 1;
    parent.children.splice(at, 0, body);
    body.parent = parent;
  }
  for (const child of moved) child.parent = body;
  relinkSiblings(body);
  relinkSiblings(parent);
}

function relinkSiblings(parent: ParentNode): void {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i] as ChildNode;
    kid.prev = (kids[i - 1] as ChildNode | undefined) ?? null;
    kid.next = (kids[i + 1] as ChildNode | undefined) ?? null;
  }
}

/** Parses a page held in pieces (input/decode.ts) as a stream: the parser carries tags and text across pieces. */
function parseToTree(pieces: readonly string[], flattened: boolean): Document {
  const handler = new DepthCappedHandler(!flattened);
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  for (const piece of pieces) parser.write(piece);
  parser.end();
  return handler.root;
}

/**
 * Parses with htmlparser2 (about 2.4 ms for an average 180 KiB page, against ~30 ms for parse5) into
 * the DOM cheerio works on. htmlparser2 is forgiving rather than spec-exact, which is what extraction
 * needs: we read text, we never re-render the page.
 *
 * The tree is not wrapped with cheerio's load(): each load defines a class whose hidden class lives in
 * the old generation until a full GC and holds the document, so every page's tree survived the young-
 * generation collections and was copied into the old one (about 2.3 ms a page in GC). The stages walk
 * the tree directly; site-rule selectors load it only for the pages they apply to (html/content.ts).
 */
export function parseHtml(pieces: readonly string[]): Document {
  let root: Document;
  try {
    root = parseToTree(pieces, false);
  } catch (error) {
    if (!(error instanceof NestedTooDeep)) throw error;
    root = parseToTree([flattenDeepNesting(pieces.join(''))], true);
  }
  moveContentOutOfHead(root);
  wrapFragmentInBody(root);
  return root;
}
