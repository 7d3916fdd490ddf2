import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MONTH_TABLE_PATH, monthTableSource, monthWordsFromIntl } from '../../scripts/make-month-table.js';
import { isMonthWord, monthOf } from '../../src/metadata/months.js';
import { MONTH_WORDS } from '../../src/rules/month-table.js';

describe('month table', () => {
  const committed = readFileSync(MONTH_TABLE_PATH, 'utf8');
  const sameCldr = committed.includes(`from CLDR ${process.versions.cldr} `);

  it('is what CLDR gives for the listed locales (run scripts/make-month-table.ts after editing them)', () => {
    if (sameCldr) {
      expect(committed).toBe(monthTableSource());
      return;
    }
    // Another Node ships another CLDR, whose spellings may differ a little: the table still holds nearly
    // every month word this Node's CLDR gives, so a locale added without regenerating still fails.
    const words = new Set(MONTH_WORDS.flatMap((row) => row.split('|')));
    const fresh = monthWordsFromIntl().flat();
    expect(fresh.filter((w) => words.has(w)).length / fresh.length).toBeGreaterThan(0.9);
  });

  it('reads month words of several scripts and forms', () => {
    expect(monthOf('September')).toBe(9);
    expect(monthOf('sept')).toBe(9);
    expect(monthOf('Jänner')).toBe(1);
    expect(monthOf('kwietnia')).toBe(4);
    expect(monthOf('апреля')).toBe(4);
    expect(monthOf('كانون الثاني')).toBe(1);
    expect(monthOf('mayo de')).toBe(5);
    // Polish is listed before Croatian, whose "listopad" is October.
    expect(monthOf('listopad')).toBe(11);
    expect(isMonthWord('friday')).toBe(false);
    expect(isMonthWord('mai')).toBe(true);
  });
});
