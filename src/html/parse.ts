import { type ChildNode, type Document, DomHandler, Element, type ParentNode } from 'domhandler';
import { Parser } from 'htmlparser2';

/**
 * Browsers stop nesting at a fixed depth (Blink: 512) and attach deeper elements to the element at that
 * depth; we do the same. A hostile page nesting 100,000 elements would otherwise make every selector
 * query quadratic (domutils walks with Array#unshift) and overflow recursive text extraction. Text and
 * comments stay inside their own element, so a deep <script> still holds its code, not the page.
 */
export const MAX_ELEMENT_DEPTH = 512;

/** What every element without attributes shares: an empty object of its own was ~56 bytes an element. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

function hasAttributes(attribs: Record<string, string>): boolean {
  for (const _ in attribs) return true;
  return false;
}

class DepthCappedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, hasAttributes(attribs) ? attribs : NO_ATTRIBUTES);
  }

  protected override addNode(node: ChildNode): void {
    const open = this.tagStack;
    if (open.length <= MAX_ELEMENT_DEPTH || !(node instanceof Element)) {
      super.addNode(node);
      return;
    }
    this.tagStack = [open[MAX_ELEMENT_DEPTH - 1] as ParentNode];
    try {
      super.addNode(node);
    } finally {
      this.tagStack = open;
    }
  }

  /**
   * A closed element's child list is copied to its length: V8 gives an array 16 slots at its first push,
   * so most elements, with one or two children, held ~130 bytes of empty slots (docs/performance.md).
   */
  override onclosetag(): void {
    const closing = this.tagStack[this.tagStack.length - 1];
    super.onclosetag();
    if (closing && closing.children.length > 0) closing.children = closing.children.slice();
  }
}

/**
 * htmlparser2 keeps its open-element stack top first, pushing and popping with Array#unshift and
 * Array#shift, and finds a closing tag's element with Array#indexOf: every tag costs time in the depth
 * of the stack, so any page that keeps elements open is quadratic. The depth cap above does not help,
 * because the parser's stack is not the tree: `<li><p>word ` repeated (htmlparser2 closes an open
 * `<li>` only when it is on top) or unclosed `<b>`s grow it by one per tag, and a 1 MB page took 10 s.
 * This stack answers the same calls from an array kept top last, with a count per name so that a
 * closing tag whose element is not open costs nothing and one that is open costs the elements it
 * closes: each tag costs constant time, amortised. It stands in for the parser's `stack` and
 * `foreignContext` (htmlparser2 reads `[0]`, `length`, shift, unshift and indexOf of both).
 */
class OpenStack<T> {
  /** The top, as htmlparser2 reads it. */
  0: T | undefined = undefined;
  private readonly items: T[] = [];
  private readonly open = new Map<T, number>();

  get length(): number {
    return this.items.length;
  }

  /** htmlparser2 empties its stacks with `length = 0` when it is reset. */
  set length(length: number) {
    if (length !== 0) throw new RangeError('OpenStack only empties');
    this.items.length = 0;
    this.open.clear();
    this[0] = undefined;
  }

  unshift(item: T): number {
    this.items.push(item);
    this.open.set(item, (this.open.get(item) ?? 0) + 1);
    this[0] = item;
    return this.items.length;
  }

  shift(): T | undefined {
    if (this.items.length === 0) return undefined;
    const item = this.items.pop() as T;
    this.open.set(item, (this.open.get(item) as number) - 1);
    this[0] = this.items[this.items.length - 1];
    return item;
  }

  /** Distance from the top, as in htmlparser2's top-first array; -1 at once when no such element is open. */
  indexOf(item: T): number {
    if (!this.open.get(item)) return -1;
    const top = this.items.length - 1;
    return top - this.items.lastIndexOf(item);
  }

