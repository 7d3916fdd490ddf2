/**
 * deboil's platform-neutral entry, `deboil/core`: cleaning text, bytes or a DOM Document, with no Node
 * built-ins in its import graph, so it bundles for browsers, extensions and workers. Files, batch runs and
 * the CLI are in the main entry. Without Node, gzip input is refused (decompress it first) and
 * undeclared legacy encodings are read as windows-1252 instead of being guessed statistically.
 *
 *   import { clean, cleanDocument } from 'deboil/core';
 */
import type { Article } from './article/schema.js';
import { asDeboilError } from './errors.js';
import { documentHtml, type PageInput, toPageInput } from './input/page-input.js';
import { type Options, resolveOptions } from './options.js';
import { runPipeline } from './pipeline.js';
import { formatArticle } from './render/format.js';

export {
  type Article,
  ArticleSchema,
  articleJsonSchema,
  type ErrorRecord,
  ErrorRecordSchema,
  type Provenance,
  type ProvenanceSource,
  type RemovalReason,
  type RemovedBlock,
} from './article/schema.js';
export { DeboilError, ERROR_CODES, type ErrorCode } from './errors.js';
export { type Options, OptionsSchema, type ResolvedOptions, resolveOptions } from './options.js';
export { type SiteRule, SiteRuleSchema, SiteRulesSchema } from './rules/site-rule.js';

/** A string output format: Markdown with front matter, article HTML, or the body text. */
export type StringFormat = 'markdown' | 'html' | 'text';

/**
 * Cleans one page given as text or bytes (HTML or a plain-text dump). Throws DeboilError on bad input.
 * With `format` other than `json`, returns the article in that format as one string.
 */
export function clean(input: PageInput, options: Options & { format: StringFormat }): string;
/** Without a string `format` (the CLI and the batch workers format articles themselves), an Article. */
export function clean(input: PageInput, options?: Options): Article;
export function clean(input: PageInput, options: Options = {}): Article | string {
  const resolved = resolveOptions(options);
  try {
    const article = runPipeline(toPageInput(input), resolved);
    return resolved.format === 'json' ? article : formatArticle(article, resolved.format);
  } catch (error) {
    throw asDeboilError(error);
  }
}

/** The part of a DOM Document deboil reads; jsdom's, a browser's and Playwright-evaluated documents all fit. */
export interface DocumentLike {
  documentElement: { outerHTML: string } | null;
  doctype?: { name: string } | null;
  /** The document's address (jsdom's `url` option, a browser's location); about:blank and file: are not page addresses. */
  URL?: string;
}

const WEB_ADDRESS = /^https?:\/\//i;

/**
 * Cleans a DOM Document the caller already holds (jsdom, a browser extension, Playwright). The document's
 * own http(s) address is the page url unless options.url is given.
 */
export function cleanDocument(document: DocumentLike, options: Options = {}): Article {
  const html = documentHtml(document);
  const url = options.url ?? (document.URL && WEB_ADDRESS.test(document.URL) ? document.URL : undefined);
  return clean(html, { ...options, inputKind: 'html', ...(url === undefined ? {} : { url }) });
}
