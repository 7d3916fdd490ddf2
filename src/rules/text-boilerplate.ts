/**
 * Furniture of plain-text scrapes (a newspaper-style extractor's `text`: paragraphs on their own lines,
 * the outer chrome gone, captions, credits, share counters and pleas left between and after the
 * paragraphs). Matched by the text path only, on one line at a time, so a rule here never touches the
 * HTML path, whose markup already tells a caption from a paragraph.
 *
 * - `anywhere`: the line goes wherever it stands, between two paragraphs of the article too.
 * - `end`: the line goes only when no prose of the article follows it (an author bio, a sign-off plea):
 *   the same sentence shape inside the article is reporting.
 *
 * Patterns are case-insensitive regular-expression sources against the whitespace-folded line; they
 * must stay linear-time (bounded repeats, no nested quantifiers). Prefer shape plus wording (a
 * figure and a share word, a credit agency at the end of a line) over one site's sentence.
 */
export interface TextBoilerplateRule {
  /** Shows up in `--explain` as `text:<id>`. */
  id: string;
  /** One of the annotation families: share, related, ad, caption, nav, comments, copyright, appeal, bio, disclaimer, feed. */
  family: string;
  where: 'anywhere' | 'end';
  langs: readonly string[];
  pattern: string;
  /** Matched with case: the shape needs its capitals (a name opening a bio sentence). */
  caseSensitive?: boolean;
  why: string;
}

/** Photo agencies and wires that sign captions; a line ending in one is a caption's credit. */
const AGENCY =
  '(?:getty(?: images)?(?: for [\\w .-]{1,40})?|shutterstock|alamy(?: stock photo)?|backgrid|reuters|afp|pa(?: wire)?(?:/ap)?|ap|epa|rex(?:/shutterstock)?|rex features|splash news|wireimage|filmmagic|infphoto\\.com|mega(?: agency)?|akm-gsi|instar|bauer-griffin|x17online|zuma(?: press)?|associated press|corbis|ipa|wenn|abaca|bbc|e!)';

/** Agencies that also open a caption; short ones that open sentences ("AP", "E!", "PA") are left out. */
const LEADING_AGENCY =
  '(?:getty(?: images)?|shutterstock|alamy|backgrid|reuters|afp|rex features|splash news|wireimage|filmmagic|mega agency|akm-gsi|zuma press)';

