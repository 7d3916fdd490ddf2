import type { AnyNode, Element } from 'domhandler';
import { isElement } from '../html/dom.js';
import { TRUNCATED_BODY_WORDS, WALL_PHRASES, WALL_PRECEDENCE, WALL_TOKENS, type WallKind } from '../rules/access-walls.js';
import { compilePattern, MAX_PHRASE_BLOCK_CHARS } from '../rules/compile.js';

/**
 * Whether the page let the reader in: `open`, or the wall that stood in front of the article. The page's
 * own markup and wording are the evidence (JSON-LD `isAccessibleForFree: false`, a paywall or consent
 * dialog's class, a "subscribe to continue reading" line); the verdict is only a wall when the body also
 * came out short, since metered and consent-banner pages carry the same evidence above a full article.
 */

export type Access = 'open' | WallKind;

/** One piece of evidence for a wall, with the reason `--explain` gives for it. */
export interface WallSignal {
  kind: WallKind;
  reason: string;
}

interface CompiledWalls {
  phrases: { id: string; kind: WallKind; regex: RegExp }[];
  /** All phrases in one pattern: nearly every text matches none, and one test settles that. */
  any: RegExp;
}
let compiled: CompiledWalls | null = null;

function wallPhrases(): CompiledWalls {
  compiled ??= {
    phrases: WALL_PHRASES.map((p) => ({ id: p.id, kind: p.kind, regex: compilePattern(p.pattern) })),
    any: compilePattern(WALL_PHRASES.map((p) => `(?:${p.pattern})`).join('|')),
  };
  return compiled;
}

const TOKENS = new Map(WALL_TOKENS.map((t) => [t.token, t.kind]));
const TOKEN_SPLIT = /\s+/;
/** The shortest wall phrase is longer than this; shorter texts (labels, whitespace) are not read. */
const MIN_PHRASE_CHARS = 12;

/** The first wall phrase a short text holds; a long paragraph that quotes one is still prose. */
function phraseSignal(text: string): WallSignal | null {
  if (text.length < MIN_PHRASE_CHARS || text.length > MAX_PHRASE_BLOCK_CHARS) return null;
  const walls = wallPhrases();
  if (!walls.any.test(text)) return null;
  for (const phrase of walls.phrases) if (phrase.regex.test(text)) return { kind: phrase.kind, reason: `phrase:${phrase.id}` };
  return null;
}

/** Collects at most one signal per kind, the first in reading order. */
class SignalSet {
  readonly found = new Map<WallKind, WallSignal>();
  add(signal: WallSignal | null): void {
    if (signal && !this.found.has(signal.kind)) this.found.set(signal.kind, signal);
  }
  get complete(): boolean {
    return this.found.size === WALL_PRECEDENCE.length;
  }
}

export function textWallSignals(lines: readonly string[]): WallSignal[] {
  const signals = new SignalSet();
  for (const line of lines) {
    signals.add(phraseSignal(line));
    if (signals.complete) break;
  }
  return [...signals.found.values()];
}

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

/** The access verdict: a wall only when the body is short enough to be what a wall leaves of an article. */
export function decideAccess(signals: readonly WallSignal[], wordCount: number): { access: Access; reason: string | null } {
  for (const kind of WALL_PRECEDENCE) {
    const signal = signals.find((s) => s.kind === kind);
    if (signal && wordCount <= TRUNCATED_BODY_WORDS[kind]) return { access: kind, reason: signal.reason };
  }
  return { access: 'open', reason: null };
}
