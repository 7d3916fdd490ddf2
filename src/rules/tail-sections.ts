/**
 * Which tail openers (phrase rules with scope `tail`) end the article for good. Comments and author
 * boxes do: comments are prose too, so no amount of prose after them means the article goes on. The
 * others ("Related", "Most read") may head a short box of links inside the article, after which the
 * article resumes; both the HTML and the text path let the article go on when running prose follows.
 */
export const SECTIONS_THAT_END_THE_ARTICLE: ReadonlySet<string> = new Set(['comment-form', 'author-bio']);
