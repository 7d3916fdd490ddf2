/**
 * Class, id and microdata tokens that tell the metadata stage where a page prints its byline and date,
 * and which areas hold someone else's (comments, related cards). Each regex runs on one element's class
 * and id string.
 */

// Readability's byline markers: rel=author, itemprop=author, and class/id words naming a byline.
// German, Spanish and Portuguese templates say "autor" ("<div class="autor">").
export const BYLINE_CLASS = /byline|author(?!i[sz])|autor(?!i[sz])|writtenby|p-author/i;
// Parts of an author box that are not the name: the source or site name, the photo, the bio, the job title, a follow button.
// Drupal's "field--label-hidden" says the field prints no label, so only its value, the name.
export const NOT_NAME_CLASS =
  /source|partner|publisher|site|brand|bio|photo|avatar|image|img|title|follow|social|desc|comment|date|time|more|about|box|label(?!-hidden)|tag|form/i;
// Microdata scopes that name the publisher, not a person.
export const PUBLISHER_SCOPE = /publisher|organization/i;
// Comment threads and forms name commenters, not authors.
export const COMMENT_ANCESTOR = /comment|respond|reply|discussion/i;
// Where a template prints the date next to the headline: classes like "byline", "post-date", "entry-meta".
// German "datum", Spanish "fecha", Drupal's "submitted"/"post-created", and the generic "metadata"/"info"
// lines news CMSs print under a headline.
export const DATE_AREA_CLASS =
  /byline|dateline|date|time|posted|published|entry-meta|post-meta|article-meta|meta-info|datum|fecha|submitted|created|metadata|heading__meta|(?:^|\s)info(?:\s|$)/i;
// Dates inside these are someone else's: comments, related-article cards, sidebars. A post's own footer
// ("post-footer", "entry-footer") holds its timestamp in blog themes, so only the page footer counts.
// The header clock of news sites ("Donnerstag, 16. Februar 2012" in `<span id="uhr">`, "today's date")
// shows the day the page was served, not any post's date.
export const FOREIGN_AREA =
  /comment|related|recommend|sidebar|widget|(?<!post-|entry-|article-|asset-)footer|promo|teaser|card|more-|trending|popular|clock|(?:^|\s)uhr(?:\s|$)|today|current-?date/i;
// Parts of a headline element that are not the headline: the kicker or roofline printed above it
// ("Klimaschutz", a "Dachzeile", a topic label) and separators hidden from the eye (a ": " for screen
// readers). Sites print "Kicker: Headline" in their metadata but the reader sees two lines.
export const KICKER_CLASS =
  /kicker|roofline|dachzeile|topic-label|overline|eyebrow|supertitle|toptitle|subtitle|titleheader|visually-hidden|sr-only|screen-reader|invisible|aural/i;
// The headline proper, when a headline element wraps it beside a kicker: `<span class="headline">`.
export const HEADLINE_PART_CLASS = /headline|__title|(?:^|\s)title(?:\s|$)/i;
// A headline element that is the site's banner, not the article's headline.
export const SITE_HEADING_CLASS = /site-title|site-name|logo|brand|masthead/i;
// A post's own footer in blog themes, where the byline and date sit: not the page footer.
export const OWN_FOOTER_CLASS = /(?:post|entry|article)-footer/i;
