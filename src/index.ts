/**
 * deboil's library entry. Importing it has no side effects: no I/O, no globals, no CLI.
 *
 *   import { clean, cleanFile, cleanDocument, ArticleSchema } from 'deboil';
 */
import { readFile, stat } from 'node:fs/promises';
import type { Article } from './article/schema.js';
import { asDeboilError, DeboilError } from './errors.js';
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
export function clean(input: string | Uint8Array, options: Options = {}): Article {
  const resolved = resolveOptions(options);
  try {
    return runPipeline(input, resolved);
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
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw fileError(error, path);
    });
    if (info.isDirectory())
      throw new DeboilError('IS_DIRECTORY', 'is a directory, not a file', {
        file: path,
        hint: 'pass the files inside it, or use the CLI, which walks directories',
      });
    if (info.size > resolved.maxBytes * 2 && !path.endsWith('.gz')) {
      throw new DeboilError('TOO_LARGE', `file is ${info.size} bytes, over the limit of ${resolved.maxBytes}`, {
        file: path,
        hint: 'raise --max-bytes if the page is genuine',
      });
    }
    const bytes = await readFile(path).catch((error: NodeJS.ErrnoException) => {
      throw fileError(error, path);
    });
    return runPipeline(bytes, { ...resolved, crawlDate: resolved.crawlDate ?? info.mtime });
  } catch (error) {
    throw asDeboilError(error, path);
  }
}

function fileError(error: NodeJS.ErrnoException, path: string): DeboilError {
  if (error.code === 'ENOENT')
    return new DeboilError('NOT_FOUND', 'no such file (or a dangling link)', { file: path, hint: 'check the path' });
  if (error.code === 'EISDIR') return new DeboilError('IS_DIRECTORY', 'is a directory, not a file', { file: path });
  return new DeboilError('READ_FAILED', `cannot read the file (${error.code ?? error.message})`, {
    file: path,
    hint: error.code === 'EACCES' ? 'check the file permissions' : 'check the file',
    cause: error,
  });
}

/** The part of a DOM Document deboil reads; jsdom's, a browser's and Playwright-evaluated documents all fit. */
export interface DocumentLike {
  documentElement: { outerHTML: string } | null;
  doctype?: { name: string } | null;
}

/** Cleans a DOM Document the caller already holds (jsdom, a browser extension, Playwright). */
export function cleanDocument(document: DocumentLike, options: Options = {}): Article {
  const html = document.documentElement?.outerHTML ?? '';
  return clean(html, { ...options, inputKind: 'html' });
}
