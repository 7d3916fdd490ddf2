import type { AnyNode, Element } from 'domhandler';
import type { Block, BlockKind, Rich } from '../article/draft.js';
import { linesAsInlines, removal } from '../article/draft.js';
import { resumeAfterBox } from '../article/inline-box.js';
import { normalizeLine } from '../article/normalize.js';
import type { RemovalReason, RemovedBlock } from '../article/schema.js';
import type { PhraseRule } from '../rules/boilerplate-phrases.js';
import { matchBoilerplate, matchTailStart } from '../rules/compile.js';
import { SECTIONS_THAT_END_THE_ARTICLE } from '../rules/tail-sections.js';
import { BLOCK_TAGS } from './dom.js';
import { countText } from './measure.js';
import type { StructureBuilder } from './structure.js';

/**
 * From a chosen container to article blocks: `blocksOf` cuts the container's text into blocks along
 * block-level tags, and `filterBlocks` drops the blocks that read or behave like furniture.
 */

/** A short block whose text is mostly links is navigation. */
const MAX_BLOCK_LINK_DENSITY = 0.5;
const LINK_BLOCK_MAX_CHARS = 200;
/** Link lists and linked headings inside the chosen container are content (a table of contents, a reading list). */
const LINKABLE_KINDS: ReadonlySet<BlockKind> = new Set(['list-item', 'heading']);

const KIND_OF: Readonly<Record<string, BlockKind>> = {
  h1: 'heading',
  h2: 'heading',
  h3: 'heading',
  h4: 'heading',
  h5: 'heading',
  h6: 'heading',
  li: 'list-item',
  dt: 'list-item',
  dd: 'list-item',
  blockquote: 'quote',
  pre: 'preformatted',
  table: 'table',
};

/** Parts of a data table that stay inside its one block. */
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup', 'col']);
/** After a "Related" label, a paragraph this long with this little link text is the article going on. */
const MIN_RESUMED_PROSE_CHARS = 80;
const MAX_RESUMED_PROSE_LINK_DENSITY = 0.3;

/** Tables larger than this many nodes are page layout, not data, whatever they hold. */
const MAX_DATA_TABLE_NODES = 2000;

/**
 * A data table holds only rows of short cells; it becomes one block with a line per row. A table whose
 * cells hold paragraphs, lists, other tables or other blocks is page layout and its blocks stay blocks.
 */
function isDataTable(table: Element): boolean {
  const stack: AnyNode[] = [...table.children];
  for (let seen = 0; stack.length > 0; seen++) {
    if (seen > MAX_DATA_TABLE_NODES) return false;
    const node = stack.pop() as AnyNode;
    if (node.type !== 'tag') continue;
    if (BLOCK_TAGS.has(node.name) && !TABLE_PARTS.has(node.name)) return false;
    for (const child of node.children) stack.push(child as AnyNode);
  }
  return true;
}

const NON_SPACE = /\S/;
/** blocksOf's walk state bits: leaving the element, and inside a link, a `<pre>`, a data table. */
const EXIT = 1;
const IN_LINK = 2;
const IN_PRE = 4;
const IN_DATA = 8;

export interface RawBlock {
  text: string;
  kind: BlockKind;
  /** Non-whitespace characters inside links. */
  linkChars: number;
  rich?: Rich;
}

/**
 * Block-level text under each root, in order: one block per paragraph-like element, `<br>` as a line
 * break; a data table is one block, a line per row, cells joined with " | ". Elements in `skip` are left out (used to list what lies outside
 * the article for `--explain`). With a `structure` builder, each block also gets its structure (structure.ts).
 */
export function blocksOf(roots: readonly Element[], skip?: ReadonlySet<Element> | null, structure?: StructureBuilder | null): RawBlock[] {
  const out: RawBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  const kinds: BlockKind[] = ['paragraph'];
  const flush = () => {
    const text = parts.join('');
    const kind = kinds[kinds.length - 1] ?? 'paragraph';
    if (text.trim()) out.push(structure ? { text, kind, linkChars, rich: structure.take(kind, text) } : { text, kind, linkChars });
    else structure?.discard();
    parts = [];
    linkChars = 0;
  };
  // The walk keeps each stacked node's state as bits in a parallel array rather than in an object per node.
  const nodes: AnyNode[] = [];
  const states: number[] = [];
  for (let r = roots.length - 1; r >= 0; r--) {
    nodes.push(roots[r] as AnyNode);
    states.push(0);
  }
  while (nodes.length > 0) {
    const node = nodes.pop() as AnyNode;
    const state = states.pop() as number;
    const inData = (state & IN_DATA) !== 0;
    if (node.type === 'text') {
      // Whitespace between tags, most text nodes, folds to the one space without a new string.
      const data = state & IN_PRE || node.data === '' ? node.data : NON_SPACE.test(node.data) ? node.data.replace(/\s+/g, ' ') : ' ';
      parts.push(data);
      structure?.text(data);
      if (state & IN_LINK) linkChars += countText(data).chars;
      continue;
    }
    if (node.type !== 'tag' || skip?.has(node)) continue;
    const name = node.name;
    // Inside a data table only the table itself starts and ends a block; rows end lines, cells get a bar.
    const startsBlock = BLOCK_TAGS.has(name) && !(inData && name !== 'table');
    if (state & EXIT) {
      if (startsBlock) {
        flush();
        if (KIND_OF[name]) kinds.pop();
      } else if (name === 'td' || name === 'th') parts.push(' | ');
      else if (name === 'tr') parts.push('\n');
      structure?.exit(node);
      continue;
    }
    if (name === 'br') {
      parts.push('\n');
      structure?.lineBreak();
      continue;
    }
    if (startsBlock) {
      flush();
      const kind = KIND_OF[name];
      if (kind) kinds.push(kind);
    }
    const childData = name === 'table' ? isDataTable(node) : inData;
    structure?.enter(node, childData);
    nodes.push(node);
    states.push(state | EXIT);
    const childState =
      (state & (IN_LINK | IN_PRE)) | (name === 'a' ? IN_LINK : 0) | (name === 'pre' ? IN_PRE : 0) | (childData ? IN_DATA : 0);
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i] as AnyNode);
      states.push(childState);
    }
  }
  flush();
  for (const b of out) if (b.kind === 'table') b.text = b.text.split('\n').map(trimCellSeparators).join('\n');
  return out;
}

