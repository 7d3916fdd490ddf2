import { DeboilError } from '../errors.js';
import { binaryFormat } from './detect.js';
import { platform } from './platform.js';
import { encodingForLabel, prescanEncoding } from './prescan.js';
import { tooLarge } from './too-large.js';

/**
 * Stage 1: bytes -> text, following the WHATWG encoding-sniffing order browsers use:
 *   1. a byte-order mark (UTF-8, UTF-16LE/BE) — it wins even over a forced encoding, as in browsers;
 *   2. the caller's forced encoding (`--encoding`);
 *   3. a `<meta charset>` / `http-equiv` declaration found by the browser prescan (prescan.ts);
 *   4. UTF-16 without a BOM, recognised by its pattern of zero bytes;
 *   5. valid UTF-8 (which includes plain ASCII);
 *   6. a statistical guess (chardet) for undeclared legacy pages: Shift_JIS, GBK, EUC-KR, windows-1251, ...;
 *   7. windows-1252, the browsers' default for undeclared Western pages (it decodes any byte sequence).
 */
export interface DecodeOptions {
  encoding?: string | undefined;
  maxBytes: number;
}

export type EncodingSource = 'bom' | 'forced' | 'declared' | 'utf-8-over-declared' | 'utf-8' | 'utf-16-pattern' | 'guess' | 'default';

export interface Sniffed {
  encoding: string;
  source: EncodingSource;
  /** Bytes of BOM to skip before decoding. */
  skip: number;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;
/** The statistical guess reads this much text around the first non-ASCII byte; more adds time, not accuracy. */
const GUESS_SAMPLE_BYTES = 8 * 1024;
/** ASCII context kept before the first non-ASCII byte, so the sample starts on a character boundary with some words. */
const GUESS_LEAD_BYTES = 1024;
/** chardet's confidence (0-100) below which its guess is no better than the windows-1252 default. */
const MIN_GUESS_CONFIDENCE = 10;
/** Zero bytes must fill at least this share of one byte lane (odd or even) to call BOM-less input UTF-16. */
const UTF16_ZERO_LANE_SHARE = 0.4;
const UTF16_SNIFF_BYTES = 4096;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Decompresses gzip input through the host (node-platform.ts), stopping at maxBytes. */
function gunzipBounded(bytes: Uint8Array, maxBytes: number): Uint8Array {
  if (!platform.gunzip) {
    throw new DeboilError('DECODE_FAILED', 'the input is gzip-compressed and this build of deboil cannot decompress it', {
      hint: "decompress it first (DecompressionStream in browsers), or use the main 'deboil' entry on Node",
    });
  }
  return platform.gunzip(bytes, maxBytes);
}

const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((b) => b >= 0x80);

function bomEncoding(bytes: Uint8Array): Sniffed | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', source: 'bom', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', source: 'bom', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', source: 'bom', skip: 2 };
  return null;
}

/** UTF-16 without a BOM: Latin-script text leaves one byte of each pair zero (the high byte). */
function utf16ByPattern(bytes: Uint8Array): Sniffed | null {
  const n = Math.min(bytes.length, UTF16_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros / pairs >= UTF16_ZERO_LANE_SHARE && evenZeros === 0) return { encoding: 'utf-16le', source: 'utf-16-pattern', skip: 0 };
  if (evenZeros / pairs >= UTF16_ZERO_LANE_SHARE && oddZeros === 0) return { encoding: 'utf-16be', source: 'utf-16-pattern', skip: 0 };
  return null;
}

/** chardet's best guess over a sample that starts just before the first non-ASCII byte. */
function statisticalGuess(bytes: Uint8Array): string | null {
  const firstHigh = bytes.findIndex((b) => b >= 0x80);
  if (firstHigh < 0) return null;
  const start = Math.max(0, firstHigh - GUESS_LEAD_BYTES);
  if (!platform.guessEncoding) return null;
  const best = platform.guessEncoding(bytes.subarray(start, start + GUESS_SAMPLE_BYTES))[0];
  if (!best || best.confidence < MIN_GUESS_CONFIDENCE) return null;
  return encodingForLabel(best.name);
}

