import { TRUNCATED_BODY_WORDS, WALL_PHRASES, WALL_PRECEDENCE, type WallKind } from '../rules/access-walls.js';
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

/** The shortest wall phrase is longer than this; shorter texts (labels, whitespace) are not read. */
const MIN_PHRASE_CHARS = 12;

/** The first wall phrase a short text holds; a long paragraph that quotes one is still prose. */
export function phraseSignal(text: string): WallSignal | null {
  if (text.length < MIN_PHRASE_CHARS || text.length > MAX_PHRASE_BLOCK_CHARS) return null;
  const walls = wallPhrases();
  if (!walls.any.test(text)) return null;
  for (const phrase of walls.phrases) if (phrase.regex.test(text)) return { kind: phrase.kind, reason: `phrase:${phrase.id}` };
  return null;
}

/** Collects at most one signal per kind, the first in reading order. */
export class SignalSet {
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

/** The access verdict: a wall only when the body is short enough to be what a wall leaves of an article. */
export function decideAccess(signals: readonly WallSignal[], wordCount: number): { access: Access; reason: string | null } {
  for (const kind of WALL_PRECEDENCE) {
    const signal = signals.find((s) => s.kind === kind);
    if (signal && wordCount <= TRUNCATED_BODY_WORDS[kind]) return { access: kind, reason: signal.reason };
  }
  return { access: 'open', reason: null };
}
