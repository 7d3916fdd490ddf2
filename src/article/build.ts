import { DeboilError } from '../errors.js';
import { decideAccess } from '../metadata/access.js';
import { defaultPageType } from '../metadata/page-type.js';
import type { ResolvedOptions } from '../options.js';
import { contentKind, renderContent } from '../render/format.js';
import type { Draft } from './draft.js';
import { countWords, joinBlocks, normalizeLine } from './normalize.js';
import { type Article, ArticleSchema } from './schema.js';

const orNull = (value: string | null): string | null => {
  if (value === null) return null;
  const v = normalizeLine(value);
  return v.length > 0 ? v : null;
};

/**
 * Normalises a draft into an Article and validates it against the published schema. A value that fails
 * the schema is a bug in an extractor, so it surfaces as INVALID_OUTPUT rather than as bad output.
 */
export function buildArticle(draft: Draft, options: ResolvedOptions): Article {
  const body = joinBlocks(draft.blocks.map((b) => b.text));
  const authors = [...new Set(draft.authors.map(normalizeLine).filter((a) => a.length > 0))];
  const pageType = draft.pageType ?? defaultPageType(draft.blocks);
  const candidate: Article = {
    title: orNull(draft.title) ?? '',
    date: draft.date,
    published: draft.published,
    modified: draft.modified,
    outlet: orNull(draft.outlet),
    authors,
    url: orNull(draft.url),
    language: orNull(draft.language),
    description: orNull(draft.description),
    body,
    wordCount: countWords(body),
    status: body === '' ? 'no-content' : 'article',
    access: 'open',
    pageType: pageType.pageType,
  };
  const access = decideAccess(draft.wallSignals ?? [], candidate.wordCount);
  candidate.access = access.access;
  const kind = contentKind(options);
  if (kind) candidate.content = renderContent(draft.blocks, kind, options, candidate.title);
  if (options.comments) candidate.comments = (draft.comments ?? []).map(normalizeLine).filter((c) => c.length > 0);
  if (options.explain) {
    candidate.removed = draft.removed;
    candidate.provenance = [...draft.provenance, { field: 'pageType', source: pageType.source, detail: pageType.detail }];
    if (access.reason) candidate.accessReason = access.reason;
    if (draft.dateBound) candidate.dateBound = draft.dateBound;
  }
  const parsed = ArticleSchema.safeParse(candidate);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new DeboilError('INVALID_OUTPUT', `the article failed the output schema: ${detail}`, {
      hint: 'this is a bug in deboil; please report it with the input file',
    });
  }
  return parsed.data;
}
