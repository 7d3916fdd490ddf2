import type { AnyNode, Element } from 'domhandler';
import { removal } from '../article/draft.js';
import type { RemovalReason, RemovedBlock } from '../article/schema.js';
import {
  BOILERPLATE_CLASS_TOKENS,
  BOILERPLATE_ROLES,
  CONTENT_CLASS_TOKENS,
  DISCLOSURE_CLASS_TOKENS,
  DISCLOSURE_ROLES,
  EMBED_CLASS_TOKENS,
  HIDDEN_CLASS_NAMES,
  NON_CONTENT_TAGS,
  PAGE_BUILDER_CLASS_TOKENS,
} from '../rules/class-tokens.js';
import { compileNameList, compileTokenGroup } from '../rules/compile.js';
import { SLIDE_COUNTER_WORDS } from '../rules/slideshow.js';
import { classAndId, detachAll, elementsUnder, flatTextOf, isElement } from './dom.js';
import { linkDensity, type Measure, Measures } from './measure.js';

/**
 * Furniture pruning, before any scoring: tags that never hold article text, hidden elements, ARIA
 * landmarks of page chrome, and elements whose class or id names page furniture (rules/class-tokens.ts).
 */

/** A class-token match never prunes an element holding more than this share of the page's text. */
const MAX_PRUNED_SHARE = 0.4;
/**
 * Nor does it prune long prose with little link text: a class or id that merely mentions a furniture word
 * (`id="sharing-with-a-single-developer"` from a section heading) is not a share bar. Comment threads
 * and slideshow captions are long prose too, so they get no such protection.
 */
const PROSE_KEEP_CHARS = 1000;
const PROSE_MAX_LINK_DENSITY = 0.2;
/**
 * Some wrappers that are dropped whole can hold the whole page:
 *   - htmlparser2 (like browsers) never closes an `<aside>` or `<nav>` the page forgot to close, so one
 *     can hold the rest of the page;
 *   - forum engines (Discourse, Flarum) serve the thread itself inside `<noscript>`, the view for
 *     clients without scripts, next to an empty app shell;
 *   - pages that fade in once their scripts ran wrap everything in a `visibility:hidden` element (but
 *     `aria-hidden` on most of the page is a modal hiding the page behind it: the modal is the article).
 * Such a wrapper, with most of the page's text and this little link text, is kept and judged by its
 * parts. Footers are left out: legal footnotes are long prose and may outweigh a short page.
 */
const PAGE_WRAPPER_TAGS = new Set(['nav', 'aside', 'noscript']);
const SWALLOWED_MAX_LINK_DENSITY = 0.5;
/** A wrapper with this share of the page's text is kept whatever its links: dropping it leaves next to nothing. */
const WHOLE_PAGE_SHARE = 0.8;
const UNPROTECTED_GROUPS = new Set(['comments', 'gallery']);
/**
 * A product page's feature slides sit in a carousel, each a heading over a paragraph of the product's
 * own copy: a `gallery`/`slider` element with a heading, this much text and this little link text is
 * content. A news slideshow's captions have no headings.
 */
const SLIDE_PROSE_CHARS = 200;
const SLIDE_PROSE_MAX_LINK_DENSITY = 0.1;
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);
/**
 * A gallery is a numbered slideshow (rules/slideshow.ts) when this many of its slides show a counter of
 * one total; it is dropped whatever its share of the page when the article's own prose outside it comes
 * to at least this much (a page that is only a slideshow keeps it: there the captions are the article).
 */
const MIN_NUMBERED_SLIDES = 3;
const SLIDESHOW_OUTSIDE_PROSE_CHARS = 1000;
const SLIDE_COUNTER = new RegExp(`^(\\d{1,4})\\s*(?:/|\\s(?:${SLIDE_COUNTER_WORDS.join('|')})\\s)\\s*(\\d{1,4})$`, 'i');
/**
 * A forum thread or a Q&A page names its posts like comments (`ipsComment`, `id="comments"`, `replies`):
 * there the comments are the content. A page is such a thread when its prose outside comment-named
 * elements (paragraphs of PROSE_PARAGRAPH_CHARS with little link text) comes to less than this; an
 * article with a comment section has its own prose outside them.
 */
