/**
 * What kind of page a page is (Article `pageType`), read from what the page says of itself (JSON-LD and
 * microdata types, `og:type`, the generator that built it) and from its structure (buy buttons, forum
 * post boxes, documentation frames). Each entry says why it is there; src/metadata/page-type.ts weighs them.
 */
export const PAGE_TYPES = ['article', 'forum', 'documentation', 'product', 'listing', 'other'] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface TypeRule {
  /** A schema.org type, an `og:type` value or a generator name, matched whole and case-insensitively. */
  name: string;
  pageType: PageType;
  why: string;
}

/**
 * schema.org types (JSON-LD `@type`, microdata `itemtype`), strongest first: the first one the page
 * carries decides. A forum or Q&A type outranks Product (a thread about a product names it), Product
 * outranks the article types (a shop's page is often typed Article by its CMS as well), and the list
 * types come last, as article pages carry an ItemList for a carousel or a listicle.
 */
export const SCHEMA_TYPE_RULES: readonly TypeRule[] = [
  { name: 'QAPage', pageType: 'forum', why: 'a question with its answers (Stack Exchange, Q&A plugins)' },
  { name: 'DiscussionForumPosting', pageType: 'forum', why: 'the opening post of a thread, as Discourse, XenForo and Reddit mark it' },
  { name: 'Product', pageType: 'product', why: "a shop's product page; several of them make a category page (see MIN_LISTED_PRODUCTS)" },
  { name: 'ProductGroup', pageType: 'product', why: 'one product in several variants (sizes, colours)' },
  { name: 'APIReference', pageType: 'documentation', why: "schema.org's type for a programming interface's reference page" },
  { name: 'TechArticle', pageType: 'documentation', why: 'how-to and reference pages of software and hardware documentation' },
  { name: 'CollectionPage', pageType: 'listing', why: 'a category, tag or archive page (Yoast types every WordPress archive so)' },
  { name: 'SearchResultsPage', pageType: 'listing', why: 'a list of search hits' },
  { name: 'NewsArticle', pageType: 'article', why: 'news story' },
  { name: 'BlogPosting', pageType: 'article', why: 'blog post' },
  { name: 'Article', pageType: 'article', why: 'the generic article type most CMSs give every post' },
  { name: 'Report', pageType: 'article', why: 'a report is read as an article' },
  { name: 'ScholarlyArticle', pageType: 'article', why: 'paper or preprint page' },
  { name: 'Recipe', pageType: 'article', why: 'a recipe post: prose, ingredients and steps' },
  { name: 'ItemList', pageType: 'listing', why: 'a list of items, when the page names nothing more specific' },
];

/** `og:type` values that name a page type; `article` and `website` are given to nearly every page, so they say nothing. */
export const OG_TYPE_RULES: readonly TypeRule[] = [
  { name: 'product', pageType: 'product', why: "Open Graph's product object, which shops set on product pages" },
  { name: 'product.item', pageType: 'product', why: 'Facebook catalogue item' },
  { name: 'ebay-objects:item', pageType: 'product', why: "eBay's item pages" },
  { name: 'product.group', pageType: 'listing', why: "Shopify's collection pages: a group of products" },
  { name: 'product:group', pageType: 'listing', why: 'the same, spelled with a colon by some themes' },
];

/** `<meta name="generator">` products (the first word of the value) that only build one kind of page. */
export const GENERATOR_RULES: readonly TypeRule[] = [
  { name: 'Discourse', pageType: 'forum', why: 'forum software' },
  { name: 'vBulletin', pageType: 'forum', why: 'forum software' },
  { name: 'phpBB', pageType: 'forum', why: 'forum software' },
  { name: 'XenForo', pageType: 'forum', why: 'forum software' },
  { name: 'Flarum', pageType: 'forum', why: 'forum software' },
  { name: 'NodeBB', pageType: 'forum', why: 'forum software' },
  { name: 'Sphinx', pageType: 'documentation', why: 'documentation generator (Python projects, Read the Docs)' },
  { name: 'MkDocs', pageType: 'documentation', why: 'documentation generator' },
  { name: 'Docusaurus', pageType: 'documentation', why: "Meta's documentation site generator" },
  { name: 'GitBook', pageType: 'documentation', why: 'documentation platform' },
  { name: 'rustdoc', pageType: 'documentation', why: "Rust's API documentation generator" },
  { name: 'bookdown', pageType: 'documentation', why: "R's book and manual generator" },
  { name: 'pkgdown', pageType: 'documentation', why: "R packages' documentation sites" },
  { name: 'Doxygen', pageType: 'documentation', why: 'C and C++ API documentation generator' },
  { name: 'Javadoc', pageType: 'documentation', why: "Java's API documentation generator" },
  { name: 'DokuWiki', pageType: 'documentation', why: 'wiki used almost only for manuals and project docs' },
  { name: 'VitePress', pageType: 'documentation', why: 'documentation site generator' },
  { name: 'VuePress', pageType: 'documentation', why: 'documentation site generator' },
  { name: 'Antora', pageType: 'documentation', why: 'documentation site generator (AsciiDoc manuals)' },
];

