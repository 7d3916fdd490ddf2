import { DeboilError } from '../errors.js';

export const tooLarge = (what: string, maxBytes: number) =>
  new DeboilError('TOO_LARGE', `${what}, over the limit of ${maxBytes} bytes`, {
    hint: 'raise --max-bytes (maxBytes) if the page is genuine',
  });