const THREAD_MAX_OUTSIDE_PROSE_CHARS = 500;
const PROSE_PARAGRAPH_CHARS = 80;
const PROSE_PARAGRAPH_TAGS = new Set(['p', 'blockquote', 'pre', 'li', 'dd', 'td']);
/** A list whose every item is at least this much link text is a list of other pages. */
const LINK_LIST_MIN_DENSITY = 0.8;
/**
 * Containers that may hold the whole article are never pruned by a class token; nor are links and
 * inline formatting, which sit inside running text (`<a class="popup">` around an annotated phrase):
 * link density judges those.
 */
const UNPRUNABLE_TAGS = new Set(['body', 'article', 'main', 'a', 'em', 'strong', 'b', 'i', 'u', 'abbr', 'cite', 'q', 'mark']);

const tokenGroups = Object.entries(BOILERPLATE_CLASS_TOKENS).map(([group, tokens]) => ({ group, regex: compileTokenGroup(group, tokens) }));
const galleryTokens = compileTokenGroup('gallery', BOILERPLATE_CLASS_TOKENS.gallery ?? []);
const anyFurnitureToken = compileTokenGroup('furniture', Object.values(BOILERPLATE_CLASS_TOKENS).flat());
/** Class/id words of the article container itself; the scorer rewards them too. */
export const contentTokens = compileTokenGroup('content', CONTENT_CLASS_TOKENS);
const embedTokens = compileTokenGroup('embed', EMBED_CLASS_TOKENS);
const pageBuilderTokens = compileTokenGroup('page-builder', PAGE_BUILDER_CLASS_TOKENS);
const nonContentTags = new Set(NON_CONTENT_TAGS);
const boilerplateRoles = new Set(BOILERPLATE_ROLES);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;
const hiddenClassNames = compileNameList('hidden', HIDDEN_CLASS_NAMES);
/**
 * Also hidden when shown from some screen width on (`hidden xl:block`, `d-none d-md-block`): what a page
 * keeps off small screens is its extras (a sticky sidebar, a hero banner), not its text.
 */
const hasHiddenClass = (className: string | undefined): boolean => className !== undefined && hiddenClassNames.test(className);

const disclosureTokens = compileTokenGroup('disclosure', DISCLOSURE_CLASS_TOKENS);
const disclosureRoles = new Set(DISCLOSURE_ROLES);
/** React's streaming renderer parks each late-arriving chunk of the page in `<div hidden id="S:n">`, then moves it in place. */
const STREAMED_CHUNK_ID = /^S:\d+$/;
/** A hidden disclosure panel this link-heavy is a collapsed menu, not hidden text. */
const DISCLOSURE_MAX_LINK_DENSITY = 0.5;

/** Hidden until a click (a tab, an accordion answer) or until a script moves it in: text of the page all the same. */
function isRevealable(el: Element, measures: Measures): boolean {
  const { id, role } = el.attribs;
  if (id && STREAMED_CHUNK_ID.test(id)) return true;
  if (!((role && disclosureRoles.has(role)) || disclosureTokens.test(classAndId(el)))) return false;
  return linkDensity(measures.get(el)) < DISCLOSURE_MAX_LINK_DENSITY;
}

/**
 * Preformatted text is shown whole, so no class name prunes inside a `<pre>`: syntax highlighters name
 * their token spans `comment`, `tag` or `meta`, and an RFC's page breaks keep their layout space in an
 * `invisible` anchor (which hides the anchor, not the space it takes). Only `<pre>`s are looked for, and
 * only above an element a class name would prune.
 */
function insidePre(el: Element): boolean {
  for (let n = el.parent; n && n.type !== 'root'; n = n.parent) if ((n as Element).name === 'pre') return true;
  return false;
}

