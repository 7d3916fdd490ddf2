import { type Draft, emptyDraft, removal } from '../article/draft.js';
import type { RemovalReason } from '../article/schema.js';
import { textWallSignals } from '../metadata/access.js';
import { pickUnderBound } from '../metadata/date.js';
import { textPageType } from '../metadata/page-type.js';
import type { ResolvedOptions } from '../options.js';
import { contentKind } from '../render/format.js';
import { splitTextBlocks, type TextBlock } from './blocks.js';
import { findGluedTail, matchTextBoilerplate } from './boilerplate.js';
import { type ClassifiedBlock, classifyBlocks } from './classify.js';
import { readTextHeader } from './header.js';
import { detectLanguage } from './language.js';
import { type ArticleSpan, findArticleSpan } from './span.js';
import { giveTextStructure, type KeptTextBlock } from './structure.js';

/**
 * The text-dump path: lines -> blocks (blocks.ts) -> features and a prose score each (classify.ts) ->
 * the article's span (span.ts) -> title, dateline and byline from the lines above it (header.ts).
 * Inside the span, furniture recognised by wording or by shape still goes.
 */

function kindOf(block: TextBlock): 'list-item' | 'quote' | 'paragraph' {
  return block.bullet ? 'list-item' : block.quote ? 'quote' : 'paragraph';
}

function dropReason(c: ClassifiedBlock): RemovalReason | null {
  if (c.phrase) return `phrase:${c.phrase.id}`;
  if (c.machinery) return `machinery:${c.machinery}`;
  if (c.textRule?.where === 'anywhere') return `text:${c.textRule.id}`;
  return null;
}

/** Bylines and date lines leave the body but are what the header reader looks for; the rest is furniture. */
const HEADER_MATERIAL: ReadonlySet<RemovalReason> = new Set(['phrase:byline', 'machinery:date']);

function isFurniture(j: ClassifiedBlock | undefined): boolean {
  const reason = j ? dropReason(j) : null;
  return reason !== null && !HEADER_MATERIAL.has(reason);
}

function reasonFor(c: ClassifiedBlock, span: ArticleSpan): RemovalReason | null {
  const i = c.block.index;
  const own = dropReason(c);
  if (own) return own;
  // An `end` rule (an author bio) inside the run has article prose after it: there it is reporting.
  if (c.textRule && (i < span.start || i > span.end)) return `text:${c.textRule.id}`;
  if (i < span.start) return 'before-article';
  if (i > span.runEnd) return 'after-article';
  if (i > span.end) return `tail-section:${span.tailRule}`;
  const box = span.boxes.find((b) => i >= b.start && i <= b.end);
  return box ? `inline-box:${box.rule}` : null;
}

export interface TextJudgement {
  blocks: TextBlock[];
  judged: ClassifiedBlock[];
  span: ArticleSpan | null;
  cuts: GluedCut[];
}

/** Furniture cut from the end of a line ("... last sentence. Source: site"), with the rule that cut it. */
export interface GluedCut {
  index: number;
  text: string;
  reason: RemovalReason;
}

/** Cuts glued furniture off the end of each line, so that the line is judged on its own words. */
function cutGluedTails(blocks: TextBlock[], cuts: GluedCut[]): TextBlock[] {
  return blocks.map((block) => {
    const tail = findGluedTail(block.text);
    if (!tail) return block;
    // A share bar or a plea goes whole; a sentence with a credit on its line keeps the sentence, as a
    // caption and the article's last sentence look the same.
    const whole = matchTextBoilerplate(block.text);
    if (whole && whole.family !== 'caption') return block;
    cuts.push({ index: block.index, text: block.text.slice(tail.at).trim(), reason: `text:${tail.rule.id}` });
    return { ...block, text: block.text.slice(0, tail.at).trimEnd() };
  });
}

/** Every block of a text dump with its verdict; without a prose run, every block is kept. */
export function judgeTextBlocks(text: string | readonly string[]): TextJudgement {
  const cuts: GluedCut[] = [];
  const blocks = cutGluedTails(splitTextBlocks(text), cuts);
  const classified = classifyBlocks(blocks, detectLanguage(blocks.map((b) => b.text)));
  const span = findArticleSpan(classified);
  if (span) for (const c of classified) c.reason = reasonFor(c, span);
  return { blocks, judged: classified, span, cuts };
}

export function extractFromText(text: string | readonly string[], options: ResolvedOptions): Draft {
  const draft = emptyDraft();
  const { blocks, judged, span, cuts } = judgeTextBlocks(text);
  draft.wallSignals = textWallSignals(blocks.map((b) => b.text));
  if (options.explain) for (const cut of cuts) draft.removed.push(removal(cut.text, cut.reason));
  const kept: KeptTextBlock[] = [];
  for (const j of judged) {
    if (j.reason === null) kept.push({ source: j.block, block: { text: j.block.text, kind: kindOf(j.block) } });
    else if (options.explain) draft.removed.push(removal(j.block.text, j.reason));
  }
  if (contentKind(options)) giveTextStructure(kept);
  for (const { block } of kept) draft.blocks.push(block);
  draft.pageType = textPageType(
    blocks.map((b) => b.text),
    draft.blocks,
  );
  if (!span) return draft;
  const header = pickUnderBound(options.crawlDate, (latest) => readTextHeader(blocks, span.start, (i) => isFurniture(judged[i]), latest));
  Object.assign(draft, header, { provenance: [...header.provenance, ...draft.provenance] });
  draft.provenance.push({ field: 'body', source: 'text-densest-run' });
  return draft;
}