const isCellPadding = (c: string | undefined) => c === ' ' || c === '|';

/** A table row without the separators of empty leading and trailing cells; a loop, not a regex, so a hostile row of a million empty cells stays linear. */
function trimCellSeparators(row: string): string {
  let start = 0;
  let end = row.length;
  while (start < end && isCellPadding(row[start])) start++;
  while (end > start && isCellPadding(row[end - 1])) end--;
  return row.slice(start, end);
}

/**
 * Blocks longer than this are prose whatever they say: no wording, link or title rule judges them, so
 * they are not even normalised here (a hostile page may hold one 10 MB paragraph).
 */
const MAX_JUDGED_BLOCK_CHARS = 2000;

/**
 * Each block's folded text and tail opener, worked out once per filterBlocks call: the listing, comment,
 * resumed-prose and per-block checks all read them, some for every block after an opener.
 */
class Readings {
  private readonly flats: (string | undefined)[];
  private readonly tails: (PhraseRule | null | undefined)[];

  constructor(readonly raw: readonly RawBlock[]) {
    this.flats = new Array<string | undefined>(raw.length).fill(undefined);
    this.tails = new Array<PhraseRule | null | undefined>(raw.length).fill(undefined);
  }

  flat(i: number): string {
    let flat = this.flats[i];
    if (flat === undefined) {
      flat = normalizeLine((this.raw[i] as RawBlock).text);
      this.flats[i] = flat;
    }
    return flat;
  }

  tail(i: number): PhraseRule | null {
    let tail = this.tails[i];
    if (tail === undefined) {
      tail = matchTailStart(this.flat(i));
      this.tails[i] = tail;
    }
    return tail;
  }

  isRunningProse(i: number): boolean {
    const b = this.raw[i] as RawBlock;
    if (b.kind !== 'paragraph' && b.kind !== 'quote') return false;
    const chars = countText(this.flat(i)).chars;
    return chars >= MIN_RESUMED_PROSE_CHARS && b.linkChars / chars <= MAX_RESUMED_PROSE_LINK_DENSITY && !this.tail(i);
  }
}

/**
 * A "Related"/"More from" opener followed by running prose making up this many times the text before it
 * does not end the article: cutting there would drop most of what the scorer chose (a listing or a
 * forum thread whose items follow a "More ..." heading, an article after a short "Related" box up top).
 */
const TAIL_KEPT_AFTER_SHARE = 2;

function isMostOfTheArticle(readings: Readings, opener: number): boolean {
  const raw = readings.raw;
  let before = 0;
  let after = 0;
  for (let j = 0; j < raw.length; j++) {
    const b = raw[j] as RawBlock;
    if (j < opener) before += b.text.length;
    else if (j > opener && readings.isRunningProse(j)) after += b.text.length;
  }
  return after >= TAIL_KEPT_AFTER_SHARE * before;
}

/**
 * A chosen container made of many short link blocks (LISTING_MIN_BLOCKS, holding LISTING_LINK_SHARE of
 * its text) is a listing: a shop's products, a list of books, a table of laureates, a thread's user
 * names. Its item titles are links and they are its content, so no block is dropped for its links, and
 * a "More on ..." heading heads one more section of items rather than ending the page.
 */
const LISTING_LINK_SHARE = 0.3;
const LISTING_MIN_BLOCKS = 8;

export function isListing(raw: readonly RawBlock[]): boolean {
  let linked = 0;
  let all = 0;
  let linkedBlocks = 0;
  for (const b of raw) {
    const c = b.text.length;
    all += c;
    if (b.linkChars > MAX_BLOCK_LINK_DENSITY * c && c <= LINK_BLOCK_MAX_CHARS) {
      linked += c;
      linkedBlocks++;
    }
  }
  return linkedBlocks >= LISTING_MIN_BLOCKS && linked >= LISTING_LINK_SHARE * all;
}

