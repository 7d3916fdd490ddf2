import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DeboilError } from '../errors.js';

/** File names deboil cleans when it walks a directory; anything else there is not a page. */
export const PAGE_FILE = /\.(?:html?|xhtml|txt)(?:\.gz)?$/i;

/** One input to clean: a path, or a failure that still deserves its own output record. */
export type WalkItem = { path: string; error?: undefined } | { path: string; error: DeboilError };

/**
 * Expands the command line's inputs into files, in a stable order: a file is taken whatever its name
 * (the user named it), a directory is walked recursively for page files, sorted by name. Symbolic-link
 * loops are detected by real path; an unreadable directory yields an error record instead of stopping
 * the walk.
 */
export async function* walkInputs(inputs: readonly string[]): AsyncGenerator<WalkItem> {
  for (const input of inputs) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      yield {
        path: input,
        error: new DeboilError(
          code === 'ELOOP' ? 'READ_FAILED' : 'NOT_FOUND',
          code === 'ELOOP' ? 'symbolic link loop' : 'no such file or directory (or a dangling link)',
          { file: input, hint: 'check the path' },
        ),
      };
      continue;
    }
    if (info.isDirectory()) yield* walkDirectory(input, new Set());
    else yield { path: input };
  }
}

async function* walkDirectory(dir: string, seen: Set<string>): AsyncGenerator<WalkItem> {
  const real = await realpath(dir).catch(() => dir);
  if (seen.has(real)) {
    yield {
      path: dir,
      error: new DeboilError('READ_FAILED', 'symbolic link loop: this directory is already being walked', {
        file: dir,
        hint: 'remove the looping link',
      }),
    };
    return;
  }
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield {
      path: dir,
      error: new DeboilError('READ_FAILED', `cannot read the directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`, {
        file: dir,
        hint: 'check its permissions',
      }),
    };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walkDirectory(path, seen);
    } else if (entry.isSymbolicLink()) {
      const target = await stat(path).catch(() => null);
      if (target?.isDirectory()) yield* walkDirectory(path, seen);
      else if (PAGE_FILE.test(entry.name)) yield { path };
    } else if (entry.isFile() && PAGE_FILE.test(entry.name)) {
      yield { path };
    }
  }
  seen.delete(real);
}
