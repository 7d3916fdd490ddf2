import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PHRASES } from '../../src/rules/boilerplate-phrases.js';
import { compilePattern, matchBoilerplate, matchTailStart } from '../../src/rules/compile.js';

// Each phrase pattern's shape and running time are checked with every other regex in regex-safety.test.ts.

describe.each(BOILERPLATE_PHRASES.map((rule, i) => ({ ...rule, key: `${i}:${rule.id}` })))('phrase rule $key', (rule) => {
  it('says why it exists and which languages it covers', () => {
    expect(rule.why.length).toBeGreaterThan(10);
    expect(rule.langs.length).toBeGreaterThan(0);
  });
});

describe('phrase matching', () => {
  it('finds the rule of a short block and leaves prose that quotes the phrase alone', () => {
    expect(matchBoilerplate('Please enable JavaScript to view the comments powered by Disqus.')?.id).toBe('comment-form');
    expect(matchBoilerplate('Tous droits réservés.')?.id).toBe('copyright');
    const quoting = `${'She wrote that the site uses cookies and that readers should leave a reply. '.repeat(6)}`;
    expect(matchBoilerplate(quoting)).toBeNull();
  });

  it('tells a section opener from a block to drop', () => {
    expect(matchTailStart('Leave a Reply Cancel reply')?.id).toBe('comment-form');
    expect(matchTailStart('Das könnte Sie auch interessieren')?.id).toBe('related');
    expect(matchTailStart('The related posts of last year were more popular than ever, she said.')).toBeNull();
  });

  it('knows ad labels set off by dashes, German teaser headings and feedback widgets', () => {
    expect(matchBoilerplate('- Anzeige -')?.id).toBe('advertisement');
    expect(matchBoilerplate('Reklama')?.id).toBe('advertisement');
    expect(matchBoilerplate('War der Artikel nützlich?')?.id).toBe('feedback');
    expect(matchTailStart('Neueste Artikel')?.id).toBe('related');
    expect(matchTailStart('Mehr zu Klima und Konsum')?.id).toBe('related');
    expect(matchTailStart('Mehr zu den Kosten lesen Sie weiter unten, wo wir alles erklären.')).toBeNull();
  });

  it('drops a caption that ends in its photo credit, not prose that cites a source', () => {
    expect(matchBoilerplate('Neue Seminare starten im März. (Quelle: Hume/Unsplash/DJV)')?.id).toBe('caption-credit');
    expect(matchBoilerplate('Erdölpumpen im Abendrot. Bild: TebNad/Shutterstock.com')?.id).toBe('caption-credit');
    expect(matchBoilerplate('Kleine Beckenkreise mobilisieren. © Pferderevue')?.id).toBe('caption-credit');
    expect(matchBoilerplate('Das Hermelin im Winterfell. (mlharing / iStock.com)')?.id).toBe('caption-credit');
    expect(matchBoilerplate('© Bundesrat | Frank Bräuer')?.id).toBe('caption-credit');
    expect(matchBoilerplate('Titelbild: Geyres Christophe/ABACA')?.id).toBe('image-credit');
    expect(matchBoilerplate('Die Zahl der Insolvenzen stieg 2022 um ein Fünftel (Quelle: Statistisches Bundesamt)')).toBeNull();
  });

  it("knows rating widgets, view counters and labels of the site's other pages", () => {
    expect(matchBoilerplate('(Noch keine Bewertungen)')?.id).toBe('rating');
    expect(matchBoilerplate('Aufrufe: 1120 | Hinzugefügt von: Posh | Rating: 0.0/0')?.id).toBe('rating');
    expect(matchBoilerplate('Mehr Kolumnen auf MeinMMO:')?.id).toBe('related');
    expect(matchBoilerplate('Auch auf gofeminin.de')?.id).toBe('related');
    expect(matchTailStart('Weitere Beiträge aus der Kolumne:')?.id).toBe('related');
    expect(matchTailStart('Schon gelesen?')?.id).toBe('related');
  });

  it('knows channel, app, registration and donation pleas, embed placeholders and stamps', () => {
    expect(matchBoilerplate('¡Mira lo que tiene nuestro canal de YouTube!')?.id).toBe('follow');
    expect(matchBoilerplate('Für die Challenge nutzen wir die Sequenzen meines Youtube-Kanals, die ich zusammengestellt habe.')).toBeNull();
    expect(matchBoilerplate('For the latest stories download the Nationnews apps for iOS and Android.')?.id).toBe('newsletter');
    expect(matchBoilerplate('Jetzt registrieren')?.id).toBe('login-wall');
    expect(matchBoilerplate('Sie müssen sich anmelden um Kommentare zu schreiben.')?.id).toBe('login-wall');
    expect(matchBoilerplate('Unterstütze RosaMag bereits mit 2,50!')?.id).toBe('donation');
    expect(matchBoilerplate('Externer Inhalt')?.id).toBe('script-placeholder');
    expect(matchBoilerplate('Publiziert: 03.04.2020, 12:35')?.id).toBe('dateline-stamp');
  });

  it('opens an author box on a name, not on a section of the page about its own subject', () => {
    expect(matchTailStart('About Brigit Katz')?.id).toBe('author-bio');
    expect(matchTailStart('About the author')?.id).toBe('author-bio');
    expect(matchTailStart('About This Game')).toBeNull();
    expect(matchTailStart('About the expert')).toBeNull();
    expect(matchTailStart('About our company')).toBeNull();
  });

  // The matchers test unions of the rules' alternatives, regrouped for speed, before trying the rules in
  // order; the regrouping must neither lose a match nor change which rule wins.
  it('finds the same rule as trying every rule in order', () => {
    const firstRule = (scope: string, text: string) =>
      BOILERPLATE_PHRASES.find((rule) => rule.scope === scope && compilePattern(rule.pattern).test(text)) ?? null;
    const lines = [
      'We use cookies to improve your experience.',
      'Our website uses cookies',
      'A photo (Photo: John Smith)',
      'The mayor speaks. Getty Images/AFP',
      'Photo credit: Jane Doe',
      '(AP Photo/Evan Vucci)',
      'All rights reserved.',
      '© 2019 Example Media',
      'Follow us on Twitter',
      'Posted by Jane Doe at 10:30',
      'Von Anna Müller',
      'Sign up for our daily newsletter',
      'Support independent journalism',
      'Comments are moderated by our moderator team',
      'Yes (62%, 1,204 votes)',
      'Tous droits réservés',
      'スポンサーリンク',
      '関連記事',
      'Related posts:',
      'Tags: politics, economy',
      'Leave a Reply',
      'The council met on Tuesday to discuss the budget for next year.',
      'Breakfast recipes for busy mornings',
    ];
    for (const line of lines) {
      expect(matchBoilerplate(line), line).toBe(firstRule('block', line));
      expect(matchTailStart(line), line).toBe(firstRule('tail', line));
    }
    expect(lines.filter((line) => matchBoilerplate(line) ?? matchTailStart(line)).length).toBeGreaterThan(15);
  });
});
