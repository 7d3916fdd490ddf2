/**
 * deboil's library entry. Importing it has no side effects: no I/O, no globals, no CLI.
 *
 *   import { clean, cleanFile, cleanDocument, ArticleSchema } from 'deboil';
 */
import type { Article } from './article/schema.js';
import { asDeboilError } from './errors.js';
import { documentHtml, type PageInput, toPageInput } from './input/page-input.js';
import { readPageFile } from './input/read.js';
import { type Options, resolveOptions } from './options.js';
import { runPipeline } from './pipeline.js';

export {
  type Article,
  ArticleSchema,
  articleJsonSchema,
  type ErrorRecord,
  ErrorRecordSchema,
  type Provenance,
  type RemovedBlock,
} from './article/schema.js';
export { DeboilError, ERROR_CODES, type ErrorCode } from './errors.js';
export { type Options, OptionsSchema, type ResolvedOptions, resolveOptions } from './options.js';
export { type SiteRule, SiteRuleSchema, SiteRulesSchema } from './rules/site-rule.js';

/** Cleans one page given as text or bytes (HTML or a plain-text dump). Throws DeboilError on bad input. */
export function clean(input: PageInput, options: Options = {}): Article {
  const resolved = resolveOptions(options);
  try {
    return runPipeline(toPageInput(input), resolved);
  } catch (error) {
    throw asDeboilError(error);
  }
}

/**
 * Cleans one file (`.gz` is decompressed). The file's modification time is the default crawl date, so
 * no date after it is believed and relative dates resolve against it. Errors name the file.
 */
export async function cleanFile(path: string, options: Options = {}): Promise<Article> {
  const resolved = resolveOptions(options);
  try {
    const { bytes, mtime } = await readPageFile(path, resolved.maxBytes);
    return runPipeline(bytes, { ...resolved, crawlDate: resolved.crawlDate ?? mtime });
  } catch (error) {
    throw asDeboilError(error, path);
  }
}

/** The part of a DOM Document deboil reads; jsdom's, a browser's and Playwright-evaluated documents all fit. */
export interface DocumentLike {
  documentElement: { outerHTML: string } | null;
  doctype?: { name: string } | null;
}

/** Cleans a DOM Document the caller already holds (jsdom, a browser extension, Playwright). */
export function cleanDocument(document: DocumentLike, options: Options = {}): Article {
  const html = documentHtml(document);
  return clean(html, { ...options, inputKind: 'html' });
}
