/**
 * Stage 2: is this HTML or a plain-text dump — or no page at all? Decided from content, never from the
 * file name: scrapes save HTML as .txt and text as .html. A text dump may quote a tag or two (a code
 * sample), so HTML needs either a document-shaped start or markup that dominates the text.
 */
export type InputKind = 'html' | 'text';

/**
 * The input kind is decided from this much of the start of the text. Kept under 64 KiB of UTF-16: V8
 * puts larger strings in fresh memory of their own (see input/decode.ts), whose page faults cost more
 * than the sniff itself (docs/performance.md).
 */
export const SNIFF_CHARS = 32 * 1024;
// Matched after leading whitespace and comments are skipped (in code: a regex over repeated comments backtracks).
const DOCUMENT_START =
  /^<(?:!doctype\s+html|html|head|body|meta|title|link|script|style|div|article|section|main|header|p|table|span|h[1-6]|br|a\s)[\s/>]/i;
const TAG =
  /<\/?(?:html|head|body|div|span|p|a|img|script|style|meta|link|ul|ol|li|table|tr|td|article|section|header|footer|nav|h[1-6]|br|em|strong|b|i)\b[^<>]{0,500}>/gi;
/**
 * Archives and crawl tools wrap each saved page in an element of their own (CleanEval's
 * `<text id="URL" title="...">`, a corpus's `<doc>`): one such opening tag before the document start
 * does not make the page a text dump that quotes tags. Its attributes are bounded, so a run of `<`
 * stays linear.
 */
const WRAPPER_TAG = /^<[a-z][\w:-]{0,30}(?:\s[^<>]{0,2000})?>/i;
/** At least this many known tags, and one per this many characters of the sniffed text, make it HTML. */
const MIN_TAGS = 5;
const CHARS_PER_TAG = 400;

/** Where the first markup or text starts, past whitespace and `<!-- ... -->` comments. */
function afterLeadingComments(text: string): number {
  let i = 0;
  for (;;) {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (!text.startsWith('<!--', i)) return i;
    const end = text.indexOf('-->', i + 4);
    if (end < 0) return text.length;
    i = end + 3;
  }
}

export function detectInputKind(text: string): InputKind {
  const head = text.slice(0, SNIFF_CHARS);
  const start = head.slice(afterLeadingComments(head));
  if (DOCUMENT_START.test(start)) return 'html';
  const wrapper = WRAPPER_TAG.exec(start)?.[0];
  if (wrapper) {
    const inside = start.slice(wrapper.length);
    if (DOCUMENT_START.test(inside.slice(afterLeadingComments(inside)))) return 'html';
  }
  const tags = head.match(TAG)?.length ?? 0;
  return tags >= MIN_TAGS && tags * CHARS_PER_TAG >= head.length ? 'html' : 'text';
}

/**
 * File formats that are never pages, by their leading bytes ("magic numbers"). Most binary files also
 * hold NUL bytes early, which `notAPageReason` catches; the signatures name the format in the error and
 * catch the few (PDF, PostScript) whose first kilobytes can be plain ASCII.
 */
const SIGNATURES: readonly { format: string; bytes: readonly number[]; at?: number }[] = [
  { format: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { format: 'a JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { format: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { format: 'a WebP, WAV or AVI file', bytes: [0x52, 0x49, 0x46, 0x46] },
  { format: 'an MP4, MOV, HEIC or AVIF file', bytes: [0x66, 0x74, 0x79, 0x70], at: 4 },
  { format: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { format: 'a PostScript document', bytes: [0x25, 0x21, 0x50, 0x53] },
  { format: 'a ZIP archive (or an Office document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { format: 'an old Office document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { format: 'a 7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { format: 'a RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { format: 'an XZ archive', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { format: 'a Zstandard archive', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { format: 'a bzip2 archive', bytes: [0x42, 0x5a, 0x68] },
  { format: 'an executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { format: 'a web font', bytes: [0x77, 0x4f, 0x46] },
  { format: 'an Ogg media file', bytes: [0x4f, 0x67, 0x67, 0x53, 0x00] },
  { format: 'a SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66, 0x6f, 0x72, 0x6d, 0x61, 0x74] },
];

/** The binary format the bytes announce, or null. */
export function binaryFormat(bytes: Uint8Array): string | null {
  for (const { format, bytes: magic, at = 0 } of SIGNATURES) {
    if (bytes.length >= at + magic.length && magic.every((b, i) => bytes[at + i] === b)) return format;
  }
  return null;
}

/** Binary data leaves NUL bytes or C0 control characters that text never holds in number. */
const BINARY_SNIFF_CHARS = 8192;
const MAX_CONTROL_SHARE = 0.05;
const CONTROL = /[\u0001-\u0008\u000e-\u001a\u001c-\u001f]/g;

/** Why this decoded text is not a page (binary data, JSON), or null when it may be one. */
export function notAPageReason(text: string): string | null {
  const head = text.slice(0, BINARY_SNIFF_CHARS);
  if (head.includes('\u0000')) return 'binary data (NUL bytes)';
  if ((head.match(CONTROL)?.length ?? 0) > MAX_CONTROL_SHARE * head.length) return 'binary data (control characters)';
  if (head.startsWith('%PDF-')) return 'a PDF document';
  if (isJsonDocument(text.trim())) return 'JSON data';
  return null;
}

/** A JSON object or array (scrapers' API dumps); a text that merely starts with "[Updated]" is not one. */
function isJsonDocument(trimmed: string): boolean {
  const first = trimmed[0];
  const last = trimmed[trimmed.length - 1];
  if (!((first === '{' && last === '}') || (first === '[' && last === ']'))) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}
