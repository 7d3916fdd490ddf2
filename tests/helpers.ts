import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const FIXTURES = join(REPO, 'fixtures');
export const BIN = join(REPO, 'bin', 'deboil.js');

export interface FixtureCase {
  name: string;
  inputPath: string;
  expected: Record<string, unknown>;
}

/** Every fixtures/<case>/ folder with an input.* file and an expected.json. */
export function fixtureCases(): FixtureCase[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const dir = join(FIXTURES, d.name);
      const files = readdirSync(dir);
      const input = files.find((f) => f.startsWith('input.'));
      if (!input || !files.includes('expected.json')) return [];
      return [{ name: d.name, inputPath: join(dir, input), expected: JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) }];
    });
}

/** An output record as read back from JSON Lines: an Article's fields or an error record's. */
export interface OutputRecord {
  source: string;
  error?: { code: string; message: string; hint: string };
  [field: string]: unknown;
}

/** Each line of a JSON Lines file, parsed. */
export const readJsonLines = (path: string): OutputRecord[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as OutputRecord);

/** A maker of temporary folders for one test file, all removed when the file's tests end. */
export function tempDirs(prefix: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    made.push(dir);
    return dir;
  };
}
