import type { AnyNode, Element, ParentNode } from 'domhandler';
import { countWords, normalizeLine } from '../article/normalize.js';
import { COMMENT_FURNITURE } from '../rules/comment-furniture.js';
import { matchBoilerplate } from '../rules/compile.js';
import { BLOCK_TAGS, classAndId, isElement } from './dom.js';
import { furnitureGroup } from './prune.js';

/**
 * `--include-comments`: the page's comment section, read before the furniture is pruned (the section
 * never reaches `body`), one string per comment. A comment is an element the section marks as one
 * (`li`, `article`, or a class or id naming a comment), its own text without the replies nested in it;
 * a section with no such elements is one comment. Reply forms and their labels are not comments.
 */

/** A single comment, as the common comment systems (WordPress, Disqus exports, forums) mark one up. */
const COMMENT_ITEM_NAME = /(?:^|[\s_-])(?:comment|reply|post)(?:[\s_-]\d+|[\s_-](?:body|item|wrap|container))?(?=$|\s)/i;
/** What a comment section holds besides comments: the reply form, its buttons, scripts. */
const NOT_COMMENT_TAGS: ReadonlySet<string> = new Set([
  'form',
  'script',
  'style',
  'noscript',
  'template',
  'button',
  'textarea',
  'select',
  'input',
  'label',
  'svg',
]);
/** The reply form's own section ("Leave a Reply" on WordPress) and the section's pager and heading. */
const NOT_COMMENT_NAMES =
  /(?:^|[\s_-])(?:respond|reply-form|comment-form|commentform|comment-respond|comments-title|navigation|pagination)(?=$|[\s_-])/i;

function isCommentItem(el: Element): boolean {
  return el.name === 'li' || el.name === 'article' || COMMENT_ITEM_NAME.test(classAndId(el));
}

const skipped = (el: Element): boolean => NOT_COMMENT_TAGS.has(el.name) || NOT_COMMENT_NAMES.test(classAndId(el));

/** The text of `root` without its nested comments (each is collected on its own) and forms. */
function ownText(root: Element, nested: Element[]): string {
  const parts: string[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') parts.push(node.data);
    else if (isElement(node) && node.type === 'tag') {
      if (skipped(node)) continue;
      if (isCommentItem(node)) {
        nested.push(node);
        parts.push(' ');
        continue;
      }
      if (BLOCK_TAGS.has(node.name) || node.name === 'br') parts.push(' ');
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return normalizeLine(parts.join('').replace(/\s+/g, ' '));
}

/** The comments of one section, in page order: each item's own text, then its replies'. */
function commentsOf(section: Element): string[] {
  const out: string[] = [];
  const visit = (el: Element, isItem: boolean): void => {
    const nested: Element[] = [];
    const text = ownText(el, nested);
    if (isItem && text) out.push(text);
    for (const child of nested) visit(child, true);
    if (!isItem && nested.length === 0 && text) out.push(text);
  };
  visit(section, false);
  return out;
}

/** The outermost comment sections under `root`, in page order. */
function commentSections(root: ParentNode): Element[] {
  const sections: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (!isElement(node) || node.type !== 'tag' || skipped(node)) continue;
    if (furnitureGroup(node) === 'comments') sections.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return sections;
}

/**
 * A comment says something: counters ("75 comments"), labels ("No comments:", "Post") and a lone
 * author name split from its text are the section's furniture, and a widget repeated is one.
 */
const MIN_COMMENT_WORDS = 4;

function isComment(text: string): boolean {
  return countWords(text) >= MIN_COMMENT_WORDS && matchBoilerplate(text) === null && !COMMENT_FURNITURE.some((f) => f.pattern.test(text));
}

export function extractComments(root: ParentNode): string[] {
  return [...new Set(commentSections(root).flatMap(commentsOf))].filter(isComment);
}
