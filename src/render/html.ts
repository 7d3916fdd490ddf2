import type { Inline, Leaf } from '../article/draft.js';
import type { ContentNode } from './tree.js';

/**
 * The content tree as minimal article HTML. Safe by construction: the markup is written here from the
 * tree, never copied from the page, so only the elements and attributes of HTML_ALLOWED appear, every
 * text and attribute value is escaped, and URLs are only http(s) (and mailto: for links), as the
 * readers keep them (html/structure.ts) and `safeUrl` checks again.
 */

/** Every element `renderHtml` writes, with the attributes each may carry. */
export const HTML_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  article: [],
  section: ['class'],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  p: [],
  br: [],
  ul: [],
  ol: ['start'],
  li: [],
  blockquote: [],
  pre: [],
  code: ['class'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [],
  td: [],
  figure: [],
  figcaption: [],
  img: ['src', 'alt'],
  a: ['href'],
  em: [],
  strong: [],
  del: [],
};

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
const UNESCAPES: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(ESCAPES).map(([c, e]) => [e, c]));
/** The text escapeHtml escaped, back as it was (what the content renderer wrote, not any HTML entity). */
export const unescapeHtml = (text: string): string => text.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => UNESCAPES[e] as string);

const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;
/** A URL the readers produced, checked once more: anything but http(s) and mailto: is dropped. */
const safeUrl = (url: string, mailto: boolean): string | null => (SAFE_URL.test(url) && (mailto || !/^mailto:/i.test(url)) ? url : null);

function inlines(list: readonly Inline[]): string {
  let out = '';
  for (const item of list) {
    if (typeof item === 'string') out += escapeHtml(item);
    else if (item.kind === 'break') out += '<br>';
    else if (item.kind === 'image') out += image(item.src, item.alt);
    else if (item.kind === 'link') {
      const href = safeUrl(item.href, true);
      out += href ? `<a href="${escapeHtml(href)}">${inlines(item.children)}</a>` : inlines(item.children);
    } else out += `<${item.kind}>${inlines(item.children)}</${item.kind}>`;
  }
  return out;
}

function image(src: string, alt: string): string {
  const url = safeUrl(src, false);
  return url ? `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}">` : '';
}

function row(cells: readonly Inline[][], width: number, tag: 'th' | 'td'): string {
  const filled = Array.from({ length: width }, (_, k) => `<${tag}>${inlines(cells[k] ?? [])}</${tag}>`);
  return `<tr>${filled.join('')}</tr>`;
}

function leaf(node: Leaf): string {
  switch (node.kind) {
    case 'paragraph':
      return `<p>${inlines(node.inlines)}</p>`;
    case 'heading': {
      const tag = `h${Math.min(6, Math.max(1, node.level))}`;
      return `<${tag}>${inlines(node.inlines)}</${tag}>`;
    }
    case 'code': {
      const language = node.language ? ` class="language-${escapeHtml(node.language)}"` : '';
      return `<pre><code${language}>${escapeHtml(node.text)}</code></pre>`;
    }
    case 'table': {
      const width = Math.max(...node.rows.map((r) => r.length));
      const [first, ...rest] = node.rows;
      const head = node.header && first ? `<thead>${row(first, width, 'th')}</thead>` : '';
      const body = (node.header ? rest : node.rows).map((r) => row(r, width, 'td')).join('');
      return `<table>${head}<tbody>${body}</tbody></table>`;
    }
    case 'figure': {
      const caption = node.caption.length > 0 ? `<figcaption>${inlines(node.caption)}</figcaption>` : '';
      return `<figure>${image(node.src, node.alt)}${caption}</figure>`;
    }
  }
}

/** An item that is one paragraph is its text alone (`<li>text</li>`), as a tight Markdown list reads. */
function listItem(item: readonly ContentNode[]): string {
  const [only] = item;
  return item.length === 1 && only?.kind === 'paragraph' ? inlines(only.inlines) : renderHtml(item);
}

export function renderHtml(tree: readonly ContentNode[]): string {
  const out: string[] = [];
  for (const node of tree) {
    if (node.kind === 'list') {
      const tag = node.ordered ? 'ol' : 'ul';
      const start = node.ordered && node.start !== 1 ? ` start="${node.start}"` : '';
      out.push(`<${tag}${start}>${node.items.map((item) => `<li>${listItem(item)}</li>`).join('')}</${tag}>`);
    } else if (node.kind === 'quote') out.push(`<blockquote>${renderHtml(node.children)}</blockquote>`);
    else out.push(leaf(node));
  }
  return out.join('\n');
}
