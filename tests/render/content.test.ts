import { describe, expect, it } from 'vitest';
import { allowListViolations } from '../../bench/structure.js';
import { clean } from '../../src/index.js';

const page = (article: string, head = '') =>
  `<html><head>${head}<title>T</title></head><body><article>${article}<p>${'Enough words to make this article long enough for the scorer to choose it. '.repeat(4)}</p></article></body></html>`;

describe('content as Markdown', () => {
  it('keeps headings, nested lists, code verbatim with its language, quotes, tables and links', () => {
    const html = page(
      `<h2>Setup</h2><p>Read <em>this</em> and <a href="post/2">that</a>.</p>
       <ul><li>one</li><li>two<ol><li>inner</li></ol></li></ul>
       <pre><code class="language-python">for i in range(3):\n    if i:\n        print(i)\n</code></pre>
       <blockquote><p>Quoted words here.</p></blockquote>
       <table><tr><th>Name</th><th>Value</th></tr><tr><td>a|b</td><td>1<br>2</td></tr></table>`,
      '<base href="https://example.com/blog/">',
    );
    const article = clean(html);
    const content = article.content ?? '';
    expect(content).toContain('## Setup');
    expect(content).toContain('Read *this* and [that](https://example.com/blog/post/2).');
    expect(content).toContain('- one\n- two\n  1. inner');
    expect(content).toContain('```python\nfor i in range(3):\n    if i:\n        print(i)\n```');
    expect(content).toContain('> Quoted words here.');
    expect(content).toContain('| Name | Value |\n| --- | --- |\n| a\\|b | 1<br>2 |');
    // body is the flat text, as before
    expect(article.body).not.toContain('##');
  });

  it('escapes text that would read as markup at a line start', () => {
    const content = clean(page('<p># not a heading * and _x_ [y]</p><p>1. not a list</p>')).content ?? '';
    expect(content).toContain('\\# not a heading \\* and \\_x\\_ \\[y\\]');
    expect(content).toContain('1\\. not a list');
  });

  it('renders a definition list as terms and definitions, not as bullets', () => {
    const html = page(
      '<dl><dt>White-box monitoring</dt><dd>Monitoring based on metrics the system exposes.</dd><dt>Black-box monitoring</dt><dd>Testing what a user would see.</dd></dl>',
    );
    const article = clean(html);
    const content = article.content ?? '';
    expect(content).toContain('White-box monitoring\n\nMonitoring based on metrics the system exposes.\n\nBlack-box monitoring');
    expect(content).not.toMatch(/^- /m);
    const tree = clean(html, { content: 'html' }).content ?? '';
    expect(tree).toContain('<p>White-box monitoring</p>');
    expect(tree).not.toContain('<li>');
  });

  it('fences code with more backticks than any run inside', () => {
    const content = clean(page('<pre>a ```` b</pre>')).content ?? '';
    expect(content).toContain('`````\na ```` b\n`````');
  });

  it('drops links, images and tables on request and can be left out', () => {
    const html = page(
      '<p>A longer sentence that holds a <a href="https://x.example/">link</a>.</p><figure><img src="https://x.example/a.png" alt="pic"><figcaption>Cap</figcaption></figure><table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
    );
    expect(clean(html).content).toContain('![pic](https://x.example/a.png)');
    const bare = clean(html, { links: false, images: false, tables: false }).content ?? '';
    expect(bare).toContain('A longer sentence that holds a link.');
    expect(bare).not.toContain('](');
    expect(bare).not.toContain('| a |');
    expect(bare).toContain('Cap');
    expect(clean(html, { content: 'none' }).content).toBeUndefined();
  });
});

describe('content as HTML', () => {
  it('writes only allow-listed markup from a hostile page', () => {
    const html = page(
      `<p onclick="x()">Text <a href="javascript:alert(1)">bad</a> <a href="https://ok.example/" style="color:red">ok</a>
       <img src="data:image/png;base64,AAAA" alt="d"><img src="javascript:alert(2)" onerror="x()"><script>alert(3)</script>
       <svg><script>alert(4)</script></svg><iframe src="https://evil.example/"></iframe>&lt;script&gt;</p>`,
    );
    const content = clean(html, { content: 'html' }).content ?? '';
    expect(allowListViolations(content)).toEqual([]);
    expect(content).not.toMatch(/javascript:|data:|onclick|onerror|<script/i);
    expect(content).toContain('<a href="https://ok.example/">ok</a>');
    expect(content).toContain('&lt;script&gt;');
  });
});

describe('format', () => {
  it('gives Markdown with front matter, an HTML document, or the body', () => {
    const html = page('<h2>Part</h2>', '<meta name="author" content="Ana Lima">');
    const markdown = clean(html, { format: 'markdown' });
    expect(markdown.startsWith('---\ntitle: "T"\n')).toBe(true);
    expect(markdown).toContain('## Part');
    expect(clean(html, { format: 'html' })).toContain('<h2>Part</h2>');
    expect(clean(html, { format: 'text' })).toBe(`${clean(html).body}\n`);
  });
});
