import type { Inline, Leaf } from '../article/draft.js';
import type { ContentNode, ListNode } from './tree.js';

/**
 * The content tree as CommonMark with GFM pipe tables. Every character that could start markup is
 * escaped, so the text reads back as the same text; fences are longer than any backtick run inside.
 */

/** Characters that open inline markup anywhere in a line (the underscore only at a word's edge, see below). */
const INLINE_SPECIALS = /[\\`*[\]<>~|]/g;
/** `_` inside a word opens no emphasis in CommonMark; elsewhere it may. */
const EDGE_UNDERSCORE = /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;
/** An entity reference would be decoded by a reader: `&amp;` must stay those five characters. */
const ENTITY_LIKE = /&(?=#?[a-z0-9]+;)/gi;
/** What a line may not start with unescaped: a heading, a list marker, a setext underline or a thematic break. */
const LINE_START_MARKER = /^([#+=-])/;
const ORDERED_MARKER = /^(\d{1,9})([.)])/;

function escapeText(text: string, lineStart: boolean): string {
  let out = text.replace(INLINE_SPECIALS, '\\$&').replace(EDGE_UNDERSCORE, '\\_').replace(ENTITY_LIKE, '\\&');
  if (lineStart) out = out.replace(LINE_START_MARKER, '\\$1').replace(ORDERED_MARKER, '$1\\$2');
  return out;
}

/** Where inline text lands: line breaks are `\` + newline in a paragraph, a space in a heading, `<br>` in a table cell. */
type BreakStyle = 'paragraph' | 'heading' | 'cell';

const BREAKS: Readonly<Record<BreakStyle, string>> = { paragraph: '\\\n', heading: ' ', cell: '<br>' };

/** Characters that would end a link destination or break it into parts. */
const DESTINATION_UNSAFE = /[\s()<>\\]/g;
const destination = (url: string): string =>
  url.replace(DESTINATION_UNSAFE, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
const altText = (alt: string): string => alt.replace(/[\\[\]]/g, '\\$&').replace(/\s+/g, ' ');

export function plainText(list: readonly Inline[]): string {
  let out = '';
  for (const item of list) {
    if (typeof item === 'string') out += item;
    else if (item.kind === 'break') out += ' ';
    else if (item.kind !== 'image') out += plainText(item.children);
  }
  return out;
}

function codeSpan(text: string): string {
  const flat = text.replace(/\n/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim()) ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Emphasis delimiters must touch text: spaces at the edges go outside them. */
function wrap(inner: string, mark: string): string {
  const core = inner.trim();
  if (core.length === 0) return inner;
  const lead = inner.slice(0, inner.length - inner.trimStart().length);
  const trail = inner.slice(inner.trimEnd().length);
  return `${lead}${mark}${core}${mark}${trail}`;
}

const EMPHASIS_MARKS = { em: '*', strong: '**', del: '~~' } as const;

function renderInlines(list: readonly Inline[], breaks: BreakStyle, state: { lineStart: boolean }): string {
  let out = '';
  for (const item of list) {
    if (typeof item === 'string') {
      out += escapeText(item, state.lineStart);
      state.lineStart = false;
    } else if (item.kind === 'break') {
      out += BREAKS[breaks];
      state.lineStart = breaks === 'paragraph';
    } else if (item.kind === 'image') {
      out += `![${altText(item.alt)}](${destination(item.src)})`;
      state.lineStart = false;
    } else if (item.kind === 'code') {
      out += codeSpan(plainText(item.children));
      state.lineStart = false;
    } else if (item.kind === 'link') {
      out += `[${renderInlines(item.children, breaks, state)}](${destination(item.href)})`;
    } else {
      out += wrap(renderInlines(item.children, breaks, state), EMPHASIS_MARKS[item.kind]);
    }
  }
  return out;
}

export const inlineMarkdown = (list: readonly Inline[], breaks: BreakStyle = 'paragraph'): string =>
  renderInlines(list, breaks, { lineStart: breaks !== 'cell' });

function codeBlock(text: string, language: string | null): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${language ?? ''}\n${text}\n${fence}`;
}

function table(rows: readonly Inline[][][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const cellsOf = (row: readonly Inline[][]) =>
    Array.from({ length: width }, (_, k) => {
      const cell = row[k];
      return cell ? inlineMarkdown(cell, 'cell').trim() : '';
    });
  const [head, ...body] = rows;
  return [line(cellsOf(head ?? [])), line(Array.from({ length: width }, () => '---')), ...body.map((row) => line(cellsOf(row)))].join('\n');
}

function leaf(node: Leaf): string {
  switch (node.kind) {
    case 'paragraph':
      return inlineMarkdown(node.inlines);
    case 'heading': {
      // A heading's closing `#`s are markup: a `#` ending the text is escaped.
      const text = inlineMarkdown(node.inlines, 'heading').replace(/#$/, '\\#');
      return `${'#'.repeat(Math.min(6, Math.max(1, node.level)))} ${text}`;
    }
    case 'code':
      return codeBlock(node.text, node.language);
    case 'table':
      return table(node.rows);
    case 'figure': {
      const image = `![${altText(node.alt)}](${destination(node.src)})`;
      return node.caption.length > 0 ? `${image}\n\n${inlineMarkdown(node.caption)}` : image;
    }
  }
}

/** Text that may not follow a paragraph on the next line: it would join the paragraph or turn it into a table header. */
const JOINS_A_PARAGRAPH: ReadonlySet<ContentNode['kind']> = new Set(['paragraph', 'table', 'figure']);

/** A list is tight (no blank lines) when no item holds a paragraph-like block after its first. */
const isTight = (list: ListNode): boolean => list.items.every((item) => item.slice(1).every((child) => !JOINS_A_PARAGRAPH.has(child.kind)));

const indentLines = (text: string, first: string, rest: string): string =>
  text
    .split('\n')
    .map((line, k) => (k === 0 ? first + line : line.length > 0 ? rest + line : line))
    .join('\n');

function list(node: ListNode, alternate: boolean): string {
  const tight = isTight(node);
  const bullet = alternate ? '*' : '-';
  const delimiter = alternate ? ')' : '.';
  return node.items
    .map((item, k) => {
      const marker = node.ordered ? `${node.start + k}${delimiter}` : bullet;
      const body = nodes(item, tight ? '\n' : '\n\n');
      return body.length > 0 ? indentLines(body, `${marker} `, ' '.repeat(marker.length + 1)) : marker;
    })
    .join(tight ? '\n' : '\n\n');
}

function nodes(children: readonly ContentNode[], separator = '\n\n'): string {
  const out: string[] = [];
  let previous: ContentNode | undefined;
  let alternate = false;
  for (const node of children) {
    // Two lists in a row with the same marker would read as one list.
    alternate = node.kind === 'list' && previous?.kind === 'list' && previous.ordered === node.ordered ? !alternate : false;
    if (node.kind === 'list') out.push(list(node, alternate));
    else if (node.kind === 'quote') out.push(indentLines(nodes(node.children), '> ', '> ').replace(/\n(?=\n)/g, '\n>'));
    else out.push(leaf(node));
    previous = node;
  }
  return out.join(separator);
}

export function renderMarkdown(tree: readonly ContentNode[]): string {
  return nodes(tree);
}
