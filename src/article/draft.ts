import type { WallSignal } from '../metadata/access.js';
import type { PageTypeDecision } from '../metadata/page-type.js';
import { normalizeLine } from './normalize.js';
import type { DateBound, Provenance, RemovalReason, RemovedBlock } from './schema.js';

/** How a block of the body was marked up; text dumps only know paragraphs, headings and list items. */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'quote' | 'preformatted' | 'table';

/** One block of article text. `text` may hold single newlines (a `<br>`, a table row, a verse line). */
export interface Block {
  text: string;
  kind: BlockKind;
  /** The block's structure, when the reader kept it (not for `--content none`). */
  rich?: Rich;
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
  /** The page's comments, when asked for (`comments` option); never part of `blocks`. */
  comments?: string[];
  removed: RemovedBlock[];
  provenance: Provenance[];
  /** What the crawl-date bound turned away, when it turned away any date (`--explain`). */
  dateBound?: DateBound;
  /** Evidence of a paywall, login or consent wall, weighed against the body's length in buildArticle. */
  wallSignals?: WallSignal[];
  /** The page type and its evidence (metadata/page-type.ts); buildArticle gives a draft without one the default. */
  pageType?: PageTypeDecision;
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

/**
 * The article's structure, kept beside the flat `text` of each block so that `body` stays what it was
 * and `content` (Markdown or HTML, src/render/) says what the page marked up.
 */
export type Inline =
  | string
  | { kind: 'em' | 'strong' | 'code' | 'del'; children: Inline[] }
  | { kind: 'link'; href: string; children: Inline[] }
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'break' };

export type Leaf =
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'heading'; level: number; inlines: Inline[] }
  | { kind: 'code'; text: string; language: string | null }
  | { kind: 'table'; rows: Inline[][][]; header: boolean }
  | { kind: 'figure'; src: string; alt: string; caption: Inline[] };

/**
 * A container a block sits in, outermost first. `key` is the same object for every block of one
 * container (the page's element, or a marker the text reader makes), which is how blocks regroup.
 */
export type Container =
  | { kind: 'list'; ordered: boolean; start: number; key: object }
  | { kind: 'item'; key: object }
  | { kind: 'quote'; key: object };

export interface Rich {
  leaf: Leaf;
  path: readonly Container[];
  /** Pictures that stood before the block with no text of their own (a lead image, a gallery). */
  before?: Leaf[];
}

/** Lines as inlines: the text of each, a line break between them. */
export function linesAsInlines(lines: readonly string[]): Inline[] {
  return lines.flatMap((line, k): Inline[] => (k === 0 ? [line] : [{ kind: 'break' }, line]));
}
