import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { BIN, FIXTURES } from '../helpers.js';

const fixture = (name: string) => readFileSync(join(FIXTURES, name, 'input.html'), 'utf8');
const page = (body: string, head = '') => `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const prose = (n: number, topic: string) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} about ${topic}, which runs long enough, with commas, clauses and detail, to read as real prose.</p>`,
  ).join('');
const bodySource = (article: ReturnType<typeof clean>) => article.provenance?.find((p) => p.field === 'body')?.source;

describe('HTML main content: --explain', () => {
  const article = clean(fixture('html-boilerplate-inside-article'), { explain: true });
  const reasonOf = (text: string) => article.removed?.find((r) => r.text === text)?.reason;

  it('names the rule behind every removed block: markup, wording, tail sections and what lies outside', () => {
    expect(reasonOf('Facebook Twitter Email')).toBe('class-token:share');
    expect(reasonOf('Ferry fares to rise by four per cent Island clinic extends its opening hours')).toBe('link-list');
    expect(reasonOf('Getty Images')).toBe('phrase:caption-credit');
    expect(reasonOf('Related:')).toBe('phrase:related');
    expect(reasonOf('Get the morning briefing delivered straight to your inbox.')).toBe('phrase:newsletter');
    expect(reasonOf('Filed under: Transport, Islands')).toBe('phrase:taxonomy');
    expect(reasonOf('Comments')).toBe('phrase:comment-form');
    expect(reasonOf('Three nights is not enough, we need a service every night of the week and the board knows it.')).toBe('tail-section');
    expect(reasonOf('Updated 6:05 am GMT, Tuesday, March 3, 2026')).toBe('outside-article');
    expect(reasonOf('© 2026 Harbour Gazette')).toBe('tag:footer');
  });

  it('accounts for every word of the page: each is in the body or in a removed block', () => {
    const seen = `${article.title} ${article.body} ${article.removed?.map((r) => r.text).join(' ')}`;
    const words = fixture('html-boilerplate-inside-article')
      .replace(/<head>[\s\S]*<\/head>/, '')
      .replace(/<[^>]+>/g, ' ')
      .match(/[\p{L}\p{N}]+/gu);
    for (const word of new Set(words)) expect(seen).toContain(word);
  });
});

describe('HTML main content: the fallback chain', () => {
  it('prefers [itemprop=articleBody] over a longer run of prose elsewhere', () => {
    const article = clean(fixture('html-itemprop-article-body'), { explain: true });
    expect(bodySource(article)).toBe('itemprop');
    expect(article.body).not.toContain('forty years');
  });

  it('falls back to the JSON-LD articleBody when the markup holds a fraction of it', () => {
    const article = clean(fixture('html-jsonld-article-body'), { explain: true });
    expect(bodySource(article)).toBe('json-ld');
    expect(article.body.split('\n\n')).toHaveLength(3);
  });

  it('keeps a short article that the scorer finds, rather than the whole page', () => {
    const html = page(
      `<div class="menu-bar"><a href="/">Home</a> <a href="/news">News</a></div>
       <div class="story"><p>The bridge reopened on Monday after repairs, the council said, ahead of schedule.</p>
       <p>Buses return to the route next week.</p></div>`,
    );
    expect(clean(html).body).toBe(
      'The bridge reopened on Monday after repairs, the council said, ahead of schedule.\n\nBuses return to the route next week.',
    );
  });
});

describe('HTML main content: site rules', () => {
  const html = page(
    `<div class="story">${prose(4, 'the harbour')}<p class="promo">Subscribe for more harbour news today, at half price.</p></div>
     <div class="letters">${prose(6, 'letters to the editor')}</div>`,
    '<link rel="canonical" href="https://news.harbour.example/story/1">',
  );

  it('selects and drops what the rule for the host (or a parent domain) names', () => {
    const rules = [{ domain: 'harbour.example', body: { select: ['div.story'], drop: ['.promo'] } }];
    const article = clean(html, { rules, explain: true });
    expect(bodySource(article)).toBe('site-rule');
    expect(article.body).toContain('Paragraph 4 about the harbour');
    expect(article.body).not.toContain('letters to the editor');
    expect(article.body).not.toContain('half price');
  });

  it('ignores rules for other hosts', () => {
    const rules = [{ domain: 'other.example', body: { select: ['div.story'], drop: [] } }];
    expect(bodySource(clean(html, { rules, explain: true }))).not.toBe('site-rule');
  });

  it('reads rules from a --rules file on the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-rules-'));
    const rulesPath = join(dir, 'rules.json');
    writeFileSync(rulesPath, JSON.stringify([{ domain: 'harbour.example', body: { select: ['div.letters'] } }]));
    const r = spawnSync(process.execPath, [BIN, '--rules', rulesPath, '--compact'], { input: html, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const body = JSON.parse(r.stdout).body as string;
    expect(body).toContain('Paragraph 6 about letters to the editor');
    expect(body).not.toContain('the harbour');
  });
});

describe('HTML main content: structure', () => {
  it('keeps preformatted text line by line and a data table as one block', () => {
    const html = page(
      `<article>${prose(3, 'the build')}<pre>make all\n  make test</pre>
       <table><tr><th>Step</th><th>Minutes</th></tr><tr><td>Build</td><td>4</td></tr></table></article>`,
    );
    const blocks = clean(html).body.split('\n\n');
    expect(blocks).toContain('make all\nmake test');
    expect(blocks).toContain('Step | Minutes\nBuild | 4');
  });
});

// Hostile pages must finish (and not overflow the stack); their speed is the benchmark's business.
describe('HTML main content: pathological pages', { timeout: 120_000 }, () => {
  it('reads text under 100,000 nested elements', () => {
    const depth = 100_000;
    const html = page(`${'<div>'.repeat(depth)}${prose(3, 'depth')}${'</div>'.repeat(depth)}`);
    expect(clean(html).body).toContain('Paragraph 3 about depth');
  });

  it('keeps a 10 MB paragraph whole', () => {
    const sentence = 'The tide came in, and the tide went out. ';
    const text = sentence.repeat(Math.ceil(10_000_000 / sentence.length));
    expect(clean(page(`<p>${text}</p>`)).wordCount).toBe(9 * Math.ceil(10_000_000 / sentence.length));
  });
});
