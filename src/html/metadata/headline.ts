import type { AnyNode, Element } from 'domhandler';
import { normalizeLine } from '../../article/normalize.js';
import { HEADLINE_PART_CLASS, KICKER_CLASS, SITE_HEADING_CLASS } from '../../rules/metadata-classes.js';
import { classAndId, elementsUnder, flatTextOf } from '../dom.js';

// Fine print in a headline is a kicker or a date line ("<small>Einheit der Woche</small><br>Headline").
const isKicker = (el: Element): boolean => el.name === 'small' || el.attribs['aria-hidden'] === 'true' || KICKER_CLASS.test(classAndId(el));

/** Text under root without its kicker and hidden parts. */
function textWithoutKickers(root: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') text += node.data;
    else if (node.type === 'tag' && (node === root || !isKicker(node))) {
      text += ' ';
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
    }
  }
  return normalizeLine(text);
}

/**
 * The headline a reader sees in a headline element (`<h1>`): the part marked as the headline when the
 * element also holds a kicker (`<span class="kicker">Klimaschutz</span><span class="title">Bohren ...`),
 * else its text without kicker and hidden parts, else all of its text. A heading marked as the site's
 * banner (`<h1 id="site-title">`) holds no headline.
 */
export function headlineText(heading: Element): string {
  if (SITE_HEADING_CLASS.test(classAndId(heading))) return '';
  for (const el of elementsUnder(heading)) {
    if (el === heading || !HEADLINE_PART_CLASS.test(classAndId(el)) || isKicker(el)) continue;
    const part = normalizeLine(flatTextOf(el));
    if (part) return part;
  }
  return textWithoutKickers(heading) || normalizeLine(flatTextOf(heading));
}
