import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { elementsUnder } from '../../src/html/dom.js';
import { Measures } from '../../src/html/measure.js';
import { parseHtml } from '../../src/html/parse.js';
import { scoreCandidates, scoredContent } from '../../src/html/score.js';

const prose = (n: number, topic: string) =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i + 1} about ${topic}, which runs long enough, with commas, clauses and detail, to read as real prose.</p>`,
  ).join('');
const menu =
  '<ul>' +
  ['Home', 'News', 'Sport', 'Weather', 'Opinion', 'Contact us today']
    .map((t) => `<li><a href="/${t}">${t} section link</a></li>`)
    .join('') +
  '</ul>';

/** The body of a page, its measures, and its elements by id. */
function build(body: string) {
  const document = parseHtml([`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`]);
  const all = [...elementsUnder(document)];
  const bodyEl = all.find((el) => el.name === 'body');
  if (!bodyEl) throw new Error('no body');
  const byId = (id: string): Element => {
    const el = all.find((e) => e.attribs.id === id);
    if (!el) throw new Error(`no #${id}`);
    return el;
  };
  return { body: bodyEl, measures: Measures.of(bodyEl), byId };
}

describe('scoreCandidates', () => {
  it('scores the densest prose container above a link-heavy menu', () => {
    const { body, measures, byId } = build(`<div id="nav">${menu}</div><div id="story">${prose(4, 'the bridge')}</div>`);
    const scores = scoreCandidates(body, measures);
    const story = scores.get(byId('story')) ?? 0;
    expect(story).toBeGreaterThan(0);
    expect(story).toBeGreaterThan(scores.get(byId('nav')) ?? 0);
  });

  it('gives a list item of link text almost no vote', () => {
    const { body, measures, byId } = build(`<div id="nav">${menu}</div><div id="story">${prose(1, 'the bridge')}</div>`);
    const scores = scoreCandidates(body, measures);
    expect(scores.get(byId('nav')) ?? 0).toBeLessThan(1);
  });

  it('never scores lists, tables, forms or inline elements as containers', () => {
    const { body, measures } = build(
      `<ul id="list"><li>${'A list item that is long enough, with commas, to cast a vote. '.repeat(2)}</li></ul>`,
    );
    const names = [...scoreCandidates(body, measures).keys()].map((el) => el.name);
    expect(names).not.toContain('ul');
    expect(names).not.toContain('li');
  });

  it('lets paragraphs shorter than the voting floor cast no vote', () => {
    const { body, measures } = build('<div id="short"><p>Too short to vote.</p><p>Also short.</p></div>');
    expect(scoreCandidates(body, measures).size).toBe(0);
  });

  it('adds a bonus for a content class name and a malus for a furniture one', () => {
    const plain = build(`<div id="a">${prose(3, 'the ferry')}</div>`);
    const named = build(`<div id="a" class="entry-content">${prose(3, 'the ferry')}</div>`);
    const furniture = build(`<div id="a" class="sidebar">${prose(3, 'the ferry')}</div>`);
    const score = (b: ReturnType<typeof build>) => scoreCandidates(b.body, b.measures).get(b.byId('a')) ?? 0;
    expect(score(named)).toBeGreaterThan(score(plain));
    expect(score(furniture)).toBeLessThan(score(plain));
  });

  it('passes a falling share of each vote to the parent and grandparent', () => {
    const { body, measures, byId } = build(`<div id="outer"><div id="middle"><div id="inner">${prose(3, 'the dam')}</div></div></div>`);
    const scores = scoreCandidates(body, measures);
    const inner = scores.get(byId('inner')) ?? 0;
    const middle = scores.get(byId('middle')) ?? 0;
    const outer = scores.get(byId('outer')) ?? 0;
    expect(inner).toBeGreaterThan(middle);
    expect(middle).toBeGreaterThan(outer);
    expect(middle).toBeCloseTo(inner / 2);
    expect(outer).toBeCloseTo(inner / 3);
  });
});

