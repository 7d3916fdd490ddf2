import type { AnyNode, Element } from 'domhandler';
import { phraseSignal, SignalSet, type WallSignal } from '../../metadata/access.js';
import { WALL_TOKENS } from '../../rules/access-walls.js';
import { isElement } from '../dom.js';

/** Wall evidence in an HTML page's markup and text; the verdict is metadata/access.ts's. */

const TOKENS = new Map(WALL_TOKENS.map((t) => [t.token, t.kind]));
const TOKEN_SPLIT = /\s+/;
// The JSON is not parsed: the flag is read even from a block too broken to parse.
const LD_NOT_FREE = /"isAccessibleForFree"\s*:\s*(?:false|"false")/i;
const NOT_FREE: WallSignal = { kind: 'paywall', reason: 'json-ld:isAccessibleForFree' };
// Subtrees whose text no reader sees.
const OPAQUE = new Set(['style', 'noscript', 'template', 'svg']);

function elementSignal(el: Element, byNames: Map<string, WallSignal | null>): WallSignal | null {
  const name = el.name;
  if (name === 'script') {
    if ((el.attribs.type ?? '').trim().toLowerCase() !== 'application/ld+json') return null;
    const text = el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');
    return LD_NOT_FREE.test(text) ? NOT_FREE : null;
  }
  if (name === 'meta') {
    const free = el.attribs.itemprop === 'isAccessibleForFree' && el.attribs.content?.trim().toLowerCase() === 'false';
    return free ? { kind: 'paywall', reason: 'microdata:isAccessibleForFree' } : null;
  }
  const className = el.attribs.class;
  const id = el.attribs.id;
  return (className ? namesSignal(className, byNames) : null) ?? (id ? namesSignal(id, byNames) : null);
}

/** The wall a class or id names. Pages repeat a few class strings on thousands of elements: each is split once. */
function namesSignal(names: string, byNames: Map<string, WallSignal | null>): WallSignal | null {
  let signal = byNames.get(names);
  if (signal !== undefined) return signal;
  signal = null;
  for (const token of names.toLowerCase().split(TOKEN_SPLIT)) {
    const kind = TOKENS.get(token);
    if (kind) {
      signal = { kind, reason: `class-token:${token}` };
      break;
    }
  }
  byNames.set(names, signal);
  return signal;
}

/** Wall evidence in an HTML page, read before pruning takes the walls out. One walk over the tree. */
export function htmlWallSignals(root: AnyNode): WallSignal[] {
  const signals = new SignalSet();
  const byNames = new Map<string, WallSignal | null>();
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && !signals.complete) {
    const node = stack.pop() as AnyNode;
    if (node.type === 'text') {
      signals.add(phraseSignal(node.data));
      continue;
    }
    if (isElement(node)) {
      signals.add(elementSignal(node, byNames));
      if (node.name === 'script' || OPAQUE.has(node.name)) continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as AnyNode);
  }
  return [...signals.found.values()];
}
