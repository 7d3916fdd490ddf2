import type { AnyNode, Element } from 'domhandler';
import { LEAD_CLASS_TOKENS } from '../rules/class-tokens.js';
import { compileTokenGroup } from '../rules/compile.js';
import { classAndId, elementsUnder, isElement } from './dom.js';
import { linkDensity, type Measures } from './measure.js';

/**
 * The article's lead when it sits outside the chosen container: templates often set the standfirst in
 * the article header, beside the headline, and the body's own container starts after it. A lead is an
 * element named as one (rules/class-tokens.ts) that comes before the first chosen node, below one of its
 * nearest LEAD_SEARCH_LEVELS ancestors (the header and the body share the article's wrapper, though grid
 * templates nest each of them a few boxes deep; a page's other teasers lie further out), holding a
 * sentence or a paragraph with little link text.
 */
const LEAD_SEARCH_LEVELS = 5;
const LEAD_MIN_CHARS = 40;
const LEAD_MAX_CHARS = 1500;
const LEAD_MAX_LINK_DENSITY = 0.3;

const leadTokens = compileTokenGroup('lead', LEAD_CLASS_TOKENS);

/**
 * A "lede" wrapper holding the headline or the lead picture is the article's header, with bylines and
 * captions in it, not its first paragraph.
 */
const HEADER_PART_TAGS = new Set(['h1', 'h2', 'img', 'picture', 'figure', 'figcaption', 'video']);

function holdsHeaderParts(el: Element): boolean {
  for (const node of elementsUnder(el)) if (HEADER_PART_TAGS.has(node.name)) return true;
  return false;
}

/** The first lead-named element under `root`, in document order, whose text reads as a lead. */
function leadUnder(root: Element, measures: Measures): Element | null {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    const m = measures.get(node);
    if (!m || m.text < LEAD_MIN_CHARS) continue;
    if (leadTokens.test(classAndId(node))) {
      if (m.text <= LEAD_MAX_CHARS && linkDensity(m) < LEAD_MAX_LINK_DENSITY && !holdsHeaderParts(node)) return node;
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return null;
}

/** `nodes` (in document order) with the article's lead in front, when one lies just before them. */
export function withLead(nodes: readonly Element[], measures: Measures, body: Element): Element[] {
  const first = nodes[0];
  if (!first) return [...nodes];
  let child: Element = first;
  for (let level = 0; level < LEAD_SEARCH_LEVELS; level++) {
    const parent = child.parent;
    if (!parent || !isElement(parent) || child === body) break;
    for (const sibling of parent.children) {
      if (sibling === child) break;
      if (!isElement(sibling)) continue;
      const lead = leadUnder(sibling, measures);
      if (lead) return [lead, ...nodes];
    }
    if (parent === body) break;
    child = parent;
  }
  return [...nodes];
}
