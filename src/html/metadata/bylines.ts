import type { AnyNode, Element } from 'domhandler';
import { normalizeLine } from '../../article/normalize.js';
import { bylineOpening, splitByline } from '../../metadata/authors.js';
import { AUTHOR_PAGE_PATH } from '../../rules/bylines.js';
import { BYLINE_CLASS, COMMENT_ANCESTOR, NOT_NAME_CLASS, OWN_FOOTER_CLASS, PUBLISHER_SCOPE } from '../../rules/metadata-classes.js';
import { classAndId, elementsUnder, flatTextOf, nextAfterSubtree } from '../dom.js';
import { ancestorsOf, inForeignAncestor } from './published.js';

/**
 * Bylines in the page's markup: byline-marked elements and the names inside them, and bylines printed as
 * plain text near the headline. The names themselves are read by metadata/authors.ts.
 */

const STARTS_CAPITALISED = /^\p{Lu}/u;
/** A byline word without a label counts only this close after the headline, where bylines are printed. */
const NEAR_HEADLINE_CHARS = 300;

const SKIP_TAGS = new Set(['head', 'script', 'style', 'noscript', 'form', 'input', 'textarea', 'select', 'nav', 'footer', 'meta', 'link']);

function insideComments(el: Element): boolean {
  for (let p = el.parent; p && p.type === 'tag'; p = p.parent) {
    // A blog theme prints "Posted by" in the post's own footer (`<footer class="post-footer">`).
    if (p.name === 'footer' && OWN_FOOTER_CLASS.test(classAndId(p))) continue;
    if (SKIP_TAGS.has(p.name) || COMMENT_ANCESTOR.test(classAndId(p))) return true;
  }
  return false;
}

export function isBylineElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.name)) return false;
  const rel = el.attribs.rel ?? '';
  const itemprop = el.attribs.itemprop ?? '';
  if (rel === 'author' || /\bauthor\b/i.test(itemprop)) return true;
  // React sites mark their byline for tests, not with classes: `data-testid="prism-byline"`.
  const testId = el.attribs['data-testid'];
  if (!(el.attribs.class || el.attribs.id || testId)) return false;
  const marks = testId ? `${classAndId(el)} ${testId}` : classAndId(el);
  return BYLINE_CLASS.test(marks) && !NOT_NAME_CLASS.test(marks.replace(BYLINE_CLASS, ''));
}

function isNameElement(el: Element): boolean {
  const marks = classAndId(el);
  return (
    /\bname\b/i.test(el.attribs.itemprop ?? '') ||
    (/name/i.test(marks) && !NOT_NAME_CLASS.test(marks)) ||
    (el.name === 'a' && (el.attribs.rel === 'author' || AUTHOR_PAGE_PATH.test(el.attribs.href ?? '')))
  );
}

/** Inside a byline box: the outermost elements that hold just a name (itemprop=name, *name* classes, author-page links). */
function nameElements(box: Element): Element[] {
  const found = new Set<Element>();
  for (const child of elementsUnder(box)) {
    if (child === box || !isNameElement(child)) continue;
    let skip = false;
    for (let p = child.parent; p && p !== box; p = p.parent) {
      // Nested in a name already taken, or in the publisher's logo box ("Tech Insider" beside the author).
      if (found.has(p as Element) || (p.type === 'tag' && PUBLISHER_SCOPE.test(`${p.attribs.itemprop ?? ''} ${p.attribs.itemtype ?? ''}`)))
        skip = true;
    }
    if (!skip) found.add(child);
  }
  return [...found];
}

/** Names from the page's visible byline: the first byline-marked element (in document order) that yields a name. */
export function domBylineAuthors(bylines: readonly Element[]): string[] {
  for (const el of bylines) {
    if (insideComments(el)) continue;
    const parts = nameElements(el);
    const texts = parts.length > 0 ? parts.map((p) => flatTextOf(p)) : [flatTextOf(el)];
    const names = [...new Set(texts.flatMap(splitByline))];
    if (names.length > 0) return names;
  }
  return [];
}

/** The next text after node in document order that holds more than whitespace, within max characters. */
function nextText(node: AnyNode, max: number): string {
  let skipped = 0;
  for (let n = nextAfterSubtree(node); n && skipped < max; ) {
    if (n.type === 'text') {
      const text = normalizeLine(n.data);
      if (text) return text;
    } else if (n.type === 'tag' && n.name !== 'script' && n.name !== 'style' && n.children.length > 0) {
      n = n.children[0] as AnyNode;
      continue;
    }
    skipped++;
    n = nextAfterSubtree(n);
  }
  return '';
}

/** The text nodes in the first max characters after the headline. */
function textNodesAfter(headline: Element, max: number): Set<AnyNode> {
  const found = new Set<AnyNode>();
  let chars = 0;
  for (let n = nextAfterSubtree(headline); n && chars < max; ) {
    if (n.type === 'text') {
      found.add(n);
      chars += n.data.trim().length;
    } else if (n.type === 'tag' && n.children.length > 0) {
      n = n.children[0] as AnyNode;
      continue;
    }
    n = nextAfterSubtree(n);
  }
  return found;
}

/** Elements between a byline word and the name: a few wrappers, a link. */
const MAX_NEXT_NODES = 8;

/**
 * Names from bylines printed as text, for pages that mark none up: a label ("Autor: Peter Maahn") anywhere
 * in the page's own area, a byline word ("von Alexander Rosenkranz", "By" and a linked name) just after
 * the headline. Texts in comments, cards and sidebars name someone else. Names `accept` refuses (the
 * site's own name) leave the search going, and are the answer when no text names anyone else.
 */
export function textBylineAuthors(
  texts: readonly AnyNode[],
  headline: Element | null,
  accept: (names: string[]) => boolean = () => true,
): string[] {
  const near = headline ? textNodesAfter(headline, NEAR_HEADLINE_CHARS) : new Set<AnyNode>();
  const own = ancestorsOf(headline);
  let first: string[] = [];
  for (const node of texts) {
    if (node.type !== 'text' || inForeignAncestor(node, own) || (node.parent?.type === 'tag' && insideComments(node.parent))) continue;
    const text = normalizeLine(node.data);
    const opening = bylineOpening(text);
    if (!opening || (!opening.labelled && !near.has(node))) continue;
    const rest = opening.rest || nextText(node, MAX_NEXT_NODES);
    if (!STARTS_CAPITALISED.test(rest)) continue;
    const names = splitByline(rest);
    if (names.length > 0 && accept(names)) return names;
    if (first.length === 0) first = names;
  }
  return first;
}
