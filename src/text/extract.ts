import { type Draft, emptyDraft, removal } from '../article/draft.js';
import type { ResolvedOptions } from '../options.js';
import { splitTextBlocks, type TextBlock } from './blocks.js';
import { type ClassifiedBlock, classifyBlocks } from './classify.js';
import { readTextHeader } from './header.js';
import { detectLanguage } from './language.js';
import { findArticleSpan } from './span.js';

/**
 * The text-dump path: lines -> blocks (blocks.ts) -> features and a prose score each (classify.ts) ->
 * the article's span (span.ts) -> title, dateline and byline from the lines above it (header.ts).
 * Inside the span, furniture recognised by wording or by shape still goes.
 */

function kindOf(block: TextBlock): 'list-item' | 'quote' | 'paragraph' {
  return block.bullet ? 'list-item' : block.quote ? 'quote' : 'paragraph';
}

function dropReason(c: ClassifiedBlock): string | null {
  if (c.phrase) return `phrase:${c.phrase.id}`;
  if (c.machinery) return `machinery:${c.machinery}`;
  return null;
}

export function extractFromText(text: string, options: ResolvedOptions): Draft {
  const draft = emptyDraft();
  const blocks = splitTextBlocks(text);
  const lang = detectLanguage(blocks.map((b) => b.text));
  const classified = classifyBlocks(blocks, lang);
  const span = findArticleSpan(classified);
  if (!span) {
    draft.blocks = blocks.map((b) => ({ text: b.text, kind: kindOf(b) }));
    return draft;
  }

  for (const c of classified) {
    const i = c.block.index;
    const box = span.boxes.find((b) => i >= b.start && i <= b.end);
    const inSpan = i >= span.start && i <= span.end;
    const reason =
      dropReason(c) ??
      (box
        ? `inline-box:${box.rule}`
        : inSpan
          ? null
          : i < span.start
            ? 'before-article'
            : i > span.runEnd
              ? 'after-article'
              : `tail-section:${span.tailRule}`);
    if (reason === null) {
      draft.blocks.push({ text: c.block.text, kind: kindOf(c.block) });
    } else if (options.explain) {
      draft.removed.push(removal(c.block.text, reason));
    }
  }

  const header = readTextHeader(blocks, span.start, (i) => classified[i]?.phrase != null, options.crawlDate);
  Object.assign(draft, header, { provenance: [...header.provenance, ...draft.provenance] });
  draft.provenance.push({ field: 'body', source: 'text-densest-run' });
  return draft;
}