describe('scoredContent', () => {
  it('picks the prose container over the menu and the footer', () => {
    const { body, measures, byId } = build(
      `<div id="nav">${menu}</div><div id="story">${prose(4, 'the bridge')}</div><div id="footer"><p><a href="/a">About</a> <a href="/b">Privacy</a></p></div>`,
    );
    expect(scoredContent(body, measures)).toEqual([byId('story')]);
  });

  it('answers [body] when nothing voted', () => {
    const { body, measures } = build('<div><p>Short.</p></div>');
    expect(scoredContent(body, measures)).toEqual([body]);
  });

  it('moves up to the ancestor holding an article split into several sections', () => {
    const { body, measures, byId } = build(
      `<div id="nav">${menu}</div><div id="article"><div id="s1">${prose(3, 'section one')}</div><div id="s2">${prose(3, 'section two')}</div><div id="s3">${prose(3, 'section three')}</div></div>`,
    );
    expect(scoredContent(body, measures)).toEqual([byId('article')]);
  });

  it('widens one section of a guide to the ancestor holding several times its prose', () => {
    const { body, measures, byId } = build(
      `<div id="nav">${menu}</div><div id="guide"><div><div>${prose(2, 'the intro')}</div></div><div><div id="part">${prose(3, 'the setup')}</div></div><div><div>${prose(2, 'the options')}</div></div>${['the limits', 'the costs', 'the history', 'the future'].map((t) => `<div><div>${prose(2, t)}</div></div>`).join('')}</div>`,
    );
    expect(scoredContent(body, measures)).toEqual([byId('guide')]);
  });

  it('widens a named article block to the listicle of such blocks, but not to its comments', () => {
    const entries = ['one', 'two', 'three', 'four'].map(
      (t) => `<div class="article__block"><h2>Brand ${t}</h2><div class="rich-text">${prose(2, `brand ${t}`)}</div></div>`,
    );
    const listicle = build(
      `<div id="nav">${menu}</div><article id="list"><div class="article__block"><div id="intro" class="article__content">${prose(3, 'the intro')}</div></div>${entries.join('')}</article>`,
    );
    expect(scoredContent(listicle.body, listicle.measures)).toEqual([listicle.byId('list')]);
    const blog = build(
      `<div id="area"><div id="post" class="article-content">${prose(3, 'the trip')}</div><div id="user-post"><div id="comment-box">${prose(8, 'a reader reply')}</div></div></div>`,
    );
    expect(scoredContent(blog.body, blog.measures)).not.toContain(blog.byId('area'));
  });

  it('widens one part of a page in many parts to the ancestor holding nearly all its prose', () => {
    const part = (id: string, n: number, topic: string) => `<section><section id="${id}">${prose(n, topic)}</section></section>`;
    const manual = build(
      `<div id="nav">${menu}</div><div id="doc">${part('usage', 5, 'the usage')}${part('options', 3, 'the options')}${part('events', 3, 'the events')}${part('limits', 3, 'the limits')}</div>`,
    );
    expect(scoredContent(manual.body, manual.measures)).toEqual([manual.byId('doc')]);
    const news = build(
      `<div id="page"><div id="story">${prose(6, 'the vote')}</div><div id="teasers">${prose(3, 'another story')}</div></div>`,
    );
    expect(scoredContent(news.body, news.measures)).not.toContain(news.byId('page'));
  });

  it('does not widen into a wrapper made mostly of menus', () => {
    const { body, measures, byId } = build(
      `<div id="page">${menu.repeat(12)}<div><div id="part">${prose(3, 'the setup')}</div></div>${['one', 'two', 'three', 'four', 'five'].map((t) => `<div><div>${prose(2, `teaser ${t}`)}</div></div>`).join('')}</div>`,
    );
    expect(scoredContent(body, measures)).not.toContain(byId('page'));
  });

  it('takes along a sibling prose paragraph but not a sibling menu', () => {
    const { body, measures, byId } = build(
      `<div id="wrap"><div id="story">${prose(4, 'the bridge')}</div><p id="after">A closing paragraph that sits beside the story container, long enough and free of links to join it.</p><div id="nav">${menu}</div></div>`,
    );
    const nodes = scoredContent(body, measures);
    expect(nodes).toContain(byId('story'));
    expect(nodes).toContain(byId('after'));
    expect(nodes).not.toContain(byId('nav'));
  });

  it('joins a twin container with the same tag and first class elsewhere on the page', () => {
    const { body, measures, byId } = build(
      `<div><div id="one" class="story-body story-body-1">${prose(5, 'part one')}</div></div><figure><p>A full-width photograph.</p></figure><section><div id="two" class="story-body story-body-2">${prose(2, 'part two')}</div></section>`,
    );
    const nodes = scoredContent(body, measures);
    expect(nodes).toContain(byId('one'));
    expect(nodes).toContain(byId('two'));
    expect(nodes.indexOf(byId('one'))).toBeLessThan(nodes.indexOf(byId('two')));
  });

  it('joins the question to its answers: a twin of the best post outside the box the answers widen to', () => {
    const post = (id: string, n: number, topic: string) =>
      `<div class="post"><div id="${id}" class="post-body">${prose(n, topic)}</div></div>`;
    const { body, measures, byId } = build(
      `<div id="main"><div id="question">${post('q', 2, 'the question')}</div><div id="answers">${post('a1', 5, 'answer one')}${post('a2', 5, 'answer two')}${post('a3', 4, 'answer three')}</div></div>`,
    );
    const nodes = scoredContent(body, measures);
    expect(nodes).toContain(byId('answers'));
    expect(nodes).toContain(byId('q'));
    expect(nodes.indexOf(byId('q'))).toBeLessThan(nodes.indexOf(byId('answers')));
  });

  it('joins sibling boxes of the same markup that hold one short step each, but not a credit line', () => {
    const { body, measures, byId } = build(
      `<div id="main" class="Section1">${prose(6, 'the plan')}</div>` +
        '<div id="step" class="Section1">5. Decide on a first strategy (you can change it later) and start on the work.</div>' +
        `<ul id="ideas"><li>Share stories in their language.</li><li>Keep a page of answers.</li></ul>` +
        '<div id="contact" class="Section1"><h3>Who can help?</h3><p>Write to the author at <a href="mailto:a@b.example">a@b.example</a>, who has done this for years.</p></div>' +
        '<div id="credit" class="Section1"><p>Photo: A. Person</p></div>',
    );
    const nodes = scoredContent(body, measures);
    for (const id of ['main', 'step', 'ideas', 'contact']) expect(nodes).toContain(byId(id));
    expect(nodes).not.toContain(byId('credit'));
  });

  it('does not join page-builder blocks that share only their first class', () => {
    const { body, measures, byId } = build(
      `<div id="main" class="block block-1">${prose(6, 'the plan')}</div><div id="other" class="block block-2">A short promotional line for another page of the site, with a comma.</div>`,
    );
    expect(scoredContent(body, measures)).not.toContain(byId('other'));
  });
});
