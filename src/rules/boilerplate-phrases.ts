/**
 * Boilerplate recognised by its wording. One vocabulary for both the HTML path and the text-dump path.
 *
 * - `block`: a short block (see MAX_PHRASE_BLOCK_CHARS in compile.ts) that matches is dropped wherever it is.
 * - `tail`: the block opens a trailing section that is never article text (a comment form, a "related
 *   posts" list); it and everything after it go, but only once the article text has begun.
 *
 * Patterns are regular-expression sources matched case-insensitively against a block's text with
 * whitespace folded. They must stay linear-time: no nested quantifiers, bounded repeats only
 * (tests/rules/phrases.test.ts runs each one against a long adversarial line).
 */
export interface PhraseRule {
  /** Shows up in `--explain` as `phrase:<id>`. */
  id: string;
  scope: 'block' | 'tail';
  /** Languages the pattern covers (ISO 639-1), for the docs and the coverage test. */
  langs: readonly string[];
  pattern: string;
  /** Why this wording marks boilerplate. */
  why: string;
}

export const BOILERPLATE_PHRASES: readonly PhraseRule[] = [
  // --- Comment sections: they start a tail that runs to the end of the page. -------------------------
  {
    id: 'comment-form',
    scope: 'tail',
    langs: ['en'],
    pattern:
      '^(?:leave a (?:reply|comment)|post a comment|add (?:a|your) comment|write a comment|join the (?:discussion|conversation)|\\d{1,5} (?:comments?|responses?|replies)|comments? \\(\\d{1,5}\\)|(?:show|view|load) (?:all )?comments|comments are closed)\\b',
    why: 'WordPress, Blogger and news-site comment sections begin with these headings; nothing after them is the article.',
  },
  {
    id: 'comment-form',
    scope: 'tail',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru'],
    pattern:
      '^(?:kommentar (?:schreiben|verfassen|hinterlassen)|schreibe einen kommentar|\\d{1,5} kommentare|laisser un commentaire|laissez un commentaire|ajouter un commentaire|\\d{1,5} commentaires|deja (?:un|tu) comentario|dejar un comentario|\\d{1,5} comentarios|lascia un commento|\\d{1,5} commenti|deixe (?:um|seu) comentário|deixe uma resposta|\\d{1,5} comentários|laat een reactie achter|geef een reactie|\\d{1,5} reacties|dodaj komentarz|zostaw komentarz|\\d{1,5} komentarz[ey]?|оставить комментарий|добавить комментарий|комментарии \\(\\d{1,5}\\))',
    why: 'The same comment-section openers in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian.',
  },
  {
    id: 'comment-form',
    scope: 'block',
    langs: ['en'],
    pattern:
      '(?:fill in your details below or click an icon to log in|you are commenting using your (?:[\\w.+ ]{1,40} )?account|connecting to %s|notify me of (?:new|follow-up) (?:comments|posts)|your email address will not be published|required fields are marked|save my name, email,? and website)',
    why: 'WordPress and WordPress.com comment-form furniture.',
  },
  {
    id: 'comment-form',
    scope: 'block',
    langs: ['en'],
    pattern: '^(?:please enable javascript to view the comments|comments powered by disqus)',
    why: 'Disqus placeholder text.',
  },
  {
    id: 'spam-notice',
    scope: 'block',
    langs: ['en'],
    pattern: 'this site uses akismet to reduce spam',
    why: 'The Akismet notice under WordPress comment forms.',
  },
  // --- Sharing. ----------------------------------------------------------------------------------------
  {
    id: 'share',
    scope: 'block',
    langs: ['en'],
    pattern:
      '^(?:share this(?: article| story| post)?|share on (?:facebook|twitter|linkedin|whatsapp|x)|like this|loading\\.{3}|click to share on [\\w ]{1,30}|tweet|pin it|email this)\\s?:?$',
    why: 'Share bars and the WordPress.com "Share this: / Like this: Loading..." widget.',
  },
  {
    id: 'share',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '^(?:teilen|artikel teilen|diesen artikel teilen|partager(?: cet article| sur \\w{1,20})?|compartir(?: en \\w{1,20})?|condividi(?: su \\w{1,20})?|compartilhe|compartilhar|delen|deel dit artikel)\\s?:?$',
    why: 'Share prompts in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  // --- Newsletter and donation pleas. ------------------------------------------------------------------
  {
    id: 'newsletter',
    scope: 'block',
    langs: ['en'],
    pattern:
      "(?:sign up for (?:our|the) [\\w' ]{0,40}newsletter|subscribe to (?:our|the) [\\w' ]{0,40}newsletter|get (?:our|the) [\\w' ]{0,30}newsletter|enter your email address to (?:subscribe|follow)|delivered (?:straight )?to your inbox|join our mailing list)",
    why: 'Newsletter calls-to-action, the boilerplate users complain about most (jusText #54).',
  },
  {
    id: 'newsletter',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '(?:newsletter (?:abonnieren|bestellen)|melden sie sich für unseren newsletter|abonnez-vous à (?:notre|la) newsletter|inscrivez-vous à (?:notre|la) newsletter|suscríbete a (?:nuestro|nuestra) (?:boletín|newsletter)|iscriviti alla (?:nostra )?newsletter|assine (?:a nossa|nossa) newsletter|schrijf je in voor (?:onze|de) nieuwsbrief)',
    why: 'Newsletter pleas in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  {
    id: 'donation',
    scope: 'block',
    langs: ['en'],
    pattern:
      '(?:please (?:consider )?(?:donat(?:e|ing)|support(?:ing)? (?:us|our work))|make a (?:donation|contribution)|become a (?:patron|member|supporter) (?:today|now)|support independent journalism)',
    why: 'Donation and membership pleas.',
  },
  // --- Cookie and consent notices. ---------------------------------------------------------------------
  {
    id: 'cookie-notice',
    scope: 'block',
    langs: ['en'],
    pattern:
      '(?:(?:this|our) (?:web)?site uses cookies|we use cookies|by (?:continuing to (?:use|browse)|using) (?:this|our) (?:web)?site,? you (?:agree|consent|accept)|accept (?:all )?cookies|cookie (?:policy|settings|preferences))',
    why: 'Cookie banners and consent walls.',
  },
  {
    id: 'cookie-notice',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '(?:diese (?:web)?seite verwendet cookies|wir verwenden cookies|ce site utilise des cookies|nous utilisons des cookies|este (?:sitio|site) (?:web )?utiliza cookies|utilizamos cookies|questo sito (?:web )?utilizza (?:i )?cookie|usamos cookies|deze (?:web)?site (?:maakt gebruik van|gebruikt) cookies)',
    why: 'Cookie banners in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  // --- Login and paywalls. -----------------------------------------------------------------------------
  {
    id: 'login-wall',
    scope: 'block',
    langs: ['en'],
    pattern:
      '^(?:sign in|log in|login|register|subscribe)(?: (?:to|now to) (?:continue|read|comment|keep reading)[\\w ]{0,40})?\\.?$|(?:already (?:a subscriber|have an account)\\??\\s?(?:sign|log) in|create (?:a free|an) account to (?:continue|read)|to continue reading,? (?:please )?(?:sign|log) in|subscribe to (?:continue|keep) reading)',
    why: 'Login prompts and paywall teasers.',
  },
  {
    id: 'login-wall',
    scope: 'block',
    langs: ['de', 'fr', 'es', 'it'],
    pattern: "^(?:anmelden|einloggen|registrieren|se connecter|connexion|s'inscrire|iniciar sesión|regístrate|accedi|registrati)$",
    why: 'Login links in German, French, Spanish and Italian.',
  },
  // --- Ads and navigation furniture. -------------------------------------------------------------------
  {
    id: 'advertisement',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it', 'nl'],
    pattern: '^(?:advertisement|advertising|sponsored(?: content)?|ad|anzeige|werbung|publicité|publicidad|pubblicità|advertentie)$',
    why: 'Ad slot labels.',
  },
  {
    id: 'read-more',
    scope: 'block',
    langs: ['en', 'de', 'fr', 'es', 'it'],
    pattern:
      '^(?:read more|continue reading|read the full (?:story|article)|weiterlesen|mehr lesen|lire la suite|lire plus|leer más|seguir leyendo|leggi (?:tutto|di più|anche))\\b.{0,80}$',
    why: 'Teaser links to other pages.',
  },
  {
    id: 'related',
    scope: 'tail',
    langs: ['en'],
    pattern:
      '^(?:related (?:posts|articles|stories|content|coverage)|you (?:may|might) also (?:like|be interested in|enjoy)|more (?:from|on) [\\w ]{1,30}|recommended (?:for you|stories|articles)|trending (?:now|stories)|most (?:popular|read))\\s?:?$',
    why: 'Related-content lists follow the article; what comes after them is other pages.',
  },
  {
    id: 'related',
    scope: 'tail',
    langs: ['de', 'fr', 'es', 'it', 'pt', 'nl'],
    pattern:
      '^(?:ähnliche artikel|das könnte sie auch interessieren|mehr zum thema|articles similaires|à lire aussi|sur le même sujet|artículos relacionados|te puede interesar|articoli correlati|potrebbe interessarti|artigos relacionados|leia também|gerelateerde artikelen|lees ook)\\s?:?$',
    why: 'Related-content headings in German, French, Spanish, Italian, Portuguese and Dutch.',
  },
  {
    id: 'copyright',
    scope: 'block',
    langs: ['en'],
    pattern: '^(?:©|\\(c\\)|copyright)\\s?(?:\\d{4}|[\\w.& ]{1,60}\\d{4}).{0,200}$|all rights reserved\\.?$',
    why: 'Copyright footers.',
  },
  {
    id: 'poll',
    scope: 'block',
    langs: ['en'],
    pattern: '^(?:vote|view results|poll|take our poll|cast your vote)\\s?:?$',
    why: 'Reader-poll widgets.',
  },
  // --- Entries found while tuning the HTML path (issue 3) go here. ------------------------------------
  // --- Entries found while tuning the text-dump path (issue 5) go here. -------------------------------
];