/** The page structures the class/id words below point at. */
export type StructureSignal = 'forum-post' | 'doc-frame' | 'doc-navigation' | 'buy-control';

/** Class/id words of structure that tells a page type, each counted once per element. */
export interface StructureRule {
  signal: StructureSignal;
  /** Class or id words, matched as whole words as the furniture tokens are. */
  tokens: readonly string[];
  why: string;
}

export const STRUCTURE_RULES: readonly StructureRule[] = [
  {
    signal: 'forum-post',
    tokens: [
      'post-body',
      'postbody',
      'post_body',
      'post-message',
      'postmessage',
      'post_message',
      'message-body',
      'messageContent',
      'message-content',
      'topic-post',
      'topic-body',
      'forum-post',
      'bbp-reply-content',
      'answercell',
      'answer-body',
      'postcell',
      'cooked',
    ],
    why: 'the body boxes of posts in a thread (phpBB, vBulletin, XenForo, bbPress, Discourse, Stack Exchange): two or more posts make a thread',
  },
  {
    signal: 'doc-frame',
    tokens: [
      'rst-content',
      'sphinxsidebar',
      'md-content',
      'theme-doc-markdown',
      'docs-content',
      'docs-sidebar',
      'docs-nav',
      'doc-content',
      'docs-body',
      'devsite-article',
      'api-reference',
      'documentation',
      'docs',
    ],
    why: 'the frames documentation themes wrap a manual page in (Read the Docs, MkDocs Material, Docusaurus, devsite); counted only beside code',
  },
  {
    signal: 'doc-navigation',
    tokens: ['toc', 'table-of-contents', 'sidebar', 'left-sidebar', 'sidenav', 'side-nav', 'docs-nav'],
    why: "a manual's chapter tree or page outline beside its text; counted only beside several code blocks, as blogs have sidebars too",
  },
  {
    signal: 'buy-control',
    tokens: ['add-to-cart', 'addtocart', 'add_to_cart', 'add-to-basket', 'add-to-bag', 'addToCart', 'buy-now', 'buy-box', 'buybox'],
    why: 'a buy button (counted on buttons and links only); a page with one per product card is a category page',
  },
];

/**
 * Addresses of documentation: a `docs.`/`developer.` host or a `/docs/`, `/reference/` path. Counted only
 * beside code, as a help centre's `/guide/` pages are articles.
 */
export const DOC_URL_HOST_PREFIXES: readonly string[] = ['docs.', 'developer.', 'developers.', 'devdocs.', 'doc.', 'learn.', 'wiki.'];
export const DOC_URL_SEGMENTS: readonly string[] = [
  'docs',
  'doc',
  'documentation',
  'manual',
  'reference',
  'api',
  'guide',
  'guides',
  'tutorial',
  'tutorials',
  'wiki',
  'learn',
  'library',
];

/** Button and link wordings of a buy control, for pages whose classes say nothing (and for text dumps). */
export const BUY_CONTROL_WORDS: readonly string[] = [
  'add to cart',
  'add to basket',
  'add to bag',
  'buy now',
  'buy it now',
  'in den warenkorb',
  'ajouter au panier',
  'añadir al carrito',
  'aggiungi al carrello',
  'in winkelwagen',
];

/** A class/id word of a part of a page that is not content on pages of one type. */
export interface FurnitureToken {
  token: string;
  why: string;
}

