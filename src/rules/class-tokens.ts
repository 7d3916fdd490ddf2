/**
 * Words in class and id attributes that mark page furniture, grouped by what they mark; the group name
 * is the `--explain` reason (`class-token:<group>`). Matched as whole tokens between non-alphanumerics
 * ("share-bar" and "post_share" match "share"; "shareholder" does not), compiled in rules/compile.ts.
 */
export const BOILERPLATE_CLASS_TOKENS: Readonly<Record<string, readonly string[]>> = {
  // Comment threads and forms: never the article, and the most common leak users report.
  comments: ['comment', 'comments', 'comment-list', 'commentlist', 'respond', 'disqus_thread', 'discussion', 'replies'],
  share: ['share', 'sharing', 'sharedaddy', 'social', 'share-bar', 'addthis', 'sociable', 'jp-relatedposts'],
  related: ['related', 'recommended', 'recirc', 'more-stories', 'read-next', 'outbrain', 'taboola', 'trending', 'popular', 'most-read'],
  newsletter: ['newsletter', 'subscribe', 'subscription', 'signup', 'sign-up', 'mailing-list'],
  advertisement: ['ad', 'ads', 'advert', 'advertisement', 'adslot', 'ad-slot', 'dfp', 'sponsor', 'sponsored', 'promo'],
  // Not `cmp` (a consent-management platform): Adobe's core components (`cmp-text`) and Open Journal
  // Systems (`cmp_notification`) name the page's own text with it.
  cookie: ['cookie', 'cookies', 'consent', 'gdpr'],
  navigation: ['nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs', 'pagination', 'pager', 'skip-link'],
  sidebar: ['sidebar', 'widget', 'widgets', 'rail', 'right-rail'],
  footer: ['footer', 'site-footer', 'copyright'],
  overlay: ['modal', 'dialog', 'popup', 'overlay', 'lightbox', 'paywall', 'login', 'signin'],
  // Slideshows and carousels repeat image captions and credits ("Photo: ...", "1 / 12") around the article.
  gallery: ['gallery', 'slideshow', 'carousel', 'slider'],
  meta: ['byline', 'author-bio', 'tags', 'tag-list', 'post-meta', 'entry-meta', 'dateline', 'caption-credit', 'print'],
};

/** Tags whose content is never article text. */
export const NON_CONTENT_TAGS: readonly string[] = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'nav',
  'aside',
  'footer',
  'dialog',
  'head',
  // A stray <title> (a fragment without <head>, or one inside inline SVG) names the page, it is not text.
  'title',
];

/** Class/id words that mark the article container itself; they keep an element from being pruned. */
export const CONTENT_CLASS_TOKENS: readonly string[] = [
  'article',
  'article-body',
  'articlebody',
  'entry-content',
  'post-content',
  'post-body',
  'story-body',
  'content-body',
  'main-content',
];

/**
 * ARIA landmark roles of page chrome. A page that marks its banner, menus, sidebars and footer this way
 * tells us outright that they are not the article.
 */
export const BOILERPLATE_ROLES: readonly string[] = [
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
];

/**
 * Words that mark a quoted post embedded in the article ("social-media-embed", "twitter-tweet"). A class
 * name holding one is never furniture, even when it also says "social": the article quotes the post.
 */
export const EMBED_CLASS_TOKENS: readonly string[] = ['embed', 'embedded', 'tweet', 'twitter-tweet', 'instagram-media', 'tiktok-embed'];

/**
 * Words that name a disclosure panel: accordions, collapsibles, tabs, "read more" expanders, FAQ
 * answers. The page hides them until a click, but they are part of the page's text (a product's specs
 * tab, a service page's FAQ), so a hidden element named this way is not dropped for being hidden.
 */
export const DISCLOSURE_CLASS_TOKENS: readonly string[] = [
  'accordion',
  'accordion-content',
  'accordionbody',
  'collapse',
  'collapsible',
  'expander',
  'expandable',
  'tab-pane',
  'tabpanel',
  'tab-panel',
  'tab-content',
  'tab__content',
  'faq',
  'faq-content',
  'faq-answer',
];

/**
 * Class names that CSS frameworks (Bootstrap, Tailwind, WordPress themes) define as `display: none` or
 * as off-screen: the element is hidden as surely as with the `hidden` attribute. Whole class names
 * only: `hidden-xs` or `md:hidden` hide at one screen size and are shown at others. A page parks
 * config in them too (a `hidden` div of partner domains, comma-separated, outscored a sectioned article).
 */
export const HIDDEN_CLASS_NAMES: readonly string[] = [
  'hidden',
  'd-none',
  'is-hidden',
  'hide',
  'invisible',
  'visually-hidden',
  'sr-only',
  'screen-reader-text',
];

/** ARIA roles of a disclosure panel's content, hidden until its tab or heading is clicked. */
export const DISCLOSURE_ROLES: readonly string[] = ['tabpanel', 'region'];

/**
 * Page-builder building blocks: Elementor wraps every heading and paragraph of a page in an
 * `elementor-widget` element, so "widget" there names the builder's unit, not a sidebar widget. A class
 * name holding one is not read for furniture words; the block's own wording and links judge it.
 */
export const PAGE_BUILDER_CLASS_TOKENS: readonly string[] = ['elementor-widget', 'elementor-widget-container', 'elementor-widget-wrap'];

/**
 * Class/id words of an article's lead: the standfirst or summary that many templates set above the
 * body's own container, in the header beside the headline (`article__intro`, `dig-vorspann`, `chapo`).
 * It is the article's first paragraph all the same.
 */
export const LEAD_CLASS_TOKENS: readonly string[] = [
  'lead',
  'lede',
  'leader',
  'intro',
  'introduction',
  'standfirst',
  'summary',
  'dek',
  'abstract',
  'vorspann',
  'einleitung',
  // TYPO3's news extension sets the lead in `div.teaser-text` above the body's `div.news-text-wrap`.
  'teaser-text',
  'chapo',
  'chapeau',
  'entradilla',
  'bajada',
  'sottotitolo',
];
