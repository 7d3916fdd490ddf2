/**
 * Rules for reading the header of a text dump: which lines cannot be a headline, and
 * the phrases in which a page names itself ("Welcome to X", "© 2018 X"). Patterns run on one line of a
 * dump at a time and have no nested quantifiers.
 */

/** Lines that sit near a headline but are never one. */
export const NOT_HEADLINE: readonly RegExp[] = [
  // Photo credits and captions: "Photograph: Adrian Malloch", "JIM WATSON/AFP/Getty Images", "Media caption ...".
  /\b(?:getty images|media caption|caption|afp|reuters|associated press|shutterstock)\b|\b(?:photograph|photo|image|credit):/i,
  // Share bars, counters and reading-time labels.
  /^(?:share|tweet|email|comments?|save|print|replay|advertisement|sponsored|subscribe|sign in|sign up|log ?in|register|menu|search|skip to)\b/i,
  // Tag lists under the headline: "Topics: uber, libertarians", "Tags: ...", "Filed under: ...".
  /^(?:topics|tags|filed under|categories|themen|sujets|temas)\s?:/i,
  /\b\d+\s*(?:min(?:ute)?s? read|comments?|shares?)\b/i,
  // Addresses and markup that leaked into the dump.
  /https?:\/\/|www\.|<\/?[a-z]/i,
  // A line that stops on a preposition or article continues on the next: "US & Canada is sponsored by".
  /\s(?:by|of|the|to|and|for|with|in|on|at|a|an)$/i,
  // Pagination and menus: "« Previous :: Contents :: Next »", "Home | News | Sport".
  /\S :: \S|\S \| \S.* \| /,
  // Teaser lists: "You may also like", "Related", "Most popular".
  /^(?:you may also like|related|most (?:popular|read)|trending|recommended|more from|read more|see also)\b/i,
];

/**
 * Phrases in which a page names its site; the captured group is the name. Each reflects how templates
 * word their headers, footers and newsletter boxes.
 */
export const SITE_NAME_PATTERNS: readonly { pattern: RegExp; weight: number }[] = [
  // Logo alt texts and home links: "The Verge logo.", "The Verge homepage", "The Guardian - Back to home".
  { pattern: /^(\p{Lu}[\p{L}\p{N}&.'’ ]{1,40}?) (?:logo|homepage)\b/u, weight: 2 },
  { pattern: /^(\p{Lu}[\p{L}\p{N}&.'’ ]{1,40}?)\s[-–|]\s(?:[Bb]ack to )?[Hh]ome(?:page)?$/u, weight: 2 },
  // Welcome and about lines: "Welcome to Medical News Today", "About eHow", "Follow Lifehacker".
  {
    pattern:
      /^(?:Welcome to|About|Write [Ff]or|Inside|Discover|More [Ff]rom|Join|Follow)\s(?:the\s)?(\p{Lu}[\p{L}\p{N}&.'’ ]{1,40}?)(?:\s[Ff]ollowed)?[.!]?$/u,
    weight: 2,
  },
  // Newsletter boxes: "Subscribe to IAB News", "Sign up for GitLab’s newsletter".
  {
    pattern: /^(?:Subscribe to|Sign up for)\s(?:the\s)?(\p{Lu}[\p{L}\p{N}&.' ]{1,40}?)(?:’s|'s)?\s(?:[Dd]aily\s)?[Nn]ewsletter/u,
    weight: 2,
  },
  // Footer copyright names the legal owner, often a parent company ("© 2017 Vox Media"): weaker evidence.
  {
    pattern:
      /(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:©\s*)?(?:\d{4}\s*(?:[-–]\s*\d{4}\s*)?)?(\p{Lu}[\p{L}\p{N}&.'’ -]{1,40}?)(?:,?\s(?:Inc|LLC|Ltd|Limited|GmbH|S\.A)\.?)?\s*(?:[|.,]\s|[|]|$|[Aa]ll [Rr]ights)/u,
    weight: 1,
  },
];

/** Navigation and account phrases that open a page or follow "About" but never name a site. */
export const NOT_SITE_NAME_START =
  /^(?:skip|jump|menu|search|log ?in|sign ?in|sign up|se connecter|connexion|anmelden|abrir|author|editorial|secondary|primary|main|ready|introducing|powered by|international|home|cookie|privacy|advertis|subscribe|us)\b|[:|?!<>]/i;

/** Navigation words that look like names in a menu but never name a site. */
export const NOT_SITE_NAMES: ReadonlySet<string> = new Set(
  [
    'home',
    'menu',
    'search',
    'news',
    'sections',
    'subscribe',
    'sign in',
    'log in',
    'login',
    'share',
    'tweet',
    'email',
    'more',
    'comments',
    'privacy policy',
    'terms',
    'contact',
    'contact us',
    'us',
    'our',
    'all rights reserved',
    'advertisement',
    'close',
    'video',
    'videos',
    'sport',
    'opinion',
  ].map((s) => s.toLowerCase()),
);