  /** The stack as htmlparser2's own array, top first: its end-of-input pass reads it by index. */
  topFirst(): T[] {
    return this.items.slice().reverse();
  }
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

/**
 * htmlparser2 puts what follows `</body>` or `</html>` beside them, outside the body; browsers put it at
 * the end of the body (some templates close the page before their main part, and the pruner and scorer
 * read only the body). So do we, for every node after the body and after `<html>`.
 */
function moveContentAfterBody(root: Document): void {
  const html = root.children.find((c): c is Element => c instanceof Element && c.name === 'html');
  const body = (html ?? root).children.find((c): c is Element => c instanceof Element && c.name === 'body');
  if (!body) return;
  const holder = body.parent as ParentNode;
  const trailing = (parent: ParentNode, child: ChildNode) => parent.children.slice(parent.children.indexOf(child) + 1);
  const moved = [...trailing(holder, body), ...(html && holder === html ? trailing(root, html) : [])];
  const isContent = (c: ChildNode) => c instanceof Element || (c.type === 'text' && (c as { data: string }).data.trim() !== '');
  if (!moved.some(isContent)) return;
  holder.children.splice(holder.children.indexOf(body) + 1);
  if (html && holder === html) root.children.splice(root.children.indexOf(html) + 1);
  body.children.push(...moved);
  for (const child of moved) child.parent = body;
  relinkSiblings(body);
  relinkSiblings(holder);
  relinkSiblings(root);
}

function relinkSiblings(parent: ParentNode): void {
  const kids = parent.children;
  for (let i = 0; i < kids.length; i++) {
    const kid = kids[i] as ChildNode;
    kid.prev = (kids[i - 1] as ChildNode | undefined) ?? null;
    kid.next = (kids[i + 1] as ChildNode | undefined) ?? null;
  }
}

/**
 * htmlparser2 ends a `<![CDATA[` only at `]]>`, even in HTML content, so one left unclosed swallowed
 * the rest of the page. Browsers read `<![` in HTML content as a bogus comment that ends at the first
 * `>` (only svg and math content has CDATA sections), and show the text after it; so do we, sending
 * the tokenizer down its own bogus-comment path (the one it takes for `</` and a non-letter). A closed
 * `<![CDATA[x]]>` still gives the comment `[CDATA[x]]`, as before.
 */
function endHtmlCdataAtFirstGt(parser: Parser, foreign: OpenStack<boolean>): void {
  const tokenizer = Reflect.get(parser, 'tokenizer') as object;
  const beforeDeclaration = Reflect.get(tokenizer, 'stateBeforeDeclaration') as (c: number) => void;
  const bogusComment = Reflect.get(tokenizer, 'stateBeforeClosingTagName') as (c: number) => void;
  const OPENING_SQUARE_BRACKET = 0x5b;
  Reflect.set(tokenizer, 'stateBeforeDeclaration', (c: number) => {
    (c === OPENING_SQUARE_BRACKET && !foreign[0] ? bogusComment : beforeDeclaration).call(tokenizer, c);
  });
}

/** Parses a page held in pieces (input/decode.ts delivers it so) as a stream: the parser carries tags and text across pieces. */
function parseToTree(pieces: readonly string[]): Document {
  const handler = new DepthCappedHandler();
  const parser = new Parser(handler, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const open = new OpenStack<string>();
  const foreign = new OpenStack<boolean>();
  foreign.unshift(false); // htmlparser2 starts it as [!xmlMode]
  Reflect.set(parser, 'stack', open);
  Reflect.set(parser, 'foreignContext', foreign);
  endHtmlCdataAtFirstGt(parser, foreign);
  for (const piece of pieces) parser.write(piece);
  // The end-of-input pass closes what is still open by reading the stack by index; it opens nothing.
  Reflect.set(parser, 'stack', open.topFirst());
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
  const root = parseToTree(pieces);
  moveContentOutOfHead(root);
  moveContentAfterBody(root);
  wrapFragmentInBody(root);
  return root;
}