/** How an element is hidden: `aria-hidden` hides it from readers only, which a modal does to the page behind it. */
function hiddenBy(el: Element, measures: Measures): 'markup' | 'aria' | null {
  const style = el.attribs.style;
  const hidden =
    'hidden' in el.attribs || (style !== undefined && HIDDEN_STYLE.test(style)) || (hasHiddenClass(el.attribs.class) && !insidePre(el));
  if (!hidden && el.attribs['aria-hidden'] !== 'true') return null;
  if (isRevealable(el, measures)) return null;
  return hidden ? 'markup' : 'aria';
}

/**
 * Utility-class names with a variant or arbitrary value (`print:break-inside-avoid`, `md:hidden`,
 * `[h2]:pt-0`, `bg-primary/6`) style the element; the words in them name a media or a state, not what
 * the element is.
 */
const UTILITY_CLASS = /[:[\]/]/;

/**
 * The furniture group an element's class/id names put it in, or null. Each class name and the id are
 * judged on their own: `article-share` is a share bar even though it says "article", while
 * `entry-content share-enabled` is the article because one name marks it as content, and
 * `social-media-embed` is a post the article quotes.
 */
export function furnitureGroup(el: Element): string | null {
  const { class: className, id } = el.attribs;
  if (!((className && anyFurnitureToken.test(className)) || (id && anyFurnitureToken.test(id)))) return null;
  const names = classAndId(el).split(/\s+/).filter(Boolean);
  let hit: string | null = null;
  for (const name of names) {
    if (embedTokens.test(name) || UTILITY_CLASS.test(name) || pageBuilderTokens.test(name)) continue;
    const group = tokenGroups.find((g) => g.regex.test(name));
    if (group) hit ??= group.group;
    else if (contentTokens.test(name)) return null;
  }
  return hit;
}

/** Whether every link under `el` points into the page itself (`#section`): a table of contents. */
function linksOnlyWithinPage(el: Element): boolean {
  let links = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    if (node.name === 'a') {
      if (!(node.attribs.href ?? '').startsWith('#')) return false;
      links++;
    }
    for (const child of node.children) stack.push(child);
  }
  return links > 0;
}

/**
 * A list of links only ("Related: ...", "Most read"), as opposed to a list that mentions a link. A
 * table of contents is all links too, but into the article's own sections: it is the article's outline.
 */
function isLinkList(list: Element, measures: Measures): boolean {
  let items = 0;
  for (const child of list.children) {
    if (!isElement(child as AnyNode) || (child as Element).name !== 'li') continue;
    const m = measures.get(child as Element);
    if (m && m.text > 0 && linkDensity(m) < LINK_LIST_MIN_DENSITY) return false;
    items++;
  }
  return items > 0 && !linksOnlyWithinPage(list);
}

/** See SLIDE_PROSE_CHARS. */
function isFeatureSlide(el: Element, m: Measure | undefined): boolean {
  if (!m || m.text < SLIDE_PROSE_CHARS || linkDensity(m) >= SLIDE_PROSE_MAX_LINK_DENSITY) return false;
  for (const node of elementsUnder(el)) if (HEADING_TAGS.has(node.name)) return true;
  return false;
}

/** Whether `el` shows MIN_NUMBERED_SLIDES slide counters ("1/50", "2/50", ...) of one total. */
function hasNumberedSlides(el: Element): boolean {
  const seen = new Map<string, Set<string>>();
  for (const node of elementsUnder(el)) {
    const only = node.children.length === 1 ? node.children[0] : undefined;
    if (only?.type !== 'text' || only.data.length > 40) continue;
    const counter = SLIDE_COUNTER.exec(only.data.trim());
    if (!counter) continue;
    const [, at, total] = counter as unknown as [string, string, string];
    const slides = seen.get(total) ?? new Set<string>();
    slides.add(at);
    seen.set(total, slides);
    if (slides.size >= MIN_NUMBERED_SLIDES) return true;
  }
  return false;
}

