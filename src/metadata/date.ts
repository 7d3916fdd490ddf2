import { compilePattern } from '../rules/compile.js';
import { MODIFIED_DATE_WORDS } from '../rules/date-words.js';
import { RELATIVE_DATE_PATTERNS, RELATIVE_UNITS } from '../rules/relative-dates.js';
import { monthOf } from './months.js';

/**
 * Date parsing shared by every source (JSON-LD, meta tags, URLs, text datelines). Returns the day as
 * YYYY-MM-DD and, when the source gives a time, the full timestamp as written (offset kept, never shifted
 * to UTC: the day a page says it was published is the day in its own time zone).
 */
export interface ParsedDate {
  date: string;
  published: string | null;
}

/** Dates before this are not web publication dates (the first news sites went online in the mid-1990s). */
export const EARLIEST_YEAR = 1995;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The crawl date as the upper bound on every date a page states, with the days it turned away (for
 * `--explain`). A bound that is only a guess, a file's modification time (which an unzip or a copy may
 * have set to 1980 or to last week), is `soft`: when it turns away every candidate, the page is dated
 * without it rather than left undated. It is a Date, so every parser takes it where it takes a crawl date.
 */
export class CrawlBound extends Date {
  readonly rejected = new Set<string>();
  /** Set when a soft bound turned every candidate away and the date was picked without it. */
  dropped = false;
  constructor(
    time: Date,
    readonly soft: boolean,
  ) {
    super(time.getTime());
  }
}

/**
 * The bound for a page: the crawl date given, else the file's modification time as a soft bound. A file
 * time before the web era is a reset clock (zip archives store 1980), not a fetch date, and bounds nothing.
 */
export function crawlBound(crawlDate: Date | undefined, fileTime: Date | undefined): CrawlBound | undefined {
  if (crawlDate) return new CrawlBound(crawlDate, false);
  return fileTime && fileTime.getUTCFullYear() >= EARLIEST_YEAR ? new CrawlBound(fileTime, true) : undefined;
}

/** A pick under the bound, or without it when a soft bound turned away every candidate and left no date. */
export function pickUnderBound<T extends { date: unknown }>(latest: Date | undefined, pick: (latest: Date | undefined) => T): T {
  const picked = pick(latest);
  if (picked.date || !(latest instanceof CrawlBound) || !latest.soft || latest.rejected.size === 0) return picked;
  latest.dropped = true;
  return pick(undefined);
}

