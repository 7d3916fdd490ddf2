import { gunzipSync } from 'node:zlib';
import { DeboilError } from '../errors.js';

/**
 * Stage 1: bytes -> text. In order of trust: a byte-order mark, the caller's forced encoding, a charset
 * declared in the first 1024 bytes (the WHATWG prescan window), valid UTF-8, and windows-1252 as the
 * last resort (it decodes any byte sequence, and is what browsers assume for undeclared Western pages).
 */
export interface DecodeOptions {
  encoding?: string | undefined;
  maxBytes: number;
}

const GZIP_MAGIC = [0x1f, 0x8b] as const;
const PRESCAN_BYTES = 1024;

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
}

/** Decompresses gzip input, stopping at maxBytes so a gzip bomb cannot exhaust memory. */
export function gunzipBounded(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || (error instanceof RangeError && /maxOutputLength|too large/i.test(error.message))) {
      throw new DeboilError('TOO_LARGE', `decompressed input exceeds ${maxBytes} bytes`, {
        hint: 'raise --max-bytes if the page is genuine',
      });
    }
    throw new DeboilError('DECODE_FAILED', `gzip data is corrupt or truncated (${(error as Error).message})`, {
      hint: 'the file is damaged; fetch it again',
    });
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** The charset a page declares in `<meta charset>` or `<meta http-equiv content="...charset=...">`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const match = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([a-z0-9_.:-]{2,40})/i.exec(head);
  if (!match?.[1]) return null;
  const label = match[1].toLowerCase();
  // A page served as UTF-16 cannot declare it in ASCII-compatible bytes; browsers read such a claim as UTF-8.
  return label.startsWith('utf-16') ? 'utf-8' : label;
}

function decoderFor(label: string, fatal: boolean): TextDecoder | null {
  try {
    return new TextDecoder(label, { fatal });
  } catch {
    return null;
  }
}

export function decodeBytes(bytes: Uint8Array, options: DecodeOptions): string {
  let data = bytes;
  if (isGzip(data)) data = gunzipBounded(data, options.maxBytes);
  if (data.length > options.maxBytes) {
    throw new DeboilError('TOO_LARGE', `input is ${data.length} bytes, over the limit of ${options.maxBytes}`, {
      hint: 'raise --max-bytes if the page is genuine',
    });
  }
  if (options.encoding) {
    const forced = decoderFor(options.encoding, false);
    if (!forced) {
      throw new DeboilError('BAD_OPTIONS', `unknown encoding "${options.encoding}"`, {
        hint: 'use a WHATWG encoding label such as utf-8, windows-1252, shift_jis or gbk',
      });
    }
    return forced.decode(data);
  }
  const bom = bomEncoding(data);
  if (bom) return new TextDecoder(bom.encoding).decode(data.subarray(bom.skip));
  const declared = declaredCharset(data);
  const declaredDecoder = declared ? decoderFor(declared, false) : null;
  if (declaredDecoder) return declaredDecoder.decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return new TextDecoder('windows-1252').decode(data);
  }
}