/** Which encoding the bytes are in, and why we think so. */
export function sniffEncoding(bytes: Uint8Array, forced?: string): Sniffed {
  const forcedEncoding = forced ? encodingForLabel(forced) : null;
  if (forced && !forcedEncoding) {
    throw new DeboilError('BAD_OPTIONS', `unknown encoding "${forced}"`, {
      hint: 'use a WHATWG encoding label such as utf-8, windows-1252, shift_jis or gbk',
    });
  }
  const bom = bomEncoding(bytes);
  if (bom) return bom;
  if (forcedEncoding) return { encoding: forcedEncoding, source: 'forced', skip: 0 };
  const declared = prescanEncoding(bytes);
  // A scrape often holds a page its server transcoded to UTF-8 while the <meta> still names the legacy
  // charset (gb2312, windows-1252). Legacy text with non-ASCII bytes is almost never valid UTF-8, so valid
  // UTF-8 with at least one multi-byte sequence outranks the declaration (browsers would show mojibake).
  if (declared && declared !== 'utf-8' && hasNonAscii(bytes) && platform.isUtf8(bytes))
    return { encoding: 'utf-8', source: 'utf-8-over-declared', skip: 0 };
  if (declared) return { encoding: declared, source: 'declared', skip: 0 };
  // Before the UTF-8 check: ASCII text in UTF-16 is valid UTF-8 (full of NULs), real UTF-8 never has a zero lane.
  const utf16 = utf16ByPattern(bytes);
  if (utf16) return utf16;
  if (platform.isUtf8(bytes)) return { encoding: 'utf-8', source: 'utf-8', skip: 0 };
  const guess = statisticalGuess(bytes);
  if (guess) return { encoding: guess, source: 'guess', skip: 0 };
  return { encoding: 'windows-1252', source: 'default', skip: 0 };
}

// Node 20's TextDecoder takes a Latin-1 shortcut for windows-1252, turning bytes 0x80-0x9F (curly quotes,
// dashes, the euro sign) into C1 control characters. Those 32 bytes are mapped by the WHATWG table instead.
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const latin1 = new TextDecoder('latin1');

function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80] as string);
}

/**
 * Text is decoded in pieces of at most this many bytes. V8 puts every string over 128 KiB in fresh
 * memory of its own, and the page faults that costs made decoding an average 180 KiB page take about
 * 1.5 ms, as long as parsing it; in pieces, decoding is nearly free and the HTML parser takes the pieces
 * as a stream (html/parse.ts), so a page never exists as one string.
 */
const PIECE_BYTES = 32 * 1024;

/**
 * Decodes with a WHATWG encoding name, in pieces (PIECE_BYTES); a streaming decoder carries characters
 * split across piece boundaries. Invalid sequences become U+FFFD, as in browsers.
 */
export function decodeAs(encoding: string, bytes: Uint8Array): string[] {
  const pieces: string[] = [];
  if (encoding === 'windows-1252') {
    for (let i = 0; i < bytes.length; i += PIECE_BYTES) pieces.push(decodeWindows1252(bytes.subarray(i, i + PIECE_BYTES)));
    return pieces;
  }
  const decoder = new TextDecoder(encoding);
  for (let i = 0; i < bytes.length; i += PIECE_BYTES) {
    const piece = decoder.decode(bytes.subarray(i, i + PIECE_BYTES), { stream: true });
    if (piece.length > 0) pieces.push(piece);
  }
  const rest = decoder.decode();
  if (rest.length > 0) pieces.push(rest);
  return pieces;
}

/** Decompresses (gzip), enforces maxBytes, refuses binary formats and decodes to text, in pieces (see decodeAs). */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): string[] {
  let data = bytes;
  if (isGzip(data)) data = gunzipBounded(data, options.maxBytes);
  if (data.length > options.maxBytes) throw tooLarge(`the input is ${data.length} bytes`, options.maxBytes);
  const format = binaryFormat(data);
  if (format) {
    throw new DeboilError('NOT_A_PAGE', `the input is ${format}, not a web page`, {
      hint: 'deboil reads HTML and plain-text pages; skip images, PDFs and archives',
    });
  }
  const { encoding, skip } = sniffEncoding(data, options.encoding);
  return decodeAs(encoding, data.subarray(skip));
}

/** The first `chars` characters of text held in pieces (or all of it, if shorter). */
export function leadingText(pieces: readonly string[], chars: number): string {
  let head = '';
  for (const piece of pieces) {
    if (head.length >= chars) break;
    // Only what the head keeps of each piece: a longer joined string is copied whole when first read.
    head += piece.length > chars - head.length ? piece.slice(0, chars - head.length) : piece;
  }
  return head.slice(0, chars);
}
