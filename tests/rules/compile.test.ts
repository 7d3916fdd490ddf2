import { describe, expect, it } from 'vitest';
import { anyPatternTest, compileNameList } from '../../src/rules/compile.js';
import { SITE_NAME_PATTERNS } from '../../src/rules/text-header.js';

/**
 * anyPatternTest regroups the patterns' alternatives into one union per flag set (shared openings
 * factored out); whatever the regrouping, it must say yes exactly where one of the patterns matches.
 */
describe('anyPatternTest', () => {
  const agrees = (patterns: readonly RegExp[], lines: readonly string[]) => {
    const any = anyPatternTest(patterns);
    for (const line of lines) expect(any(line), line).toBe(patterns.some((p) => new RegExp(p.source, p.flags).test(line)));
  };

  it('agrees with trying each site-name pattern', () => {
    const lines = [
      'The Verge logo',
      'The Guardian - Back to home',
      'Medical News Today | Homepage',
      'Welcome to Medical News Today',
      'Subscribe to IAB News newsletter',
      '© 2017 Vox Media, Inc. All rights reserved',
      'Copyright 2019 Example Media | Privacy',
      'The council met on Tuesday to discuss the budget.',
      'the verge logo',
      'Home',
      '',
    ];
    agrees(
      SITE_NAME_PATTERNS.map((p) => p.pattern),
      lines,
    );
  });

  it('handles shared openings, optional atoms, escapes and global flags', () => {
    const patterns = [/^ab?c/i, /^ab?d$/i, /x\(y\)|x\(z/, /(?:foo|bar)s?$/g, /\u00e9t\u00e9|\p{Lu}{2}/u];
    const lines = ['ac', 'ABD', 'abdx', 'x(y)', 'x(z', 'bars', 'foo!', 'été', 'OK', 'ok', 'xyz'];
    agrees(patterns, lines);
    agrees(patterns, lines);
  });

  it('refuses a backreference, which would point at another group in a union', () => {
    expect(() => anyPatternTest([/(a)\1/, /b/])('aa')).toThrow(/backreference/);
  });
});

/** compileNameList answers what splitting the list on whitespace and looking each name up would. */
describe('compileNameList', () => {
  const names = ['hidden', 'd-none', 'sr-only'];
  const list = compileNameList('test', names);
  it('agrees with a split and a set look-up', () => {
    const set = new Set(names);
    for (const text of [
      'hidden',
      'a hidden b',
      'hiddenx',
      'xhidden',
      ' hidden ',
      'a\thidden\nb',
      'd-none-md',
      'md:d-none',
      'Hidden',
      '',
      '  ',
      'sr-only',
    ]) {
      expect(list.test(text), JSON.stringify(text)).toBe(text.split(/\s+/).some((n) => set.has(n)));
    }
  });
  it('escapes names and refuses blank ones', () => {
    expect(compileNameList('dots', ['a.b']).test('axb')).toBe(false);
    expect(() => compileNameList('blank', ['ok', ''])).toThrow();
    expect(() => compileNameList('spaced', ['two words'])).toThrow();
  });
});
