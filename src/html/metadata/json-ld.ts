import type { Element } from 'domhandler';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

/**
 * JSON-LD blocks, tolerant of the ways pages break them (trailing commas, raw newlines in strings, HTML
 * comments or CDATA around the JSON) and bounded so a hostile block cannot cost more than a page should.
 */
export type JsonObject = { [key: string]: unknown };

const MAX_JSON_LD_CHARS = 2_000_000;
const MAX_NODES = 2_000;

// Wrappers pages put around the JSON: an HTML comment, or CDATA with or without a `//` in front.
const WRAPPER_START = /^(?:<!--|(?:\/\/\s*)?<!\[CDATA\[)/;
const WRAPPER_END = /(?:-->|(?:\/\/ ?)?\]\]>)$/;
// When nothing parses, the dates can still be read one by one: they are what a broken block most often
// costs us, and a date is checked by its own parser. A headline is not salvaged: a fragment from broken
// JSON would outrank the page's meta and <title>.
const SALVAGED_KEYS = ['datePublished', 'dateModified'] as const;
const MAX_SALVAGED_CHARS = 400;

function salvage(text: string): JsonObject | undefined {
  if (!/"@type"\s*:\s*"[A-Za-z]*(?:Article|Posting)"/.test(text)) return undefined;
  const node: JsonObject = { '@type': 'Article' };
  for (const key of SALVAGED_KEYS) {
    const m = new RegExp(`"${key}"\\s*:\\s*"([^"\\\\]{1,${MAX_SALVAGED_CHARS}})"`).exec(text);
    if (m?.[1]) node[key] = m[1];
  }
  return Object.keys(node).length > 1 ? node : undefined;
}

function parseLenient(raw: string): unknown {
  let text = raw.trim();
  while (WRAPPER_START.test(text) || WRAPPER_END.test(text)) text = text.replace(WRAPPER_START, '').replace(WRAPPER_END, '').trim();
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Common breakage: trailing commas and control characters (raw newlines) inside strings.
      return JSON.parse(text.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return salvage(text);
    }
  }
}

/** A script's source: its text children, which the parser keeps raw. */
const scriptText = (el: Element): string => el.children.map((c) => (c.type === 'text' ? c.data : '')).join('');

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in the page's JSON-LD that has an @type, with @graph and arrays flattened, breadth first. */
export function jsonLdNodes(scripts: readonly Element[]): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const el of scripts) {
    const raw = scriptText(el);
    if (raw.length > MAX_JSON_LD_CHARS) continue;
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
  }
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

// Named references seen left over in JSON-LD and meta values; numeric ones are decoded by number.
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
};
const ENTITY = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi;

const MAX_CACHED_REFERENCES = 4096;
const decodedByParser = new Map<string, string>();
/**
 * Any other named reference ("Redacci&oacute;n"), decoded by the HTML parser's own table: the one
 * reference alone is parsed, never the value around it, whose "<" may be text.
 */
function namedEntity(reference: string): string {
  let decoded = decodedByParser.get(reference);
  if (decoded === undefined) {
    decoded = textContent(parseDocument(reference, { decodeEntities: true }));
    // HTML names about 2,200 references; a page inventing more does not grow the cache past that.
    if (decodedByParser.size >= MAX_CACHED_REFERENCES) decodedByParser.clear();
    decodedByParser.set(reference, decoded);
  }
  return decoded;
}

/**
 * CMSs write JSON-LD and meta values HTML-escaped ("Tom &amp; Jerry &#8211; …"); JSON.parse and a single
 * attribute decode leave those references in. Two rounds undo a double escape ("&amp;#8211;").
 */
export function decodeEntities(text: string): string {
  let out = text;
  for (let round = 0; round < 2 && out.includes('&'); round++) {
    out = out.replace(ENTITY, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? namedEntity(whole);
      const code = dec ? Number(dec) : Number.parseInt(hex ?? '', 16);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    });
  }
  return out;
}

/** A string property, or the `name` of an object property, or the first of an array of either. */
export function stringOf(value: unknown, depth = 0): string | null {
  if (typeof value === 'string') return decodeEntities(value).trim() || null;
  if (Array.isArray(value)) {
    if (depth >= MAX_VALUE_DEPTH) return null;
    for (const v of value) {
      const s = stringOf(v, depth + 1);
      if (s) return s;
    }
    return null;
  }
  if (isObject(value) && typeof value.name === 'string') return decodeEntities(value.name).trim() || null;
  return null;
}

/** Names from an author-like property: a string, an object with name, or an array of those. */
export function namesOf(value: unknown, graph: readonly JsonObject[] = []): string[] {
  const list = Array.isArray(value) ? value : [value];
  // Yoast's @graph names the author in a Person node the article points to: `"author": {"@id": "#/person/1"}`.
  const resolve = (v: unknown): unknown =>
    isObject(v) && typeof v.name !== 'string' && typeof v['@id'] === 'string' ? (graph.find((n) => n['@id'] === v['@id']) ?? v) : v;
  return list
    .map(resolve)
    .map((v) => (typeof v === 'string' ? v : isObject(v) && typeof v.name === 'string' ? v.name : ''))
    .map((s) => decodeEntities(s).trim())
    .filter(Boolean);
}
