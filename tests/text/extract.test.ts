import { describe, expect, it } from 'vitest';
import { clean } from '../../src/index.js';
import { detectLanguage } from '../../src/text/language.js';
import { prose, reasons } from './text-cases.js';

describe('the text path', () => {
  it('keeps the densest run of prose and drops the menu above it and the footer below it', () => {
    const page = [' * Home', ' * News', ' * Sport', '', 'Bridge Approved', '', ...prose, '', ' * Contact', ' * Privacy Policy'].join('\n');
    const article = clean(page, { inputKind: 'text' });
    expect(article.body).toBe(prose.join('\n\n'));
    const why = reasons(page);
    expect(why.get('Home')).toBe('before-article');
    expect(why.get('Privacy Policy')).toBe('after-article');
  });

  it('ends the article at a comment section even when prose follows', () => {
    const comment = 'I walk across that bridge every day and I think this is wonderful news for all of us here.';
    const page = [...prose, '', 'Leave a Reply', '', comment].join('\n');
    expect(clean(page, { inputKind: 'text' }).body).toBe(prose.join('\n\n'));
    expect(reasons(page).get(comment)).toBe('tail-section:comment-form');
  });

  it('drops a related-links box inside the article and keeps the prose after it', () => {
    const page = [prose[0], prose[1], '', 'Related Articles', ' * Town hall to close', ' * New bus timetable', '', prose[2], prose[3]].join(
      '\n',
    );
    expect(clean(page, { inputKind: 'text' }).body).toBe(prose.join('\n\n'));
    expect(reasons(page).get('Town hall to close')).toBe('inline-box:related');
  });

  it('ends the article at a related list that runs on as teasers', () => {
    const teasers = ['Town hall to close', 'By Staff', 'The town hall will close for repairs next month, the mayor said.'];
    const page = [...prose, '', 'Related Articles', ...teasers, ...teasers].join('\n');
    expect(clean(page, { inputKind: 'text' }).body).toBe(prose.join('\n\n'));
  });

  it('names the rule behind each dropped piece of furniture in --explain', () => {
    const page = ['By Jane Smith', 'March 8, 2021', '', ...prose, '', 'Share this:', ' * Twitter', 'Like this:', 'Loading...'].join('\n');
    const article = clean(page, { inputKind: 'text', explain: true });
    expect(article.removed).toEqual(
      expect.arrayContaining([
        { text: 'By Jane Smith', reason: 'phrase:byline' },
        { text: 'March 8, 2021', reason: 'machinery:date' },
        { text: 'Twitter', reason: 'phrase:share' },
        { text: 'Loading...', reason: 'phrase:share' },
      ]),
    );
  });

  it('keeps code and wrapped table cells that sit between paragraphs', () => {
    const code = ['SELECT avg(n)', 'FROM series;', 'avg │ stddev', '4.33 │ 3.08'];
    const page = [prose[0], prose[1], '', ...code, '', prose[2], prose[3]].join('\n');
    expect(clean(page, { inputKind: 'text' }).body).toBe([prose[0], prose[1], ...code, prose[2], prose[3]].join('\n\n'));
  });

  it('keeps everything when no line reads as prose', () => {
    expect(clean('Home\nNews\nSport', { inputKind: 'text' }).body).toBe('Home\n\nNews\n\nSport');
  });
});

describe('detectLanguage', () => {
  it('names the language whose function words the page uses, or null for one we have no list for', () => {
    const german = 'Die Gemeinde hat für den Bau der neuen Fähre rund eine Million Euro ausgegeben, und das ist nicht wenig.';
    const indonesian = 'Mudah-mudahan kita bisa memahami dan mengamalkan ini. Jangan sampai karena kita membenci satu kaum.';
    expect(detectLanguage(Array.from({ length: 5 }, () => german))).toBe('de');
    expect(detectLanguage(Array.from({ length: 5 }, () => prose[0] ?? ''))).toBe('en');
    expect(detectLanguage(Array.from({ length: 10 }, () => indonesian))).toBeNull();
  });
});
