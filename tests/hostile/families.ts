/**
 * Generated pathological inputs, by family: each family is a repeated unit that some part of the
 * pipeline once handled in time or memory worse than linear in the input. tests/hostile/scaling.test.ts
 * checks that each one cleans in linear time, tests/hostile/memory.test.ts bounds its peak memory, and
 * `npm run bench -- --hostile` (bench/hostile.ts) prints both per MB at 1, 2, 4 and 8 MB.
 */
export interface HostileFamily {
  name: string;
  /** Why this family is here: the path it once made superlinear. */
  why: string;
  inputKind: 'html' | 'text';
  /** An input of about `bytes` UTF-16 code units (one byte each, but for the marks family). */
  make: (bytes: number) => string;
  /** A piece of text the article must keep whatever the size. */
  keeps: string;
}

const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const PROSE = 'The harbour master said the new pier would open in spring, weather permitting. ';
const page = (body: string) => `<!DOCTYPE html><html><head><title>Hostile</title></head><body><p>${PROSE}</p>${body}</body></html>`;

export const HOSTILE_FAMILIES: readonly HostileFamily[] = [
  {
    name: 'li-p',
    why: 'htmlparser2 closes an open <li> only when it is on top, so every <li><p> pair stays open',
    inputKind: 'html',
    make: (bytes) => page(repeatTo('<li><p>word ', bytes)),
    keeps: 'word\n\nword',
  },
  {
    name: 'implied-mix',
    why: 'five tags that each imply closing another, none of them on top when the next comes',
    inputKind: 'html',
    make: (bytes) => page(repeatTo('<dd><li><dt><option><tr>x ', bytes)),
    keeps: 'x\n\nx',
  },
  {
    name: 'unclosed-inline',
    why: 'never-closed <b> tags: the open-element stack grows by one per tag',
    inputKind: 'html',
    make: (bytes) => page(repeatTo('<b>word ', bytes)),
    keeps: 'word word',
  },
  {
    name: 'unclosed-block',
    why: 'never-closed <div><span> pairs, block and inline',
    inputKind: 'html',
    make: (bytes) => page(repeatTo('<div><span>word ', bytes)),
    keeps: 'word\n\nword',
  },
  {
    name: 'stray-closers',
    why: 'closing tags of elements that are not open, each searched for through the whole open stack',
    inputKind: 'html',
    make: (bytes) => page(repeatTo('<b>word </i></u>', bytes)),
    keeps: 'word word',
  },
  {
    name: 'deep-closers',
    why: 'a closing tag of the element at the bottom of a deep stack, reopened each time',
    inputKind: 'html',
    make: (bytes) => page(`<section>${repeatTo('<b><i>word </section><section>', bytes)}</section>`),
    keeps: 'word',
  },
  {
    name: 'svg-nesting',
    why: 'htmlparser2 keeps a second stack for foreign content (svg, math), also top first',
    inputKind: 'html',
    make: (bytes) => page(repeatTo('<svg><g><math>x ', bytes)),
    keeps: 'harbour master',
  },
  {
    name: 'siblings',
    why: 'hundreds of thousands of sibling elements in one parent (splicing each out was quadratic)',
    inputKind: 'html',
    make: (bytes) => page(`<p>${repeatTo('<i>a</i> ', bytes)}</p>`),
    keeps: 'a a a',
  },
  {
    name: 'button-siblings',
    why: 'furniture siblings the pruner removes one by one',
    inputKind: 'html',
    make: (bytes) => page(`<div>${repeatTo('<button>Share</button>', bytes)}<p>${PROSE}</p></div>`),
    keeps: 'harbour master',
  },
  {
    name: 'unclosed-cdata',
    why: 'an unclosed <![CDATA[ in body HTML swallowed the rest of the page, which browsers show',
    inputKind: 'html',
    make: (bytes) => page(`<p>Before the section.</p><![CDATA[ <p>${repeatTo('word ', bytes)}</p>`),
    keeps: 'word word',
  },
  {
    name: 'unclosed-comment',
    why: 'an unclosed <!-- runs to the end of the page',
    inputKind: 'html',
    make: (bytes) => page(`<p>Before the comment.</p><!-- ${repeatTo('word ', bytes)}`),
    keeps: 'harbour master',
  },
  {
    name: 'one-line-html',
    why: 'one paragraph with no line break, the whole page one text node',
    inputKind: 'html',
    make: (bytes) => page(`<p>${repeatTo('word, ', bytes)}</p>`),
    keeps: 'word, word',
  },
  {
    name: 'one-line-text',
    why: 'a plain-text dump with no line break (line-based stages see one huge line)',
    inputKind: 'text',
    make: (bytes) => `Hostile\n\n${PROSE}\n\n${repeatTo('word, ', bytes)}\n`,
    keeps: 'word, word',
  },
  {
    name: 'short-lines-text',
    why: 'a plain-text dump of very many one-word lines',
    inputKind: 'text',
    make: (bytes) => `Hostile\n\n${PROSE}\n\n${repeatTo('word\n', bytes)}`,
    keeps: 'harbour master',
  },
  {
    name: 'combining-marks',
    why: 'one letter carrying a long run of combining marks made normalisation take seconds per 100 KB',
    inputKind: 'html',
    make: (bytes) => page(`<p>${PROSE}Z${repeatTo('\u0301\u0308\u0327', bytes / 2)} end</p>`),
    keeps: ' end',
  },
  {
    name: 'many-attributes',
    why: 'one element with a very long run of attributes',
    inputKind: 'html',
    make: (bytes) => page(`<p ${repeatTo('a=1 ', bytes)}>${PROSE}</p>`),
    keeps: 'harbour master',
  },
];

export const familyNamed = (name: string): HostileFamily => {
  const family = HOSTILE_FAMILIES.find((f) => f.name === name);
  if (!family) throw new Error(`no hostile family ${name}`);
  return family;
};