/**
 * A Q&A page gives each post its own comment heading ("9 Comments" under the question, under each
 * answer): when this many blocks open a comment section, they head the comments of one post each, and the
 * thread goes on after them. An article has one comment section.
 */
const PER_POST_COMMENT_HEADINGS = 3;

function commentHeadings(readings: Readings): number {
  let n = 0;
  for (let i = 0; i < readings.raw.length; i++) {
    const b = readings.raw[i] as RawBlock;
    if (b.text.length > LINK_BLOCK_MAX_CHARS || b.linkChars > MAX_BLOCK_LINK_DENSITY * b.text.length) continue;
    if (readings.tail(i)?.id === 'comment-form') n++;
  }
  return n;
}

/**
 * Drops furniture blocks, in this order: a block that opens a trailing section ("Leave a Reply",
 * "Related posts") ends the article, unless it labels a box of links after which running prose goes on; a block worded like boilerplate goes; a short link-heavy block
 * goes (unless it is a list item or heading); a leading heading equal to the title goes (the title has
 * its own field). Figure captions stay: they describe the article's own pictures; their bare credit
 * lines go by wording. `listing` is given when the page's type already says so (metadata/page-type.ts).
 */
export function filterBlocks(
  raw: readonly RawBlock[],
  title: string | null,
  removed: RemovedBlock[] | null,
  listing: boolean = isListing(raw),
): Block[] {
  const blocks: Block[] = [];
  const normalizedTitle = title ? normalizeLine(title).toLowerCase() : null;
  const readings = new Readings(raw);
  const perPostComments = commentHeadings(readings) >= PER_POST_COMMENT_HEADINGS;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i] as RawBlock;
    const kept: Block = { text: b.kind === 'preformatted' ? b.text : b.text.replace(/ *\n */g, '\n'), kind: b.kind };
    if (b.rich) kept.rich = b.rich;
    if (b.text.length > MAX_JUDGED_BLOCK_CHARS) {
      blocks.push(kept);
      continue;
    }
    const flat = readings.flat(i);
    const drop = (reason: RemovalReason) => removed?.push(removal(flat, reason));
    const chars = countText(flat).chars;
    const linkHeavy = chars > 0 && b.linkChars / chars > MAX_BLOCK_LINK_DENSITY;
    // A link to a comment thread ("Comments (5 posted)") points elsewhere; only a heading opens a section.
    if (blocks.length > 0 && !linkHeavy) {
      const tail = readings.tail(i);
      const resume =
        tail && !SECTIONS_THAT_END_THE_ARTICLE.has(tail.id)
          ? resumeAfterBox((j) => ({ prose: readings.isRunningProse(j), tail: false, furniture: false }), i, raw.length - 1)
          : null;
      if (tail && resume !== null) {
        drop(`phrase:${tail.id}`);
        for (const box of raw.slice(i + 1, resume)) removed?.push(removal(normalizeLine(box.text), `inline-box:${tail.id}`));
        i = resume - 1;
        continue;
      }
      if (tail && !SECTIONS_THAT_END_THE_ARTICLE.has(tail.id) && (listing || isMostOfTheArticle(readings, i))) {
        drop(`phrase:${tail.id}`);
        continue;
      }
      if (tail?.id === 'comment-form' && perPostComments) {
        drop(`phrase:${tail.id}`);
        continue;
      }
      if (tail) {
        drop(`phrase:${tail.id}`);
        for (const rest of raw.slice(i + 1)) removed?.push(removal(normalizeLine(rest.text), 'tail-section'));
        break;
      }
    }
    const phrase = matchBoilerplate(flat);
    if (phrase) {
      drop(`phrase:${phrase.id}`);
      continue;
    }
    if (chars <= LINK_BLOCK_MAX_CHARS && linkHeavy && !LINKABLE_KINDS.has(b.kind) && !listing) {
      drop('link-dense');
      continue;
    }
    if (normalizedTitle && blocks.length === 0 && b.kind === 'heading' && flat.toLowerCase() === normalizedTitle) {
      drop('title');
      continue;
    }
    if (b.kind === 'paragraph' && kept.text.includes('\n')) {
      // Lines split by <br> are often separate furniture ("The Associated Press<br>Published Monday ...").
      const all = kept.text.split('\n');
      const lines = all.filter((line) => {
        const rule = matchBoilerplate(line);
        if (rule) removed?.push(removal(line, `phrase:${rule.id}`));
        return !rule;
      });
      if (lines.length === 0) continue;
      // The markup of the lines left is not worth tracking line by line: they stay as plain lines.
      if (b.rich && lines.length < all.length) kept.rich = { ...b.rich, leaf: { kind: 'paragraph', inlines: linesAsInlines(lines) } };
      kept.text = lines.join('\n');
    }
    blocks.push(kept);
  }
  return blocks;
}
