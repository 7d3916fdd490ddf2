import { type CheerioAPI, load } from 'cheerio/slim';
import { parseDocument } from 'htmlparser2';

/**
 * Parses with htmlparser2 (about 2.4 ms for an average 180 KiB page, against ~30 ms for parse5) and
 * wraps the DOM in cheerio for selector queries. htmlparser2 is forgiving rather than spec-exact, which
 * is what extraction needs: we read text, we never re-render the page.
 */
export function parseHtml(html: string): CheerioAPI {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return load(dom);
}
