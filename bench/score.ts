/**
 * The benchmark's scoring, with the same definitions as the shared evaluation script so figures compare
 * with the article-extraction benchmark's published table:
 *   body     word 4-gram shingles of \w+ tokens (case kept), counted with repeats; per page tp/fp/fn;
 *            corpus precision = mean over pages that predicted something, recall = mean over pages whose
 *            truth has text, F1 from the two means
 *   title    folded exact match, or the truth minus a trailing " | Site" segment (at least half of it)
 *   date     exact YYYY-MM-DD; outlet: folded match or containment; author: folded exact match
 *   with / without   must-keep snippets found in body / boilerplate snippets absent from title + body
 *   snippets.f1      pooled over both kinds of snippet (trafilatura's evaluation measure)
 */
export interface Truth {
  id: string;
  url: string | null;
  title: string | null;
  date: string | null;
  outlet: string | null;
  author: string | null;
  body: string | null;
  with?: string[] | null;
  without?: string[] | null;
  /** Corpora label their pages further (wcxb's `genre`); `--by <field>` groups by any of these. */
  [field: string]: unknown;
}

export interface Prediction {
  id: string;
  title?: string | null;
  date?: string | null;
  outlet?: string | null;
  author?: string | null;
  body?: string | null;
  ms?: number;
  error?: unknown;
}

const tokens = (s: string | null | undefined): string[] => (s ?? '').match(/[\p{L}\p{N}\p{M}_]+/gu) ?? [];

function shingles(s: string | null | undefined, n = 4): Map<string, number> {
  const t = tokens(s);
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  if (t.length > 0 && t.length < n) bump(t.join(' '));
  for (let i = 0; i + n <= t.length; i++) bump(t.slice(i, i + n).join(' '));
  return counts;
}

export interface BodyScore {
  precision: number | null;
  recall: number | null;
  f1: number;
}

export function scoreBody(truth: string, predicted: string | null | undefined): BodyScore {
  const a = shingles(truth);
  const b = shingles(predicted);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(key) ?? 0;
    const y = b.get(key) ?? 0;
    tp += Math.min(x, y);
    fp += Math.max(0, y - x);
    fn += Math.max(0, x - y);
  }
  const perfect = fp === 0 && fn === 0;
  const precision = perfect ? 1 : tp + fp > 0 ? tp / (tp + fp) : null;
  const recall = perfect ? 1 : tp + fn > 0 ? tp / (tp + fn) : null;
  const f1 = precision && recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export const fold = (s: string | null | undefined): string =>
  (s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

const flat = (s: string | null | undefined): string =>
  fold(s)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const SITE_SEPARATOR = /^\s*[|\-:·»/]{1,2}\s/;

export function titleMatches(predicted: string | null | undefined, truth: string): boolean {
  const p = fold(predicted);
  const t = fold(truth);
  if (!p) return false;
  if (p === t) return true;
  return t.startsWith(p) && p.length >= t.length / 2 && SITE_SEPARATOR.test(t.slice(p.length));
}

export interface PageScore {
  id: string;
  f1?: number;
  precision?: number;
  recall?: number;
  /** Fields the page got wrong (title, date, outlet, author). */
  misses: string[];
  /** Must-keep snippets missing from the body. */
  withLost: number;
  /** Must-drop snippets still in the title or body. */
  withoutKept: number;
}

export interface Summary {
  pages: number;
  metrics: Record<string, { value: number; n: number }>;
  perPage: PageScore[];
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export function scoreCorpus(truths: readonly Truth[], predictions: ReadonlyMap<string, Prediction>): Summary {
  const sums: Record<string, number[]> = {};
  const add = (k: string, v: number) => {
    sums[k] ??= [];
    sums[k].push(v);
  };
  const perPage: PageScore[] = [];
  for (const t of truths) {
    const p = predictions.get(t.id) ?? { id: t.id };
    const row: PageScore = { id: t.id, misses: [], withLost: 0, withoutKept: 0 };
    if (t.body != null) {
      const r = scoreBody(t.body, p.body);
      if (r.precision != null) add('body.precision', r.precision);
      if (r.recall != null) add('body.recall', r.recall);
      add('body.f1>=0.9', r.f1 >= 0.9 ? 1 : 0);
      Object.assign(row, { f1: r.f1, precision: r.precision ?? 0, recall: r.recall ?? 0 });
    }
    const field = (name: string, ok: boolean) => {
      add(name, ok ? 1 : 0);
      if (!ok) row.misses.push(name);
    };
    if (t.title != null) field('title', titleMatches(p.title, t.title));
    if (t.date != null) field('date', (p.date ?? '').slice(0, 10) === t.date);
    if (t.outlet != null) {
      const a = flat(p.outlet);
      const b = flat(t.outlet);
      field('outlet', Boolean(a && b && (a === b || a.includes(b) || b.includes(a))));
    }
    if (t.author != null) field('author', flat(p.author) === flat(t.author));
    const body = flat(p.body);
    for (const s of t.with ?? []) {
      const found = body.includes(flat(s));
      add('with', found ? 1 : 0);
      if (!found) row.withLost++;
    }
    const all = `${flat(p.title)} ${body}`;
    for (const s of t.without ?? []) {
      const present = Boolean(flat(s)) && all.includes(flat(s));
      add('without', present ? 0 : 1);
      if (present) row.withoutKept++;
    }
    perPage.push(row);
  }
  const metrics: Summary['metrics'] = {};
  const round = (x: number) => Number(x.toFixed(4));
  if (sums['body.f1>=0.9']) {
    const p = mean(sums['body.precision'] ?? []);
    const r = mean(sums['body.recall'] ?? []);
    metrics['body.f1'] = { value: round(p + r ? (2 * p * r) / (p + r) : 0), n: sums['body.f1>=0.9'].length };
  }
  for (const k of ['body.precision', 'body.recall', 'body.f1>=0.9', 'title', 'date', 'outlet', 'author', 'with', 'without']) {
    const v = sums[k];
    if (v) metrics[k] = { value: round(mean(v)), n: v.length };
  }
  // Pooled over all pages, as trafilatura's evaluation does: a must-keep snippet found is a true
  // positive, a must-drop snippet still present a false positive.
  const kept = sums['with'];
  const dropped = sums['without'];
  if (kept && dropped) {
    const tp = kept.filter(Boolean).length;
    const fn = kept.length - tp;
    const fp = dropped.length - dropped.filter(Boolean).length;
    const p = tp / (tp + fp || 1);
    const r = tp / (tp + fn || 1);
    metrics['snippets.f1'] = { value: round(p + r ? (2 * p * r) / (p + r) : 0), n: kept.length + dropped.length };
  }
  return { pages: truths.length, metrics, perPage };
}

/** The group a page falls in for `--by`: its truth field's value, or NO_GROUP when the page has none. */
export const NO_GROUP = '(none)';

export interface GroupSummary {
  group: string;
  summary: Summary;
}

/**
 * The corpus scored once per value of a truth field (`genre`), groups in name order: each group's figures
 * are scoreCorpus over that group's pages alone, so they mean what the whole-corpus figures mean.
 */
export function scoreByGroup(truths: readonly Truth[], predictions: ReadonlyMap<string, Prediction>, field: string): GroupSummary[] {
  const groups = new Map<string, Truth[]>();
  for (const t of truths) {
    const value = t[field];
    const group = value === null || value === undefined || value === '' ? NO_GROUP : String(value);
    const members = groups.get(group) ?? [];
    members.push(t);
    groups.set(group, members);
  }
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([group, members]) => ({ group, summary: scoreCorpus(members, predictions) }));
}
