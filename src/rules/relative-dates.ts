/**
 * Relative dates ("3 hours ago", "il y a 2 jours", "vor 5 Minuten", "hace 2 días", "před 2 hodinami"),
 * resolved against the crawl date, never against today: a page fetched last year and cleaned today was
 * still published "3 hours" before it was fetched.
 */

/** Unit words by language, lower case, singular and plural, mapped to a length in hours (days for dates). */
export const RELATIVE_UNITS: Readonly<Record<string, number>> = {
  // English
  minute: 1 / 60,
  minutes: 1 / 60,
  min: 1 / 60,
  mins: 1 / 60,
  hour: 1,
  hours: 1,
  hr: 1,
  hrs: 1,
  day: 24,
  days: 24,
  week: 168,
  weeks: 168,
  // French
  heure: 1,
  heures: 1,
  jour: 24,
  jours: 24,
  semaine: 168,
  semaines: 168,
  // German
  minuten: 1 / 60,
  stunde: 1,
  stunden: 1,
  tag: 24,
  tagen: 24,
  woche: 168,
  wochen: 168,
  // Spanish / Portuguese / Italian
  minuto: 1 / 60,
  minutos: 1 / 60,
  minuti: 1 / 60,
  hora: 1,
  horas: 1,
  ora: 1,
  ore: 1,
  día: 24,
  días: 24,
  dia: 24,
  dias: 24,
  giorno: 24,
  giorni: 24,
  // Czech (a dev-corpus page prints "před 2 hodinami")
  minutou: 1 / 60,
  minutami: 1 / 60,
  hodinou: 1,
  hodinami: 1,
  dnem: 24,
  dny: 24,
};

/** "3 hours ago", "2 jours" after "il y a", "vor 5 Minuten", "hace 2 días", "há 2 dias", "2 ore fa", "před 2 hodinami". */
export const RELATIVE_DATE_PATTERNS: readonly string[] = [
  '\\b(\\d{1,3}) ([\\p{L}]{2,9}) ago\\b',
  '\\bil y a (\\d{1,3}) ([\\p{L}]{2,9})\\b',
  '\\bvor (\\d{1,3}) ([\\p{L}]{2,9})\\b',
  '\\bhace (\\d{1,3}) ([\\p{L}]{2,9})\\b',
  '\\bhá (\\d{1,3}) ([\\p{L}]{2,9})\\b',
  '\\b(\\d{1,3}) ([\\p{L}]{2,9}) fa\\b',
  '\\bpřed (\\d{1,3}) ([\\p{L}]{2,9})\\b',
];
