/**
 * What a comment section holds besides comments, beyond the general boilerplate phrases: read by
 * html/comments.ts (`--include-comments`) on each candidate comment's whole text. Each pattern says
 * why it is here.
 */
export const COMMENT_FURNITURE: readonly { pattern: RegExp; why: string }[] = [
  {
    pattern: /\b\d[\d,.]*\s*(?:comments?|replies|responses|posters?|kommentare|commentaires|comentarios|comentários)\b/i,
    why: 'Counters of the thread ("reader comments 75 with 51 posters", "Share your voice 0 comments"), not a comment.',
  },
  {
    pattern: /\b(?:log ?in|sign ?in|create an account|register|subscribe)\b.{0,40}\b(?:comment|reply|post|join the discussion)/i,
    why: 'The prompt to log in before commenting ("You must login or create an account to comment.").',
  },
  {
    pattern: /^(?:submit|post|add|leave|write|view|show|read|load|hide)\b.{0,30}\bcomments?\b/i,
    why: 'Section controls and invitations ("Submit comments on this post to ...", "View all comments").',
  },
  {
    pattern:
      /\bcomment(?:s|aires|arios|ários)?\b.{0,120}\b(?:moderat\w*|guidelines|policy|respectful|respetuosos|opinião|responsabilidade|reflects)\b/i,
    why: 'The comment policy or moderation notice printed above a thread, in the languages seen on news sites.',
  },
];
