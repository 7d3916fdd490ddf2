/**
 * deboil's library entry. Importing it has no side effects beyond giving decoding Node's gzip, fast
 * UTF-8 check and encoding guesser (input/node-platform.ts): no I/O, no globals, no CLI.
 *
 *   import { clean, cleanFile, cleanDocument, ArticleSchema } from 'deboil';
 */
import './input/node-platform.js';
import type { Article } from './article/schema.js';
import { asDeboilError } from './errors.js';
import { readPageFile } from './input/read.js';
import { type Options, resolveOptions } from './options.js';
import { runPipeline } from './pipeline.js';

export * from './core.js';

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
