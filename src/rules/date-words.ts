/**
 * Words that introduce a modification date next to the publication date: "Published May 1 · Updated
 * May 3", "Last Updated: January 7, 2025", "Mis à jour le 30 avril". A date after one of them is not the
 * publication date, so a date line is read only up to the first of these words.
 */
export const MODIFIED_DATE_WORDS: readonly string[] = [
  'updated',
  'last updated',
  'modified',
  'last modified',
  'edited',
  'mis à jour',
  'modifié',
  'aktualisiert',
  'geändert',
  'actualizado',
  'atualizado',
  'aggiornato',
  'bijgewerkt',
];

/**
 * Labels a page prints in front of its publication date when no class marks it: "Datum: 03.11.2021",
 * "<dt>Datum</dt><dd>12.01.2017</dd>", "Mise en ligne 23 mai 2019", "Erstellt am: 30.01.2022". A short text
 * that is only one of these (with an optional colon) is read together with the text after it.
 */
export const PUBLISHED_DATE_LABELS: readonly string[] = [
  'datum',
  'date',
  'published',
  'published on',
  'posted on',
  'publication date',
  'publié le',
  'mise en ligne',
  'veröffentlicht',
  'veröffentlicht am',
  'erstellt am',
  'erschienen am',
  'fecha',
  'publicado',
  'data di pubblicazione',
  'gepubliceerd',
];

/**
 * Keys under which inline app state (Next.js `__NEXT_DATA__`, Nuxt, CMS config objects) and JSON
 * embedded in scripts store a page's publication time: `"createdAt":"2022-01-31T15:58:43+01:00"`. Read
 * only when the page's markup states no date, since a script may also carry dates of other items.
 */
export const SCRIPT_PUBLISHED_KEYS: readonly string[] = [
  'datePublished',
  'publishDate',
  'publishedDate',
  'publishedAt',
  'published_at',
  'date_published',
  'publicationDate',
  'firstPublishedAt',
  'pubDate',
  'createdAt',
  'created_at',
  'dateCreated',
];

/**
 * `data-*` attributes themes put the publication time in: `<div data-published="2021-03-04">`,
 * `<span data-date="...">`. Lower case, as the parser stores attribute names.
 */
export const DATA_DATE_ATTRIBUTES: readonly string[] = [
  'data-published',
  'data-publish-date',
  'data-published-date',
  'data-date-published',
  'data-pubdate',
  'data-created',
  'data-date',
  'data-timestamp',
];

/**
 * Words before a date that is not when the page was first published but may be all it states: "Stand:
 * 12.01.2022", "Aktualisiert: 30.12.2016", "© 2019". Such a line is used only when no other written date
 * is left.
 */
export const AS_OF_DATE_WORDS: readonly string[] = [...MODIFIED_DATE_WORDS, 'stand', 'as of', 'copyright', '©'];
