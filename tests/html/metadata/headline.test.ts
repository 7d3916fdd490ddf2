import { describe, expect, it } from 'vitest';
import { clean } from '../../../src/index.js';

const BODY = `<p>${'Plain article text that runs long enough to count as the body of the page. '.repeat(6)}</p>`;
const page = (head: string, body: string) => `<!doctype html><html><head>${head}</head><body>${body}${BODY}</body></html>`;
const titleOf = (head: string, body: string) => clean(page(head, body)).title;

describe('the headline the page shows', () => {
  it('reads the <h1> without its kicker, roofline or hidden separator', () => {
    const h1 =
      '<h1><span class="article-heading__kicker">Climate</span><span class="visually-hidden">: </span><span class="article-heading__title">Drilling until it gets hot</span></h1>';
    expect(titleOf('<meta property="og:title" content="Climate: Drilling until it gets hot">', h1)).toBe('Drilling until it gets hot');
    const roofline = '<h1><span class="dachzeile">Leaked files</span> <span class="headline">Arms maker hacked</span></h1>';
    expect(titleOf('<title>Leaked files: Arms maker hacked | Newsroom</title>', roofline)).toBe('Arms maker hacked');
    const small = '<h1><small>Workout of the week</small><br>Medley pyramid with sprints</h1>';
    expect(titleOf('<title>Workout of the week: Medley pyramid with sprints</title>', small)).toBe('Medley pyramid with sprints');
  });

  it('takes the <h1> that is one segment of the title: no section, site or kicker around it', () => {
    expect(
      titleOf(
        '<title>Federal Police - News - Migration across the border rises again</title>',
        '<h1>Migration across the border rises again</h1>',
      ),
    ).toBe('Migration across the border rises again');
    expect(
      titleOf('<title>Dead bumblebees under lime trees: the explanation | Bumblebees</title>', '<h1>Dead bumblebees under lime trees</h1>'),
    ).toBe('Dead bumblebees under lime trees');
    // A page logo in its own <h1> is not the headline.
    const logo = '<h1 id="site-title"><a href="/">Sheep Comic – Webcomic</a></h1><h1 class="entry-title">Little sheep science</h1>';
    expect(titleOf('<title>Little sheep science | Sheep Comic – Webcomic</title>', logo)).toBe('Little sheep science');
  });

  it('keeps the title source when the <h1> is a banner after a longer headline or a rewording', () => {
    expect(titleOf('<title>Sharing mutable history between repositories — Evolve docs</title>', '<h1>Evolve docs</h1>')).toBe(
      'Sharing mutable history between repositories',
    );
    const reworded =
      '<meta property="og:title" content="Seven secrets hotel owners keep from you"><h1>The seven secrets hotel owners keep from you</h1>';
    expect(titleOf(reworded, '<h1>The seven secrets hotel owners keep from you</h1>')).toBe('Seven secrets hotel owners keep from you');
    // More before the title in the <h1> is a section label, not the headline.
    expect(
      titleOf('<meta property="og:title" content="Brothel busted in the city">', '<h1>Local News | Brothel busted in the city</h1>'),
    ).toBe('Brothel busted in the city');
  });

  it('takes a longer <h1> that goes on after the title', () => {
    expect(
      titleOf(
        '<meta property="og:title" content="Cell maker raises factory capacity">',
        '<h1>Cell maker raises factory capacity in Tennessee</h1>',
      ),
    ).toBe('Cell maker raises factory capacity in Tennessee');
  });

  it('does not split a title of thousands of segments', () => {
    const started = Date.now();
    titleOf(`<title>${'word | '.repeat(20_000)}end</title>`, '<h1>word</h1>');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('keeps a closing guillemet that ends a French quote', () => {
    expect(titleOf('<title>« Les privatisations profitent aux actionnaires »</title>', '')).toBe(
      '« Les privatisations profitent aux actionnaires »',
    );
    expect(titleOf('<title>Le gouvernement recule sur la réforme »</title>', '')).toBe('Le gouvernement recule sur la réforme');
  });
});
