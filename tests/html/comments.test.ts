import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';

// --include-comments: the comment section read apart from the article, one string per comment.
const prose = 'The ferry service to the outer islands will resume next week after the winter repairs, the operator said on Monday. ';
const article = `<article><h1>Ferries resume</h1><p>${prose.repeat(3)}</p><p>${prose.repeat(2)}</p></article>`;
const wordpress = `<html><head><title>Ferries resume</title></head><body>${article}
  <div id="comments" class="comments-area">
    <h2 class="comments-title">3 thoughts on “Ferries resume”</h2>
    <ol class="comment-list">
      <li id="comment-11" class="comment depth-1"><article class="comment-body">
        <footer class="comment-meta"><b class="fn">Ann</b> says:</footer>
        <div class="comment-content"><p>About time, the island shop ran out of flour.</p></div></article>
        <ol class="children"><li id="comment-12" class="comment depth-2"><article class="comment-body">
          <div class="comment-content"><p>The flour came on the Tuesday boat.</p></div></article></li></ol>
      </li>
      <li id="comment-13" class="comment depth-1"><article class="comment-body"><div class="comment-content"><p>Will the timetable change?</p></div></article></li>
    </ol>
    <div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><label>Comment</label><textarea></textarea><button>Post Comment</button></form></div>
  </div></body></html>`;

describe('--include-comments', () => {
  it('gives each comment on its own, replies after the comment they answer, the form left out', () => {
    const { comments, body } = clean(wordpress, { comments: true });
    expect(comments).toHaveLength(3);
    expect(comments?.[0]).toContain('About time, the island shop ran out of flour.');
    expect(comments?.[0]).not.toContain('Tuesday boat');
    expect(comments?.[1]).toBe('The flour came on the Tuesday boat.');
    expect(comments?.[2]).toBe('Will the timetable change?');
    expect(comments?.join(' ')).not.toMatch(/Leave a Reply|Post Comment|3 thoughts/);
    expect(body).not.toContain('flour');
  });

  it('leaves the body as it is without the option, and gives no comments field', () => {
    const plain = clean(wordpress);
    expect(plain).not.toHaveProperty('comments');
    expect(clean(wordpress, { comments: true }).body).toBe(plain.body);
  });

  it('gives an empty list for a page without comments and for a text dump', () => {
    expect(clean(`<html><body>${article}</body></html>`, { comments: true }).comments).toEqual([]);
    expect(clean(`${prose}\n\n${prose}`, { comments: true, inputKind: 'text' }).comments).toEqual([]);
  });

  it('a section without marked comments is one comment', () => {
    const page = `<html><body>${article}<section id="comments"><p>Great news for the islands.</p><p>Agreed.</p></section></body></html>`;
    expect(clean(page, { comments: true }).comments).toEqual(['Great news for the islands. Agreed.']);
  });

  it('puts the comments after the article in Markdown and HTML output, as quotes', () => {
    const markdown = clean(wordpress, { comments: true, format: 'markdown' });
    expect(markdown).toMatch(/islands[\s\S]*\n\n## Comments\n\n> Ann says: About time/);
    expect(markdown).toContain('> Will the timetable change?\n');
    const html = clean(wordpress, { comments: true, format: 'html' });
    expect(html).toContain('</article>\n<aside>\n<h2>Comments</h2>\n<blockquote><p>Ann says: About time');
  });
});
