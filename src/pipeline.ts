import { buildArticle } from './article/build.js';
import type { Article } from './article/schema.js';
import { DeboilError } from './errors.js';
import { extractFromHtml } from './html/extract.js';
import { decodeBytes } from './input/decode.js';
import { detectInputKind, notAPageReason } from './input/detect.js';
import type { ResolvedOptions } from './options.js';
import { extractFromText } from './text/extract.js';

/**
 * The pipeline, top to bottom:
 *   decode bytes -> detect input kind -> (HTML) parse, metadata, main content
 *                                     -> (text) blocks, densest prose run, headline and dateline
 *   -> normalise -> validate against ArticleSchema.
 * Each stage lives in its own folder (input/, html/, text/, metadata/, article/).
 */

export function runPipeline(input: string | Uint8Array, options: ResolvedOptions): Article {
  const text = typeof input === 'string' ? input : decodeBytes(input, options);
  if (typeof input === 'string' && input.length > options.maxBytes) {
    throw new DeboilError('TOO_LARGE', `input is ${input.length} characters, over the limit of ${options.maxBytes}`, {
      hint: 'raise maxBytes (--max-bytes) if the page is genuine',
    });
  }
  if (text.trim().length === 0) throw new DeboilError('EMPTY_INPUT', 'the input is empty or holds only whitespace');
  const notAPage = notAPageReason(text);
  if (notAPage) {
    throw new DeboilError('NOT_A_PAGE', `the input is ${notAPage}, not a web page`, {
      hint: 'deboil reads HTML and plain-text pages; skip images, PDFs, archives and JSON',
    });
  }
  const kind = options.inputKind === 'auto' ? detectInputKind(text) : options.inputKind;
  const draft = kind === 'html' ? extractFromHtml(text, options) : extractFromText(text, options);
  return buildArticle(draft, options.explain);
}
