/**
 * WordPress post-format labels that themes print before a headline ("gallery Libya: ...", "video How
 * to ..."). A scraped title that starts with one of these, in lower case, followed by a capitalised word,
 * carries the label, not the headline. Lower case matters: "Video Games Are Art" is a real headline.
 */
export const POST_FORMAT_LABELS: readonly string[] = [
  'aside',
  'audio',
  'chat',
  'gallery',
  'image',
  'link',
  'quote',
  'status',
  'video',
  // Some themes print the format in other languages.
  'galerie',
  'galería',
  'galleria',
  'vidéo',
  'vídeo',
];
