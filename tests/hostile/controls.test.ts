import { describe, expect, it } from 'vitest';
import { normalizeBlock, normalizeLine } from '../../src/article/normalize.js';
import { clean } from '../../src/index.js';
import { HOSTILE_FAMILIES } from './families.js';

// No output string may hold a C0/C1 control character or an unpaired surrogate: neither is text, and a
// lone surrogate makes the JSON invalid for strict UTF-8 readers.
const FORBIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\p{Cs}/u;

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const noise = ['\u0085', '\u009d', '\u0080', '\u0001', '\u001b', '\u007f', '\ud800', '\udfff', '\udc00x\ud83d'];

describe('control characters and lone surrogates', () => {
  it.each(noise.map((n) => [JSON.stringify(n), n]))('normalizeLine drops %s', (_name, n) => {
    const out = normalizeLine(`one${n}two`);
    expect(out).not.toMatch(FORBIDDEN);
    expect(out).toMatch(/^one ?x?two$/);
  });

  it('NEL separates words, a surrogate pair survives', () => {
    expect(normalizeLine('one\u0085two')).toBe('one two');
    expect(normalizeBlock('a \ud83d\ude00 b\u009d')).toBe('a \ud83d\ude00 b');
  });

  const dirty = noise.join('');
  const pages = {
    html: `<html><head><title>Head${dirty}line</title><meta name="author" content="Ann${dirty} Lee"></head><body>
      <nav><a href="/">Home${dirty}</a> <a href="/x">Menu${dirty}</a></nav>
      <article><h1>Head${dirty}line</h1><p>${'A sentence of the article body with enough words. '.repeat(6)}${dirty}&#157;&#x85;end</p>
      <p>${'Another paragraph that belongs to the story itself. '.repeat(6)}</p></article>
      <footer>Footer${dirty} links</footer></body></html>`,
    text: `Head${dirty}line\n\nBy Ann${dirty} Lee\n\n${'A sentence of the article body with enough words. '.repeat(6)}${dirty}end\n\nHome | Menu${dirty}\n\n${'Another paragraph that belongs to the story itself. '.repeat(6)}\n`,
  };
  it.each(['html', 'text'] as const)('no output string of a %s page holds one, removed[].text included', (kind) => {
    const article = clean(pages[kind], { inputKind: kind, explain: true });
    expect(article.body).toContain('end');
    expect(article.removed?.length).toBeGreaterThan(0);
    for (const s of strings(article)) expect(s).not.toMatch(FORBIDDEN);
  });
});

// Every generated hostile family, small, in every output form: the characters its units inject (NULs,
// C1 controls, bidi floods, lone surrogates, noise bytes decoded as windows-1252) never reach the output.
describe.each(HOSTILE_FAMILIES)('hostile family $name, 16 KB', (family) => {
  const input = family.make(16 * 1024);
  it.each([
    ['json with explain and comments', { explain: true, comments: true }],
    ['html', { format: 'html' }],
    ['markdown', { format: 'markdown' }],
    ['text', { format: 'text' }],
  ] as const)('%s: schema-valid, no control character or lone surrogate', (_name, options) => {
    const out: unknown = clean(input, { inputKind: family.inputKind, ...options });
    for (const s of strings(out)) expect(s).not.toMatch(FORBIDDEN);
  });
});
