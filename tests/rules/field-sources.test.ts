import { describe, expect, it } from 'vitest';
import { PROVENANCE_SOURCES } from '../../src/article/schema.js';
import {
  AUTHOR_META_KEYS,
  AUTHOR_SOURCES,
  MODIFIED_META_KEYS,
  OUTLET_SOURCES,
  PUBLISHED_META_KEYS,
  PUBLISHED_SOURCES,
  SITE_NAME_META_KEYS,
  TITLE_META_KEYS,
  TITLE_SOURCES,
} from '../../src/rules/field-sources.js';

const orders = { TITLE_SOURCES, OUTLET_SOURCES, AUTHOR_SOURCES, PUBLISHED_SOURCES };
const metaKeys = { TITLE_META_KEYS, SITE_NAME_META_KEYS, AUTHOR_META_KEYS, PUBLISHED_META_KEYS, MODIFIED_META_KEYS };

describe('field sources', () => {
  it.each(Object.entries(orders))('%s gives each slot once, a reported source and a reason', (_name, order) => {
    const slots = order.map((entry) => entry.slot);
    expect(new Set(slots).size).toBe(slots.length);
    for (const entry of order) {
      expect(PROVENANCE_SOURCES).toContain(entry.source);
      expect(entry.why.length).toBeGreaterThan(20);
    }
  });

  it.each(Object.entries(metaKeys))('%s holds keys as the meta reader normalises them, each once', (_name, keys) => {
    for (const key of keys) expect(key).toMatch(/^[a-z0-9_:-]+$/);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('never reads a modified date as the publication date', () => {
    for (const key of MODIFIED_META_KEYS) expect(PUBLISHED_META_KEYS as readonly string[]).not.toContain(key);
  });
});
