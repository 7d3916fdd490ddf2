import { normalizeLine } from '../article/normalize.js';
import { BYLINE_START } from '../metadata/authors.js';
import { type ParsedDate, parseTextDate } from '../metadata/date.js';

/**
 * A dateline: a short line naming the outlet and the date, as news and blog templates print them under
 * a headline — "Global Research, May 16, 2018" or "Le Monde, 16 mai 2018". The name must look like a
 * name (capitalised words), and must not be a weekday, which is part of the date itself.
 */
const DATELINE = /^(\p{Lu}[\p{L}\p{N}&.'’ -]{1,60}?)\s?[,|–—-]\s?(.{6,40})$/u;
const WEEKDAY =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)$/i;
/** Longer lines are prose that happens to start with a name and a date. */
export const MAX_DATELINE_CHARS = 90;

export interface Dateline extends ParsedDate {
  outlet: string;
}

export function parseDateline(line: string, latest?: Date): Dateline | null {
  const text = normalizeLine(line);
  if (text.length > MAX_DATELINE_CHARS) return null;
  const m = DATELINE.exec(text);
  if (!m?.[1] || !m[2]) return null;
  const name = m[1].trim();
  // "Par Jean Dupont — 24 novembre 2017" is a byline with a date, not an outlet's dateline.
  if (WEEKDAY.test(name) || /\d{4}/.test(name) || BYLINE_START.test(name)) return null;
  const parsed = parseTextDate(m[2], latest);
  // The date must be the whole rest of the line, give or take a time stamp, or this is a sentence.
  if (!parsed || m[2].replace(/[\d:apm. ]+$/i, '').length > 30) return null;
  return { ...parsed, outlet: name };
}
