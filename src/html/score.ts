import type { AnyNode, Element } from 'domhandler';
import { classAndId, elementsUnder, flatTextOf, isElement, isInside } from './dom.js';
import { linkDensity, type Measure, type Measures } from './measure.js';
import { contentTokens, furnitureGroup } from './prune.js';

/**
 * The generic scorer. Paragraphs vote for the containers above them: a vote grows with the paragraph's
 * length and commas and shrinks with its link text; the container, its parent and its grandparent get
 * a falling share. A container's score is its votes, discounted by its own link density, plus a bonus
 * or malus for what its class/id says. The best container then
 *   - moves up to the nearest ancestor that also holds most of the other strong candidates (an article
 *     split into several `<div>`s, one per section), and
 *   - takes along its siblings that look like more of the same: well-scored siblings, prose paragraphs,
 *     and the headings, lists, quotes and tables lying between those.
 */

/** A paragraph shorter than this casts no vote. */
const MIN_VOTING_PARAGRAPH_CHARS = 25;
/** Each 100 characters of a paragraph add a point, up to this many. */
const MAX_LENGTH_POINTS = 3;
/** Share of a paragraph's vote that its container, the container's parent and grandparent receive. */
const ANCESTOR_SHARES = [1, 1 / 2, 1 / 3];
/** Class/id names of article containers ("entry-content") add this; furniture names subtract it. */
const CLASS_NAME_WEIGHT = 25;
/** Candidates scoring at least this share of the best are rivals; when enough share an ancestor, it wins. */
const RIVAL_SCORE_SHARE = 0.75;
const RIVALS_CONSIDERED = 5;
const RIVALS_EXAMINED = 20;
const MIN_RIVALS_SHARING = 2;
/** A sibling joins the article when it scores this share of the best, and at least SIBLING_MIN_SCORE. */
const SIBLING_SCORE_SHARE = 0.2;
const SIBLING_MIN_SCORE = 3;
/** A sibling paragraph this long with little link text joins on its own merit. */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** A container with the same markup as the best one joins it when it scores this share of the best. */
const TWIN_SCORE_SHARE = 0.08;
/** Between joined siblings, structural blocks join too unless this link-heavy. */
const BETWEEN_MAX_LINK_DENSITY = 0.5;

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd']);
/** Tags that may hold paragraph text directly, without `<p>` (older and hand-written pages). */
const TEXT_CONTAINER_TAGS = new Set(['div', 'section', 'article', 'main', 'td', 'center', 'font', 'span']);
/** Structural tags that stay when they sit between joined siblings: lists, headings, quotes, tables. */
const STRUCTURAL_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'blockquote', 'table', 'pre', 'figure', 'p']);
/** Tags that are never the article container on their own. */
const NEVER_CONTAINER_TAGS = new Set([
  'a',
  'b',
  'i',
  'em',
  'strong',
  'span',
  'font',
  'li',
  'ul',
  'ol',
  'dl',
  'form',
  'table',
  'tbody',
  'tr',
  'thead',
]);
const SENTENCE_END = /[.!?…:"'”’)»]\s*$/u;

/** A content name adds at most what the element earned itself, so a near-empty "article-promo" stays small. */
function nameWeight(el: Element, earned: number): number {
  if (furnitureGroup(el)) return -CLASS_NAME_WEIGHT;
  const names = classAndId(el);
  return contentTokens.test(names) ? Math.min(CLASS_NAME_WEIGHT, earned) : 0;
}

function voteOf(m: Measure, chars: number): number {
  return (1 + m.commas + Math.min(Math.floor(chars / 100), MAX_LENGTH_POINTS)) * (1 - linkDensity(m));
}

/**
 * The best container may be one section of a page whose other sections sit in its ancestors (a guide
 * in several `<section>`s of unequal weight, a landing page of blocks). It widens to the highest
 * ancestor holding at least CLIMB_PROSE_GAIN times its prose, as long as the ancestors stay below
 * CLIMB_MAX_LINK_DENSITY (above that the wider box is the page's menus). Prose: paragraphs of at least
 * PROSE_PARAGRAPH_CHARS with little link text. A container the page names as its article
 * ("article-body", "rich-text") widens at NAMED_CLIMB_PROSE_GAIN times its prose (a listicle
 * whose every entry is its own "article__content" block), and never to an ancestor holding a comment
 * thread: what lies around a named article is often its comments. An unnamed container is not widened
 * past a named one. A container holding less than FRAGMENTED_HELD_SHARE of the page's prose is one part
 * of a page in many parts (a manual's nested sections, a service page's blocks): it also widens to the
 * nearest ancestor holding NEARLY_ALL_PROSE_SHARE of the page's prose, however little that adds per step.
 */
const CLIMB_PROSE_GAIN = 4;
const NAMED_CLIMB_PROSE_GAIN = 3;
const CLIMB_MAX_LINK_DENSITY = 0.25;
const FRAGMENTED_HELD_SHARE = 0.5;
const NEARLY_ALL_PROSE_SHARE = 0.9;
const PROSE_PARAGRAPH_CHARS = 80;
/** Bounds the walk from a paragraph up to the best container's ancestors on very deep pages. */
const MAX_CLIMB_STEPS = 64;

/** A voting paragraph that reads as prose, with its length. */
interface Prose {
  el: Element;
  chars: number;
}

/** Every voted-for container with its final score. */
export function scoreCandidates(body: Element, measures: Measures): Map<Element, number> {
  return scoreAndCollect(body, measures, []);
}

function scoreAndCollect(body: Element, measures: Measures, prose: Prose[]): Map<Element, number> {
  const votes = new Map<Element, number>();
  for (const el of elementsUnder(body)) {
    const m = measures.get(el);
    if (!m) continue;
    let first: AnyNode | null;
    let chars: number;
    if (PARAGRAPH_TAGS.has(el.name)) {
      first = el.parent;
      chars = m.text;
    } else if (TEXT_CONTAINER_TAGS.has(el.name) && m.inline >= MIN_VOTING_PARAGRAPH_CHARS) {
      first = el;
      chars = m.inline;
    } else continue;
    if (chars < MIN_VOTING_PARAGRAPH_CHARS) continue;
    const vote = voteOf(m, chars);
    if (chars >= PROSE_PARAGRAPH_CHARS && linkDensity(m) < SIBLING_MAX_LINK_DENSITY) prose.push({ el, chars });
    let ancestor = first;
    for (const share of ANCESTOR_SHARES) {
      if (!ancestor || !isElement(ancestor)) break;
      votes.set(ancestor, (votes.get(ancestor) ?? 0) + vote * share);
      if (ancestor === body) break;
      ancestor = ancestor.parent;
    }
  }
  const scores = new Map<Element, number>();
  for (const [el, vote] of votes) {
    if (NEVER_CONTAINER_TAGS.has(el.name)) continue;
    const earned = vote * (1 - linkDensity(measures.get(el)));
    scores.set(el, earned + nameWeight(el, earned));
  }
  return scores;
}

function bestOf(scores: ReadonlyMap<Element, number>): Element | null {
  let best: Element | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** The nearest ancestor of `top` that also holds MIN_RIVALS_SHARING of the strongest rivals, if any. */
function sharedAncestor(top: Element, scores: ReadonlyMap<Element, number>, body: Element): Element {
  const floor = RIVAL_SCORE_SHARE * (scores.get(top) ?? 0);
  const ranked = [...scores].filter(([, s]) => s >= floor).sort((a, b) => b[1] - a[1]);
  const rivals: Element[] = [];
  // Bounded: on a pathological page every check below walks a very deep ancestor chain.
  for (const [el] of ranked.slice(0, RIVALS_EXAMINED)) {
    if (el !== top && !isInside(el, top) && !isInside(top, el)) rivals.push(el);
    if (rivals.length === RIVALS_CONSIDERED) break;
  }
  if (rivals.length < MIN_RIVALS_SHARING) return top;
  const holding = new Map<AnyNode, number>();
  for (const rival of rivals) for (let n = rival.parent; n && n !== body; n = n.parent) holding.set(n, (holding.get(n) ?? 0) + 1);
  for (let node = top.parent; node && node !== body && isElement(node); node = node.parent) {
    if ((holding.get(node) ?? 0) >= MIN_RIVALS_SHARING) return node;
  }
  return top;
}

/**
 * A sibling with the top's own tag and class is the next part of one text cut into boxes (a word
 * processor's export puts each run of paragraphs in its own `div.Section1`): a box of one short
 * numbered step earns little, so it joins when it is worth one paragraph's vote and is not mostly
 * links. A credit line or a licence note in a box of the same markup casts less. The whole class list
 * must match: page builders give every block one first class (`elementor-element elementor-element-6e95e88`).
 */
const SECTION_BOX_MIN_SCORE = 1;
const classList = (el: Element): string => (el.attribs.class ?? '').trim().split(/\s+/).join(' ');

/** `top` and those of its siblings that read as more of the same article, in document order. */
function withSiblings(top: Element, scores: ReadonlyMap<Element, number>, measures: Measures): Element[] {
  const parent = top.parent;
  if (!parent || !isElement(parent)) return [top];
  const threshold = Math.max(SIBLING_MIN_SCORE, SIBLING_SCORE_SHARE * (scores.get(top) ?? 0));
  const siblings = parent.children.filter(isElement) as Element[];
  const markup = classList(top);
  const isPartOfTop = (el: Element): boolean =>
    el.name === top.name &&
    classList(el) === markup &&
    (scores.get(el) ?? 0) >= SECTION_BOX_MIN_SCORE &&
    linkDensity(measures.get(el)) < BETWEEN_MAX_LINK_DENSITY;
  const joins = (el: Element): boolean => {
    if (el === top) return true;
    if ((scores.get(el) ?? Number.NEGATIVE_INFINITY) >= threshold) return true;
    if (markup && isPartOfTop(el)) return true;
    if (el.name !== 'p') return false;
    const m = measures.get(el);
    if (!m || m.text === 0) return false;
    const density = linkDensity(m);
    if (m.text >= SIBLING_PARAGRAPH_CHARS) return density < SIBLING_MAX_LINK_DENSITY;
    return density === 0 && SENTENCE_END.test(flatTextOf(el));
  };
  const joined = siblings.map(joins);
  const first = joined.indexOf(true);
  const last = joined.lastIndexOf(true);
  return siblings.filter(
    (el, i) =>
      joined[i] || (i > first && i < last && STRUCTURAL_TAGS.has(el.name) && linkDensity(measures.get(el)) < BETWEEN_MAX_LINK_DENSITY),
  );
}

/** "story-body" for `class="story-body story-body-2"`: numbered variants of one container share it. */
const firstClass = (el: Element): string | undefined => el.attribs.class?.trim().split(/\s+/)[0];

/**
 * Containers elsewhere on the page with the same tag and class as `top` and a fair score: an article
 * cut into sections by full-width figures or pull quotes repeats its text container's markup, and a Q&A
 * page's question has the markup of the best answer, outside the answer list that answer widens to.
 */
function twinsOf(top: Element, scores: ReadonlyMap<Element, number>): Element[] {
  const signature = firstClass(top);
  if (!signature) return [];
  const floor = TWIN_SCORE_SHARE * (scores.get(top) ?? 0);
  const twins: Element[] = [];
  for (const [el, score] of scores) {
    if (el === top || score < floor || el.name !== top.name || firstClass(el) !== signature) continue;
    if (!isInside(el, top) && !isInside(top, el) && !twins.some((t) => isInside(el, t) || isInside(t, el))) twins.push(el);
  }
  return twins;
}

/**
 * A comment thread within COMMENTS_SEARCH_DEPTH levels below: a named article widened to here would
 * take its comments along (blogs wrap them in an unnamed box: `#user-post > #comment-box`).
 */
const COMMENTS_SEARCH_DEPTH = 2;
function holdsComments(el: Element, depth = COMMENTS_SEARCH_DEPTH): boolean {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (furnitureGroup(child) === 'comments' || (depth > 1 && holdsComments(child, depth - 1))) return true;
  }
  return false;
}

/** `top`, or the ancestor it widens to (see CLIMB_PROSE_GAIN). */
function widened(top: Element, prose: readonly Prose[], measures: Measures, body: Element): Element {
  const named = contentTokens.test(classAndId(top));
  const gain = named ? NAMED_CLIMB_PROSE_GAIN : CLIMB_PROSE_GAIN;
  const chain: Element[] = [];
  for (let n: AnyNode | null = top; n && isElement(n) && n !== body; n = n.parent) chain.push(n);
  const onChain = new Map(chain.map((el, i) => [el as AnyNode, i]));
  const proseAt = new Array<number>(chain.length).fill(0);
  for (const p of prose) {
    let n: AnyNode | null = p.el;
    for (let step = 0; n && step < MAX_CLIMB_STEPS; step++, n = n.parent) {
      const at = onChain.get(n);
      if (at !== undefined) {
        proseAt[at] = (proseAt[at] ?? 0) + p.chars;
        break;
      }
    }
  }
  let widest = 0;
  let held = proseAt[0] ?? 0;
  // A named container whose text is not in prose paragraphs (lines split by <br>) has no measure to widen by.
  if (named && held === 0) return top;
  let below = held;
  const allProse = prose.reduce((n, p) => n + p.chars, 0);
  const nearlyAll = NEARLY_ALL_PROSE_SHARE * allProse;
  const fragmented = held < FRAGMENTED_HELD_SHARE * allProse;
  for (let i = 1; i < chain.length; i++) {
    if (linkDensity(measures.get(chain[i] as Element)) >= CLIMB_MAX_LINK_DENSITY) break;
    if (named && holdsComments(chain[i] as Element)) break;
    below += proseAt[i] ?? 0;
    if (below >= gain * held || (fragmented && held < nearlyAll && below >= nearlyAll)) {
      widest = i;
      held = below;
    }
    if (!named && contentTokens.test(classAndId(chain[i] as Element))) break;
  }
  return chain[widest] ?? top;
}

/** The article's top-level nodes as the scorer sees them, in document order; `[body]` when nothing voted. */
export function scoredContent(body: Element, measures: Measures): Element[] {
  const prose: Prose[] = [];
  const scores = scoreAndCollect(body, measures, prose);
  const best = bestOf(scores);
  if (!best || best === body) return [body];
  const top = widened(sharedAncestor(best, scores, body), prose, measures, body);
  if (top === body) return [body];
  const nodes = withSiblings(top, scores, measures);
  const twinsOfBest = best === top ? [] : twinsOf(best, scores);
  const twins = [...twinsOf(top, scores), ...twinsOfBest].filter((t) => !nodes.some((n) => isInside(t, n)));
  if (twins.length === 0) return nodes;
  const chosen = new Set([...nodes, ...twins]);
  return [...elementsUnder(body)].filter((el) => chosen.has(el));
}
