import { normalizeLine } from '../article/normalize.js';
import { unescapeHtml } from './html.js';

/**
 * Drops from a rendered `content` the blocks whose text the batch's template pass dropped from `body`
 * (batch/templates.ts), so the two say the same article. The templates know blocks by their body text;
 * here each top-level part of the content (a paragraph, a heading, a quote, an item of a simple list,
 * a code block) is read back to plain text and dropped when that text is one of them. A part that reads
 * back differently stays: content never loses more than body did.
 */

const FENCE = /^(`{3,}|~{3,})/;
const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)]) /;
const LEADING_MARKER = /^(?:#{1,6} |> ?|[-*+] |\d{1,9}[.)] )/;

/** A line without its block markers, however many are stacked ("> - ## text"). */
function withoutMarkers(line: string): string {
  let rest = line;
  for (let m = LEADING_MARKER.exec(rest); m; m = LEADING_MARKER.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
}

/** The text a Markdown part shows: markers, link targets, images and emphasis marks (`*`, `` ` ``, `~~`; the renderer never emphasises with `_`) gone, escapes undone. */
function markdownText(part: string): string {
  const text = part
    .split('\n')
    .map(withoutMarkers)
    .join(' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, '$1')
    .replace(/(?<!\\)(?:[*`]+|~~)/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/<br>/g, ' ');
  return normalizeLine(text);
}

function htmlText(part: string): string {
  return normalizeLine(unescapeHtml(part.replace(/<[^>]*>/g, ' ')));
}

/** A top-level part of Markdown; parts of one `run` (the items of one list) go on consecutive lines. */
interface Part {
  lines: string[];
  run: number;
}

/** Markdown's top-level parts: runs of lines between blank lines (never inside a code fence), a simple list split into its items. */
function markdownParts(content: string): Part[] {
  const runs: string[][] = [];
  let current: string[] = [];
  let fence: string | null = null;
  for (const line of content.split('\n')) {
    if (fence === null && line === '') {
      if (current.length > 0) runs.push(current);
      current = [];
      continue;
    }
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === null || (line.startsWith(fence) && line.trim() === line.slice(0, marker.length)))) {
      fence = fence === null ? marker : null;
    }
    current.push(line);
  }
  if (current.length > 0) runs.push(current);
  return runs.flatMap((lines, run): Part[] =>
    lines.length > 1 && lines.every((l) => LIST_ITEM.test(l)) ? lines.map((l) => ({ lines: [l], run })) : [{ lines, run }],
  );
}

/** HTML content starts with a tag; Markdown escapes a "<" that would start a line. */
export function dropTemplateBlocks(content: string, dropped: ReadonlySet<string>): string {
  if (dropped.size === 0) return content;
  const texts = new Set([...dropped].map(normalizeLine));
  if (content.startsWith('<')) {
    return content
      .split('\n')
      .filter((part) => !texts.has(htmlText(part)))
      .join('\n');
  }
  let out = '';
  let lastRun = -1;
  for (const part of markdownParts(content)) {
    const text = part.lines.join('\n');
    if (!FENCE.test(text) && texts.has(markdownText(text))) continue;
    out += out.length === 0 ? text : `${part.run === lastRun ? '\n' : '\n\n'}${text}`;
    lastRun = part.run;
  }
  return out;
}