function validDay(year: number, month: number, day: number, latest?: Date): string | null {
  if (year < EARLIEST_YEAR || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  // A day after the crawl date is a typo or a future event, not a publication date; one day of slack covers time zones.
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (latest && d.getTime() > latest.getTime() + 86_400_000) {
    if (latest instanceof CrawlBound) latest.rejected.add(iso);
    return null;
  }
  return iso;
}

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/i;

/** A machine-readable date: ISO 8601 with or without time, as in JSON-LD and meta tags. */
export function parseIsoDate(value: string, latest?: Date): ParsedDate | null {
  const m = ISO.exec(value);
  if (!m) return parseTextDate(value, latest);
  const [, y, mo, d, hh, mm, ss, frac, zone] = m;
  const date = validDay(Number(y), Number(mo), Number(d), latest);
  if (!date) return null;
  if (!hh || !mm) return { date, published: null };
  const offset = !zone ? '' : zone.toUpperCase() === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return { date, published: `${date}T${hh}:${mm}:${ss ?? '00'}${frac ?? ''}${offset}` };
}

/** Unix time in seconds (10 digits) or milliseconds (13), as `data-timestamp` attributes write it. */
const EPOCH = /^\s*(\d{10}|\d{13})\s*$/;

/** An ISO date, or a Unix timestamp read as a UTC day. */
export function parseMachineDate(value: string, latest?: Date): ParsedDate | null {
  const epoch = EPOCH.exec(value)?.[1];
  if (!epoch) return parseIsoDate(value, latest);
  const when = new Date(Number(epoch) * (epoch.length === 10 ? 1000 : 1));
  return validDay(when.getUTCFullYear(), when.getUTCMonth() + 1, when.getUTCDate(), latest)
    ? { date: when.toISOString().slice(0, 10), published: null }
    : null;
}

// A month word in any script, up to two words ("كانون الثاني"), and a second name after a slash, as Levantine
// papers write the month twice ("نيسان / أبريل").
const MONTH_WORD = '(\\p{L}{3,13}(?:\\s\\p{L}{2,8})?)\\.?(?:\\s?/\\s?\\p{L}{3,13})?';
// "May 16, 2018", "May 16 2018", "Wednesday, May 16th, 2018"
const MONTH_DAY_YEAR = new RegExp(`(?<![\\p{L}\\p{N}])${MONTH_WORD}\\s(\\d{1,2})(?:st|nd|rd|th)?,?\\s(\\d{4})\\b`, 'iu');
// "16 May 2018", "16. Mai 2018", "16 de mayo de 2018", "le 16 mai 2018", "22 Dec, 2016", "21.dez.2018"
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?[\\s.](?:de\\s)?${MONTH_WORD},?[\\s.](?:de\\s)?(\\d{4})\\b`, 'iu');
// "2018-05-16", "2018/05/16"
const YEAR_MONTH_DAY = /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/;
// "16.05.2018" (European order; the US order "05/16/2018" only when the first number cannot be a day),
// and "26 | 01 | 2022" as magazine templates set the date line between rules.
const DAY_MONTH_YEAR_NUMERIC = /\b(\d{1,2})([./]| \| )(\d{1,2})\2(\d{4})\b/;

// "8.5.12", "28.01.22": German-style dates with a two-digit year, not part of a longer dotted number.
const DAY_MONTH_SHORT_YEAR = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.]|\.\d)/;

type DateReader = readonly [pattern: RegExp, read: (m: RegExpExecArray, latest?: Date) => string | null];

const TEXT_DATE_READERS: readonly DateReader[] = [
  [
    MONTH_DAY_YEAR,
    (m, latest) => {
      const month = m[1] ? monthOf(m[1]) : undefined;
      return month ? validDay(Number(m[3]), month, Number(m[2]), latest) : null;
    },
  ],
  [
    DAY_MONTH_YEAR,
    (m, latest) => {
      const month = m[2] ? monthOf(m[2]) : undefined;
      return month ? validDay(Number(m[3]), month, Number(m[1]), latest) : null;
    },
  ],
  [YEAR_MONTH_DAY, (m, latest) => validDay(Number(m[1]), Number(m[2]), Number(m[3]), latest)],
  [
    DAY_MONTH_YEAR_NUMERIC,
    (m, latest) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = Number(m[4]);
      return m[2] === '/' && b > 12 ? validDay(year, a, b, latest) : validDay(year, b, a, latest);
    },
  ],
  [
    DAY_MONTH_SHORT_YEAR,
    (m, latest) => {
      const yy = Number(m[3]);
      // Two-digit years are of this century up to the crawl year; "98" is 1998.
      const nowYY = (latest ?? new Date()).getUTCFullYear() % 100;
      return validDay(yy <= nowYY ? 2000 + yy : 1900 + yy, Number(m[2]), Number(m[1]), latest);
    },
  ],
];

/**
 * A human-readable date somewhere in a short text ("Global Research, May 16, 2018"). The date written
 * first wins, whatever its format: "10.11.2021 Bis einschließlich 9. November 2021 ..." is the 10th.
 */
export function parseTextDate(text: string, latest?: Date): ParsedDate | null {
  const s = text.toLowerCase();
  let best: { at: number; date: string } | null = null;
  for (const [pattern, read] of TEXT_DATE_READERS) {
    const m = pattern.exec(s);
    if (!m || (best && m.index >= best.at)) continue;
    const date = read(m, latest);
    if (date) best = { at: m.index, date };
  }
  return best ? { date: best.date, published: null } : null;
}

const GLOBAL_TEXT_DATE_READERS: readonly DateReader[] = TEXT_DATE_READERS.map(([pattern, read]) => [
  new RegExp(pattern.source, `${pattern.flags}g`),
  read,
]);

/** Every day written in a short text, in no particular order: "29. Dezember 2022 30. Dezember 2022" holds two. */
export function writtenDays(text: string, latest?: Date): string[] {
  const s = text.toLowerCase();
  const days: string[] = [];
  for (const [pattern, read] of GLOBAL_TEXT_DATE_READERS) {
    for (const m of s.matchAll(pattern)) {
      const day = read(m, latest);
      if (day) days.push(day);
    }
  }
  return days;
}

/** Dates in article URLs: /2018/05/16/ or /2018-05-16/ or /20180516/. */
const URL_DATE = /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:\/|-|_|$)/;
// European order as a whole path segment, as CMSs name press releases: /meldungen/29-10-2021.
const URL_DAY_FIRST = /\/(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d{2})(?:\/|\.html?|$)/;

export function parseUrlDate(url: string, latest?: Date): ParsedDate | null {
  const m = URL_DATE.exec(url);
  const dayFirst = m ? null : URL_DAY_FIRST.exec(url);
  const date = m
    ? validDay(Number(m[1]), Number(m[2]), Number(m[3]), latest)
    : dayFirst
      ? validDay(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]), latest)
      : null;
  return date ? { date, published: null } : null;
}

const RELATIVE = RELATIVE_DATE_PATTERNS.map((p) => compilePattern(p, 'iu'));
const HOUR_MS = 3_600_000;

/** "3 hours ago" and its kin, resolved against the crawl date; without a crawl date there is no answer. */
export function parseRelativeDate(text: string, crawlDate: Date | undefined): ParsedDate | null {
  if (!crawlDate) return null;
  for (const regex of RELATIVE) {
    const m = regex.exec(text);
    const hours = m?.[2] ? RELATIVE_UNITS[m[2].toLowerCase()] : undefined;
    if (!m || hours === undefined) continue;
    const when = new Date(crawlDate.getTime() - Number(m[1]) * hours * HOUR_MS);
    return { date: when.toISOString().slice(0, 10), published: null };
  }
  return null;
}

const MODIFIED_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${MODIFIED_DATE_WORDS.join('|')})(?![\\p{L}])`, 'iu');

/** The part of a date line before any "Updated"/"Mis à jour": where the publication date is written. */
export function beforeModifiedDate(text: string): string {
  const m = MODIFIED_WORD.exec(text);
  return m ? text.slice(0, m.index) : text;
}
