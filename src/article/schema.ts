import * as z from 'zod';
import { ERROR_CODES, type ErrorCode } from '../errors.js';
import { PAGE_TYPES } from '../rules/page-types.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
// A full ISO 8601 timestamp; the offset is optional because some pages give a local time only.
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Removal reasons that name a rule or an element after a colon: `tag:nav`, `phrase:comment-form`, `class-token:share`. */
export const REMOVAL_REASON_KINDS = ['tag', 'role', 'class-token', 'phrase', 'text', 'inline-box', 'tail-section', 'machinery'] as const;
/** Removal reasons that stand alone. */
export const REMOVAL_REASON_WORDS = [
  'hidden',
  'link-list',
  'link-dense',
  'title',
  'outside-article',
  'tail-section',
  'before-article',
  'after-article',
  'site-template',
] as const;

export const RemovalReasonSchema = z.union([
  z.enum(REMOVAL_REASON_WORDS),
  z.templateLiteral([z.enum(REMOVAL_REASON_KINDS), ':', z.string()]),
]);
export type RemovalReason = z.infer<typeof RemovalReasonSchema>;

export const RemovedBlockSchema = z.object({
  text: z.string().describe('The removed text (long blocks are shortened with an ellipsis).'),
  reason: RemovalReasonSchema.describe('The rule that removed it, e.g. `phrase:comment-form` or `class-token:share`.'),
});

/** Where a field's value can come from, named in --explain provenance. */
export const PROVENANCE_SOURCES = [
  'json-ld',
  'meta',
  'byline',
  'title-tag',
  'h1',
  'subheading',
  'title-suffix',
  'host',
  'url',
  'time-element',
  'text',
  'site-rule',
  'itemprop',
  'scored-container',
  'body',
  'dateline',
  'text-byline',
  'text-date-line',
  'text-headline',
  'text-site-name',
  'text-densest-run',
  'option',
  'canonical',
  'html-lang',
  'language-detector',
  'script-data',
  'data-attribute',
  'microdata',
  'page-structure',
  'default',
] as const;
export type ProvenanceSource = (typeof PROVENANCE_SOURCES)[number];

export const ProvenanceSchema = z.object({
  field: z.enum(['title', 'date', 'published', 'modified', 'outlet', 'authors', 'url', 'language', 'description', 'body', 'pageType']),
  source: z.enum(PROVENANCE_SOURCES).describe('Where the value came from, e.g. `json-ld`, `meta`, `h1`, `dateline`, `url`, `host`.'),
  detail: z
    .string()
    .optional()
    .describe(
      'The evidence behind the value, where a source alone does not say it: `@type QAPage`, `og:type product.group`, `3 buy controls`.',
    ),
});

export const DateBoundSchema = z.object({
  crawlDate: z.string().describe("The upper bound: the crawl date given, or the file's modification time."),
  from: z.enum(['option', 'file-mtime']).describe("`option` for a crawl date given, `file-mtime` for the file's modification time."),
  rejected: z.array(z.string().regex(ISO_DAY)).describe('The candidate days later than the bound, turned away.'),
  dropped: z.boolean().describe('True when a file-mtime bound turned away every candidate and the date was picked without it.'),
});

/** What a record is: an article, or a page that gave no body at all. */
export const ARTICLE_STATUSES = ['article', 'no-content'] as const;
/** Whether the reader got the article, or which wall stood in front of it (metadata/access.ts). */
export const ACCESS_KINDS = ['open', 'paywall', 'login-wall', 'consent-wall'] as const;
/** Where a record-input page came from (WARC, JSONL, cleanMany records), so a user can fetch it again. */
const RecordFields = {
  id: z.union([z.string(), z.number()]).optional().describe('Record input: the WARC-Record-ID, the JSONL id, else the line number.'),
  warcFilename: z.string().optional().describe('WARC input: the file the record was read from.'),
  offset: z.number().int().nonnegative().optional().describe('WARC input: byte offset of the record (of its gzip member) in the file.'),
  length: z.number().int().nonnegative().optional().describe('WARC input: bytes of the record (of its gzip member) in the file.'),
};

