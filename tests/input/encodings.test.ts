import '../../src/input/node-platform.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { clean, cleanFile } from '../../src/index.js';
import { decodeAs, decodeBytes, sniffEncoding } from '../../src/input/decode.js';
import { charsetFromContent, prescanEncoding } from '../../src/input/prescan.js';
import { FIXTURES } from '../helpers.js';

// fixtures/encodings/: legacy-encoded pages written by scripts/make-encoding-fixtures.mjs from samples.json.
interface Sample {
  file: string;
  text: string;
  encoding: string;
  sniffed: string;
  kind?: 'text';
}
const DIR = join(FIXTURES, 'encodings');
const samples = JSON.parse(readFileSync(join(DIR, 'samples.json'), 'utf8')) as {
  texts: Record<string, { title: string; paragraphs: string[] }>;
  files: Sample[];
};
const ascii = (s: string) => new TextEncoder().encode(s);

describe.each(samples.files)('$file', (sample) => {
  const bytes = readFileSync(join(DIR, sample.file));
  const text = samples.texts[sample.text] as { title: string; paragraphs: string[] };

  it(`is sniffed as ${sample.sniffed}`, () => {
    expect(sniffEncoding(bytes).encoding).toBe(sample.sniffed);
  });

  it('decodes to the exact Unicode text, without mojibake', () => {
    const decoded = decodeBytes(bytes, { maxBytes: 1_000_000 }).join('');
    expect(decoded).not.toContain('\ufffd');
    for (const paragraph of text.paragraphs) expect(decoded).toContain(paragraph);
  });

  it('cleans to the exact title and body paragraphs', async () => {
    const article = await cleanFile(join(DIR, sample.file));
    expect(article.title).toBe(text.title);
    expect(article.body).toBe(text.paragraphs.join('\n\n'));
  });
});

