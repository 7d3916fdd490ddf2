/**
 * A slideshow embedded in an article numbers its slides: "3/50", "3 / 50", "3 of 50". A numbered
 * slideshow is the widget's captions, not the article, however much text its captions add up to (a
 * news site's "Business news in pictures" box of 50 captioned slides outweighs the story it sits in).
 * The words a counter puts between the numbers, by language; a slash needs none.
 */
export const SLIDE_COUNTER_WORDS: readonly string[] = [
  'of', // English
  'de', // Spanish, Portuguese
  'sur', // French
  'di', // Italian
  'von', // German
  'van', // Dutch
  'av', // Swedish, Norwegian
  'af', // Danish
  'z', // Polish, Czech
];
