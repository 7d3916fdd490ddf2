import { MONTH_LOCALES } from '../rules/month-names.js';

/**
 * Month words, lower case and without a trailing dot, mapped to 1..12: every CLDR form (long and short,
 * standalone and beside a day) of the locales in rules/month-names.ts. Built on first use, since creating
 * the formatters costs a few milliseconds a process does not need to pay to read a page without dates.
 */

/** Short forms below this length ("1", "I") are numbers or letters in some locale, not month words. */
const MIN_MONTH_CHARS = 3;
// Standalone and beside a day for the long names (they differ in Slavic, Baltic and Greek); short names
// beside a day only, where datelines use them.
const FORMATS: readonly Intl.DateTimeFormatOptions[] = [
  { month: 'long' },
  { month: 'long', day: 'numeric' },
  { month: 'short', day: 'numeric' },
];

let monthByName: Map<string, number> | null = null;

function buildMonthByName(): Map<string, number> {
  const map = new Map<string, number>();
  for (const { locale } of MONTH_LOCALES) {
    for (const format of FORMATS) {
      const formatter = new Intl.DateTimeFormat(locale, { ...format, timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) {
        const part = formatter.formatToParts(new Date(Date.UTC(2021, month, 15))).find((p) => p.type === 'month');
        const word = part?.value.toLowerCase().replace(/\.$/, '');
        if (word && word.length >= MIN_MONTH_CHARS && /^\p{L}+(?: \p{L}+)?$/u.test(word) && !map.has(word)) map.set(word, month + 1);
      }
    }
  }
  return map;
}

/**
 * The month (1..12) a word names in any listed locale. A two-word match is a two-word name ("كانون الثاني"),
 * or one name beside another word ("mayo de", "published may"): then either word may be the month.
 */
export function monthOf(word: string): number | undefined {
  monthByName ??= buildMonthByName();
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  const space = w.indexOf(' ');
  if (space < 0) return monthByName.get(w);
  return monthByName.get(w) ?? monthByName.get(w.slice(0, space)) ?? monthByName.get(w.slice(space + 1));
}

/** Whether a single word is a month name. */
export const isMonthWord = (word: string): boolean => !word.includes(' ') && monthOf(word) !== undefined;

let weekdays: Set<string> | null = null;

/** Whether a word is a weekday name ("Thursday", "Do", "jeudi") in a listed locale, long or short. */
export function isWeekdayWord(word: string): boolean {
  if (!weekdays) {
    weekdays = new Set();
    for (const { locale } of MONTH_LOCALES) {
      for (const weekday of ['long', 'short'] as const) {
        const formatter = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
        // 2021-03-01 was a Monday: seven days from it name every weekday.
        for (let day = 1; day <= 7; day++) {
          const name = formatter
            .format(new Date(Date.UTC(2021, 2, day)))
            .toLowerCase()
            .replace(/\.$/, '');
          if (name.length >= MIN_MONTH_CHARS && /^\p{L}+$/u.test(name)) weekdays.add(name);
        }
      }
    }
  }
  return weekdays.has(word.toLowerCase().replace(/\.$/, ''));
}