/**
 * Class/id words of parts that are not content on pages of one type only, dropped after pruning there
 * (src/html/page-type.ts dropTypeFurniture); on other pages the same words name content ("reviews"
 * on an article names the article's own subject, "userTitle" means nothing).
 *   - product: customer reviews, which outweigh the description in prose and win the scorer, and the
 *     purchase widgets (variant pickers, quantity steppers, payment-plan boxes) whose labels and prices
 *     crowd the top of the text;
 *   - documentation: the version and source links rustdoc sets beside every item, and the page-turning
 *     and edit links of documentation themes;
 *   - forum: the poster's profile box beside each post (rank, join date, message count, location),
 *     signatures, and quotes of earlier posts (the thread already holds them).
 */
export const TYPE_FURNITURE_TOKENS: Readonly<Partial<Record<PageType, readonly FurnitureToken[]>>> = {
  product: [
    { token: 'reviews', why: 'customer review sections (IKEA, Shopify themes, Amazon "cm-cr-*-review-list")' },
    { token: 'review-list', why: 'the list of customer reviews' },
    { token: 'review', why: 'one customer review' },
    { token: 'review-card', why: 'one customer review (Amazon)' },
    { token: 'customer-review', why: 'one customer review' },
    { token: 'customer_review', why: 'one customer review (Amazon ids)' },
    { token: 'customer-reviews', why: 'customer review sections' },
    { token: 'product-reviews', why: 'customer review sections of shop themes' },
    { token: 'yotpo', why: 'Yotpo review widget' },
    { token: 'okendo', why: 'Okendo review widget' },
    { token: 'jdgm', why: 'Judge.me review widget' },
    { token: 'stamped', why: 'Stamped.io review widget' },
    { token: 'bv_main_container', why: 'Bazaarvoice review widget' },
    { token: 'product-form', why: 'the buy form: variant pickers, quantity, add-to-cart' },
    { token: 'variant-picker', why: 'size and colour pickers' },
    { token: 'product-variants', why: 'size and colour pickers' },
    { token: 'swatches', why: 'colour swatches' },
    { token: 'quantity', why: 'quantity stepper' },
    { token: 'add-to-cart', why: 'the buy button and its box' },
    { token: 'buy-box', why: 'the buy box (price, delivery, button)' },
    { token: 'buybox', why: 'the buy box (price, delivery, button)' },
    { token: 'afterpay', why: 'payment-plan notice ("or 4 payments of")' },
    { token: 'klarna', why: 'payment-plan notice' },
  ],
  documentation: [
    { token: 'rightside', why: 'rustdoc\'s "since" version and Source link beside every item ("1.0.0 (const: 1.48.0) · Source")' },
    { token: 'pagination-nav', why: 'Docusaurus previous/next page links' },
    { token: 'theme-last-updated', why: 'Docusaurus "Last updated on" line' },
    { token: 'edit-this-page', why: 'the "Edit this page" link of documentation themes' },
    { token: 'md-source-file', why: 'MkDocs Material revision dates under the page' },
  ],
  forum: [
    { token: 'message-userExtras', why: "XenForo's join date, message count and location under the poster's name" },
    { token: 'message-userTitle', why: 'XenForo rank ("Veteran", "Legend") under the poster\'s name' },
    { token: 'userBanner', why: 'XenForo staff and supporter banners' },
    { token: 'userTitle', why: "forum rank under the poster's name" },
    { token: 'postprofile', why: "phpBB's profile box beside each post (posts, joined, location)" },
    { token: 'author-user-title', why: "rank under the poster's name (Invision)" },
    { token: 'bbCodeBlock--quote', why: 'XenForo quote of an earlier post, which the thread already holds' },
    { token: 'bbcode_quote', why: 'vBulletin quote of an earlier post' },
    { token: 'ipsQuote', why: 'Invision quote of an earlier post' },
    { token: 'bbCodeBlock--unfurl', why: 'XenForo preview card of a pasted link (title, teaser, host)' },
    { token: 'message-lastEdit', why: 'XenForo "Last edited: <date>" line' },
    { token: 'message-signature', why: "XenForo poster's signature under every post" },
    { token: 'signature', why: "a poster's signature under every post (phpBB, vBulletin)" },
    { token: 'signaturecontainer', why: 'vBulletin signature' },
    { token: 'topic-map', why: 'Discourse views/users/likes summary under the first post' },
    { token: 'post-links-container', why: 'Discourse list of links a post holds, repeated from the post' },
    { token: 'reactionsBar', why: 'XenForo "Reactions: <names>" line' },
  ],
};
