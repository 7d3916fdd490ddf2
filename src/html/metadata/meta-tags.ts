import type { Element } from 'domhandler';
import { decodeEntities } from './json-ld.js';

/**
 * `<meta>` values keyed by name/property/itemprop, lower-cased with dots read as colons ("DC.title" and
 * "dc:title" are the same Dublin Core key, written both ways in the wild). A `property` attribute (RDFa, the
 * way Open Graph and Dublin Core define their keys) beats a `name` for the same key, which beats an
 * `itemprop`; within each, the first occurrence wins.
 */
export function metaTags(metas: readonly Element[]): Map<string, string> {
  const byAttribute = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>()] as const;
  for (const el of metas) {
    const attrs = el.attribs;
    // Some templates put the value in `value` instead of `content` (twitter:label1 and friends).
    const raw = (attrs.content ?? attrs.value)?.trim();
    const content = raw?.includes('&') ? decodeEntities(raw) : raw;
    if (!content) continue;
    [attrs.property, attrs.name, attrs.itemprop].forEach((key, rank) => {
      if (!key) return;
      const tags = byAttribute[rank] as Map<string, string>;
      // "og:title twitter:title" — some pages list several properties in one attribute.
      for (const k of key.toLowerCase().split(/\s+/)) {
        const normal = k.replace(/\./g, ':');
        if (normal && !tags.has(normal)) tags.set(normal, content);
      }
    });
  }
  const merged = new Map<string, string>();
  for (const tags of byAttribute) for (const [k, v] of tags) if (!merged.has(k)) merged.set(k, v);
  return merged;
}

/** The first present value among keys, in the order given (most trusted first). */
export function firstMeta(tags: ReadonlyMap<string, string>, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return { key, value };
  }
  return null;
}

/**
 * Every value given for one key, in document order: some pages list each author in its own tag. As in
 * metaTags, values from `property` attributes win over `name`, which win over `itemprop`.
 */
export function allMetaValues(metas: readonly Element[], key: string): string[] {
  for (const attribute of ['property', 'name', 'itemprop']) {
    const values: string[] = [];
    for (const el of metas) {
      const content = (el.attribs.content ?? el.attribs.value)?.trim();
      const keys = (el.attribs[attribute] ?? '').toLowerCase().split(/\s+/);
      if (content && keys.some((k) => k.replace(/\./g, ':') === key)) values.push(content);
    }
    if (values.length > 0) return values;
  }
  return [];
}
