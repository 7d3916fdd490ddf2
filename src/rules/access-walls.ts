/**
 * What marks a page whose article the reader (and so the scrape) did not get: a paywall, a login or
 * registration wall, a consent wall. A wall only counts when the body came out short
 * (TRUNCATED_BODY_WORDS): metered sites print the same "subscribe" box and JSON-LD on the pages a reader
 * was let through, and nearly every European page carries a consent banner next to its full article.
 *
 * Patterns are regular-expression sources matched case-insensitively against one short text of the page
 * (a line of a text dump, a text node of HTML); they must stay linear-time (bounded repeats only).
 */

export type WallKind = 'paywall' | 'login-wall' | 'consent-wall';

/**
 * The longest body a wall of each kind leaves. A teaser above a paywall or login wall runs a few
 * paragraphs; longer, it is the article itself. A consent dialog hides all of the page, so a body past a
 * short intro means the dialog was a banner over an open page (a forum thread under the IAB dialog).
 */
export const TRUNCATED_BODY_WORDS: Readonly<Record<WallKind, number>> = { paywall: 300, 'login-wall': 300, 'consent-wall': 100 };

export interface WallPhrase {
  /** Shows up in `--explain` as `accessReason: "phrase:<id>"`. */
  id: string;
  kind: WallKind;
  pattern: string;
  why: string;
}

export const WALL_PHRASES: readonly WallPhrase[] = [
  {
    id: 'subscribe-to-read',
    kind: 'paywall',
    pattern:
      '(?:subscribe (?:now )?to (?:continue|keep|read|unlock)|(?:become|already) a subscriber\\b|(?:this|the) (?:article|story|content) is (?:only )?(?:for|available to|exclusive(?:ly)? (?:for|to)) (?:paying )?(?:subscribers|members)|(?:this|the) (?:article|story|content) is (?:premium|locked)|to read (?:the (?:full|rest of (?:the|this)) (?:article|story)|more),? (?:please )?subscribe)',
    // Not "become a member" or "subscribers only" alone: shops sell memberships, and comment boxes and
    // teaser tags of open articles say "for subscribers only".
    why: 'The English paywall prompts printed where the article stops (WSJ, FT, Bloomberg, local papers).',
  },
  {
    id: 'subscribe-to-read',
    kind: 'paywall',
    pattern:
      "(?:nur für abonnenten|jetzt (?:abonnieren|abo abschließen) und weiterlesen|weiterlesen mit (?:[\\w+]{1,20} )?(?:abo|plus)|réservé aux abonnés|il vous reste \\d{1,3} ?% de (?:cet|l')article|(?:exclusivo|reservado) (?:para|a) (?:suscriptores|assinantes)|riservato agli abbonati|alleen (?:voor|toegankelijk voor) abonnees|continue lendo com)",
    why: 'The same prompts on German, French, Spanish, Portuguese, Italian and Dutch news sites.',
  },
  {
    id: 'sign-in-to-read',
    kind: 'login-wall',
    pattern:
      '(?:(?:sign|log) in to (?:continue|keep) reading|(?:sign|log) in to read (?:the|this|more)|to continue reading,? (?:please )?(?:sign|log) in|(?:create|register for) a free (?:\\w{1,20} )?account to (?:continue|read|keep)|register (?:now )?to (?:continue|read) (?:reading|the|this|more)|zum weiterlesen (?:anmelden|einloggen|registrieren)|connectez-vous pour (?:lire|continuer)|inicia sesión para (?:leer|continuar)|accedi per (?:leggere|continuare)|faça login para (?:ler|continuar))',
    why: 'Registration walls: the article is free but only behind an account.',
  },
  {
    id: 'consent-to-continue',
    kind: 'consent-wall',
    pattern:
      '(?:before you continue to|we value your privacy|we and our (?:\\d{1,4} )?(?:partners|vendors) (?:store|use|process)|(?:accept|agree to) (?:all )?(?:cookies|tracking) to (?:continue|read|see|access)|wir und unsere (?:\\d{1,4} )?partner|nous et nos (?:\\d{1,4} )?partenaires|nosotros y nuestros (?:\\d{1,4} )?socios|noi e i nostri (?:\\d{1,4} )?(?:partner|fornitori)|wij en onze (?:\\d{1,4} )?partners)',
    why: 'Consent dialogs (IAB TCF wording, Google and Yahoo consent pages) that stand in front of the article.',
  },
];

export interface WallToken {
  /** A class or id token of the element that draws the wall; `accessReason: "class-token:<token>"`. */
  token: string;
  kind: WallKind;
  why: string;
}

/** Class/id tokens (compared whole, lower-cased, split at spaces, `-` and `_` kept) of wall elements. */
export const WALL_TOKENS: readonly WallToken[] = [
  { token: 'paywall', kind: 'paywall', why: 'The generic name of a paywall box, kept by most CMS themes.' },
  { token: 'paywall-overlay', kind: 'paywall', why: 'A paywall drawn over the article.' },
  { token: 'article-paywall', kind: 'paywall', why: 'A paywall inside the article container.' },
  { token: 'meteredcontent', kind: 'paywall', why: 'The class Google asks metered sites to use in their paywall markup.' },
  { token: 'tp-modal', kind: 'paywall', why: 'Piano (Tinypass) paywall dialog.' },
  { token: 'tp-backdrop', kind: 'paywall', why: 'Piano (Tinypass) paywall backdrop.' },
  { token: 'regwall', kind: 'login-wall', why: 'A registration wall.' },
  { token: 'registration-wall', kind: 'login-wall', why: 'A registration wall.' },
  { token: 'login-wall', kind: 'login-wall', why: 'A login wall.' },
  { token: 'fc-consent-root', kind: 'consent-wall', why: 'Google Funding Choices consent dialog.' },
  { token: 'qc-cmp2-container', kind: 'consent-wall', why: 'Quantcast Choice consent dialog.' },
  { token: 'onetrust-consent-sdk', kind: 'consent-wall', why: 'OneTrust consent dialog.' },
  { token: 'didomi-host', kind: 'consent-wall', why: 'Didomi consent dialog.' },
  { token: 'sp_message_container', kind: 'consent-wall', why: 'Sourcepoint consent dialog.' },
  { token: 'cookiewall', kind: 'consent-wall', why: 'A cookie wall (Dutch and German sites name it so).' },
  { token: 'consent-wall', kind: 'consent-wall', why: 'A consent wall.' },
];

/** When several walls show, the one that explains the missing article best. */
export const WALL_PRECEDENCE: readonly WallKind[] = ['paywall', 'login-wall', 'consent-wall'];
