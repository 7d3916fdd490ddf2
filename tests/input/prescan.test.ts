import { getEncoding } from 'encoding-sniffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prescanEncoding } from '../../src/input/prescan.js';

/**
 * Our prescan against encoding-sniffer's, the maintained implementation of the same WHATWG algorithm
 * (cheerio's). deboil keeps its own: encoding-sniffer's only entry pulls in node:stream and iconv-lite,
 * which `deboil/core` must not, and it cannot say "no declaration" (it answers windows-1252 then). As an
 * oracle here it checks our byte loop on heads built from the shapes that trip prescanners, with known
 * labels: on empty, unknown and repeated declarations encoding-sniffer departs from the standard, and
 * the cases below pin the standard's answer.
 */

// Never declared by our heads, so it stands for "no declaration" in encoding-sniffer's answer.
const NONE = 'IBM866';
const theirs = (bytes: Uint8Array): string | null => {
  const name = getEncoding(Buffer.from(bytes), { defaultEncoding: NONE });
  return name === NONE ? null : name.toLowerCase();
};

const LABEL = fc.constantFrom(
  'utf-8',
  'UTF8',
  ' latin1 ',
  'iso-8859-2',
  'windows-1251',
  'Shift_JIS',
  'gb2312',
  'euc-kr',
  'koi8-r',
  'utf-16',
  'utf-16le',
  'x-user-defined',
);
const QUOTE = fc.constantFrom('"', "'", '');
const PIECE = fc.oneof(
  fc.tuple(LABEL, QUOTE).map(([l, q]) => `<meta charset=${q}${l}${q}>`),
  fc.tuple(LABEL, QUOTE).map(([l, q]) => `<META CHARSET=${q}${l}${q} />`),
  fc
    .tuple(LABEL, fc.boolean())
    .map(([l, first]) =>
      first
        ? `<meta http-equiv="Content-Type" content="text/html; charset=${l}">`
        : `<meta content='text/html;charset="${l}"' http-equiv=content-type>`,
    ),
  LABEL.map((l) => `<meta content="text/html; charset=${l}">`),
  LABEL.map((l) => `<!-- <meta charset="${l}"> -->`),
  LABEL.map((l) => `<!--><meta charset="${l}">`),
  LABEL.map((l) => `<div data-x="<meta charset=${l}>">`),
  LABEL.map((l) => `<script>document.write('<meta charset=${l}>')</script>`),
  fc.constantFrom(
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<title>Page</title>',
    '</p>',
    '<br/>',
    '<?php ?>',
    '<!x>',
    '< meta>',
    '\n  ',
    'text',
  ),
);
const HEAD = fc.array(PIECE, { maxLength: 8 }).map((pieces) => new TextEncoder().encode(pieces.join('')));

describe('the encoding prescan', () => {
  it('finds what encoding-sniffer finds, on heads of metas, comments, tags and attribute values', () => {
    fc.assert(
      fc.property(HEAD, (bytes) => {
        expect(prescanEncoding(bytes)).toBe(theirs(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('follows the standard where encoding-sniffer does not', () => {
    const at = (head: string) => prescanEncoding(new TextEncoder().encode(head));
    // A repeated attribute is ignored, so the empty first charset stands and the meta declares nothing.
    expect(at('<meta charset="" charset="utf-8">')).toBeNull();
    // An unknown label declares nothing, and the prescan goes on to the next meta.
    expect(at(`<meta content='text/html;charset="no-such-label"' http-equiv=content-type><meta charset="koi8-r">`)).toBe('koi8-r');
    // After a meta that declares nothing, a comment is still a comment.
    expect(at(`<meta content='text/html;charset=""' http-equiv=content-type><!-- <meta charset="utf-8"> -->`)).toBeNull();
  });

  it('stops at the first 1024 bytes, as browsers do', () => {
    const late = new TextEncoder().encode(`<!doctype html>${' '.repeat(1024)}<meta charset="koi8-r">`);
    expect(prescanEncoding(late)).toBeNull();
    expect(theirs(late)).toBeNull();
  });
});