/** Running prose under root outside `skip`: paragraphs of PROSE_PARAGRAPH_CHARS with little link text, counted up to `enough`. */
function proseOutside(root: Element, skip: Element, measures: Measures, enough: number): number {
  let prose = 0;
  const stack: AnyNode[] = [...root.children];
  while (stack.length > 0 && prose < enough) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node) || node === skip) continue;
    const m = measures.get(node);
    if (!m || m.text === 0) continue;
    if (PROSE_PARAGRAPH_TAGS.has(node.name) && m.text >= PROSE_PARAGRAPH_CHARS && linkDensity(m) < PROSE_MAX_LINK_DENSITY) {
      prose += m.text;
      continue;
    }
    for (const child of node.children) stack.push(child as AnyNode);
  }
  return prose;
}

/** See MIN_NUMBERED_SLIDES. */
function isEmbeddedSlideshow(el: Element, body: Element, measures: Measures): boolean {
  if (!galleryTokens.test(classAndId(el)) || !hasNumberedSlides(el)) return false;
  return proseOutside(body, el, measures, SLIDESHOW_OUTSIDE_PROSE_CHARS) >= SLIDESHOW_OUTSIDE_PROSE_CHARS;
}

/** Comment-named elements hold text and the prose outside them is too little for an article: see THREAD_MAX_OUTSIDE_PROSE_CHARS. */
function isThread(body: Element, measures: Measures): boolean {
  let threadText = 0;
  let outsideProse = 0;
  const stack: AnyNode[] = [...body.children];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    const m = measures.get(node);
    if (!m || m.text === 0) continue;
    if (!UNPRUNABLE_TAGS.has(node.name) && furnitureGroup(node) === 'comments') {
      threadText += m.text;
      continue;
    }
    if (PROSE_PARAGRAPH_TAGS.has(node.name) && m.text >= PROSE_PARAGRAPH_CHARS && linkDensity(m) < PROSE_MAX_LINK_DENSITY) {
      outsideProse += m.text;
      if (outsideProse >= THREAD_MAX_OUTSIDE_PROSE_CHARS) return false;
      continue;
    }
    for (const child of node.children) stack.push(child as AnyNode);
  }
  return threadText > 0;
}

/**
 * What a class token drops one element at a time can add up to the page: a buying guide whose every pick
 * sits in a `sidebar`-named card, a product page whose features are `slider` panels. A group whose
 * elements together hold more than GROUP_MAX_PRUNED_SHARE of the page's text, with little link text, is
 * the page's content and stays; comment threads are prose too and may outweigh an article, so they go.
 */
const GROUP_MAX_PRUNED_SHARE = 0.5;
const GROUP_MAX_LINK_DENSITY = 0.3;

function keptTogether(
  found: readonly { el: Element; reason: RemovalReason }[],
  measures: Measures,
  bodyText: number,
): { el: Element; reason: RemovalReason }[] {
  const totals = new Map<RemovalReason, { text: number; link: number }>();
  for (const { el, reason } of found) {
    const m = measures.get(el);
    const t = totals.get(reason) ?? { text: 0, link: 0 };
    t.text += m?.text ?? 0;
    t.link += m?.link ?? 0;
    totals.set(reason, t);
  }
  const kept = new Set<RemovalReason>();
  for (const [reason, t] of totals) {
    if (reason === 'class-token:comments' || !reason.startsWith('class-token:')) continue;
    if (t.text > GROUP_MAX_PRUNED_SHARE * bodyText && t.link < GROUP_MAX_LINK_DENSITY * t.text) kept.add(reason);
  }
  return kept.size === 0 ? [...found] : found.filter(({ reason }) => !kept.has(reason));
}

/**
 * Code is kept whole: syntax highlighters name their spans by token (`hljs-comment`, `token comment`), so
 * a class word inside code names part of the program, not the page.
 */
const CODE_TAGS = new Set(['pre', 'code']);

