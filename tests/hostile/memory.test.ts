import { describe, expect, it } from 'vitest';
import { measureInChild } from '../../bench/hostile.js';

// Peak RSS per input byte, measured in a fresh process (process.resourceUsage().maxRSS above the
// baseline of Node with deboil loaded). Element-dense pages cost a DOM node per few bytes: 95-205x
// measured at 2 MB (2026-12-03); text-like pages 5-30x. The bounds leave room for GC timing.
const BOUNDS: [family: string, maxPerByte: number][] = [
  ['li-p', 300],
  ['implied-mix', 300],
  ['siblings', 300],
  ['unclosed-inline', 200],
  ['open-inlines-above', 300],
  ['deep-lists', 300],
  ['many-hr', 300],
  ['one-line-html', 60],
  ['one-line-text', 40],
  ['unclosed-cdata', 60],
  ['combining-marks', 60],
];

describe.each(BOUNDS)('peak memory of hostile family %s', (family, maxPerByte) => {
  it(`stays under ${maxPerByte}x the input at 2 MB`, { timeout: 120_000 }, () => {
    const m = measureInChild(family, 2);
    expect(m.peakRss / m.inputBytes).toBeLessThan(maxPerByte);
  });
});
