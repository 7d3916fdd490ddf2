/**
 * Generated pathological inputs, by family: each family is a repeated unit (or one huge part) that a
 * hostile page or text dump may hold. The first ones are units some part of the pipeline once handled
 * in time or memory worse than linear in the input; the variants after them try each class of input
 * the way an attacker would (other tags, other places, other sizes). tests/hostile/scaling.test.ts
 * checks that each one cleans in linear time, tests/hostile/memory.test.ts bounds its peak memory, and
 * `npm run bench -- --hostile` (bench/hostile.ts) prints both per MB at 1, 2, 4 and 8 MB.
 */
export interface HostileFamily {
  name: string;
  /** Why this family is here: the path it once made superlinear. */
  why: string;
  inputKind: 'html' | 'text';
  /** An input of about `bytes` UTF-16 code units (one byte each but for non-Latin text), or of bytes. */
  make: (bytes: number) => string | Uint8Array;
  /** A piece of text the article must keep whatever the size. */
  keeps: string;
}

const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.ceil(bytes / unit.length)));
const PROSE = 'The harbour master said the new pier would open in spring, weather permitting. ';
const page = (body: string, head = '') =>
  `<!DOCTYPE html><html><head><title>Hostile</title>${head}</head><body><p>${PROSE}</p>${body}</body></html>`;
