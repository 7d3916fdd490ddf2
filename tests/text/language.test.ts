import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { detectBodyLanguage } from '../../src/text/language.js';

const ENGLISH = [
  'The council met on Tuesday to discuss the harbour plan and the new ferry timetable for the summer.',
  'Residents asked whether the old pier would be repaired before the season begins, and who would pay for it.',
  'The mayor said that the budget allowed for the repairs, but that the work could take until the autumn.',
];
// Swedish has no function-word list in src/rules/stopwords.ts: the detector (eld) answers for it.
const SWEDISH = [
  'Kommunfullmäktige sammanträdde i tisdags för att diskutera den nya hamnplanen och färjornas tidtabell.',
  'Många invånare undrade om den gamla piren skulle lagas innan sommarsäsongen börjar, och vem som skulle betala.',
  'Kommunstyrelsens ordförande sa att budgeten räcker till reparationerna, men att arbetet kan dröja till hösten.',
];
const dump = (lines: string[]) => `Harbour news\n\n${lines.join('\n\n')}\n`;
const html = (lang: string, lines: string[]) =>
  `<!doctype html><html${lang}><head><title>Harbour</title></head><body><article>${lines.map((l) => `<p>${l}</p>`).join('')}</article></body></html>`;

describe('language of pages that state none', () => {
  it('is read from a text dump, with its source under --explain', () => {
    const article = clean(dump(ENGLISH), { inputKind: 'text', explain: true });
    expect(article.language).toBe('en');
    expect(article.provenance).toContainEqual({ field: 'language', source: 'language-detector' });
    expect(clean(dump(SWEDISH), { inputKind: 'text' }).language).toBe('sv');
  });

  it('is read from an HTML body without lang, and the page’s own lang still wins', () => {
    expect(clean(html('', SWEDISH)).language).toBe('sv');
    const stated = clean(html(' lang="fr-CA"', ENGLISH), { explain: true });
    expect(stated.language).toBe('fr-CA');
    expect(stated.provenance).toContainEqual({ field: 'language', source: 'html-lang' });
  });

  it('stays null for a body too short or in no language (lorem ipsum)', () => {
    expect(detectBodyLanguage([{ text: 'Harbour plan' }])).toBeNull();
    const lorem =
      'Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.';
    expect(detectBodyLanguage([{ text: lorem }, { text: lorem.split(' ').reverse().join(' ') }])).toBeNull();
  });
});
