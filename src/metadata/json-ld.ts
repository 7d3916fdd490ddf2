import type { CheerioAPI } from 'cheerio/slim';

/**
 * JSON-LD blocks, tolerant of the ways pages break them (trailing commas, raw newlines in strings, HTML
 * comments or CDATA around the JSON) and bounded so a hostile block cannot cost more than a page should.
 */
export type JsonObject = { [key: string]: unknown };

const MAX_JSON_LD_CHARS = 2_000_000;
const MAX_NODES = 2_000;

function parseLenient(raw: string): unknown {
  const text = raw
    .trim()
    .replace(/^<!--|-->$/g, '')
    .replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')
    .trim();
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Common breakage: trailing commas and control characters (raw newlines) inside strings.
      return JSON.parse(text.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in the page's JSON-LD that has an @type, with @graph and arrays flattened, breadth first. */
export function jsonLdNodes($: CheerioAPI): JsonObject[] {
  const nodes: JsonObject[] = [];
  $('script[type="application/ld+json" i]').each((_, el) => {
    const raw = $(el).text();
    if (raw.length > MAX_JSON_LD_CHARS) return;
    const queue: unknown[] = [parseLenient(raw)];
    while (queue.length > 0 && nodes.length < MAX_NODES) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item.slice(0, MAX_NODES));
      else if (isObject(item)) {
        if (Object.hasOwn(item, '@type')) nodes.push(item);
        if (Array.isArray(item['@graph'])) queue.push(...item['@graph'].slice(0, MAX_NODES));
        if (isObject(item.mainEntity)) queue.push(item.mainEntity);
      }
    }
  });
  return nodes;
}

export function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const ARTICLE_TYPE = /(?:Article|BlogPosting|Report|Posting|Review|NewsArticle|LiveBlogPosting|Recipe)$/;

/** The node describing the article itself: an *Article type first, then a WebPage. */
export function articleNode(nodes: readonly JsonObject[]): JsonObject | undefined {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t))) ?? nodes.find((n) => typesOf(n).some((t) => /WebPage$/.test(t)));
}

/** Arrays inside a property are searched this deep at most: a hostile page nests 100,000 of them. */
const MAX_VALUE_DEPTH = 8;

/** A string property, or the `name` of an object property, or the first of an array of either. */
export function stringOf(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    if (depth >= MAX_VALUE_DEPTH) return null;
    for (const v of value) {
      const s = stringOf(v, depth + 1);
      if (s) return s;
    }
    return null;
  }
  if (isObject(value) && typeof value.name === 'string') return value.name.trim() || null;
  return null;
}

/** Names from an author-like property: a string, an object with name, or an array of those. */
export function namesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list
    .map((v) => (typeof v === 'string' ? v : isObject(v) && typeof v.name === 'string' ? v.name : ''))
    .map((s) => s.trim())
    .filter(Boolean);
}
