import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { judgeTextBlocks } from '../../src/text/extract.js';
import { prose, reasons } from './text-cases.js';

/** The line between the second and third paragraph goes with the rule named; the prose both sides stays. */
const inside: readonly (readonly [string, string])[] = [
  ['The mayor at the opening of the old bridge in 1962. (Shutterstock)', 'credit-line'],
  ['Engineers inspect the supports of the old crossing. (Jane Doe / AP)', 'credit-line'],
  ['GETTY IMAGES The mayor says the bridge will be finished within two years of the start of work.', 'credit-line'],
  ['H/T: bridgewatch.example.org', 'credit-line'],
  ['The river at dusk, seen from the south bank. @riverwatcher/Instagram', 'credit-line'],
  ['Bildunterschrift zur Brücke Foto: Stadtarchiv', 'credit-line'],
  ['Source: cityarchive.example.org', 'credit-line'],
  ['Jane Doe and John Roe in "The Long Bridge." Lionsgate', 'credit-line'],
  ['More from City News:', 'related-line'],
  ['Thanks for reading and Share if You Care!', 'share-plea'],
  ['Updates on the works can be found by clicking here.', 'appeal'],
  ['City News is on Instagram!', 'appeal'],
  ['12.4k SHARES Share Tweet', 'share-counter'],
  ['Share Tweet Share', 'share-bar'],
  ['SHARE this story if you think the bridge should be built!', 'share-plea'],
  ['TRENDING: Town hall to close its doors for the summer', 'related-line'],
  ['see also Why the old bridge had to close', 'related-line'],
  ['Auch interessant: Die neue Brücke kommt', 'related-line'],
  ['Advertisement – story continues below', 'ad-line'],
  ['Scroll down for video', 'ad-line'],
  ['Save up to 50% on garden furniture. Use promo code BRIDGE at checkout.', 'promo-line'],
  ['What do you think of the plan? Let us know in the comments below!', 'comment-prompt'],
  ["Don't forget to subscribe to our YouTube channel for more local news.", 'appeal'],
  ['Follow Jane on Twitter and Instagram for more.', 'appeal'],
  ['(© 2019 The Associated Press. This material may not be published, broadcast, rewritten or redistributed.)', 'copyright'],
  ['This article was originally published in March 2019 and has been updated.', 'page-history'],
];

describe('text-dump furniture between the paragraphs of an article', () => {
  for (const [line, rule] of inside) {
    it(`drops "${line.slice(0, 40)}" as text:${rule} and keeps the prose around it`, () => {
      const page = [prose[0], prose[1], line, prose[2], prose[3]].join('\n\n');
      expect(clean(page, { inputKind: 'text' }).body).toBe(prose.join('\n\n'));
      expect(reasons(page).get(line)).toBe(`text:${rule}`);
    });
  }

  it('keeps sentences that name a wire or a source as reporting', () => {
    const kept = [
      'The two ministers fled to the compound after their homes were attacked, a senior source told Reuters.',
      'Related to the plan is a second bridge for cyclists, which the council will debate next month.',
      'The database is read-only for most of the staff, who can look at the plans but cannot change them.',
    ];
    for (const line of kept) {
      const page = [prose[0], prose[1], line, prose[2], prose[3]].join('\n\n');
      expect(reasons(page).get(line)).toBeNull();
    }
  });

  it('drops an author bio after the article but keeps the same shape inside it', () => {
    const bio = 'Jane Doe is a senior reporter who covers transport and city hall for the paper.';
    const after = [...prose, bio].join('\n\n');
    expect(clean(after, { inputKind: 'text' }).body).toBe(prose.join('\n\n'));
    expect(reasons(after).get(bio)).toBe('text:author-bio');
    const within = [prose[0], bio, prose[1], prose[2]].join('\n\n');
    expect(reasons(within).get(bio)).toBeNull();
  });

  it('drops a labelled caption with no full stop and keeps timeline headings and embedded posts', () => {
    const caption = 'Taking a stroll: the mayor walked across the old bridge one last time with her family';
    const heading = 'March 4, 2019: the council votes for a new crossing over the river at last';
    const post = 'Sad day: we will all miss the old bridge and the views from it — Jane Doe (@janedoe) June 8, 2018';
    const page = [prose[0], prose[1], caption, heading, post, prose[2], prose[3]].join('\n\n');
    const why = reasons(page);
    expect(why.get(caption)).toBe('machinery:caption');
    expect(why.get(heading)).toBeNull();
    expect(why.get(post)).toBeNull();
  });

  it('cuts a credit glued to the last sentence of a line and keeps the sentence', () => {
    const glued = `${prose[2]} Source: cityarchive.example.org`;
    const page = [prose[0], prose[1], glued, prose[3]].join('\n\n');
    const article = clean(page, { inputKind: 'text', explain: true });
    expect(article.body).toBe([prose[0], prose[1], prose[2], prose[3]].join('\n\n'));
    expect(JSON.stringify(article)).toContain('text:glued-credit');
  });

  it('cuts a share label glued to a headline', () => {
    const page = ['Bridge Approved After Long Debate Share this', '', ...prose].join('\n');
    const article = clean(page, { inputKind: 'text' });
    expect(article.title ?? '').not.toContain('Share this');
    expect(article.body).toBe(prose.join('\n\n'));
  });

  it('judges a long sign-up form by its opening', () => {
    const form = `Sign up to the free weekly newsletter Bridge Notes for the inside track ${'Please enter a valid email address '.repeat(10)}SIGN UP`;
    const page = [prose[0], prose[1], form, prose[2], prose[3]].join('\n\n');
    expect(clean(page, { inputKind: 'text' }).body).toBe(prose.join('\n\n'));
  });

  it('keeps the short closing lines of an article but not a plea after them', () => {
    const closing = ['So, see you on the bridge.', 'Thank you all so much.'];
    const page = [...prose, ...closing, 'Contact us at letters@example.com.'].join('\n\n');
    expect(clean(page, { inputKind: 'text' }).body).toBe([...prose, ...closing].join('\n\n'));
  });

  it('keeps an embedded post and its signature line', () => {
    const post = 'The new bridge is going to change everything for us. — Jane Doe (@janedoe) June 8, 2018';
    const page = [prose[0], prose[1], post, prose[2], prose[3]].join('\n\n');
    expect(clean(page, { inputKind: 'text' }).body).toContain(post);
  });
});

describe('the text-dump furniture rules', () => {
  it('answer fast on long adversarial lines', () => {
    const lines = [
      'a '.repeat(400),
      'Aaaa '.repeat(200),
      `${'share '.repeat(100)}x`,
      `${'/'.repeat(600)}`,
      `${'a.'.repeat(300)}!`,
      `Label: ${'word '.repeat(150)}`,
      `"${'x'.repeat(250)}" ${'Studio '.repeat(20)}`,
    ];
    const started = performance.now();
    for (const line of lines) judgeTextBlocks([prose[0], line, prose[1]].join('\n\n'));
    expect(performance.now() - started).toBeLessThan(500);
  });
});