/** Pre-order walk that removes each element `reasonFor` names, and does not descend into removed ones or into code. */
function removeWhere(
  root: Element,
  reasonFor: (el: Element) => RemovalReason | null,
  remove: (el: Element, reason: RemovalReason) => void,
): void {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node)) continue;
    const reason = reasonFor(node);
    if (reason) remove(node, reason);
    else if (!CODE_TAGS.has(node.name)) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
}

/**
 * Prunes the furniture under body and returns the text measures of what is left. The tree is measured
 * once; what each walk removes is subtracted from its ancestors' counts after the walk.
 */
export function pruneFurniture(body: Element, removed: RemovedBlock[] | null): Measures {
  const measures = Measures.of(body);
  // Detached after each walk, all at once: the walk never descends into what it removes.
  let doomed: Element[] = [];
  const remove = (el: Element, reason: RemovalReason) => {
    if (removed) {
      const text = flatTextOf(el);
      if (text) removed.push(removal(text, reason));
    }
    doomed.push(el);
  };
  const bodyText = measures.get(body)?.text ?? 0;
  const detachDoomed = () => {
    for (const el of doomed) measures.subtractSubtree(el);
    detachAll(doomed);
    doomed = [];
  };
  /** A wrapper holding most of the page's prose is the page, not furniture. */
  const holdsThePage = (el: Element): boolean => {
    const m = measures.get(el);
    if (!m || m.text < PROSE_KEEP_CHARS) return false;
    if (m.text >= WHOLE_PAGE_SHARE * bodyText) return true;
    return linkDensity(m) < SWALLOWED_MAX_LINK_DENSITY && m.text > MAX_PRUNED_SHARE * bodyText;
  };
  const dropped = (el: Element): RemovalReason | null => {
    if (nonContentTags.has(el.name)) return PAGE_WRAPPER_TAGS.has(el.name) && holdsThePage(el) ? null : `tag:${el.name}`;
    const hidden = hiddenBy(el, measures);
    return hidden === 'aria' || (hidden === 'markup' && !holdsThePage(el)) ? 'hidden' : null;
  };
  removeWhere(body, dropped, remove);
  detachDoomed();
  const maxPruned = MAX_PRUNED_SHARE * (measures.get(body)?.text ?? 0);
  const commentsAreContent = isThread(body, measures);
  // A slideshow embedded in an article goes whatever its share of the page, so keptTogether never
  // weighs it: its captions are the very prose that share measures.
  const slideshows = new Set<Element>();
  const isSlideshow = (el: Element): boolean => {
    if (!isEmbeddedSlideshow(el, body, measures)) return false;
    slideshows.add(el);
    return true;
  };
  const furniture = (el: Element): RemovalReason | null => {
    const m = measures.get(el);
    if (UNPRUNABLE_TAGS.has(el.name)) return null;
    if ((m?.text ?? 0) > maxPruned) return isSlideshow(el) ? 'class-token:gallery' : null;
    const role = el.attribs.role;
    if (role && boilerplateRoles.has(role)) return `role:${role}`;
    const group = furnitureGroup(el);
    if (group && insidePre(el)) return null;
    if (group === 'comments' && commentsAreContent) return null;
    if (!group) return (el.name === 'ul' || el.name === 'ol') && isLinkList(el, measures) ? 'link-list' : null;
    const prose = m !== undefined && m.text >= PROSE_KEEP_CHARS && linkDensity(m) < PROSE_MAX_LINK_DENSITY;
    if (group === 'gallery' && isFeatureSlide(el, m) && !isSlideshow(el)) return null;
    return prose && !UNPROTECTED_GROUPS.has(group) ? null : `class-token:${group}`;
  };
  const byToken: { el: Element; reason: RemovalReason }[] = [];
  removeWhere(body, furniture, (el, reason) => (slideshows.has(el) ? remove(el, reason) : byToken.push({ el, reason })));
  for (const { el, reason } of keptTogether(byToken, measures, measures.get(body)?.text ?? 0)) remove(el, reason);
  detachDoomed();
  return measures;
}
