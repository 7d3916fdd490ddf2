import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, clean, DeboilError, type ErrorCode, type Options } from '../src/index.js';

/**
 * For any input at all, clean() returns a schema-valid Article or throws a DeboilError whose code says
 * what is wrong with the input. INTERNAL and INVALID_OUTPUT are bugs in deboil, so they fail the property.
 */
const INPUT_ERRORS: readonly ErrorCode[] = ['EMPTY_INPUT', 'NOT_A_PAGE', 'TOO_LARGE', 'DECODE_FAILED'];

function outcome(input: string | Uint8Array, options?: Options): Article | ErrorCode {
  try {
    return clean(input, options);
  } catch (error) {
    if (!(error instanceof DeboilError)) throw error;
    if (!INPUT_ERRORS.includes(error.code)) throw new Error(`${error.code}: ${error.message}`, { cause: error });
    return error.code;
  }
}

function holds(input: string | Uint8Array, options?: Options): boolean {
  const result = outcome(input, options);
  if (typeof result === 'string') return true;
  // The body's documented shape: blocks separated by one blank line, no NBSP, no runs of spaces.
  return !/\n{3,}|\u00a0| {2}/.test(result.body) && result.body === result.body.trim();
}

// Pieces of markup that pages are made of, including the awkward ones.
const TEXT = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('Leave a Reply', 'Share this:', '&nbsp;', '&amp;', '&#x0;', '&#xD800;', 'May 16, 2018', '© 2020 Outlet', '|', '\u00ad'),
);
const TAG = fc.constantFrom(
  'p',
  'div',
  'article',
  'span',
  'a',
  'h1',
  'h2',
  'li',
  'ul',
  'table',
  'tr',
  'td',
  'pre',
  'br',
  'nav',
  'script',
  'style',
);
const ATTRIBUTE = fc.oneof(
  fc.constantFrom('class="comments"', 'id="main"', 'hidden', 'style="display:none"', 'aria-hidden="true"', 'href="javascript:x()"'),
  fc.tuple(fc.constantFrom('class', 'id', 'title'), fc.string({ maxLength: 12 })).map(([k, v]) => `${k}="${v.replace(/"/g, '')}"`),
);
const JSON_LD = fc.json({ maxDepth: 4 }).map((json) => `<script type="application/ld+json">${json}</script>`);
const META = fc
  .tuple(fc.constantFrom('og:title', 'og:site_name', 'author', 'article:published_time', 'description'), fc.string({ maxLength: 30 }))
  .map(([k, v]) => `<meta property="${k}" content="${v.replace(/"/g, '')}">`);
const FRAGMENT: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    TEXT,
    JSON_LD,
    META,
    fc.constantFrom(
      '<!-- comment -->',
      '<!--',
      '</div>',
      '<',
      '>',
      '<br/>',
      '<![CDATA[x]]>',
      '<!DOCTYPE html>',
      '<meta charset="shift_jis">',
    ),
    fc
      .tuple(TAG, fc.array(ATTRIBUTE, { maxLength: 2 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean())
      .map(([tag, attrs, children, closed]) => `<${[tag, ...attrs].join(' ')}>${children.join('')}${closed ? `</${tag}>` : ''}`),
  ),
})).node;
const PAGE = fc
  .tuple(fc.array(FRAGMENT, { maxLength: 3 }), fc.array(FRAGMENT, { maxLength: 6 }))
  .map(([head, body]) => `<html><head>${head.join('')}</head><body>${body.join('\n')}</body></html>`);

describe('property: any input gives a valid article or an input error', () => {
  it('arbitrary Unicode strings, lone surrogates and control characters included', () => {
    const anyChar = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
    );
    fc.assert(
      fc.property(anyChar, (s) => holds(s)),
      { numRuns: 2000 },
    );
  });

  it('arbitrary line-structured text dumps', () => {
    const line = fc.oneof(TEXT, fc.lorem({ maxCount: 30, mode: 'sentences' }), fc.constant(''));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (lines, explain) => holds(lines.join('\n'), { explain })),
      { numRuns: 1000 },
    );
  });

  it('arbitrary HTML built from the pieces pages are made of', () => {
    fc.assert(
      fc.property(PAGE, fc.boolean(), (html, explain) => holds(html, { explain })),
      { numRuns: 1500 },
    );
  });

  it('the same HTML as bytes, in the encodings deboil sniffs', () => {
    fc.assert(
      fc.property(PAGE, fc.constantFrom('utf-8', 'utf-16le', 'utf-16be'), (html, encoding) => {
        const utf8 = new TextEncoder().encode(html);
        if (encoding === 'utf-8') return holds(utf8);
        const units = new Uint8Array(html.length * 2 + 2);
        const view = new DataView(units.buffer);
        view.setUint16(0, 0xfeff, encoding === 'utf-16le');
        for (let i = 0; i < html.length; i++) view.setUint16(2 + 2 * i, html.charCodeAt(i), encoding === 'utf-16le');
        return holds(units);
      }),
      { numRuns: 500 },
    );
  });

  it('arbitrary bytes, raw or behind a gzip or BOM header', () => {
    const prefix = fc.constantFrom([], [0x1f, 0x8b], [0x1f, 0x8b, 0x08, 0x00], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(
      fc.property(
        prefix,
        fc.uint8Array({ maxLength: 2000 }),
        fc.option(fc.constantFrom('shift_jis', 'utf-16be', 'gbk')),
        (head, body, encoding) => holds(new Uint8Array([...head, ...body]), encoding ? { encoding } : {}),
      ),
      { numRuns: 2000 },
    );
  });

  it('a tiny maxBytes is TOO_LARGE, never anything else', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 20, maxLength: 100 }), (s) => {
        const result = outcome(new TextEncoder().encode(s), { maxBytes: 10 });
        expect(result).toBe('TOO_LARGE');
      }),
      { numRuns: 200 },
    );
  });
});
