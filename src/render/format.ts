import type { Block } from '../article/draft.js';
import type { Article } from '../article/schema.js';
import type { ResolvedOptions } from '../options.js';
import type { OutputFormat } from './formats.js';
import { escapeHtml, renderHtml } from './html.js';
import { renderMarkdown } from './markdown.js';
import { withoutTitleHeading } from './title.js';
import { type ContentNode, contentTree } from './tree.js';

/**
 * Output forms. `content` is the article's structure as Markdown or HTML (JSON output, and the body of
 * the Markdown and HTML formats); `formatArticle` turns a whole article into one of the string formats.
 */

export type ContentKind = 'markdown' | 'html';

/** The form `content` takes for these options, or null when nothing needs the structure. */
export function contentKind(options: Pick<ResolvedOptions, 'content' | 'format'>): ContentKind | null {
  if (options.format === 'markdown' || options.format === 'html') return options.format;
  if (options.format === 'text' || options.content === 'none') return null;
  return options.content;
}

/** `content` of the kept blocks; `title` is the article's, whose repetition as a top heading goes (title.ts). */
export function renderContent(
  blocks: readonly Block[],
  kind: ContentKind,
  options: Pick<ResolvedOptions, 'links' | 'images' | 'tables'>,
  title = '',
): string {
  const tree = contentTree(withoutTitleHeading(blocks, title), options);
  return kind === 'markdown' ? renderMarkdown(tree) : renderHtml(tree);
}

/** A YAML scalar: JSON's double-quoted string is YAML's double-quoted string. */
const yamlString = (value: string): string => JSON.stringify(value);

function frontMatter(article: Article): string {
  const lines = ['---', `title: ${yamlString(article.title)}`];
  if (article.date) lines.push(`date: ${yamlString(article.date)}`);
  if (article.authors.length > 0) lines.push('authors:', ...article.authors.map((a) => `  - ${yamlString(a)}`));
  if (article.outlet) lines.push(`outlet: ${yamlString(article.outlet)}`);
  if (article.url) lines.push(`url: ${yamlString(article.url)}`);
  lines.push('---');
  return lines.join('\n');
}

/** The comments (`--include-comments`) as their own part after the article: a heading, a quote each. */
function commentsTree(article: Article): ContentNode[] {
  const comments = article.comments ?? [];
  if (comments.length === 0) return [];
  return [
    { kind: 'heading', level: 2, inlines: ['Comments'] },
    ...comments.map((text): ContentNode => ({ kind: 'quote', children: [{ kind: 'paragraph', inlines: [text] }] })),
  ];
}

function htmlDocument(article: Article): string {
  const title = escapeHtml(article.title);
  const heading = article.title ? `<h1>${title}</h1>\n` : '';
  const comments = renderHtml(commentsTree(article));
  return [
    '<!DOCTYPE html>',
    `<html${article.language ? ` lang="${escapeHtml(article.language)}"` : ''}>`,
    `<head><meta charset="utf-8"><title>${title}</title></head>`,
    `<body><article>\n${heading}${article.content ?? ''}\n</article>${comments ? `\n<aside>\n${comments}\n</aside>` : ''}</body>`,
    '</html>',
  ].join('\n');
}

/** The article in a string format; its `content` must already be in that format (see contentKind). */
export function formatArticle(article: Article, format: Exclude<OutputFormat, 'json'>): string {
  switch (format) {
    case 'markdown': {
      const comments = renderMarkdown(commentsTree(article));
      return `${frontMatter(article)}\n\n${article.content ?? ''}${comments ? `\n\n${comments}` : ''}\n`;
    }
    case 'html':
      return `${htmlDocument(article)}\n`;
    case 'text':
      return `${article.body}\n`;
  }
}
