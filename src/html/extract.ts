import type { Draft } from '../article/draft.js';
import { hostOf, urlResolver } from '../metadata/url.js';
import type { ResolvedOptions } from '../options.js';
import { contentKind } from '../render/format.js';
import { ruleForHost } from '../rules/site-rule.js';
import { extractComments } from './comments.js';
import { extractHtmlContent } from './content.js';
import { baseHref } from './dom.js';
import { extractHtmlMetadata } from './metadata/html-metadata.js';
import { htmlWallSignals } from './metadata/walls.js';
import { parseHtml } from './parse.js';
import { StructureBuilder } from './structure.js';

/** The HTML path (the page's text in pieces, see input/decode.ts): parse, read metadata (before pruning, which removes `<head>`), then extract the body. */
export function extractFromHtml(html: readonly string[], options: ResolvedOptions): Draft {
  const document = parseHtml(html);
  const { fields, articleBody } = extractHtmlMetadata(document, options);
  const wallSignals = htmlWallSignals(document);
  const rule = ruleForHost(options.rules, hostOf(fields.url));
  const resolve = contentKind(options) ? urlResolver(baseHref(document), options.url ?? fields.url) : null;
  const structure = resolve ? () => new StructureBuilder(resolve) : null;
  // Read before extraction, which prunes the comment section with the rest of the furniture.
  const comments = options.comments ? extractComments(document) : null;
  const content = extractHtmlContent(document, { explain: options.explain, title: fields.title, articleBody, rule, structure });
  return {
    ...fields,
    blocks: content.blocks,
    ...(comments ? { comments } : {}),
    removed: content.removed,
    wallSignals,
    provenance: [...fields.provenance, { field: 'body', source: content.source }],
  };
}
