import { type Node, Parser } from 'commonmark';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

// The Markdown in `content`, read back by the CommonMark reference parser: the blocks it finds must be
// the blocks the page had, and text must come back as written, whatever markup characters it holds.

interface ReadBlock {
  kind: string;
  text: string;
  level?: number;
  ordered?: boolean;
  depth?: number;
}

/** The text of a node as a reader sees it: literals, code spans, soft breaks as spaces. */
function textOf(node: Node): string {
  let out = '';
  const walker = node.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (!step.entering) continue;
    const n = step.node;
    if (n !== node && (n.type === 'list' || n.type === 'code_block' || n.type === 'block_quote')) break;
    if (n.type === 'text' || n.type === 'code') out += n.literal ?? '';
    else if (n.type === 'softbreak' || n.type === 'linebreak') out += ' ';
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Headings, list items (with their list's kind and depth), code blocks and quotes, in order. */
function readBack(markdown: string): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  const walk = (node: Node, depth: number): void => {
    for (let child = node.firstChild; child; child = child.next) {
      if (child.type === 'heading') blocks.push({ kind: 'heading', level: child.level, text: textOf(child) });
      else if (child.type === 'code_block') blocks.push({ kind: 'code', text: child.literal ?? '' });
      else if (child.type === 'block_quote') {
        blocks.push({ kind: 'quote', text: textOf(child) });
        walk(child, depth);
      } else if (child.type === 'list') {
        for (let item = child.firstChild; item; item = item.next) {
          const first = item.firstChild;
          blocks.push({
            kind: 'item',
            ordered: child.listType === 'ordered',
            depth: depth + 1,
            text: first?.type === 'paragraph' ? textOf(first) : '',
          });
          walk(item, depth + 1);
        }
      } else if (child.type === 'paragraph') blocks.push({ kind: 'paragraph', text: textOf(child) });
    }
  };
  walk(new Parser().parse(markdown), 0);
  return blocks;
}

const filler = `<p>${'Enough words to make this article long enough for the scorer to choose it. '.repeat(4)}</p>`;
const page = (article: string) => `<html><head><title>T</title></head><body><article>${article}${filler}</article></body></html>`;
const contentOf = (article: string) => clean(page(article)).content ?? '';

describe('content read back by a CommonMark parser', () => {
  it('gives the headings, nested lists, code and quotes the page had', () => {
    const blocks = readBack(
      contentOf(
        `<h2>Getting started</h2><p>First paragraph of the guide, long enough to stay.</p>
         <h3>Steps</h3><ol start="3"><li>Open the <code>config</code> file</li><li>Set the <em>port</em><ul><li>8080 in tests</li><li>443 in production</li></ul></li></ol>
         <pre>def main():\n    return 0\n\n\n    # after two blank lines</pre>
         <blockquote><p>Keep the defaults unless you know why.</p></blockquote>`,
      ),
    );
    expect(blocks.filter((b) => b.kind !== 'paragraph')).toEqual([
      { kind: 'heading', level: 2, text: 'Getting started' },
      { kind: 'heading', level: 3, text: 'Steps' },
      { kind: 'item', ordered: true, depth: 1, text: 'Open the config file' },
      { kind: 'item', ordered: true, depth: 1, text: 'Set the port' },
      { kind: 'item', ordered: false, depth: 2, text: '8080 in tests' },
      { kind: 'item', ordered: false, depth: 2, text: '443 in production' },
      { kind: 'code', text: 'def main():\n    return 0\n\n\n    # after two blank lines\n' },
      { kind: 'quote', text: 'Keep the defaults unless you know why.' },
    ]);
  });

  it('invents no heading or list from text that only looks like one', () => {
    const blocks = readBack(
      contentOf(
        '<ul><li># Not a heading inside an item</li><li>1. not a nested list</li></ul><p>- not an item</p><p>+ nor this</p><p>2) nor this</p><p>=== nor a setext underline</p>',
      ),
    );
    expect(blocks.filter((b) => b.kind === 'heading')).toEqual([]);
    expect(blocks.filter((b) => b.kind === 'item').map((b) => b.text)).toEqual(['# Not a heading inside an item', '1. not a nested list']);
    expect(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)).toEqual(
      expect.arrayContaining(['- not an item', '+ nor this', '2) nor this', '=== nor a setext underline']),
    );
  });

  it('gives back any paragraph text as written, markup characters included', () => {
    const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const word = fc.oneof(
      fc.constantFrom('*', '_', '#', '[', ']', '(', ')', '`', '<', '>', '\\', '!', '|', '~', '-', '+', '1.', '2)', '&amp;', '&', '='),
      fc.stringMatching(/^[a-z]{1,6}$/),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join('')),
          { minLength: 3, maxLength: 12 },
        ),
        (words) => {
          const text = `Start ${words.join(' ')} end of the line`;
          const read = readBack(contentOf(`<p>${escapeHtml(text)}</p>`)).find((b) => b.text.startsWith('Start'));
          expect(read).toEqual({ kind: 'paragraph', text });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fences code that holds backtick and tilde runs so that it comes back verbatim', () => {
    const code = 'echo ```\n~~~~\n  indented `tick`\n';
    const blocks = readBack(contentOf(`<pre>${code}</pre>`));
    expect(blocks.filter((b) => b.kind === 'code')).toEqual([{ kind: 'code', text: code }]);
  });
});
