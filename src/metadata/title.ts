import { normalizeLine } from '../article/normalize.js';
import { POST_FORMAT_LABELS } from '../rules/post-format-labels.js';

const LABEL_PREFIX = new RegExp(`^(?:${POST_FORMAT_LABELS.join('|')})\\s+(?=\\p{Lu}|\\p{N}|["“‘'])`, 'u');

/** "gallery Libya: ..." -> "Libya: ...". Only a lower-case label before a capitalised word counts. */
export function stripPostFormatLabel(title: string): string {
  return title.replace(LABEL_PREFIX, '');
}

/** The cleaner every title candidate passes through, whatever its source. */
export function cleanTitle(raw: string): string {
  return stripPostFormatLabel(normalizeLine(raw));
}
