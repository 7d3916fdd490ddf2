import type { ProvenanceSource } from '../article/schema.js';
import type { RankedSource } from '../rules/field-sources.js';

/**
 * Every metadata field is chosen from a ranked list of candidates, most trusted source first; the winner's
 * source is what `--explain` reports for that field.
 */
export interface Candidate {
  value: string;
  source: ProvenanceSource;
}

/** Candidates from raw values, in the order given, dropping the empty ones. */
export function ranked(entries: readonly (readonly [source: ProvenanceSource, value: string | null | undefined])[]): Candidate[] {
  return entries.flatMap(([source, value]) => {
    const v = value?.trim();
    return v ? [{ value: v, source }] : [];
  });
}

/** Candidates in the order of a ranked source list (rules/field-sources.ts), each slot's values in their own order. */
export function rankedBySlot<Slot extends string>(
  order: readonly RankedSource<Slot>[],
  values: Readonly<Record<Slot, readonly (string | null | undefined)[]>>,
): Candidate[] {
  return ranked(order.flatMap(({ source, slot }) => values[slot].map((value) => [source, value] as const)));
}

/** Letters and digits only, lower case, accents dropped: "Aktuálně.cz" and "aktualne cz" compare equal. */
export function squash(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Shortest name that may be matched by containment; "ap" inside "apnews" is too weak a signal. */
const MIN_CONTAINED_NAME_CHARS = 3;
/**
 * The contained name must make up this share of the longer one: "Spiceworks" in "Spiceworks Inc" is the
 * same name, "Dropbox" in "How we designed Dropbox's ATF" is a headline that mentions it.
 */
const MIN_CONTAINED_SHARE = 0.5;

/** Same name, or one mostly made of the other ("Spiceworks" / "Spiceworks Inc"). */
export function namesOverlap(a: string, b: string): boolean {
  const x = squash(a);
  const y = squash(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.length >= MIN_CONTAINED_NAME_CHARS && long.includes(short) && short.length >= long.length * MIN_CONTAINED_SHARE;
}