/** Prose past the 8 KB that the binary-data sniff reads, so that what follows it is page content. */
const LEAD = `<p>${PROSE.repeat(120)}</p>`;
/** Nested `depth` times: `open` repeated, the middle, `close` repeated. */
const nested = (open: string, middle: string, close: string, bytes: number) => {
  const depth = Math.ceil(bytes / (open.length + close.length));
  return `${open.repeat(depth)}${middle}${close.repeat(depth)}`;
};
/** Deterministic noise bytes (a linear congruential generator), as a binary blob holds. */
function noise(bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  let x = 12345;
  for (let i = 0; i < bytes; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}
const family = (
  name: string,
  why: string,
  inputKind: 'html' | 'text',
  make: (bytes: number) => string | Uint8Array,
  keeps = 'harbour master',
): HostileFamily => ({ name, why, inputKind, make, keeps });

/** The families of pages that once took superlinear time or memory. */
const ORIGINAL_FAMILIES: readonly HostileFamily[] = [
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

/** Variants of every class of hostile input, several each (issue 13): what a generated suite would try. */
const VARIANTS: readonly HostileFamily[] = [
  // Deep nesting and never-closed tags of many kinds.
  family(
    'deep-mixed',
    'fifteen kinds of never-closed tag, block, inline, list and table',
    'html',
    (b) => page(repeatTo('<div><section><article><span><a href="#"><em><strong><blockquote><ul><li><ol><li><table><tr><td>word ', b)),
    'word\n\nword',
  ),
  family('deep-closed', 'balanced <div><span> nesting far past the depth cap', 'html', (b) =>
    page(nested('<div><span>', `<p>${PROSE}</p>`, '</span></div>', b)),
  ),
  family(
    'unclosed-legacy',
    'legacy inline and block tags never closed',
    'html',
    (b) => page(repeatTo('<p><a href=x><font><center><small><big><u><s>word ', b)),
    'word\n\nword',
  ),
  family(
    'open-inlines-above',
    'hundreds of never-closed <b>s above every paragraph, re-opened in each block',
    'html',
    (b) => page(`${'<b>'.repeat(600)}${repeatTo('<p>word ', b)}`),
    'word\n\nword',
  ),
  family(
    'open-mixed-inlines-above',
    'never-closed <b><i><s><code> above every paragraph',
    'html',
    (b) => page(`${'<b><i><s><code>'.repeat(150)}${repeatTo('<p>word ', b)}`),
    'word\n\nword',
  ),
  family('many-marked-bodies', 'very many [itemprop=articleBody] boxes, each checked against the ones before', 'html', (b) =>
    page(repeatTo(`<div itemprop="articleBody"><p>${PROSE}</p></div>`, b)),
  ),
  family(
    'nested-marked-bodies',
    'never-closed [itemprop=articleBody] boxes, each inside the one before',
    'html',
    (b) => page(repeatTo('<div itemprop="articleBody">word ', b)),
    'word',
  ),
  family(
    'deep-lists',
    'never-closed <ul><li>: each list nests in the item before',
    'html',
    (b) => page(repeatTo('<ul><li>item ', b)),
    'item',
  ),
  family('deep-lists-closed', 'balanced lists nested far past the depth cap', 'html', (b) =>
    page(nested('<ul><li>x', PROSE, '</li></ul>', b)),
  ),
  family('ol-li-p', 'never-closed <ol><li><p>', 'html', (b) => page(repeatTo('<ol><li><p>word ', b)), 'word'),
  family(
    'nested-tables',
    'never-closed <table><tr><td>, each table in the cell before',
    'html',
    (b) => page(repeatTo('<table><tr><td>cell ', b)),
    'cell',
  ),
  family('nested-tables-closed', 'balanced tables nested far past the depth cap', 'html', (b) =>
    page(nested('<table><tr><td>x', PROSE, '</td></tr></table>', b)),
  ),
  family('wide-table', 'one table of very many rows', 'html', (b) =>
    page(`<table>${repeatTo('<tr><td>a</td><td>b</td></tr>', b)}</table>`),
  ),
  family('unclosed-selects', 'never-closed <form><select><option>', 'html', (b) => page(repeatTo('<form><select><option>o ', b))),
  family('half-tags', 'a run of "<div " never ended by ">"', 'html', (b) => page(repeatTo('<div ', b))),
  family('tag-soup', 'stray "<", ">" and "</ >" between words', 'html', (b) => page(`<p>${PROSE}</p>${repeatTo('<<<>>></ >< / >', b)}`)),
  family('lt-flood', 'text full of "<" that opens no tag', 'html', (b) => page(`<p>${PROSE}${repeatTo('< <a <= <<', b)}</p>`)),
  // Attributes.
  family('giant-attribute', 'one attribute value as long as the page', 'html', (b) =>
    page(`<div data-x="${'a'.repeat(b)}"><p>${PROSE}</p></div>`),
  ),
  family('giant-class', 'one class attribute of very many furniture tokens, read by the pruner', 'html', (b) =>
    page(`<div class="${repeatTo('share comment nav ', b)}"><p>x</p></div>`),
  ),
  family('giant-href', 'one link address as long as the page, resolved for content', 'html', (b) =>
    page(`<p>${PROSE}<a href="https://x.example/${'a'.repeat(b)}">link</a></p>`),
  ),
  family('unclosed-attribute', 'an attribute quote never closed: the rest of the page is its value', 'html', (b) =>
    page(`<div title="${repeatTo('word ', b)}`),
  ),
  family('many-attribute-names', 'one element with very many distinct attribute names', 'html', (b) => {
    const names: string[] = [];
    for (let i = 0, n = 0; n < b; i++, n += String(i).length + 5) names.push(`a${i}=1`);
    return page(`<p ${names.join(' ')}>${PROSE}</p>`);
  }),
  family('duplicate-attributes', 'one attribute name repeated on one element', 'html', (b) =>
    page(`<p ${repeatTo('class=x ', b)}>${PROSE}</p>`),
  ),
  family(
    'attribute-dense',
    'very many elements with several attributes each',
    'html',
    (b) => page(repeatTo('<span class="c" id="i" data-a="1" style="color:red">w</span> ', b)),
    'w w',
  ),
  // Huge raw-text parts.
  family('huge-comment', 'one closed comment as long as the page', 'html', (b) => page(`<!-- ${repeatTo('word ', b)} --><p>${PROSE}</p>`)),
  family('many-comments', 'a comment between every two words', 'html', (b) => page(`<p>${repeatTo('<!-- c --> w ', b)}</p>`), 'w w'),
  family('huge-cdata', 'one closed <![CDATA[ section as long as the page', 'html', (b) =>
    page(`<![CDATA[ ${repeatTo('word ', b)} ]]><p>${PROSE}</p>`),
  ),
  family('huge-script', 'one script as long as the page, holding markup', 'html', (b) =>
    page(`<script>${repeatTo('var a = "<p>x</p>"; ', b)}</script><p>${PROSE}</p>`),
  ),
  family('unclosed-script', 'a script never closed: the rest of the page is code', 'html', (b) =>
    page(`<script>${repeatTo('var a = "<p>x</p>"; ', b)}`),
  ),
  family('huge-style', 'one style sheet as long as the page', 'html', (b) =>
    page(`<style>${repeatTo('.a{color:red} ', b)}</style><p>${PROSE}</p>`),
  ),
  family('many-scripts', 'a script between every two words', 'html', (b) => page(`<p>${repeatTo('<script>x=1</script>w ', b)}</p>`), 'w w'),
  family('unclosed-textarea', 'a <textarea> never closed: the rest of the page is its text', 'html', (b) =>
    page(`<textarea>${repeatTo('word <p> ', b)}`),
  ),
  family(
    'huge-title',
    'a <title> as long as the page, the title candidate of every source',
    'html',
    (b) => `<html><head><title>${repeatTo('word ', b)}</title></head><body><p>${PROSE}</p></body></html>`,
  ),
  // Entities.
  family('entity-named', 'a named entity between every two words', 'html', (b) => page(`<p>${repeatTo('&amp; ', b)}</p>`), '& &'),
  family(
    'entity-numeric',
    'numeric entities, one out of range',
    'html',
    (b) => page(`<p>${repeatTo('&#x41;&#66;&#999999999; ', b)}</p>`),
    'AB',
  ),
  family('entity-bogus', 'unknown, unterminated and empty entities', 'html', (b) =>
    page(`<p>${repeatTo('&foo; &amp &notin &#; & ', b)}</p>`),
  ),
  family('entity-unterminated', 'one unterminated entity after another, no space', 'html', (b) => page(`<p>${repeatTo('&amp', b)}</p>`)),
  family('entity-attribute', 'an attribute value made of entities', 'html', (b) =>
    page(`<p title="${repeatTo('&amp;&lt;', b)}">${PROSE}</p>`),
  ),
  // Long lines and odd characters.
  family('long-word-html', 'one word as long as the page', 'html', (b) => page(`<p>${'a'.repeat(b)}</p>`), 'aaaa'),
  family('long-word-text', 'a text dump with one word as long as the page', 'text', (b) => `Hostile\n\n${PROSE}\n\n${'a'.repeat(b)}\n`),
  family(
    'long-url-text',
    'a text dump with one address as long as the page',
    'text',
    (b) => `Hostile\n\n${PROSE}\n\nhttps://x.example/${'a/'.repeat(b / 2)}\n`,
  ),
  family(
    'bidi-flood',
    'a run of bidi controls (RLO, LRO, RLM, ALM)',
    'html',
    (b) => page(`<p>${PROSE}${repeatTo('\u202e\u202d\u200f\u061c', b / 3)} end</p>`),
    ' end',
  ),
  family(
    'zero-width-flood',
    'a run of zero-width characters',
    'html',
    (b) => page(`<p>${PROSE}${repeatTo('\u200b\u200c\u200d\ufeff', b / 3)} end</p>`),
    ' end',
  ),
  family('zero-width-words', 'zero-width characters inside every word', 'html', (b) =>
    page(`<p>${repeatTo('w\u200bo\u200dr ', b / 2)}</p>`),
  ),
  family(
    'combining-text',
    'a text dump with one letter carrying a long run of combining marks',
    'text',
    (b) => `Hostile\n\n${PROSE}\n\nZ${repeatTo('\u0301\u0308\u0327', b / 2)} end\n`,
  ),
  family('combining-spread', 'every letter carrying two combining marks', 'html', (b) =>
    page(`<p>${repeatTo('e\u0301\u0308 ', b / 3)}</p>`),
  ),
  family(
    'arabic-marks',
    'Arabic letters with their vowel marks',
    'html',
    (b) => page(`<p>${PROSE}${repeatTo('\u0628\u064e\u0651\u0650 ', b / 5)} end</p>`),
    ' end',
  ),
  family(
    'emoji-zwj',
    'a run of joined emoji sequences',
    'html',
    (b) => page(`<p>${PROSE}${repeatTo('\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', b / 8)} end</p>`),
    ' end',
  ),
  family(
    'bom-flood',
    'a run of byte-order marks inside the text',
    'html',
    (b) => page(`<p>${PROSE}${'\ufeff'.repeat(b / 3)} end</p>`),
    ' end',
  ),
  family(
    'lone-surrogates',
    'unpaired surrogates between letters',
    'html',
    (b) => page(`<p>${PROSE}${repeatTo('\ud800x\udc00', b / 3)} end</p>`),
    ' end',
  ),
  family('nul-late', 'NUL bytes after the part the binary sniff reads', 'html', (b) => page(`${LEAD}<p>${repeatTo('w\u0000', b)}</p>`)),
  family('controls-late', 'C0 and C1 controls after the part the binary sniff reads', 'html', (b) =>
    page(`${LEAD}<p>${repeatTo('\u0001\u001b\u007f\u0085\u009d w ', b)}</p>`),
  ),
  family(
    'nul-late-text',
    'a text dump with NUL bytes after the sniffed part',
    'text',
    (b) => `Hostile\n\n${PROSE.repeat(120)}\n\n${repeatTo('w\u0000', b)}\n`,
  ),
  // Line breaks and rules.
  family('many-br', 'a <br> after every word', 'html', (b) => page(`<p>${repeatTo('word<br>', b)}</p>`), 'word\nword'),
  family('only-br', 'nothing but <br>', 'html', (b) => page(`<p>${PROSE}${repeatTo('<br>', b)}</p>`)),
  family('many-hr', 'an <hr> after every word', 'html', (b) => page(repeatTo('<hr>w ', b)), 'w'),
  // Forms, links and other element floods.
  family('many-forms', 'one form after another', 'html', (b) =>
    page(repeatTo('<form><input name=q><select><option>o</option></select><button>Go</button></form>', b)),
  ),
  family('many-inputs', 'a flood of <input>s', 'html', (b) => page(repeatTo('<input type=text value=x>', b))),
  family('many-links', 'a paragraph of links only', 'html', (b) => page(`<p>${repeatTo('<a href="/x">link</a> ', b)}</p>`)),
  family('many-headings', 'a heading before every short paragraph', 'html', (b) => page(repeatTo('<h1>Head</h1><p>word word</p>', b))),
  family('many-times', 'a <time> between every two words, each a date candidate', 'html', (b) =>
    page(`<p>${repeatTo('<time datetime="2020-01-01">Jan 1</time> ', b)}</p>`),
  ),
  family('many-images', 'a flood of images, each resolved for content', 'html', (b) => page(repeatTo('<img src="a.png" alt="x">', b))),
  family('many-paragraphs', 'very many prose paragraphs: a long article', 'html', (b) => page(repeatTo(`<p>${PROSE}</p>`, b))),
  family('furniture-divs', 'very many furniture-named boxes', 'html', (b) =>
    page(repeatTo('<div class="comment share related"><p>Share this</p></div>', b)),
  ),
  family(
    'huge-pre',
    'one code block as long as the page',
    'html',
    (b) => page(`<pre>${repeatTo('line of code\n', b)}</pre>`),
    'line of code\nline',
  ),
  // Metadata floods.
  family('jsonld-authors', 'one JSON-LD block listing very many authors', 'html', (b) =>
    page(
      '',
      `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Big","author":[${repeatTo('{"@type":"Person","name":"Ana"},', b)}{"name":"Bo"}]}</script>`,
    ),
  ),
  family('jsonld-many', 'very many JSON-LD blocks', 'html', (b) =>
    page(
      '',
      repeatTo('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H","datePublished":"2020-01-01"}</script>', b),
    ),
  ),
  family('jsonld-escapes', 'a JSON-LD headline made of escapes', 'html', (b) =>
    page('', `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${repeatTo('\\u0041\\"', b)}"}</script>`),
  ),
  family('jsonld-unclosed', 'a JSON-LD block opening arrays it never closes', 'html', (b) =>
    page('', `<script type="application/ld+json">{"@type":"NewsArticle","headline":"x",${repeatTo('"a":[{', b)}</script>`),
  ),
  family('meta-flood', 'very many author and title meta tags', 'html', (b) =>
    page('', repeatTo('<meta name="author" content="Ana Bo"><meta property="og:title" content="T">', b)),
  ),
  family('meta-dates', 'very many date meta tags', 'html', (b) =>
    page('', repeatTo('<meta property="article:published_time" content="2020-01-01T00:00:00Z">', b)),
  ),
  family('link-flood', 'very many canonical links', 'html', (b) =>
    page('', repeatTo('<link rel="canonical" href="https://x.example/a">', b)),
  ),
  family('meta-giant', 'one description as long as the page', 'html', (b) =>
    page('', `<meta name="description" content="${repeatTo('word ', b)}">`),
  ),
  // Text dumps with pathological lines.
  family(
    'text-dates',
    'a text dump of date lines, each a dateline candidate',
    'text',
    (b) => `Hostile\n\n${PROSE}\n\n${repeatTo('May 16, 2018\n', b)}`,
  ),
  family('text-bylines', 'a text dump of byline-shaped lines', 'text', (b) => `Hostile\n\n${PROSE}\n\n${repeatTo('By Ana Bo\n', b)}`),
  family(
    'text-boilerplate',
    'a text dump of share and copyright lines',
    'text',
    (b) => `Hostile\n\n${PROSE}\n\n${repeatTo('Share this:\nCopyright 2020 All rights reserved\n', b)}`,
  ),
  family(
    'text-headlines',
    'a text dump of headline-shaped lines',
    'text',
    (b) => `Hostile\n\n${PROSE}\n\n${repeatTo('A Title Case Headline Here\n\n', b)}`,
  ),
  family('text-cr', 'a text dump with old Mac line ends (CR only)', 'text', (b) => `Hostile\r\r${PROSE}\r\r${repeatTo('word\r', b)}`),
  family('text-list', 'a text dump of bulleted lines', 'text', (b) => `Hostile\n\n${PROSE}\n\n${repeatTo('- item\n', b)}`),
  family('text-numbered', 'a text dump of numbered lines', 'text', (b) => `Hostile\n\n${PROSE}\n\n${repeatTo('1. item\n', b)}`),
  family(
    'text-markdown',
    'a text dump of Markdown markers',
    'text',
    (b) => `Hostile\n\n${PROSE}\n\n${repeatTo('## # * _ ** [x](y) ', b)}\n`,
    '[x](y)',
  ),
  family(
    'text-blank',
    'a text dump that is mostly blank lines and tabs',
    'text',
    (b) => `Hostile\n\n${PROSE}\n\n${repeatTo('\n \t\n', b)}end\n`,
  ),
  // Bytes: binary tails, mixed and lying encodings, byte-order marks.
  family('binary-tail', 'noise bytes after the part the binary sniff reads', 'html', (b) =>
    Buffer.concat([Buffer.from(page(LEAD)), noise(b)]),
  ),
  family(
    'mixed-encodings',
    'UTF-8 and Latin-1 paragraphs in turn',
    'html',
    (b) => {
      const pair = Buffer.concat([Buffer.from(`<p>caf\u00e9 ${PROSE}</p>`), Buffer.from('<p>caf\xe9 word</p>', 'latin1')]);
      return Buffer.concat([Buffer.from(page('')), ...Array<Buffer>(Math.ceil(b / pair.length)).fill(pair)]);
    },
    'café word',
  ),
  family(
    'utf16-no-bom',
    'UTF-16 without a byte-order mark',
    'html',
    (b) => Buffer.from(page(`<p>${repeatTo('word ', b / 2)}</p>`), 'utf16le'),
    'word word',
  ),
  family(
    'utf16-bom',
    'UTF-16 with its byte-order mark',
    'html',
    (b) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page(`<p>${repeatTo('word ', b / 2)}</p>`), 'utf16le')]),
    'word word',
  ),
  family(
    'charset-lie',
    'UTF-8 bytes under a Shift_JIS declaration',
    'html',
    (b) =>
      Buffer.from(
        `<html><head><meta charset="shift_jis"><title>x</title></head><body><p>${PROSE}</p><p>${repeatTo('caf\u00e9 ', b / 6)}</p></body></html>`,
      ),
    'café café',
  ),
  family('charset-flood', 'very many bogus charset declarations', 'html', (b) =>
    Buffer.from(page('', repeatTo('<meta charset="bogus">', b))),
  ),
  family('legacy-guess', 'a text dump of undeclared Shift_JIS bytes, guessed statistically', 'text', (b) =>
    Buffer.concat([Buffer.from(`Hostile\n\n${PROSE}\n\n`), Buffer.from(repeatTo('\x82\xa0\x82\xa2\x82\xa4 ', b), 'latin1')]),
  ),
  family('bom-then-bytes', 'a UTF-8 byte-order mark, then Latin-1 bytes it does not fit', 'html', (b) =>
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page(`<p>${repeatTo('caf\xe9 ', b)}</p>`), 'latin1')]),
  ),
];

export const HOSTILE_FAMILIES: readonly HostileFamily[] = [...ORIGINAL_FAMILIES, ...VARIANTS];

export const familyNamed = (name: string): HostileFamily => {
  const family = HOSTILE_FAMILIES.find((f) => f.name === name);
  if (!family) throw new Error(`no hostile family ${name}`);
  return family;
};
