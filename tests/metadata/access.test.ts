import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { decideAccess, textWallSignals } from '../../src/metadata/access.js';

const SENTENCES = [
  'The council met on Tuesday to discuss the harbour plan and the new ferry timetable.',
  'Residents asked whether the old pier would be repaired before the summer season begins.',
  'The mayor said the budget allowed for the repairs, but the work could take until autumn.',
  'Fishermen worried that the cranes would block the slipway during the busiest weeks.',
  'A survey of the seabed found less silt than the engineers had feared last year.',
];
/** `n` paragraphs of distinct prose (about 75 words each). */
const prose = (n: number) =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1}. ${SENTENCES.map((s) => s.replace('The', `The ${i}th`)).join(' ')}</p>`).join(
    '',
  );
const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><title>Harbour plan</title>${head}</head><body><article><h1>Harbour plan</h1>${body}</article></body></html>`;
const notFree = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan","isAccessibleForFree":false}</script>';

describe('status', () => {
  it('is article when a body was found and no-content when none was', () => {
    const article = clean(page('', prose(3)));
    expect(article.status).toBe('article');
    expect(article.access).toBe('open');
    const empty = clean('<!doctype html><html><head><title>Loading</title></head><body><div id="app"></div></body></html>');
    expect(empty.wordCount).toBe(0);
    expect(empty.status).toBe('no-content');
  });
});

describe('access', () => {
  it('reads a paywall from JSON-LD isAccessibleForFree: false over a teaser, with the reason under --explain', () => {
    const teaser = clean(page(notFree, prose(1)), { explain: true });
    expect(teaser.access).toBe('paywall');
    expect(teaser.accessReason).toBe('json-ld:isAccessibleForFree');
    expect(clean(page(notFree, prose(1))).accessReason).toBeUndefined();
    expect(clean(page('<meta itemprop="isAccessibleForFree" content="false">', prose(1))).access).toBe('paywall');
  });

  it('calls a metered page open when the whole article came through', () => {
    const full = clean(page(notFree, prose(6)), { explain: true });
    expect(full.wordCount).toBeGreaterThan(300);
    expect(full.access).toBe('open');
    expect(full.accessReason).toBeUndefined();
  });

  it('reads subscribe and sign-in prompts under a truncated body', () => {
    const paywall = clean(
      page('', `${prose(1)}<div class="cta"><p>Subscribe to continue reading</p><a href="/login">Already a subscriber? Log in</a></div>`),
      {
        explain: true,
      },
    );
    expect(paywall.access).toBe('paywall');
    expect(paywall.accessReason).toBe('phrase:subscribe-to-read');
    expect(paywall.body).not.toContain('Subscribe to continue');
    const login = clean(page('', `${prose(1)}<div><p>Create a free account to continue reading.</p></div>`));
    expect(login.access).toBe('login-wall');
    const german = clean(page('', `${prose(1)}<p>Jetzt abonnieren und weiterlesen</p>`));
    expect(german.access).toBe('paywall');
  });

  it('reads a consent dialog that hides the page, not a banner over an article', () => {
    const dialog = '<div id="fc-consent-root"><p>Cookies help us run this site.</p><button>Accept</button></div>';
    const wall = clean(`<!doctype html><html><head><title>News</title></head><body>${dialog}</body></html>`, { explain: true });
    expect(wall.access).toBe('consent-wall');
    expect(wall.accessReason).toBe('class-token:fc-consent-root');
    expect(clean(page('', `${dialog}${prose(3)}`)).access).toBe('open');
  });

  it('does not take shop and comment wording for a paywall', () => {
    const shop = clean(page('', `${prose(1)}<p>Become a member to earn points today.</p><p>Comments are for subscribers only.</p>`));
    expect(shop.access).toBe('open');
  });

  it('reads walls in a text dump from its lines', () => {
    const lines = ['Harbour plan', ...SENTENCES, 'Sign in to keep reading', 'Privacy policy'];
    expect(textWallSignals(lines)).toEqual([{ kind: 'login-wall', reason: 'phrase:sign-in-to-read' }]);
    const dump = clean(`Harbour plan\n\n${SENTENCES.join('\n\n')}\n\nSubscribe now to keep reading\n\nAbout us\n`, { inputKind: 'text' });
    expect(dump.access).toBe('paywall');
  });

  it('prefers the wall that explains the missing article best', () => {
    const signals = [
      { kind: 'consent-wall' as const, reason: 'class-token:cookiewall' },
      { kind: 'paywall' as const, reason: 'phrase:subscribe-to-read' },
    ];
    expect(decideAccess(signals, 50)).toEqual({ access: 'paywall', reason: 'phrase:subscribe-to-read' });
    expect(decideAccess(signals, 1000)).toEqual({ access: 'open', reason: null });
  });
});
