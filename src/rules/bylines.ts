/**
 * What surrounds author names in bylines, in the languages deboil meets most. Patterns are matched
 * case-insensitively against one byline (at most a few hundred characters), anchored, without nested
 * quantifiers.
 */

/** Words that introduce a byline: "By Jane Doe", "Par Jean Dupont", "Von Max Muster", "Written by ...". */
export const BYLINE_PREFIXES: readonly string[] = [
  'written by',
  'posted by',
  'published by',
  'reported by',
  'story by',
  'words by',
  'by',
  // German "Ein Artikel von Jana Krüger" under a headline.
  'ein artikel von',
  'ein beitrag von',
  // French, German, Spanish/Portuguese, Italian, Dutch, Swedish/Norwegian/Danish
  'publié par',
  'eingestellt von',
  'geschrieben von',
  'verfasst von',
  'escrito por',
  'publicado por',
  'par',
  'von',
  'por',
  'di',
  'door',
  'av',
  // Labels some templates print instead of a preposition.
  'by:',
  'author:',
  'authors:',
  'autor:',
  'autorin:',
  'autoren:',
  'auteur:',
  'verfasser:',
  'von:',
  'text:',
  // A press office signs its releases "Redaktion: Name".
  'redaktion:',
  // An interview's byline names its interviewer: "Interview: Julia Lauter".
  'interview:',
];

/**
 * What a credit line says the named person did, joined into a label before the name: "Text & Fotos: Ivan
 * Valetny", "Text und Bild: ...". The label is not a name, and its "&" joins roles, not people.
 */
export const BYLINE_ROLE_WORDS: readonly string[] = [
  'text',
  'texte',
  'textes',
  'fotos',
  'foto',
  'bilder',
  'bild',
  'photos',
  'photo',
  'words',
];

/** Words that join two names in a byline: "Jane Doe and John Roe", "Jean et Marie", "Ana y Luis". */
export const NAME_CONJUNCTIONS: readonly string[] = ['and', '&', 'et', 'und', 'y', 'e', 'en', 'og', 'och', 'with', 'avec'];

/**
 * Job titles and credentials that follow a name in a byline ("Brenda Goodman, MA", "Ben Silverman Games
 * Editor"). A comma-separated part made only of these, or of a word followed by one of these, is not a name.
 */
export const JOB_TITLE_WORDS: readonly string[] = [
  'editor',
  'writer',
  'reporter',
  'correspondent',
  'columnist',
  'contributor',
  'staff',
  'producer',
  'journalist',
  'author',
  'analyst',
  'critic',
  'photographer',
  'intern',
  'md',
  'ma',
  'phd',
  'mba',
  'rn',
  // "BBC News", "Fox News": a desk or an outlet signing a story is not a person.
  'news',
  'rédacteur',
  'rédactrice',
  'journaliste',
  'redakteur',
  'redakteurin',
  'redacción',
  'redazione',
];

/** Link targets that mark an author's page; the link text is the author's name. */
export const AUTHOR_PAGE_PATH =
  /\/(?:authors?|autor(?:es|en)?|auteurs?|autori|profiles?|people|staff|writers?|journalists?|contributors?)\//i;

/**
 * Interface words that stand alone or follow the name in a byline box: a "Posted" label with the name in
 * another element, a follow button glued to the name ("Inga HoeltmannFollow"), a share counter. A byline
 * prefix standing alone ("By") is no name either.
 */
export const BYLINE_UI_WORDS: readonly string[] = ['posted', 'follow', 'folgen', 'suivre', 'seguir', 'share', 'shares', 'bio'];

/**
 * Values of the label that names the author in a `twitter:labelN`/`twitter:dataN` meta pair, as Yoast SEO
 * writes it on WordPress sites ("Written by" / "Jane Doe") in the site's language.
 */
export const AUTHOR_META_LABELS: readonly string[] = [
  'written by',
  'verfasst von',
  'geschrieben von',
  'écrit par',
  'escrito por',
  'scritto da',
  'geschreven door',
  'skrevet av',
  'author',
  'autor',
  'auteur',
];

/** CMS account names a template prints where the author's name belongs (WordPress's default "admin"). */
export const ACCOUNT_NAMES: readonly string[] = ['admin', 'administrator', 'wordpressadmin', 'webmaster', 'root', 'guest'];

/**
 * Offices a politician signs an op-ed with ("By Sen. Rand Paul (R-Ky.)"): the office and the party label
 * are not part of the name. Academic titles stay: "Dr. Andrew Huberman" is how the author is known.
 */
export const POLITICAL_TITLES: readonly string[] = ['sen.', 'senator', 'rep.', 'representative', 'gov.', 'governor'];