/** One cleaned article: the contract of deboil's output, published as JSON Schema by `deboil schema`. */
export const ArticleSchema = z
  .object({
    title: z.string().describe('The headline, without site suffix or post-format label; empty when none was found.'),
    date: z.string().regex(ISO_DAY).nullable().describe('Publication date as YYYY-MM-DD, or null when unknown.'),
    published: z
      .string()
      .regex(ISO_TIMESTAMP)
      .nullable()
      .describe('Full publication timestamp (ISO 8601, with offset when the page gives one), or null when the page gives no time.'),
    modified: z
      .string()
      .regex(ISO_DAY)
      .or(z.string().regex(ISO_TIMESTAMP))
      .nullable()
      .describe('Last modification date or timestamp, or null.'),
    outlet: z.string().min(1).nullable().describe('The publication name, or null when unknown.'),
    authors: z.array(z.string().min(1)).describe('Author names, without "By", dates or job titles; never the outlet.'),
    url: z.string().nullable().describe('The canonical address of the article, or null.'),
    language: z.string().nullable().describe('BCP-47 language tag, or null when unknown.'),
    description: z.string().nullable().describe('The summary the page gives of itself, or null.'),
    body: z
      .string()
      .describe('The article text: blocks separated by one blank line, whitespace normalised (NFC, no NBSP, no runs of spaces).'),
    wordCount: z.number().int().nonnegative().describe('Number of words in body.'),
    status: z.enum(ARTICLE_STATUSES).describe('`article` when a body was found, `no-content` when the page gave none.'),
    access: z
      .enum(ACCESS_KINDS)
      .describe('`open`, or the wall (paywall, login or registration wall, consent wall) that cut the body short.'),
    pageType: z
      .enum(PAGE_TYPES)
      .describe(
        'What kind of page it is: `article`, `forum` (a thread or Q&A), `documentation`, `product`, `listing` (a category, archive or search page) or `other` (no type signal and no prose).',
      ),
    content: z
      .string()
      .optional()
      .describe(
        'The article with its structure: headings, lists, quotes, code, tables, figures, emphasis and links, as Markdown (CommonMark with GFM tables; the default) or minimal safe HTML (--content html); left out with --content none.',
      ),
    comments: z
      .array(z.string().min(1))
      .optional()
      .describe(
        'With --include-comments: the comments of the page, one string each (replies after the comment they answer), never part of body; [] when the page has none or is a text dump.',
      ),
    source: z.string().optional().describe('The input path, in batch and multi-input output.'),
    removed: z.array(RemovedBlockSchema).optional().describe('With --explain: every removed block and why.'),
    provenance: z.array(ProvenanceSchema).optional().describe('With --explain: where each field came from.'),
    dateBound: DateBoundSchema.optional().describe(
      'With --explain, when the crawl-date bound turned away a date: what and whether it was dropped.',
    ),
    accessReason: z
      .string()
      .optional()
      .describe(
        'With --explain, when access is not `open`: the evidence, e.g. `json-ld:isAccessibleForFree` or `phrase:subscribe-to-read`.',
      ),
    ...RecordFields,
  })
  .strict();

export type Article = z.infer<typeof ArticleSchema>;
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type DateBound = z.infer<typeof DateBoundSchema>;

/** The record written in place of an Article when an input fails, so batch output keeps one line per input. */
export const ErrorRecordSchema = z.object({
  source: z.string(),
  ...RecordFields,
  url: z.string().nullable().optional(),
  error: z.object({
    code: z.enum(Object.keys(ERROR_CODES) as [ErrorCode, ...ErrorCode[]]),
    message: z.string(),
    hint: z.string().optional(),
  }),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;

export function articleJsonSchema(): unknown {
  return z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' });
}
