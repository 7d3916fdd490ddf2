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
