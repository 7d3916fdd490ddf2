import type { Element } from 'domhandler';
import type { BlockKind, Container, Inline, Leaf, Rich } from '../article/draft.js';
import type { UrlResolver } from '../metadata/url.js';

/**
 * The structure of the blocks `blocksOf` cuts (blocks.ts), built in the same walk over the same nodes:
 * blocksOf tells it each element it enters and leaves, each text and line break, and each block it
 * flushes; it keeps the inline markup (emphasis, code, links, images) and the containers (lists,
 * items, quotes) each block sits in. Nothing is parsed or walked a second time.
 */

const INLINE_KINDS: Readonly<Record<string, 'em' | 'strong' | 'code' | 'del'>> = {
  em: 'em',
  i: 'em',
  strong: 'strong',
  b: 'strong',
  code: 'code',
  kbd: 'code',
  samp: 'code',
  tt: 'code',
  del: 'del',
  s: 'del',
  strike: 'del',
};

const HEADING_LEVELS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

/** Link schemes a reader can follow; anything else (javascript:, data:, vbscript:) keeps only its text. */
const LINK_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);
/** Image schemes kept; data: images are lazy-loading placeholders or inline blobs, not the article's pictures. */
const IMAGE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:']);
/** Where lazy-loading pages keep the real picture while `src` holds a placeholder. */
const LAZY_IMAGE_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src'] as const;
/** The language of a code block as highlighters name it in a class: `language-ts`, `lang-py`. */
const CODE_LANGUAGE = /(?:^|\s)lang(?:uage)?-([\w+#.-]{1,30})/i;
/** Control characters other than tab and line feed are no text; code keeps every other character. */
const CODE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** An inline element with children: emphasis, code, a link. */
type Span = Extract<Inline, { children: Inline[] }>;
type Open = { node: Inline[] | Span; el: Element | null };

interface TableState {
  rows: Inline[][][];
  /** Per row: it sits in `<thead>`; it holds only `<th>` cells. */
  headerRows: boolean[];
  allHeaderCells: boolean[];
}

const newTable = (): TableState => ({ rows: [], headerRows: [], allHeaderCells: [] });

const childrenOf = (open: Open): Inline[] => (Array.isArray(open.node) ? open.node : open.node.children);

/**
 * Lists and quotes nested deeper than this are kept at this depth. Every block holds its own copy of
 * the container path, so a page of endlessly nested list items (`<li><p>` repeated, which the tree
 * builder nests) would cost memory quadratic in its size; no reader shows such depth anyway.
 */
const MAX_CONTAINER_DEPTH = 8;

/**
 * Inline elements (emphasis, code, links) open inside one another at most this deep, and one inside
 * another of its own kind (`<b>` in `<b>`) adds nothing, as it shows nothing more. Each block re-opens
 * the inline elements still open when it starts, so a page that leaves hundreds of `<b>`s open above
 * its paragraphs (the tree keeps up to 512) copied them all into every paragraph: 64 KB of such a page
 * took 15 s and 2 GB, and 256 KB ran out of memory.
 */
const MAX_INLINE_DEPTH = 4;

export class StructureBuilder {
  private frames: Open[] = [{ node: [], el: null }];
  private path: readonly Container[] = [];
  /** The element of each container on the path. */
  private readonly owners: Element[] = [];
  /** One key per parent element of a container's element (see keyOf). */
  private readonly parentKeys = new Map<object, object>();
  private pending: Leaf[] = [];
  private level = 0;
  private captions = 0;
  private language: string | null = null;
  private table: TableState | null = null;

  constructor(private readonly resolve: UrlResolver) {}

  /** An element entered; `inDataTable` is true inside a data table, whose parts make one block. */
  enter(el: Element, inDataTable: boolean): void {
    const name = el.name;
    const inline = INLINE_KINDS[name];
    if (inline) {
      if (name === 'code' && this.language === null) this.language = codeLanguage(el);
      this.open({ kind: inline, children: [] }, el);
      return;
    }
    if (name === 'a') {
      const href = el.attribs.href;
      const url = href ? this.resolve(href) : null;
      if (url && LINK_SCHEMES.has(url.protocol)) this.open({ kind: 'link', href: url.href, children: [] }, el);
      return;
    }
    if (name === 'img') {
      this.image(el);
      return;
    }
    if (this.table) {
      this.tablePart(el);
      return;
    }
    if (name === 'table' && inDataTable) {
      this.table = newTable();
      return;
    }
    if (inDataTable) return;
    const level = HEADING_LEVELS[name];
    if (level) this.level = level;
    // A definition list (dl: dt terms, dd definitions) is no bulleted list: its terms and definitions
    // stay paragraphs, as CommonMark has no definition list and a bullet per term misreads it.
    else if (name === 'ul' || name === 'ol' || name === 'menu') {
      const start = Number.parseInt(el.attribs.start ?? '1', 10);
      this.push({ kind: 'list', ordered: name === 'ol', start: Number.isFinite(start) && start >= 0 ? start : 1, key: this.keyOf(el) }, el);
    } else if (name === 'li') this.push({ kind: 'item', key: this.keyOf(el) }, el);
    else if (name === 'blockquote') this.push({ kind: 'quote', key: this.keyOf(el) }, el);
    else if (name === 'figcaption') this.captions++;
    else if (name === 'pre') this.language = codeLanguage(el);
  }

  exit(el: Element): void {
    const top = this.frames[this.frames.length - 1];
    if (top?.el === el && this.frames.length > 1) {
      this.frames.pop();
      return;
    }
    const name = el.name;
    if (name === 'table') this.table = null;
    else if (this.table) return;
    else if (HEADING_LEVELS[name]) this.level = 0;
    else if (name === 'figcaption') this.captions = Math.max(0, this.captions - 1);
    else if (this.owners[this.owners.length - 1] === el) {
      this.owners.pop();
      this.path = this.path.slice(0, -1);
    }
  }

  text(data: string): void {
    childrenOf(this.frames[this.frames.length - 1] as Open).push(data);
  }

  lineBreak(): void {
    childrenOf(this.frames[this.frames.length - 1] as Open).push({ kind: 'break' });
  }

  /** The structure of a block blocksOf keeps; `text` is its flat text (a code block's is verbatim). */
  take(kind: BlockKind, text: string): Rich {
    const inlines = this.restart();
    let leaf: Leaf;
    if (kind === 'preformatted') leaf = { kind: 'code', text: verbatim(text), language: this.language };
    else if (kind === 'table' && this.table) leaf = { kind: 'table', rows: this.table.rows, header: hasHeaderRow(this.table) };
    else if (kind === 'heading') leaf = { kind: 'heading', level: this.level || 2, inlines };
    else {
      const picture = this.captions > 0 ? this.pending.shift() : undefined;
      leaf = picture?.kind === 'figure' ? { ...picture, caption: inlines } : { kind: 'paragraph', inlines };
    }
    const rich: Rich = { leaf, path: this.path };
    if (this.pending.length > 0) {
      rich.before = this.pending;
      this.pending = [];
    }
    if (this.table) this.table = newTable();
    return rich;
  }

  /** A block with no text: its pictures wait for the next block (a lead image, a figure's caption). */
  discard(): void {
    for (const inline of this.restart()) collectImages(inline, this.pending);
  }

  private open(node: Span, el: Element): void {
    if (this.frames.length > MAX_INLINE_DEPTH || this.frames.some((f) => !Array.isArray(f.node) && f.node.kind === node.kind)) return;
    childrenOf(this.frames[this.frames.length - 1] as Open).push(node);
    this.frames.push({ node, el });
  }

  private push(container: Container, el: Element): void {
    if (this.path.length >= MAX_CONTAINER_DEPTH) return;
    this.path = [...this.path, container];
    this.owners.push(el);
  }

  /**
   * A container's key: an object of its own, holding one shared by the containers of the same parent
   * element (render/tree.ts gives the items a page left outside any list one list per parent). Not the
   * element itself: the blocks live until the article is rendered, and through an element's links they
   * kept the whole parsed page alive meanwhile (half the memory of a page of 100,000 list items).
   */
  private keyOf(el: Element): object {
    const parent = el.parent ?? el;
    let key = this.parentKeys.get(parent);
    if (!key) {
      key = {};
      this.parentKeys.set(parent, key);
    }
    return { parent: key };
  }

  /** The finished block's inlines; inline elements still open go on, empty, in the next block. */
  private restart(): Inline[] {
    // Copied to its length: a pushed-to array keeps 17 slots, ~130 bytes a block for the article's life.
    const done = childrenOf(this.frames[0] as Open).slice();
    const open = this.frames.slice(1);
    this.frames = [{ node: [], el: null }];
    for (const { node, el } of open) {
      if (Array.isArray(node)) continue;
      const again: Span = { ...node, children: [] };
      childrenOf(this.frames[this.frames.length - 1] as Open).push(again);
      this.frames.push({ node: again, el });
    }
    return done;
  }

  private image(el: Element): void {
    const { width, height } = el.attribs;
    // A 1x1 picture is a tracking pixel or a spacer.
    if (width === '1' || height === '1' || width === '0' || height === '0') return;
    let url: URL | null = null;
    for (const attribute of ['src', ...LAZY_IMAGE_ATTRIBUTES]) {
      const value = el.attribs[attribute];
      const candidate = value ? this.resolve(value) : null;
      if (candidate && IMAGE_SCHEMES.has(candidate.protocol)) {
        url = candidate;
        break;
      }
    }
    if (!url) return;
    const image: Inline = { kind: 'image', src: url.href, alt: el.attribs.alt ?? '' };
    childrenOf(this.frames[this.frames.length - 1] as Open).push(image);
  }

  /** Rows and cells of a data table; each cell's inlines gather in a frame of their own. */
  private tablePart(el: Element): void {
    const table = this.table as TableState;
    if (el.name === 'tr') {
      table.rows.push([]);
      table.headerRows.push(el.parent?.type === 'tag' && el.parent.name === 'thead');
      table.allHeaderCells.push(true);
    } else if (el.name === 'td' || el.name === 'th') {
      if (table.rows.length === 0) {
        table.rows.push([]);
        table.headerRows.push(false);
        table.allHeaderCells.push(true);
      }
      const last = table.rows.length - 1;
      if (el.name === 'td') table.allHeaderCells[last] = false;
      const cell: Inline[] = [];
      (table.rows[last] as Inline[][]).push(cell);
      this.frames = [{ node: cell, el: null }];
    }
  }
}

/** A table's first row with cells is its header when it sits in `<thead>` or holds only `<th>`s. */
function hasHeaderRow(table: TableState): boolean {
  const first = table.rows.findIndex((row) => row.length > 0);
  return first >= 0 && (table.headerRows[first] === true || table.allHeaderCells[first] === true);
}

function codeLanguage(el: Element): string | null {
  const named = el.attribs['data-lang'] ?? el.attribs['data-language'] ?? CODE_LANGUAGE.exec(el.attribs.class ?? '')?.[1];
  return named && /^[\w+#.-]{1,30}$/.test(named) ? named.toLowerCase() : null;
}

/** A `<pre>`'s text as a browser shows it: the parser keeps the line break after the opening tag, browsers drop it. */
function verbatim(text: string): string {
  const body = text.replace(/\r\n?/g, '\n').replace(CODE_CONTROLS, '');
  const start = body.startsWith('\n') ? 1 : 0;
  const end = body.endsWith('\n') && body.length > start ? body.length - 1 : body.length;
  return body.slice(start, end);
}

function collectImages(inline: Inline, into: Leaf[]): void {
  if (typeof inline === 'string' || inline.kind === 'break') return;
  if (inline.kind === 'image') {
    into.push({ kind: 'figure', src: inline.src, alt: inline.alt, caption: [] });
    return;
  }
  for (const child of inline.children) collectImages(child, into);
}
