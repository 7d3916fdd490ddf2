import { type Block, type Container, type Inline, type Leaf, linesAsInlines, type Rich } from '../article/draft.js';
import { normalizeLine } from '../article/normalize.js';

/**
 * The kept blocks regrouped into the article's tree: consecutive blocks that share a list, an item or a
 * quote go back into it. Text is normalised here as `body` is (NFC, odd spaces, runs of spaces), and only
 * for the blocks that were kept.
 */

export interface ListNode {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: ContentNode[][];
}
export interface QuoteNode {
  kind: 'quote';
  children: ContentNode[];
}
export type ContentNode = Leaf | ListNode | QuoteNode;

/** What `content` leaves out on request (`--no-links`, `--no-images`, `--no-tables`). */
export interface ContentFilter {
  links: boolean;
  images: boolean;
  tables: boolean;
}

/** Keys of the containers a malformed page implies: an item outside a list, text straight inside a list. */
class ImpliedKeys {
  private readonly keys = new Map<unknown, object>();
  of(owner: unknown): object {
    let key = this.keys.get(owner);
    if (!key) {
      key = {};
      this.keys.set(owner, key);
    }
    return key;
  }
}

/** Every item inside a list and every list holding items: what Markdown and HTML can say. */
function wellFormed(path: readonly Container[], implied: ImpliedKeys): Container[] {
  const out: Container[] = [];
  for (let i = 0; i < path.length; i++) {
    const c = path[i] as Container;
    if (c.kind === 'item' && out[out.length - 1]?.kind !== 'list') {
      const owner = (c.key as { parent?: unknown }).parent ?? c.key;
      out.push({ kind: 'list', ordered: false, start: 1, key: implied.of(owner) });
    }
    out.push(c);
    if (c.kind === 'list' && path[i + 1]?.kind !== 'item') out.push({ kind: 'item', key: implied.of(c.key) });
  }
  return out;
}

/** Blocks that came without structure (JSON-LD text, a reader that keeps none) get what their kind says. */
const FALLBACK_LIST: Container = { kind: 'list', ordered: false, start: 1, key: {} };
const FALLBACK_QUOTE: Container = { kind: 'quote', key: {} };

function fallbackRich(block: Block): Rich {
  const inlines = linesAsInlines(block.text.split('\n'));
  switch (block.kind) {
    case 'heading':
      return { leaf: { kind: 'heading', level: 2, inlines }, path: [] };
    case 'list-item':
      return { leaf: { kind: 'paragraph', inlines }, path: [FALLBACK_LIST, { kind: 'item', key: {} }] };
    case 'quote':
      return { leaf: { kind: 'paragraph', inlines }, path: [FALLBACK_QUOTE] };
    case 'preformatted':
      return { leaf: { kind: 'code', text: block.text, language: null }, path: [] };
    case 'table':
      return {
        leaf: { kind: 'table', rows: block.text.split('\n').map((row) => row.split(' | ').map((cell) => [cell])), header: false },
        path: [],
      };
    default:
      return { leaf: { kind: 'paragraph', inlines }, path: [] };
  }
}

interface TidyState {
  /** A space is owed before the next text. */
  space: boolean;
  /** Nothing yet on this line. */
  start: boolean;
}

const EDGE_SPACE_BEFORE = /^\s/;
const EDGE_SPACE_AFTER = /\s$/;
const ANY_SPACE = /\s/;

/** Inlines with text normalised, spaces folded across element edges, empty elements and filtered parts gone. */
function tidyInlines(list: readonly Inline[], filter: ContentFilter, state: TidyState): Inline[] {
  const out: Inline[] = [];
  for (const item of list) {
    if (typeof item === 'string') {
      const core = normalizeLine(item);
      if (core.length === 0) {
        if (ANY_SPACE.test(item)) state.space = true;
        continue;
      }
      out.push(!state.start && (state.space || EDGE_SPACE_BEFORE.test(item)) ? ` ${core}` : core);
      state.start = false;
      state.space = EDGE_SPACE_AFTER.test(item);
    } else if (item.kind === 'break') {
      if (!state.start) out.push(item);
      state.start = true;
      state.space = false;
    } else if (item.kind === 'image') {
      if (!filter.images) continue;
      if (!state.start && state.space) out.push(' ');
      out.push(item);
      state.start = false;
      state.space = false;
    } else {
      // A space owed before an element goes before it: `a <em>b</em>`, not `a<em> b</em>`.
      if (!state.start && state.space) {
        out.push(' ');
        state.space = false;
      }
      const children = tidyInlines(item.children, filter, state);
      if (children.length === 0) continue;
      if (item.kind === 'link' && !filter.links) out.push(...children);
      else out.push({ ...item, children });
    }
  }
  return out;
}

