import { MONTH_WORDS, WEEKDAY_WORDS } from '../rules/month-table.js';

/**
 * Month words, lower case and without a trailing dot, mapped to 1..12: every CLDR form (long and short,
 * standalone and beside a day) of the locales in rules/month-names.ts, read from the table
 * scripts/make-month-table.ts writes: creating the CLDR formatters at run time cost more than cleaning a
 * small page (docs/performance.md).
 */
let monthByName: Map<string, number> | null = null;

function buildMonthByName(): Map<string, number> {
  const map = new Map<string, number>();
  MONTH_WORDS.forEach((words, month) => {
    for (const word of words.split('|')) map.set(word, month + 1);
  });
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
  weekdays ??= new Set(WEEKDAY_WORDS.split('|'));
  return weekdays.has(word.toLowerCase().replace(/\.$/, ''));
}
