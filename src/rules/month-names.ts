/**
 * The locales whose month names text datelines are read in ("May 16, 2018", "16 mai 2018", "16. Mai 2018",
 * "24 kwietnia 2020"). The names themselves come from CLDR through `Intl.DateTimeFormat` (Node ships full
 * ICU): long and short forms, standalone and as written with a day (the genitive of Slavic and Greek
 * months), written into month-table.ts by scripts/make-month-table.ts (run it after editing this list).
 * When two locales give one word different months, the locale listed first wins.
 */
export const MONTH_LOCALES: readonly { locale: string; why: string }[] = [
  { locale: 'en', why: 'the web default' },
  { locale: 'en-GB', why: 'British and Commonwealth papers abbreviate September as "Sept"' },
  { locale: 'de', why: 'German news and blogs are the largest share of the dated dev pages after English' },
  { locale: 'de-AT', why: 'Austrian pages write January as "Jänner"' },
  { locale: 'fr', why: 'French pages ("le 16 mai 2018")' },
  { locale: 'es', why: 'Spanish pages ("16 de mayo de 2018")' },
  { locale: 'es-PE', why: 'Peruvian and other Latin American pages write September as "setiembre"' },
  { locale: 'it', why: 'Italian pages' },
  { locale: 'pt', why: 'Portuguese and Brazilian pages ("21.dez.2018")' },
  { locale: 'nl', why: 'Dutch pages' },
  { locale: 'ca', why: 'Catalan pages' },
  { locale: 'sv', why: 'Swedish pages' },
  { locale: 'da', why: 'Danish pages' },
  { locale: 'nb', why: 'Norwegian pages' },
  { locale: 'fi', why: 'Finnish pages ("15. huhtikuuta 2020")' },
  { locale: 'pl', why: 'Polish pages; listed before Croatian, whose "listopad" is October, not November' },
  { locale: 'cs', why: 'Czech pages' },
  { locale: 'sk', why: 'Slovak pages' },
  { locale: 'hu', why: 'Hungarian pages' },
  { locale: 'ro', why: 'Romanian pages' },
  { locale: 'sl', why: 'Slovenian pages' },
  { locale: 'hr', why: 'Croatian and Bosnian pages' },
  { locale: 'tr', why: 'Turkish pages' },
  { locale: 'id', why: 'Indonesian and Malay pages' },
  { locale: 'ru', why: 'Russian pages ("24 апреля 2020")' },
  { locale: 'uk', why: 'Ukrainian pages' },
  { locale: 'bg', why: 'Bulgarian pages' },
  { locale: 'el', why: 'Greek pages' },
  { locale: 'ar', why: 'Arabic pages with the Egyptian and Gulf month names ("07 أكتوبر 2020")' },
  { locale: 'ar-SY', why: 'Levantine pages name the month twice, Syriac and Egyptian ("24 نيسان / أبريل 2020")' },
];
