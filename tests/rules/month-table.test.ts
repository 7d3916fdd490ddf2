import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MONTH_TABLE_PATH, monthTableSource } from '../../scripts/make-month-table.js';
import { isMonthWord, monthOf } from '../../src/metadata/months.js';

describe('month table', () => {
  it('is what CLDR gives for the listed locales (run scripts/make-month-table.ts after editing them)', () => {
    expect(readFileSync(MONTH_TABLE_PATH, 'utf8')).toBe(monthTableSource());
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
