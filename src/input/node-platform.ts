import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { DeboilError } from '../errors.js';
import { installPlatform } from './platform.js';
import { tooLarge } from './too-large.js';

/** Decompresses gzip input, stopping at maxBytes so a gzip bomb cannot exhaust memory. */
function gunzipBounded(bytes: Uint8Array, maxBytes: number): Uint8Array {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || (error instanceof RangeError && /maxOutputLength|too large/i.test(error.message))) {
      throw tooLarge('the decompressed input is larger', maxBytes);
    }
    throw new DeboilError('DECODE_FAILED', `gzip data is corrupt or truncated (${(error as Error).message})`, {
      hint: 'the file is damaged; fetch it again',
    });
  }
}

/**
 * chardet is loaded on the first page that needs a guess (an undeclared legacy page), not at start-up:
 * its models cost every process ~35 ms, and most pages are UTF-8 or declare their encoding.
 */
let chardet: typeof import('chardet') | null = null;
const loadChardet = (): typeof import('chardet') => {
  chardet ??= createRequire(import.meta.url)('chardet') as typeof import('chardet');
  return chardet;
};

/**
 * eld (its smallest n-gram set: as accurate as the larger ones on our corpora) is loaded on the first page
 * whose language the page does not state, for the same reason: its tables cost a process ~100 ms.
 * require() of an ES module is synchronous on Node >= 20.19, as clean() must be.
 */
interface Eld {
  detect(text: string): { language: string; isReliable(): boolean };
}
let eld: Eld | null = null;
const loadEld = (): Eld => {
  if (!eld) {
    // eld exports only an `import` condition, which require() does not resolve; its file path it takes.
    const entry = fileURLToPath(import.meta.resolve('eld/extrasmall'));
    eld = (createRequire(import.meta.url)(entry) as { eld: Eld }).eld;
  }
  return eld;
};

installPlatform({
  isUtf8: (bytes) => isUtf8(bytes),
  gunzip: gunzipBounded,
  guessEncoding: (sample) => loadChardet().analyse(sample),
  detectLanguage: (text) => {
    const result = loadEld().detect(text);
    return result.language && result.isReliable() ? result.language : null;
  },
});
