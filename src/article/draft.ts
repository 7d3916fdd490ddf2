import type { WallSignal } from '../metadata/access.js';
import { normalizeLine } from './normalize.js';
import type { Provenance, RemovalReason, RemovedBlock } from './schema.js';

/** How a block of the body was marked up; text dumps only know paragraphs, headings and list items. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'preformatted' | 'table';

/** One block of article text. `text` may hold single newlines (a `<br>`, a table row, a verse line). */
export interface Block {
  text: string;
  kind: BlockKind;
}

/**
 * What an extractor (the HTML path or the text path) hands to `buildArticle`: raw field values, not yet
 * normalised or validated.
 */
export interface Draft {
  title: string | null;
  date: string | null;
  published: string | null;
  modified: string | null;
  outlet: string | null;
  authors: string[];
  url: string | null;
  language: string | null;
  description: string | null;
  blocks: Block[];
  removed: RemovedBlock[];
  provenance: Provenance[];
  /** Evidence of a paywall, login or consent wall, weighed against the body's length in buildArticle. */
  wallSignals?: WallSignal[];
}

export function emptyDraft(): Draft {
  return {
    title: null,
    date: null,
    published: null,
    modified: null,
    outlet: null,
    authors: [],
    url: null,
    language: null,
    description: null,
    blocks: [],
    removed: [],
    provenance: [],
  };
}

/** Explain output keeps removed text readable without copying whole navigation menus into the JSON. */
const MAX_REMOVED_TEXT_CHARS = 200;

export function removal(text: string, reason: RemovalReason): RemovedBlock {
  const flat = normalizeLine(text);
  return { text: flat.length > MAX_REMOVED_TEXT_CHARS ? `${flat.slice(0, MAX_REMOVED_TEXT_CHARS - 1)}…` : flat, reason };
}