/** Drops trailing line breaks and spaces, at any depth: they end nothing at the end of a block. */
function trimTrailingBreaks(list: Inline[]): Inline[] {
  for (;;) {
    const last = list[list.length - 1];
    if (last === undefined) return list;
    if (typeof last === 'string') {
      const trimmed = last.trimEnd();
      if (trimmed.length > 0) {
        list[list.length - 1] = trimmed;
        return list;
      }
      list.pop();
    } else if (last.kind === 'break') list.pop();
    else if (last.kind === 'image') return list;
    else {
      trimTrailingBreaks(last.children);
      if (last.children.length > 0) return list;
      list.pop();
    }
  }
}

export function tidyText(list: readonly Inline[], filter: ContentFilter): Inline[] {
  return trimTrailingBreaks(tidyInlines(list, filter, { space: false, start: true }));
}

/** A leaf ready to render, or null when nothing of it is left. */
function tidyLeaf(leaf: Leaf, filter: ContentFilter): Leaf | null {
  switch (leaf.kind) {
    case 'paragraph':
    case 'heading': {
      const inlines = tidyText(leaf.inlines, filter);
      return inlines.length > 0 ? { ...leaf, inlines } : null;
    }
    case 'code':
      return leaf;
    case 'table': {
      if (!filter.tables) return null;
      const rows = leaf.rows.map((row) => row.map((cell) => tidyText(cell, filter))).filter((row) => row.some((cell) => cell.length > 0));
      return rows.length > 0 ? { ...leaf, rows } : null;
    }
    case 'figure': {
      const caption = tidyText(leaf.caption, filter);
      if (filter.images) return { ...leaf, alt: normalizeLine(leaf.alt), caption };
      return caption.length > 0 ? { kind: 'paragraph', inlines: caption } : null;
    }
  }
}

interface OpenContainer {
  key: object;
  children: ContentNode[];
  list?: ListNode;
}

/** The content tree of the kept blocks. */
export function contentTree(blocks: readonly Block[], filter: ContentFilter): ContentNode[] {
  const root: OpenContainer = { key: {}, children: [] };
  const open: OpenContainer[] = [];
  const implied = new ImpliedKeys();
  for (const block of blocks) {
    const rich = block.rich ?? fallbackRich(block);
    const leaves = [...(rich.before ?? []), rich.leaf].map((leaf) => tidyLeaf(leaf, filter)).filter((leaf) => leaf !== null);
    if (leaves.length === 0) continue;
    const path = wellFormed(rich.path, implied);
    let common = 0;
    while (common < open.length && common < path.length && open[common]?.key === (path[common] as Container).key) common++;
    open.length = common;
    for (let depth = common; depth < path.length; depth++) {
      const parent = depth === 0 ? root : (open[depth - 1] as OpenContainer);
      const c = path[depth] as Container;
      if (c.kind === 'item') {
        const children: ContentNode[] = [];
        parent.list?.items.push(children);
        open.push({ key: c.key, children });
      } else if (c.kind === 'list') {
        const list: ListNode = { kind: 'list', ordered: c.ordered, start: c.start, items: [] };
        parent.children.push(list);
        open.push({ key: c.key, children: [], list });
      } else {
        const quote: QuoteNode = { kind: 'quote', children: [] };
        parent.children.push(quote);
        open.push({ key: c.key, children: quote.children });
      }
    }
    const target = path.length === 0 ? root : (open[path.length - 1] as OpenContainer);
    target.children.push(...leaves);
  }
  return root.children;
}
