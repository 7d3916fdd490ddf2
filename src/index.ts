/**
 * deboil's library entry. Importing it has no side effects beyond giving decoding Node's gzip, fast
 * UTF-8 check and encoding guesser (input/node-platform.ts): no I/O, no globals, no CLI.
 *
 *   import { clean, cleanFile, cleanDocument, cleanMany, ArticleSchema } from 'deboil';
 */
import './input/node-platform.js';
import type { Article } from './article/schema.js';
import type { ManyInput, ManyOptions, ManyRecord } from './batch/many.js';
import { asDeboilError } from './errors.js';
import { readPageFile } from './input/read.js';
import { type Options, resolveOptions } from './options.js';
import { runPipeline } from './pipeline.js';

export type { ManyInput, ManyOptions, ManyRecord } from './batch/many.js';
export * from './core.js';
export type { PageRecord } from './records/record.js';

/**
 * Cleans one file (`.gz` is decompressed). The file's modification time is the default crawl date, so
 * no date after it is believed and relative dates resolve against it, unless it would turn away every
 * date the page states (a copy or an unzip resets it). Errors name the file.
 */
export async function cleanFile(path: string, options: Options = {}): Promise<Article> {
  const resolved = resolveOptions(options);
  try {
    const { bytes, mtime } = await readPageFile(path, resolved.maxBytes);
    return runPipeline(bytes, resolved, mtime);
  } catch (error) {
    throw asDeboilError(error, path);
  }
}

/**
 * Cleans many pages on a pool of worker threads: paths (files, directories, .warc(.gz) and .jsonl(.gz)
 * files) or page records `{id?, url?, crawlDate?, html | text | bytes}` from any (async) iterable.
 * Yields exactly one record per input, in input order: an Article or an error record. Options: the
 * cleaning options plus `jobs`, `timeout` (ms), `signal`, `onProgress`, `learnTemplates`, `include`,
 * `exclude` and `inputFormat`. The pool is loaded on first use, so importing deboil stays cheap.
 */
export async function* cleanMany(inputs: ManyInput, options: ManyOptions = {}): AsyncGenerator<ManyRecord> {
  const many = await import('./batch/many.js');
  yield* many.cleanMany(inputs, options);
}
