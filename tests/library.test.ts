import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import * as deboil from '../src/index.js';
import { clean, cleanDocument, cleanFile, DeboilError } from '../src/index.js';
import { FIXTURES } from './helpers.js';

const newsHtml = readFileSync(join(FIXTURES, 'jsonld-news-article', 'input.html'), 'utf8');

describe('library API', () => {
  it('exposes the public API and nothing that runs on import', () => {
    expect(Object.keys(deboil).sort()).toEqual(
      [
        'ArticleSchema',
        'DeboilError',
        'ERROR_CODES',
        'ErrorRecordSchema',
        'OptionsSchema',
        'SiteRuleSchema',
        'SiteRulesSchema',
        'articleJsonSchema',
        'clean',
        'cleanDocument',
        'cleanFile',
        'cleanMany',
        'resolveOptions',
      ].sort(),
    );
  });

  it('clean() takes a string or bytes, synchronously', () => {
    const fromString = clean(newsHtml);
    const fromBytes = clean(new TextEncoder().encode(newsHtml));
    expect(fromString).toEqual(fromBytes);
    expect(fromString.title).toBe('Harbour seals return to the estuary');
    expect(fromString.body).not.toContain('cookies');
    expect(fromString.body).not.toContain('Related stories');
  });

  it('cleanDocument() takes a jsdom Document', () => {
    const { window } = new JSDOM(newsHtml);
    const article = cleanDocument(window.document);
    expect(article.outlet).toBe('Coastal Times');
    expect(article.body).toBe(clean(newsHtml).body);
  });

  it('cleanFile() reads, decodes and cleans the file, as clean() does its bytes', async () => {
    const path = join(FIXTURES, 'seed-global-research', 'input.txt');
    const article = await cleanFile(path);
    expect(article.outlet).toBe('Global Research');
    expect(article.body).toBe(clean(readFileSync(path)).body);
  });

  it('throws DeboilError with a code and a hint on bad input', () => {
    expect(() => clean('   \n ')).toThrow(DeboilError);
    let thrown: unknown;
    try {
      clean('');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DeboilError);
    expect((thrown as DeboilError).code).toBe('EMPTY_INPUT');
    expect((thrown as DeboilError).hint).toBeTruthy();
    expect(() => clean('x', { inputKind: 'pdf' as never })).toThrow(/inputKind/);
  });

  it('explain adds every removed block with its rule, and the source of each field', () => {
    const article = clean(newsHtml, { explain: true });
    expect(article.removed).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'phrase:newsletter', text: 'Sign up for our weekly nature newsletter' })]),
    );
    expect(article.provenance).toEqual(expect.arrayContaining([{ field: 'date', source: 'json-ld' }]));
    expect(clean(newsHtml).removed).toBeUndefined();
  });
});
