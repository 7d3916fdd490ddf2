import { buildArticle } from './article/build.js';
import type { Article } from './article/schema.js';
import { DeboilError } from './errors.js';
import { extractFromHtml } from './html/extract.js';
import { decodeBytes, leadingText } from './input/decode.js';
import { detectInputKind, notAPageReason, SNIFF_CHARS } from './input/detect.js';
import type { ResolvedOptions } from './options.js';
import { extractFromText } from './text/extract.js';
import { detectBodyLanguage } from './text/language.js';

/**
 * The pipeline, top to bottom:
 *   decode bytes -> detect input kind -> (HTML) parse, metadata, main content
 *                                     -> (text) blocks, densest prose run, headline and dateline
 *   -> the body's language when the page states none -> normalise -> validate against ArticleSchema.
 * Each stage lives in its own folder (input/, html/, text/, article/); the metadata readers sit with
 * their input kind (html/metadata/, text/) and share the DOM-free string parsers of metadata/.
 */

const NON_SPACE = /\S/;

export function runPipeline(input: string | Uint8Array, options: ResolvedOptions): Article {
  // Decoded text comes in pieces (input/decode.ts); a string from a library caller is one piece.
  const pieces = typeof input === 'string' ? [input] : decodeBytes(input, options);
  if (typeof input === 'string' && input.length > options.maxBytes) {
    throw new DeboilError('TOO_LARGE', `input is ${input.length} characters, over the limit of ${options.maxBytes}`, {
      hint: 'raise maxBytes (--max-bytes) if the page is genuine',
    });
  }
  if (!pieces.some((piece) => NON_SPACE.test(piece))) throw new DeboilError('EMPTY_INPUT', 'the input is empty or holds only whitespace');
  const head = leadingText(pieces, SNIFF_CHARS);
  const notAPage = notAPageReason(head);
  if (notAPage) {
    throw new DeboilError('NOT_A_PAGE', `the input is ${notAPage}, not a web page`, {
      hint: 'deboil reads HTML and plain-text pages; skip images, PDFs, archives and JSON',
    });
  }
  const kind = options.inputKind === 'auto' ? detectInputKind(head) : options.inputKind;
  const draft = kind === 'html' ? extractFromHtml(pieces, options) : extractFromText(pieces, options);
  // The page's own language tag wins; only a page without one is read for its language.
  if (!draft.language?.trim()) {
    draft.language = detectBodyLanguage(draft.blocks);
    if (draft.language) draft.provenance.push({ field: 'language', source: 'language-detector' });
  }
  return buildArticle(draft, options);
}
