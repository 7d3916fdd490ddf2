/**
 * Stage 2: is this HTML or a plain-text dump? Decided from content, never from the file name: scrapes
 * save HTML as .txt and text as .html. A text dump may quote a tag or two (a code sample), so HTML needs
 * either a document-shaped start or markup that dominates the text.
 */
export type InputKind = 'html' | 'text';

const SNIFF_CHARS = 64 * 1024;
const DOCUMENT_START =
  /^(?:\s|<!--[\s\S]*?-->)*<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|article|section|main|header|p|table|span|h[1-6]|br|a\s)[\s/>]/i;
const TAG =
  /<\/?(?:html|head|body|div|span|p|a|img|script|style|meta|link|ul|ol|li|table|tr|td|article|section|header|footer|nav|h[1-6]|br|em|strong|b|i)\b[^<>]{0,500}>/gi;
/** At least this many known tags, and one per this many characters of the sniffed text, make it HTML. */
const MIN_TAGS = 5;
const CHARS_PER_TAG = 400;

export function detectInputKind(text: string): InputKind {
  const head = text.slice(0, SNIFF_CHARS);
  if (DOCUMENT_START.test(head)) return 'html';
  const tags = head.match(TAG)?.length ?? 0;
  return tags >= MIN_TAGS && tags * CHARS_PER_TAG >= head.length ? 'html' : 'text';
}
