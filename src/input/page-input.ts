import { DeboilError } from '../errors.js';

/** What the library accepts as a page: text, or bytes in any binary view (Buffer, Uint8Array, DataView...). */
export type PageInput = string | Uint8Array | ArrayBuffer | ArrayBufferView;

const describe = (value: unknown): string =>
  value === null ? 'null' : typeof value === 'object' ? (value.constructor?.name ?? 'an object') : typeof value;

/**
 * Checks a library caller's input at the door, so that a wrong type is BAD_INPUT rather than a crash
 * deep in the pipeline (INTERNAL); bytes in any view become a Uint8Array over the same memory.
 */
export function toPageInput(input: unknown): string | Uint8Array {
  if (typeof input === 'string' || input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer || input instanceof SharedArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new DeboilError('BAD_INPUT', `the input is ${describe(input)}, not a string or bytes`, {
    hint: 'pass the page as a string, a Buffer/Uint8Array or an ArrayBuffer',
  });
}

/** The HTML of a DOM Document; anything without a documentElement is BAD_INPUT. */
export function documentHtml(document: unknown): string {
  const root = (document as { documentElement?: { outerHTML?: unknown } | null } | null)?.documentElement;
  if (typeof document !== 'object' || document === null || root === undefined || (root !== null && typeof root.outerHTML !== 'string')) {
    throw new DeboilError('BAD_INPUT', `the document is ${describe(document)}, not a DOM Document`, {
      hint: 'pass a Document (jsdom, a browser, Playwright), or its HTML to clean()',
    });
  }
  return (root?.outerHTML as string) ?? '';
}
