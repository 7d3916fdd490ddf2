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
