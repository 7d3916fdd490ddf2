import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import picomatch from 'picomatch';
import { DeboilError } from '../errors.js';
import { notRegularFileError } from '../input/read.js';

/** File names deboil cleans when it walks a directory; anything else there is not a page. */
export const PAGE_FILE = /\.(?:html?|xhtml|txt)(?:\.gz)?$/i;

/**
 * One input to clean: a path, its path relative to the input it was found under (`a/b/page.html`, the
 * name mirrored by --out-dir; with several inputs, prefixed by the folder's own name, `scrape/a/b/page.html`,
 * so that two trees never mix), and whether a sibling shares its stem (page.html next to page.txt), so
 * their outputs must keep the extension to stay apart. A failure still deserves its own output record.
 */
export interface WalkItem {
  path: string;
  relative: string;
  stemShared: boolean;
  error?: DeboilError;
}

export interface WalkFilter {
  /** Globs a walked file must match (default: the page extensions, PAGE_FILE). */
  include?: readonly string[];
  /** Globs that skip a walked file or directory. */
  exclude?: readonly string[];
}

type Matcher = (relative: string) => boolean;

/** Globs without a slash match the base name anywhere in the tree (`*.txt`), as users expect. */
function compile(globs: readonly string[] | undefined): Matcher | null {
  if (!globs || globs.length === 0) return null;
  return picomatch([...globs], { basename: true, dot: true });
}

/** The name a directory given on the command line goes by when there are several inputs. */
export function rootName(input: string): string {
  return basename(resolve(input)) || 'root';
}

/** The part of a file name that --out-dir replaces with `.json`: the page extension, and `.gz`. */
export function stemOf(name: string): string {
  return name.replace(PAGE_FILE, '').replace(/\.gz$/i, '');
}

/**
 * Expands the command line's inputs into files, in a stable order: a file is taken whatever its name
 * (the user named it), a directory is walked recursively for page files (or the --include globs),
 * sorted by name. Symbolic-link loops are detected by real path; an unreadable directory yields an error
 * record instead of stopping the walk. Globs match the path relative to the directory given.
 */
export async function* walkInputs(inputs: readonly string[], filter: WalkFilter = {}): AsyncGenerator<WalkItem> {
  const include = compile(filter.include);
  const exclude = compile(filter.exclude);
  const wanted: Matcher = (relative) => (include ? include(relative) : PAGE_FILE.test(relative)) && !exclude?.(relative);
  for (const input of inputs) {
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(input);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      yield {
        path: input,
        relative: basename(input),
        stemShared: false,
        error: new DeboilError(
          code === 'ELOOP' ? 'READ_FAILED' : 'NOT_FOUND',
          code === 'ELOOP' ? 'symbolic link loop' : 'no such file or directory (or a dangling link)',
          { file: input, hint: 'check the path' },
        ),
      };
      continue;
    }
    if (!info.isDirectory()) {
      const error = notRegularFileError(info, input);
      yield { path: input, relative: basename(input), stemShared: false, ...(error ? { error } : {}) };
    } else if (inputs.length === 1) yield* walkDirectory(input, '', new Set(), wanted, exclude);
    else {
      const prefix = rootName(input);
      for await (const item of walkDirectory(input, '', new Set(), wanted, exclude)) {
        yield { ...item, relative: item.path === input ? prefix : `${prefix}/${item.relative}` };
      }
    }
  }
}

async function* walkDirectory(
  dir: string,
  relativeDir: string,
  seen: Set<string>,
  wanted: Matcher,
  exclude: Matcher | null,
): AsyncGenerator<WalkItem> {
  const real = await realpath(dir).catch(() => dir);
  const failure = (message: string, hint: string): WalkItem => ({
    path: dir,
    relative: relativeDir || rootName(dir),
    stemShared: false,
    error: new DeboilError('READ_FAILED', message, { file: dir, hint }),
  });
  if (seen.has(real)) {
    yield failure('symbolic link loop: this directory is already being walked', 'remove the looping link');
    return;
  }
  seen.add(real);
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield failure(`cannot read the directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'check its permissions');
    seen.delete(real);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: string[] = [];
  const refused = new Map<string, DeboilError>();
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const relative = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory());
    if (isDirectory) {
      if (!exclude?.(relative)) yield* walkDirectory(path, relative, seen, wanted, exclude);
    } else if (wanted(relative)) {
      // A FIFO, socket or device (or a link to one) gets an error record: opening it could block for ever.
      const info = entry.isFile() ? null : await stat(path).catch(() => null);
      const error = info && notRegularFileError(info, path);
      if (error) refused.set(entry.name, error);
      if (entry.isFile() || entry.isSymbolicLink() || error) files.push(entry.name);
    }
  }
  const stems = new Map<string, number>();
  for (const name of files) stems.set(stemOf(name), (stems.get(stemOf(name)) ?? 0) + 1);
  for (const name of files) {
    yield {
      path: join(dir, name),
      relative: relativeDir ? `${relativeDir}/${name}` : name,
      stemShared: (stems.get(stemOf(name)) ?? 0) > 1,
      ...(refused.has(name) ? { error: refused.get(name) } : {}),
    };
  }
  seen.delete(real);
}
