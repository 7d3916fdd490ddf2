import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, cleanDocument } from '../../src/index.js';
import { FIXTURES } from '../helpers.js';

// A library caller's wrong types are BAD_INPUT / BAD_OPTIONS, never INTERNAL; bytes in any view are accepted.
const seed = readFileSync(join(FIXTURES, 'seed-global-research', 'input.txt'));

describe('library inputs of the wrong type', () => {
  it.each([null, undefined, 42, {}, [], true, new String('x'), Symbol('s'), () => 'x'])('clean(%s) is BAD_INPUT', (input) => {
    expect(() => clean(input as never)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it.each([null, undefined, 42, {}, 'html', { documentElement: { outerHTML: 5 } }])('cleanDocument(%s) is BAD_INPUT', (doc) => {
    expect(() => cleanDocument(doc as never)).toThrow(expect.objectContaining({ code: 'BAD_INPUT' }));
  });

  it.each([true, false, {}, [], null])('crawlDate %s is BAD_OPTIONS', (crawlDate) => {
    expect(() => clean(seed, { crawlDate: crawlDate as never })).toThrow(expect.objectContaining({ code: 'BAD_OPTIONS' }));
  });

  it('still takes a date string, a Date and epoch milliseconds', () => {
    for (const crawlDate of ['2024-05-16', new Date('2024-05-16'), Date.UTC(2024, 4, 16)]) {
      expect(clean(seed, { crawlDate }).outlet).toBe('Global Research');
    }
  });

  it.each([
    ['ArrayBuffer', () => seed.buffer.slice(seed.byteOffset, seed.byteOffset + seed.byteLength)],
    ['DataView', () => new DataView(seed.buffer, seed.byteOffset, seed.byteLength)],
    ['Int8Array', () => new Int8Array(seed.buffer, seed.byteOffset, seed.byteLength)],
    ['Uint8Array', () => new Uint8Array(seed)],
    ['Buffer', () => seed],
  ])('accepts a %s', (_name, make) => {
    expect(clean(make() as never)).toEqual(clean(seed.toString('utf8')));
  });
});