export const TEXT_BOILERPLATE: readonly TextBoilerplateRule[] = [
  // --- Captions and credits. ----------------------------------------------------------------------------
  {
    id: 'credit-line',
    family: 'caption',
    where: 'anywhere',
    langs: ['en'],
    pattern: `(?:^|[.!?"”’)]\\s|/\\s?|\\(|\\|\\s?)${AGENCY}(?: images| photo| stock photo)?(?:\\s?/\\s?[\\w .&'-]{1,40}){0,3}\\)?$`,
    why: 'A line ending in a photo agency or wire name after a sentence, a slash or a bracket is a caption with its credit; a sentence that names the wire ("..., told Reuters.") ends on its own full stop.',
  },
  {
    id: 'credit-line',
    family: 'caption',
    where: 'anywhere',
    langs: ['en'],
    pattern: `^(?:(?:[\\w.'-]{1,20} ){0,3}[\\w.'-]{1,20}/)?(?:${LEADING_AGENCY}(?: images)?|©\\s?[\\w.-]{1,30}|\\[[^\\]|]{2,60}\\|[^\\]]{1,40}\\])\\s`,
    why: 'Captions printed with their credit first: "GETTY IMAGES Name said ...", "© Youtube ...", "[PHOTOGRAPHER | Paper] ...".',
  },
  {
    id: 'credit-line',
    family: 'caption',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      '(?:\\((?:ap photo|photo|image|video|pictured|credit)[:/][^)]{1,80}\\)|(?:^|\\s)(?:picture|photo|image|photo credit|credit|source|h/t|via)\\s?:\\s?[^.!?]{1,60}\\)?|\\((?:shutterstock|getty|instagram|twitter|file)\\)|@[\\w.]{1,30}/(?:instagram|twitter))\\.?$',
    why: 'Credit tails of captions: "(AP Photo/Name)", "Picture: Agency", "Source: site", "(Shutterstock)", "@handle/Instagram".',
  },
  {
    id: 'credit-line',
    family: 'caption',
    where: 'anywhere',
    langs: ['de', 'fr', 'es', 'it'],
    pattern: '(?:^|\\s)(?:foto|bild|quelle|crédit photo|fuente|fonte)\\s?:\\s?[^.!?]{1,50}$',
    why: 'Photo credits in German, French, Spanish and Italian.',
  },
  {
    id: 'credit-line',
    family: 'caption',
    where: 'anywhere',
    langs: ['en'],
    pattern: '^(?:photo credit|photo|picture|image|credit|source|h/t|via)\\s?:\\s?[\\w@][\\w.@&/ -]{0,50}$',
    why: 'A credit or source line standing alone: "Source: site.com", "Photo credit: Agency", "H/T: blog".',
  },
  {
    id: 'credit-line',
    family: 'caption',
    where: 'anywhere',
    langs: ['en'],
    caseSensitive: true,
    pattern: '^.{3,200} in ["“][^"”]{1,80}["”]\\.? [A-Z][\\w&!-]{1,25}(?: [A-Z][\\w&!-]{1,25}){0,2}$',
    why: 'A still from a film or show, credited to its studio: \'Name in "Title." Studio\'.',
  },
  {
    id: 'credit-line',
    family: 'caption',
    where: 'anywhere',
    langs: ['en'],
    pattern: '^(?:courtesy of [\\w .,&-]{2,60}|[\\w .,&-]{2,40} / alamy stock photo)$',
    why: 'A credit standing alone on its line.',
  },
  // --- Share bars, counters and pleas. ------------------------------------------------------------------
  {
    id: 'share-counter',
    family: 'share',
    where: 'anywhere',
    langs: ['en'],
    pattern: '^[\\d.,]{1,7}\\s?[km]?\\s(?:shares?|likes?|views|comments?)\\b.{0,40}$',
    why: 'A figure followed by a share word is a share bar counter ("62.1k SHARES Share Tweet").',
  },
  {
    id: 'share-bar',
    family: 'share',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      '^(?:(?:share|tweet|email|e-mail|print|pin|gift article|whatsapp|facebook|twitter|reddit|linkedin|comment)[ |]{1,3}){1,8}(?:share|tweet|email|print|pin|this)?$|^like this:?(?: like)?(?: loading\\.{3})?$|^click to (?:email|share|print)[\\w ]{0,40}(?:\\(opens in new window\\))?$|^(?:print|e-mail|email) this (?:article|story)\\b|story tools|social bookmarking',
    why: 'A line of share-button labels, or the WordPress "Click to share on X (Opens in new window)" buttons.',
  },
  {
    id: 'share-plea',
    family: 'share',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      '^(?:please )?share (?:this|if you)\\b.{0,100}$|(?:please )?(?:share and like|like and share) our\\b|share if you care|share (?:this|it) with your friends|email this article to a friend',
    why: 'Pleas to share the story: "SHARE this story if you agree!", "Share if You Care".',
  },
  {
    id: 'share-plea',
    family: 'share',
    where: 'anywhere',
    langs: ['de', 'fr', 'es'],
    pattern: '^(?:teilen sie diesen artikel|partagez cet article|comparte (?:este artículo|esta noticia))\\b',
    why: 'Share pleas in German, French and Spanish.',
  },
  // --- Related stories. ---------------------------------------------------------------------------------
  {
    id: 'related-line',
    family: 'related',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      "^(?:read more|read|read next|related(?: stories| story| videos?| articles?| links| coverage| content)?|see also|also read|also see|you may (?:also )?like(?: to read)?|you might (?:also )?like|trending(?: now)?|more from [\\w. ]{1,30}|recommended(?: for you)?|don't miss|top stories|more on this)(?:\\s?:|\\s[-–—])(?:\\s|$)",
    why: 'A teaser line for another story: "Read more: ...", "RELATED VIDEO: ...", "TRENDING: ...". "Watch:" is left alone: it often introduces this story\'s embed.',
  },
  {
    id: 'related-line',
    family: 'related',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      '^(?:see also|related story|related video|related links|also read|you may like to read)\\s(?=[\\w\'"‘“])|^related\\s(?=[\'"‘“])',
    why: 'The same teaser labels printed without a colon ("see also Title", "Related Story Title").',
  },
  {
    id: 'related-line',
    family: 'related',
    where: 'anywhere',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '^(?:lesen sie auch|mehr zum thema|auch interessant|lire aussi|à lire aussi|voir aussi|lee también|te puede interesar|leggi anche|leia também|lees ook)\\s?[:\\-–—]?',
    why: 'Teaser labels in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  // --- Ads and promotions. ------------------------------------------------------------------------------
  {
    id: 'ad-line',
    family: 'ad',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      '^\\(?(?:advertisements?|ad|sponsored)?\\s?[-–—:]?\\s?(?:the )?(?:story|article) continues below\\)?$|^advertisement\\b.{0,30}continues below|^sponsored (?:links?|content|stories)\\b|^advertisements? advertise here|^scroll down for video|^\\[promo:\\s?\\d{1,12}\\]$|featured video close$|^the video will auto-play soon|you can now listen to [\\w ]{1,30} articles|^videos? you may like\\b',
    why: 'Interjections of the ad slots ("Advertisement – story continues below", "Scroll down for video") and player labels.',
  },
  {
    id: 'promo-line',
    family: 'ad',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      '(?:use (?:promo|coupon|discount) code \\w{2,20}|save up to \\d{1,2}% |sign up now for a (?:\\d{1,3}-day )?free trial|when you (?:buy|purchase) (?:something )?through (?:links|our links) on our site|we may earn (?:a )?commission)',
    why: 'Product ads and affiliate notices: promo codes, free trials, "we may earn commission".',
  },
  {
    id: 'ad-line',
    family: 'ad',
    where: 'anywhere',
    langs: ['de', 'fr', 'es', 'it'],
    pattern: '^(?:anzeige|werbung|publicité|publicidad|pubblicità)(?: - (?:weiterlesen|la suite) .{0,30})?$',
    why: 'Ad slot labels in German, French, Spanish and Italian.',
  },
  // --- Comment sections. --------------------------------------------------------------------------------
  {
    id: 'comment-prompt',
    family: 'comments',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      '(?:(?:let us know|tell us|share your thoughts|sound off|leave (?:us )?a comment)(?: [\\w ]{1,30})? (?:in|on) the comments?(?: section)?(?: below)?[.!]?$|^to comment on this story\\b|read our guidelines for comments|^comments on this article\\b|^share your thoughts on this story)',
    why: 'Prompts that hand the page to its comment section ("Tell us your thoughts in the comments below!").',
  },
  {
    id: 'comment-prompt',
    family: 'comments',
    where: 'anywhere',
    langs: ['de', 'fr', 'es'],
    pattern: '(?:schreiben sie (?:es )?(?:uns )?in die kommentare|dites-le(?:-nous)? en commentaire|déjanos tu (?:opinión|comentario))',
    why: 'Comment prompts in German, French and Spanish.',
  },
  // --- Appeals: newsletters, follows, subscriptions. ------------------------------------------------------
  {
    id: 'appeal',
    family: 'appeal',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      "(?:subscribe to (?:our|the) [\\w ]{0,20}(?:youtube|channel|podcast)|(?:be sure|don't forget|do not forget) to (?:subscribe|follow|like)|^follow [\\w .'-]{1,40} on (?:twitter|facebook|instagram)\\b|hit ['‘]?like['’]? on our|like (?:us|our [\\w ]{1,30} page) on facebook|by clicking ['‘\"]?(?:sign up|subscribe)|sign up to [\\w’' ]{1,60}newsletter|sign up to our free email|enjoy unlimited access|to receive the magazine|pick up the (?:latest|new) issue of|on newsstands now|[-–—] subscribe to [\\w ]{1,30}$|^we have more newsletters$)",
    why: 'Follow, subscribe and newsletter pleas, and magazine sales lines.',
  },
  {
    id: 'appeal',
    family: 'appeal',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      "^.{0,60}\\bclick(?:ing)? here\\b.{0,30}$|^(?:contact|email|write to) us at \\S{1,40}@|^[\\w .'’-]{1,30} is (?:now )?on (?:instagram|twitter|facebook|tiktok|youtube|snapchat)[!.]?$",
    why: 'Short pointers away from the story: "Updates can be found by clicking here.", "Contact us at ...@...", "Site is on Instagram!".',
  },
  {
    id: 'appeal',
    family: 'appeal',
    where: 'anywhere',
    langs: ['de', 'fr', 'es'],
    pattern: '(?:folgen sie uns auf|abonnieren sie unseren|suivez-nous sur|abonnez-vous à notre|síguenos en|suscríbete a nuestro)',
    why: 'Follow and subscribe pleas in German, French and Spanish.',
  },
  // --- Copyright and syndication. ------------------------------------------------------------------------
  {
    id: 'copyright',
    family: 'copyright',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      '^\\(?(?:©|copyright ©?\\s?\\d{4})|all rights reserved\\.?\\)?|this material may not be published,? broadcast|visit our website terms of use',
    why: 'Copyright lines of the outlet or the wire.',
  },
  {
    id: 'copyright',
    family: 'copyright',
    where: 'anywhere',
    langs: ['de', 'fr', 'es', 'it'],
    pattern: '(?:alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati)',
    why: 'Copyright lines in German, French, Spanish and Italian.',
  },
  // --- Feed and page-history notes. -----------------------------------------------------------------------
  {
    id: 'page-history',
    family: 'feed',
    where: 'anywhere',
    langs: ['en'],
    pattern:
      "^(?:editor'?s note: )?(?:this|a version of this) (?:article|story|post|piece) (?:was |has been )?(?:originally |first )?(?:published|posted|appeared|ran)\\b.{0,160}$|^this (?:article|story) originally appeared (?:on|in)\\b|^this is an archived article|transcripts are created on a rush deadline|^this content is imported from|may be able to find the same content in another format",
    why: 'Notes about the page rather than the story: first published elsewhere, archived, imported embeds, transcripts.',
  },
  // --- Author bios. ---------------------------------------------------------------------------------------
  {
    id: 'author-bio',
    family: 'bio',
    where: 'end',
    langs: ['en'],
    caseSensitive: true,
    pattern:
      "^[A-Z][\\w.'’-]{1,30}(?: [A-Z][\\w.'’-]{1,30}){0,3} (?:is|was) (?:an?|the) (?:[\\w-]{1,20} ){0,5}(?:journalist|writer|editor|reporter|contributor|correspondent|columnist|author|blogger|freelancer|producer|intern|host)\\b",
    why: 'A third-person "Name is a writer at ..." sentence after the article is the author box.',
  },
  {
    id: 'author-bio',
    family: 'bio',
    where: 'end',
    langs: ['en'],
    caseSensitive: true,
    pattern: "^[A-Z][\\w.'’ -]{1,40} can be reached (?:at|by)\\b|^(?:Contact|Reach|Email) (?:the )?(?:writer|author|reporter)\\b",
    why: 'How to reach the author, printed under the article.',
  },
];

/**
 * Furniture glued to the end of a line of article text: the sentence keeps, the tail goes. Each pattern
 * is anchored at the line's end and opens after a sentence's end (or a title's), so "..., told Reuters."
 * and other sentences that merely name a source are never cut.
 */
export interface GluedTailRule {
  id: string;
  family: string;
  pattern: string;
  why: string;
}

export const GLUED_TAILS: readonly GluedTailRule[] = [
  {
    id: 'glued-credit',
    family: 'caption',
    pattern: '(?<=[.!?"”’)])\\s(?:h/t|hat tip|picture|photo|image|source|credit)\\s?:\\s?[\\w@][\\w.@&/ -]{0,40}$',
    why: 'A source or photo credit printed on the same line as the last sentence before it.',
  },
  {
    id: 'glued-share',
    family: 'share',
    pattern: '(?<=\\S)\\s(?:share this|share tweet(?: share)?|share on (?:facebook|twitter))$',
    why: 'A share button label printed on the same line as a headline or a sentence.',
  },
];
