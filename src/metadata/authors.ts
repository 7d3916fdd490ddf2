import { normalizeLine } from '../article/normalize.js';
import {
  ACCOUNT_NAMES,
  AUTHOR_META_LABELS,
  BYLINE_PREFIXES,
  BYLINE_ROLE_WORDS,
  BYLINE_UI_WORDS,
  JOB_TITLE_WORDS,
  NAME_CONJUNCTIONS,
  POLITICAL_TITLES,
} from '../rules/bylines.js';
import { escapeRegex } from '../rules/compile.js';
import { isMonthWord, isWeekdayWord } from './months.js';

/**
 * Author names from bylines and author fields: "By Jane Doe and John Roe, Staff Writer - May 16, 2018"
 * -> ["Jane Doe", "John Roe"]. No "By", no dates, no job titles, no conjunctions.
 */

// A label's colon may follow a space, as French typography sets it ("Auteur : Kossivi Tiassou"), and a
// byline word may take one too ("Written by: Julie Mollins").
const prefixPattern = (p: string) => (p.endsWith(':') ? `${escapeRegex(p.slice(0, -1))}\\s*:` : `${escapeRegex(p)}(?:\\s*:)?`);
const PREFIXES = BYLINE_PREFIXES.map(prefixPattern).join('|');
const PREFIX = new RegExp(`^(?:${PREFIXES})(?:(?<=:)\\s*|\\s+)`, 'iu');
/** A line that opens with a byline word followed by a capitalised name: "By Jane Doe", "Par Jean Dupont". */
export const BYLINE_START = new RegExp(`^(?:${PREFIXES})\\s*\\p{Lu}`, 'iu');
const ROLE = `(?:${BYLINE_ROLE_WORDS.map(escapeRegex).join('|')})`;
const ROLE_LABEL = new RegExp(`^${ROLE}(?:\\s*(?:&|/|,|und|and|et)\\s*${ROLE})+\\s*:\\s*`, 'iu');
const CONJUNCTION = `(?:${NAME_CONJUNCTIONS.map(escapeRegex).join('|')})`;
const SEPARATORS = new RegExp(`\\s*(?:[,;]|\\s${CONJUNCTION}\\s)\\s*`, 'iu');
// "Martin Untersinger (avec Damien Leloup et Morgane Tual)": co-authors in parentheses are more names.
const CO_AUTHORS_IN_PARENS = new RegExp(`\\(${CONJUNCTION}\\s([^()]{1,120})\\)`, 'giu');
// "Bradley M. Kuhn (http://ebb.org/bkuhn/)", "Jane Doe (@jane)": a link beside the name is not part of it.
const LINK_IN_PARENS = /\((?:https?:|www\.|@)[^()]{0,200}\)/giu;
// "Eberhard Fuhr (Pressesprecher des EJW)": a description after the names, once co-authors in parentheses
// are read. One word in parentheses is a handle or an agency ("(stevenhgm)", "(AP)") and stays.
const TRAILING_PARENS = /\s*\([^()]*\s[^()]*\)$/u;
// "Peter Maahn/SP-X": the agency the author files for, after a slash.
const AGENCY_AFTER_SLASH = /(?<=\p{L}{2} \p{L}[\p{L}.'’-]+)\/\p{Lu}[\p{L}-]*$/u;
// A byline word before a capitalised name, anywhere in the line ("... 2020 by Adi Tzlil").
const BY_AFTER_DATE = /(?<=\s)(?:by|von|par|por|door|av)\s+(?=\p{Lu})/gu;
const OFFICE = new RegExp(`^(?:${POLITICAL_TITLES.map(escapeRegex).join('|')})\\s+(?=\\p{Lu})`, 'iu');
// "(R-Ky.)", "(D-NY)": a US party and state label after a politician's name.
const PARTY_LABEL = /\s\([RDI]-[A-Z][A-Za-z.]{1,5}\)/gu;
const GLUED_PREFIX = /^(By|Von|Par|Por)(?=\p{Lu})/u;
const BRAND_WITH_AMPERSAND = /^[\p{L}\p{N}]+ & [\p{L}\p{N}]+$/u;
const LAST_COMMA_FIRST = /^[\p{Lu}][\p{L}'’-]+, [\p{L}][\p{L}.'’ -]{0,30}$/u;
// "by Ana Lima @analima": the social handle repeats the name.
const HANDLE = /\s?@[\p{L}\p{N}_.]{1,40}/gu;
// Editors, photographers and illustrators share the byline but are not authors.
const OTHER_ROLES = /\s(?:edited|photos?|photographs|illustrations?|graphics|additional reporting)\s(?:by|von|par|por)\s.*$/iu;
const JOB_TITLES = new Set(JOB_TITLE_WORDS);
const ACCOUNTS = new Set(ACCOUNT_NAMES);
// Words a byline puts between the names and the date it is cut at: "Jane Doe | Updated on May 16".
const DATE_LEAD = /(?:\s+|^)(?:on|updated|published|posted|le|am|el|il|op|den|stand)$/iu;
// Lower case or capitalised, matched case-sensitively so that a glued word is told by its capital.
const UI_WORD = `(?:${BYLINE_UI_WORDS.flatMap((w) => [w, w[0]?.toUpperCase() + w.slice(1)].map(escapeRegex)).join('|')})`;
// A UI word after the name, spaced or glued to its last letter ("Jane DoeFollow"), and whatever follows it.
const TRAILING_UI = new RegExp(`(?:\\s+|(?<=\\p{Ll})(?=\\p{Lu}))${UI_WORD}(?![\\p{Ll}]).*$`, 'u');
const ONLY_UI = new RegExp(`^(?:${UI_WORD}|${PREFIXES})$`, 'iu');
/** A byline longer than this is a paragraph, not a byline. */
export const MAX_BYLINE_CHARS = 200;
/** Names run to a few words; more is a sentence. */
const MAX_NAME_WORDS = 6;

// "Staff Writers" is as much a job title as "Staff Writer".
const isJobWord = (word: string) => JOB_TITLES.has(word) || JOB_TITLES.has(word.replace(/s$/, ''));

function isJobTitle(part: string): boolean {
  const words = part.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const last = words[words.length - 1];
  return last !== undefined && isJobWord(last) && (words.length <= 2 || words.every(isJobWord));
}

/** A role runs to a few words, the last of them a job word ("Senior Political Editor"). */
const MAX_ROLE_WORDS = 4;

function isRoleAfterName(part: string): boolean {
  const words = part.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  const last = words[words.length - 1];
  return last !== undefined && words.length <= MAX_ROLE_WORDS && isJobWord(last);
}

function dropTrailingDateWords(text: string): string {
  let s = text.replace(/[\s,|•·–—:-]+$/u, '');
  for (;;) {
    const last = /(?:^|\s)([\p{L}]+)\.?$/u.exec(s);
    const word = last?.[1]?.toLowerCase();
    if (!last || !word || !(isMonthWord(word) || isWeekdayWord(word) || DATE_LEAD.test(` ${word}`)) || last.index === 0) return s;
    s = s.slice(0, last.index).replace(/[\s,|•·–—:-]+$/u, '');
  }
}

function isName(part: string): boolean {
  const words = part.split(/\s+/).length;
  return (
    part.length > 1 &&
    !ONLY_UI.test(part) &&
    !ACCOUNTS.has(part.toLowerCase()) &&
    words <= MAX_NAME_WORDS &&
    !/[@:/\\]|www\.|\.com\b/i.test(part) &&
    /\p{L}/u.test(part) &&
    !isJobTitle(part)
  );
}

/** The names in one byline or author field. */
export function splitByline(raw: string): string[] {
  // "ByJ.R. Stone": a byline word glued to the name, where the template put them in two elements.
  let text = normalizeLine(raw).replace(GLUED_PREFIX, '$1 ').replace(ROLE_LABEL, '');
  if (text.length === 0 || text.length > MAX_BYLINE_CHARS || /^https?:/i.test(text)) return [];
  // "Posted on September 21, 2020 by Adi Tzlil": the names follow the last byline word after the date.
  const after = [...text.matchAll(BY_AFTER_DATE)].pop();
  if (after?.index !== undefined && /\d/.test(text.slice(0, after.index))) text = text.slice(after.index).trim();
  // A date or time ends the names: everything from the first digit on is the dateline part. Digits glued
  // to a lower-case word are a handle's ("freeman1984"); to a capitalised one, a glued date ("Nolan22 Dec").
  const digit = text.search(/(?<!(?:^|\s)\p{Ll}[\p{L}\p{N}_.]*)\d/u);
  if (digit >= 0) text = dropTrailingDateWords(text.slice(0, digit));
  text = text
    .replace(/\s*[|•·–—]\s.*$/u, '')
    .replace(/\s+[-|•·–—]$/u, '')
    .replace(TRAILING_UI, '')
    .replace(OTHER_ROLES, '')
    .replace(LINK_IN_PARENS, '')
    .replace(AGENCY_AFTER_SLASH, '')
    .replace(PARTY_LABEL, '')
    .replace(HANDLE, '')
    .replace(CO_AUTHORS_IN_PARENS, ', $1')
    .replace(TRAILING_PARENS, '');
  const bare = text.replace(PREFIX, '');
  // "Mac & i", "Marks & Spencer": two single words joined by "&" name a brand or a desk, not people.
  if (BRAND_WITH_AMPERSAND.test(bare)) return [];
  // "Jong, Michiel de", "Kooman, F.": a single surname before the only comma is "Last, First".
  if (LAST_COMMA_FIRST.test(bare) && !isJobTitle(bare.split(',')[1] ?? '')) return isName(bare) ? [bare] : [];
  const names: string[] = [];
  for (const piece of text.split(SEPARATORS)) {
    const part = piece.replace(PREFIX, '').replace(PREFIX, '').trim().replace(OFFICE, '');
    // After a name, a part that ends with a job word is that person's role: "Adam Smith, Times Political Editor".
    if (names.length > 0 && isRoleAfterName(part)) continue;
    if (isName(part)) names.push(part);
  }
  return names;
}

const AUTHOR_META_LABEL = new RegExp(`^(?:${AUTHOR_META_LABELS.map(escapeRegex).join('|')})$`, 'iu');
/** Yoast SEO's label/data pairs run to a few entries (author, reading time). */
const MAX_META_LABELS = 4;

/** The author a `twitter:labelN` "Written by" names in its `twitter:dataN`. */
export function labelledMetaAuthor(meta: ReadonlyMap<string, string>): string | null {
  for (let n = 1; n <= MAX_META_LABELS; n++) {
    const label = meta.get(`twitter:label${n}`);
    if (label && AUTHOR_META_LABEL.test(label.trim())) return meta.get(`twitter:data${n}`) ?? null;
  }
  return null;
}

// A byline printed as text: a byline word ("By", "von", "Ein Artikel von") or a label ("Autor:") opening a
// short text, the name after it in the same text or the next one.
// A date and time may come first: "06.11.2023 13:30 von Olga".
const TEXT_BYLINE = new RegExp(`^[\\s|•·–—\\d.:/,-]*(${PREFIXES})(?=\\s|$|(?<=:))`, 'iu');
/** A byline text is short; a longer one is prose that happens to start with "By". */
export const MAX_BYLINE_TEXT_CHARS = 80;

/** Whether a short text opens like a byline; the page scan keeps such texts for the text-byline reader. */
export function opensLikeByline(text: string): boolean {
  return text.length <= MAX_BYLINE_TEXT_CHARS && TEXT_BYLINE.test(text);
}

/**
 * The byline word or label that opens a text, and what follows it ("" when the name is in the next text);
 * null when the text does not open like a byline. A label ("Autor:") counts anywhere, a bare byline word
 * only near the headline: the reader decides that.
 */
export function bylineOpening(text: string): { rest: string; labelled: boolean } | null {
  const m = TEXT_BYLINE.exec(text);
  if (!m?.[1]) return null;
  return { rest: text.slice(m[0].length).replace(/^[\s:]+/, ''), labelled: m[1].endsWith(':') };
}
