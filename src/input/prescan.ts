/**
 * The WHATWG "prescan a byte stream to determine its encoding" algorithm (HTML Standard, 13.2.3.2), as
 * browsers run it over the first 1024 bytes: it skips comments and other tags, reads `<meta charset>`
 * and `<meta http-equiv="content-type" content="...; charset=...">` with the browser's own attribute
 * rules, and maps the label to an encoding name. Written as a byte loop rather than a regular expression
 * so that quoting, comments and attribute order behave exactly as in a browser.
 */

/** Browsers look for a declaration in this many leading bytes. */
export const PRESCAN_BYTES = 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const BANG = 0x21;
const QUESTION = 0x3f;
const DASH = 0x2d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

const isSpace = (b: number | undefined) => b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
const isLetter = (b: number | undefined) => b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
const lower = (b: number) => (b >= 0x41 && b <= 0x5a ? b + 0x20 : b);

/** The canonical WHATWG name for an encoding label, or null when no decoder knows it. */
export function encodingForLabel(label: string): string | null {
  const trimmed = label.trim().toLowerCase();
  // The Encoding Standard maps x-user-defined to windows-1252 for HTML; Node's TextDecoder lacks it.
  if (trimmed === 'x-user-defined') return 'windows-1252';
  try {
    return new TextDecoder(trimmed).encoding;
  } catch {
    return null;
  }
}

/** The encoding named by a `content` value such as "text/html; charset=euc-kr" (HTML Standard 2.5.7). */
export function charsetFromContent(content: string): string | null {
  const s = content.toLowerCase();
  let from = 0;
  for (;;) {
    const at = s.indexOf('charset', from);
    if (at < 0) return null;
    let i = at + 'charset'.length;
    while (isSpace(s.charCodeAt(i))) i++;
    if (s[i] !== '=') {
      from = i;
      continue;
    }
    i++;
    while (isSpace(s.charCodeAt(i))) i++;
    const quote = s[i];
    if (quote === '"' || quote === "'") {
      const end = s.indexOf(quote, i + 1);
      return end < 0 ? null : encodingForLabel(s.slice(i + 1, end));
    }
    if (i >= s.length) return null;
    let end = i;
    while (end < s.length && !isSpace(s.charCodeAt(end)) && s[end] !== ';') end++;
    return encodingForLabel(s.slice(i, end));
  }
}

/** A byte cursor over the prescan window; reading past the end ends the prescan. */
class Cursor {
  pos = 0;
  constructor(readonly bytes: Uint8Array) {}
  get byte(): number | undefined {
    return this.bytes[this.pos];
  }
  startsWith(ascii: string, caseInsensitive = false): boolean {
    for (let i = 0; i < ascii.length; i++) {
      const b = this.bytes[this.pos + i];
      if (b === undefined) return false;
      if ((caseInsensitive ? lower(b) : b) !== ascii.charCodeAt(i)) return false;
    }
    return true;
  }
  skipTo(target: number): void {
    while (this.pos < this.bytes.length && this.bytes[this.pos] !== target) this.pos++;
  }
}

/** "Get an attribute": one name/value pair of the tag at the cursor, or null at the tag's end. */
function nextAttribute(c: Cursor): { name: string; value: string } | null {
  while (isSpace(c.byte) || c.byte === SLASH) c.pos++;
  if (c.byte === undefined || c.byte === GT) return null;
  let name = '';
  let value = '';
  for (;;) {
    const b = c.byte;
    if (b === undefined) return null;
    if (b === EQUALS && name !== '') {
      c.pos++;
      break;
    }
    if (isSpace(b)) {
      while (isSpace(c.byte)) c.pos++;
      if (c.byte !== EQUALS) return { name, value: '' };
      c.pos++;
      break;
    }
    if (b === SLASH || b === GT) return { name, value: '' };
    name += String.fromCharCode(lower(b));
    c.pos++;
  }
  while (isSpace(c.byte)) c.pos++;
  const first = c.byte;
  if (first === undefined) return null;
  if (first === DOUBLE_QUOTE || first === SINGLE_QUOTE) {
    for (c.pos++; c.byte !== first; c.pos++) {
      if (c.byte === undefined) return null;
      value += String.fromCharCode(lower(c.byte));
    }
    c.pos++;
    return { name, value };
  }
  if (first === GT) return { name, value: '' };
  while (c.byte !== undefined && !isSpace(c.byte) && c.byte !== GT) {
    value += String.fromCharCode(lower(c.byte));
    c.pos++;
  }
  return c.byte === undefined ? null : { name, value };
}

/** The charset of one `<meta>` tag whose attributes start at the cursor, or null if it declares none. */
function metaCharset(c: Cursor): string | null {
  const seen = new Set<string>();
  let gotPragma = false;
  let needPragma: boolean | null = null;
  let charset: string | null = null;
  for (let attr = nextAttribute(c); attr; attr = nextAttribute(c)) {
    if (seen.has(attr.name)) continue;
    seen.add(attr.name);
    if (attr.name === 'http-equiv' && attr.value === 'content-type') gotPragma = true;
    else if (attr.name === 'content' && charset === null) {
      const fromContent = charsetFromContent(attr.value);
      if (fromContent) {
        charset = fromContent;
        needPragma = true;
      }
    } else if (attr.name === 'charset') {
      charset = encodingForLabel(attr.value);
      needPragma = false;
    }
  }
  if (needPragma === null || (needPragma && !gotPragma) || !charset) return null;
  // A page that reached us as ASCII-compatible bytes cannot really be UTF-16; browsers read the claim as UTF-8.
  return charset === 'utf-16le' || charset === 'utf-16be' ? 'utf-8' : charset;
}

/** The encoding declared in the first 1024 bytes, as a browser's prescan finds it, or null. */
export function prescanEncoding(bytes: Uint8Array): string | null {
  const c = new Cursor(bytes.subarray(0, PRESCAN_BYTES));
  while (c.pos < c.bytes.length) {
    if (c.startsWith('<!--')) {
      // The comment ends at the first "-->" whose dashes may overlap the opening ones ("<!-->").
      c.pos += 2;
      while (c.pos < c.bytes.length && !(c.byte === GT && c.bytes[c.pos - 1] === DASH && c.bytes[c.pos - 2] === DASH)) c.pos++;
    } else if (c.startsWith('<meta', true) && (isSpace(c.bytes[c.pos + 5]) || c.bytes[c.pos + 5] === SLASH)) {
      c.pos += 6;
      const charset = metaCharset(c);
      if (charset) return charset;
    } else if (c.byte === LT && (isLetter(c.bytes[c.pos + 1]) || (c.bytes[c.pos + 1] === SLASH && isLetter(c.bytes[c.pos + 2])))) {
      while (c.pos < c.bytes.length && !isSpace(c.bytes[c.pos]) && c.bytes[c.pos] !== GT) c.pos++;
      while (nextAttribute(c)) {}
    } else if (c.byte === LT && (c.bytes[c.pos + 1] === BANG || c.bytes[c.pos + 1] === SLASH || c.bytes[c.pos + 1] === QUESTION)) {
      c.skipTo(GT);
    }
    c.pos++;
  }
  return null;
}