describe('encoding sniffing order', () => {
  const page = (head: string) => ascii(`<html><head>${head}</head><body><p>caf\u00e9</p></body></html>`);

  it('reads <meta charset> and http-equiv in any attribute order and quoting, as browsers do', () => {
    expect(prescanEncoding(ascii('<meta charset=utf-8>'))).toBe('utf-8');
    expect(prescanEncoding(ascii('<META CHARSET="Shift_JIS">'))).toBe('shift_jis');
    expect(prescanEncoding(ascii("<meta content='text/html; charset=euc-kr' http-equiv='Content-Type'>"))).toBe('euc-kr');
    expect(prescanEncoding(ascii('<meta http-equiv=content-type content="text/html;charset = gb2312">'))).toBe('gbk');
    expect(prescanEncoding(ascii('<meta/charset=latin1>'))).toBe('windows-1252');
  });

  it('ignores declarations a browser ignores', () => {
    // content= without http-equiv="content-type" is not a declaration
    expect(prescanEncoding(ascii('<meta content="text/html; charset=koi8-r">'))).toBeNull();
    // inside a comment, inside another tag's attribute, past the first 1024 bytes, or an unknown label
    expect(prescanEncoding(ascii('<!-- <meta charset="koi8-r"> -->'))).toBeNull();
    expect(prescanEncoding(ascii('<div title="<meta charset=koi8-r>">'))).toBeNull();
    expect(prescanEncoding(ascii(`${' '.repeat(1024)}<meta charset="koi8-r">`))).toBeNull();
    expect(prescanEncoding(ascii('<meta charset="no-such-encoding">'))).toBeNull();
    // the first declaration wins
    expect(prescanEncoding(ascii('<meta charset="koi8-r"><meta charset="utf-8">'))).toBe('koi8-r');
  });

  it('reads a UTF-16 declaration in ASCII bytes as UTF-8, and x-user-defined as windows-1252', () => {
    expect(prescanEncoding(ascii('<meta charset="utf-16">'))).toBe('utf-8');
    expect(prescanEncoding(ascii('<meta charset="x-user-defined">'))).toBe('windows-1252');
  });

  it('extracts a charset from a content value by the HTML Standard rules', () => {
    expect(charsetFromContent('text/html; charset="iso-8859-2"')).toBe('iso-8859-2');
    expect(charsetFromContent('text/html; charsetx; charset=windows-1251;q=1')).toBe('windows-1251');
    expect(charsetFromContent('text/html; charset="unterminated')).toBeNull();
    expect(charsetFromContent('text/html')).toBeNull();
  });

  it('puts a BOM before everything, then --encoding, then valid non-ASCII UTF-8, then the declaration, then UTF-8, then a guess', () => {
    const bomUtf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...page('<meta charset="koi8-r">')]);
    expect(sniffEncoding(bomUtf8, 'shift_jis')).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(sniffEncoding(page('<meta charset="koi8-r">'), 'shift_jis')).toMatchObject({ encoding: 'shift_jis', source: 'forced' });
    const koi8 = new Uint8Array([...ascii('<meta charset="koi8-r"><p>'), 0xd0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, ...ascii('</p>')]);
    expect(sniffEncoding(koi8)).toMatchObject({ encoding: 'koi8-r', source: 'declared' });
    expect(decodeBytes(koi8, { maxBytes: 1000 }).join('')).toContain('привет');
    // Valid UTF-8 with non-ASCII text outranks a legacy declaration: a transcoded page whose <meta> went stale.
    expect(sniffEncoding(page('<meta charset="koi8-r">'))).toMatchObject({ encoding: 'utf-8', source: 'utf-8-over-declared' });
    expect(sniffEncoding(ascii('<meta charset="gb2312"><p>plain ASCII</p>'))).toMatchObject({ encoding: 'gbk', source: 'declared' });
    expect(sniffEncoding(page(''))).toMatchObject({ encoding: 'utf-8', source: 'utf-8' });
  });

  it('recognises BOM-less UTF-16 even when its text is pure ASCII (which is also valid UTF-8)', () => {
    const html = '<html><body><p>Plain ASCII text, stored as UTF-16 without a byte-order mark.</p></body></html>';
    const le = new Uint8Array(html.length * 2);
    const be = new Uint8Array(html.length * 2);
    for (let i = 0; i < html.length; i++) {
      le[2 * i] = html.charCodeAt(i);
      be[2 * i + 1] = html.charCodeAt(i);
    }
    expect(sniffEncoding(le)).toMatchObject({ encoding: 'utf-16le', source: 'utf-16-pattern' });
    expect(sniffEncoding(be)).toMatchObject({ encoding: 'utf-16be', source: 'utf-16-pattern' });
    expect(clean(be).body).toBe('Plain ASCII text, stored as UTF-16 without a byte-order mark.');
  });

  it('falls back to windows-1252 when nothing else fits', () => {
    const latin = new Uint8Array([...ascii('<p>Caf'), 0xe9, ...ascii(' au lait</p>')]);
    expect(sniffEncoding(latin).encoding).toBe('windows-1252');
    expect(decodeBytes(latin, { maxBytes: 1000 }).join('')).toBe('<p>Café au lait</p>');
  });

  it.each(['utf-8', 'utf-16le', 'utf-16be', 'shift_jis', 'gbk', 'windows-1252'])(
    'decodes %s in pieces, carrying characters split across piece boundaries',
    (encoding) => {
      // Over 100 KB of mixed one-, two- and three-byte characters, so pieces end inside characters.
      const sample =
        encoding === 'windows-1252' ? 'Caf\u00e9 \u201cquoted\u201d \u20ac5 ' : 'a \u65e5\u672c\u8a9e\u306e\u6587\u7ae0\u3002 ';
      const text = sample.repeat(12_000);
      const pieces = decodeAs(encoding, iconv.encode(text, encoding));
      expect(pieces.length).toBeGreaterThan(2);
      expect(pieces.join('')).toBe(text);
    },
  );

  it('decodes windows-1252 by the WHATWG table, not as Latin-1 (Node 20 takes that shortcut)', () => {
    const high = Array.from({ length: 32 }, (_, i) => 0x80 + i).filter((b) => ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    expect(decodeAs('windows-1252', new Uint8Array(high)).join('')).toBe(iconv.decode(Buffer.from(high), 'windows-1252'));
    expect(decodeAs('windows-1252', new Uint8Array([0x93, 0x80, 0x94])).join('')).toBe('“€”');
  });

  it('--encoding forces one, and an unknown label is a BAD_OPTIONS error', () => {
    const koi8 = iconv.encode('<html><body><p>Привет, мир: это проверка кодировки.</p></body></html>', 'koi8-r');
    expect(clean(koi8, { encoding: 'koi8-r' }).body).toBe('Привет, мир: это проверка кодировки.');
    expect(() => clean(koi8, { encoding: 'klingon' })).toThrow(expect.objectContaining({ code: 'BAD_OPTIONS' }));
  });

  it('reads a UTF-8 BOM in a string given to clean()', () => {
    const article = clean('\ufeff<html><body><p>Hello there, a page with a byte-order mark.</p></body></html>');
    expect(article.body).toBe('Hello there, a page with a byte-order mark.');
  });
});
