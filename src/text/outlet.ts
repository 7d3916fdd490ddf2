import { type Candidate, squash } from '../metadata/candidates.js';
import { anyPatternTest } from '../rules/compile.js';
import { NOT_SITE_NAME_START, NOT_SITE_NAMES, SITE_NAME_PATTERNS } from '../rules/text-header.js';

/**
 * The outlet of a text dump, which keeps no og:site_name: the name the page uses for itself in its
 * header, footer and newsletter boxes ("Welcome to X", "© 2018 X", "X - Back to home"), confirmed by how
 * often it stands alone on a line (menus, logos).
 */

/** Site names are short; a longer capture is a sentence. */
const MAX_SITE_NAME_WORDS = 5;
/** Header and footer lines: where a page prints its own name. */
const EDGE_LINES = 40;
/**
 * A page names itself near its top and bottom, so a long dump is read only this many lines from each end:
 * every whole page fits (the longest corpus dump has ~1,500 lines), and a 10 MB dump of 200,000 lines
 * costs what a page costs.
 */
const MAX_SCANNED_LINES_PER_END = 2_000;
/** A page's first line, when it is a short name, is usually its logo. */
const FIRST_LINE_WEIGHT = 1;
/** Few lines name the site: one test of the patterns' union rules out the others (a dump may have 200,000). */
const mayNameSite = anyPatternTest(SITE_NAME_PATTERNS.map((p) => p.pattern));

function plausibleName(name: string, authors: ReadonlySet<string>): boolean {
  const words = name.split(/\s+/).length;
  return (
    words <= MAX_SITE_NAME_WORDS &&
    !NOT_SITE_NAMES.has(name.toLowerCase()) &&
    !NOT_SITE_NAME_START.test(name) &&
    !authors.has(squash(name)) &&
    /\p{L}/u.test(name)
  );
}

export function outletFromText(allLines: readonly string[], authorNames: readonly string[]): Candidate | null {
  const lines =
    allLines.length > 2 * MAX_SCANNED_LINES_PER_END
      ? [...allLines.slice(0, MAX_SCANNED_LINES_PER_END), ...allLines.slice(-MAX_SCANNED_LINES_PER_END)]
      : allLines;
  const authors = new Set(authorNames.map(squash));
  const scores = new Map<string, { name: string; score: number }>();
  const bump = (name: string, by: number) => {
    const key = squash(name);
    const entry = scores.get(key) ?? { name, score: 0 };
    entry.score += by;
    scores.set(key, entry);
  };
  for (const line of lines) {
    if (!mayNameSite(line)) continue;
    for (const { pattern, weight } of SITE_NAME_PATTERNS) {
      const name = pattern.exec(line)?.[1]?.trim();
      if (name && plausibleName(name, authors)) bump(name, weight);
    }
  }
  // The first line counts only when the page repeats it: a logo is echoed in menus and footers, a notice is not.
  const first = lines[0]?.trim();
  if (first && /^\p{Lu}/u.test(first) && plausibleName(first, authors) && lines.some((l, i) => i > 0 && l.includes(first))) {
    bump(first, FIRST_LINE_WEIGHT);
  }
  if (scores.size === 0) return null;
  // A name the page also prints alone on a header or footer line (a logo, a menu entry) is confirmed.
  const edges = [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)].map((l) => squash(l.replace(/^[*•-]\s*/, '')));
  for (const [key, entry] of scores) entry.score += edges.filter((l) => l === key).length;
  const best = [...scores.values()].sort((a, b) => b.score - a.score)[0];
  return best ? { value: best.name, source: 'text-site-name' } : null;
}
