import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { repeatsTitle } from '../../src/render/title.js';

const prose = `<p>${'Enough words to make this article long enough for the scorer to choose it. '.repeat(4)}</p>`;
const page = (title: string, article: string) =>
  `<html><head><title>${title}</title></head><body><article>${article}${prose}${prose}</article></body></html>`;

describe('repeatsTitle', () => {
  it("weighs the heading's words by their letters, as Readability does", () => {
    expect(repeatsTitle('On Recent Events', 'On Recent Events - Jane Doe (blog)')).toBe(true);
    expect(repeatsTitle('MathJax v3 beta: MathML input, HTML output test', 'MathJax v3 with MathML input and HTML output')).toBe(true);
    expect(repeatsTitle('A long title: but the final text here is different', 'A long title: hello there')).toBe(false);
    expect(repeatsTitle('¶', 'Anything')).toBe(false);
  });
});

describe('content without the title heading', () => {
  it('leaves out a top heading above the prose that repeats the title, and body keeps it', () => {
    const article = clean(page('Harbour seals return - Coastal Times', '<p>Font size</p><h1>Harbour seals return¶</h1><h2>Counting</h2>'));
    expect(article.content).not.toContain('Harbour seals return');
    expect(article.content).toContain('## Counting');
    expect(article.body).toContain('Harbour seals return');
  });

  it('keeps a lower heading, one after the prose, and one that says something else', () => {
    expect(clean(page('Harbour seals', '<h3>Harbour seals¶</h3>')).content).toContain('### Harbour seals');
    expect(clean(page('Harbour seals', `${prose}<h2>Harbour seals¶</h2>`)).content).toContain('## Harbour seals');
    expect(clean(page('Harbour seals', '<h1>Why the fishing fleet left</h1>')).content).toContain('# Why the fishing fleet left');
  });
});
