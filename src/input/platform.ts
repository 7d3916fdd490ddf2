/**
 * What decoding needs from its host that a browser cannot give synchronously: fast UTF-8 validation,
 * gzip, the statistical encoding guess (chardet, loaded lazily), and the language detector (eld, lazily). The defaults here use only what
 * every JavaScript runtime has, so `deboil/core` bundles for browsers; the main entry installs Node's
 * faster or richer versions (node-platform.ts) before any page is cleaned.
 */
export interface EncodingGuess {
  name: string;
  confidence: number;
}

export interface Platform {
  isUtf8(bytes: Uint8Array): boolean;
  /** Decompresses gzip, stopping at maxBytes; null where the host has no synchronous gzip. */
  gunzip: ((bytes: Uint8Array, maxBytes: number) => Uint8Array) | null;
  /** Ranked guesses of a sample's encoding; null where no guesser is loaded (windows-1252 is then the default). */
  guessEncoding: ((sample: Uint8Array) => EncodingGuess[]) | null;
  /** The language of a stretch of prose (ISO 639-1), or null when unsure; null where no detector is loaded. */
  detectLanguage: ((text: string) => string | null) | null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export const platform: Platform = {
  isUtf8(bytes) {
    try {
      strictUtf8.decode(bytes);
      return true;
    } catch {
      return false;
    }
  },
  gunzip: null,
  guessEncoding: null,
  detectLanguage: null,
};

export function installPlatform(overrides: Partial<Platform>): void {
  Object.assign(platform, overrides);
}
