import { constants } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, isAbsolute, join, posix } from 'node:path';
import { DeboilError, writeFailed } from '../errors.js';
import { rootName, stemOf } from './walk.js';

/**
 * --out-dir: one `.json` per input, the input's relative path mirrored (`a/b/page.html` ->
 * `<dir>/a/b/page.json`). Nothing is ever written outside the directory: relative names with `..`,
 * absolute names, and directories inside the output that are symbolic links are refused. Files appear
 * whole or not at all: each is written to a temporary name next to it, then renamed over the target.
 */

/** The output name of an input; siblings sharing a stem (page.html, page.txt, page.html.gz) keep their whole name. */
export function outputRelative(relative: string, stemShared: boolean): string {
  const slash = relative.lastIndexOf('/');
  const dir = relative.slice(0, slash + 1);
  const name = relative.slice(slash + 1);
  const stem = stemShared ? name : stemOf(name);
  return `${dir}${stem || name}.json`;
}

function unsafe(relative: string, why: string): DeboilError {
  return new DeboilError('BAD_OPTIONS', `refusing to write "${relative}" under the output directory: ${why}`, {
    file: relative,
    hint: 'deboil writes only inside --out-dir',
  });
}

/** Checks a relative output name and splits it into path segments; throws on anything that could escape. */
export function safeSegments(relative: string): string[] {
  if (relative.length === 0 || isAbsolute(relative) || posix.isAbsolute(relative) || /^[a-z]:/i.test(relative)) {
    throw unsafe(relative, 'an absolute or empty name');
  }
  const segments = relative.split(/[\\/]/);
  if (segments.some((s) => s === '..' || s === '.' || s === '' || s.includes('\0'))) throw unsafe(relative, 'a "..", "." or empty segment');
  return segments;
}

/**
 * With several inputs each gets its own top-level name in the output (a folder's name, a file's output
 * name); two inputs that would share one are refused before anything is written.
 */
export async function checkDistinctInputs(inputs: readonly string[]): Promise<void> {
  if (inputs.length < 2) return;
  const owners = new Map<string, string>();
  for (const input of inputs) {
    const isDirectory = (await stat(input).catch(() => null))?.isDirectory() ?? false;
    const name = isDirectory ? rootName(input) : outputRelative(basename(input), false);
    const other = owners.get(name);
    if (other !== undefined) {
      throw new DeboilError('BAD_OPTIONS', `"${other}" and "${input}" would both be written as "${name}" in the output directory`, {
        hint: 'clean them in separate runs, or into separate output directories',
      });
    }
    owners.set(name, input);
  }
}

/** Suffix of the temporary file written next to a target before the rename; never a page name itself. */
const TEMP_SUFFIX = '.deboil-tmp';

export class OutDir {
  /** Directories already checked (real directories, not links) in this run; walk order keeps it short-lived. */
  private readonly checked = new Set<string>();
  private static readonly MAX_CHECKED_DIRS = 4096;

  private constructor(readonly root: string) {}

  /** Opens (creating it if needed) an output directory; a non-empty one needs --force or --resume. */
  static async open(root: string, mode: { force: boolean; resume: boolean }): Promise<OutDir> {
    const info = await lstat(root).catch(() => null);
    if (info && !info.isDirectory()) {
      throw new DeboilError('BAD_OPTIONS', 'the output directory exists and is not a directory', {
        file: root,
        hint: 'name a directory (a symbolic link is refused too)',
      });
    }
    if (!info) await mkdir(root, { recursive: true });
    else if (!mode.force && !mode.resume && (await readdir(root)).length > 0) {
      throw new DeboilError('BAD_OPTIONS', 'the output directory is not empty', {
        file: root,
        hint: 'pass --resume to finish an interrupted run, or --force to overwrite',
      });
    }
    return new OutDir(root);
  }

  /** The absolute-enough target path for a relative output name, after the containment checks. */
  target(relative: string): string {
    return join(this.root, ...safeSegments(relative));
  }

  /** Whether a finished output exists for this name (used by --resume). */
  async has(relative: string): Promise<boolean> {
    const info = await lstat(this.target(relative)).catch(() => null);
    return info?.isFile() ?? false;
  }

  /** Writes the file whole or not at all, creating parent directories that are real directories. */
  async write(relative: string, content: string): Promise<void> {
    await this.writeWhole(relative, content).catch((error: unknown) => {
      throw writeFailed(error, join(this.root, relative));
    });
  }

  private async writeWhole(relative: string, content: string): Promise<void> {
    const segments = safeSegments(relative);
    let dir = this.root;
    for (const segment of segments.slice(0, -1)) {
      dir = join(dir, segment);
      await this.ensureDirectory(dir, relative);
    }
    const target = join(dir, segments[segments.length - 1] as string);
    const temp = `${target}${TEMP_SUFFIX}`;
    // A stale temporary (an earlier run was killed) is removed, never followed if it is a link.
    await unlink(temp).catch(() => {});
    const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      await handle.writeFile(content);
    } finally {
      await handle.close();
    }
    const existing = await lstat(target).catch(() => null);
    if (existing && !existing.isFile()) {
      await unlink(temp);
      throw unsafe(relative, 'the target exists and is not a regular file');
    }
    await rename(temp, target);
  }

  private async ensureDirectory(dir: string, relative: string): Promise<void> {
    if (this.checked.has(dir)) return;
    const info = await lstat(dir).catch(() => null);
    if (info?.isSymbolicLink()) throw unsafe(relative, `"${dir}" is a symbolic link`);
    if (info && !info.isDirectory()) throw unsafe(relative, `"${dir}" is not a directory`);
    if (!info)
      await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'EEXIST') throw error;
      });
    if (this.checked.size >= OutDir.MAX_CHECKED_DIRS) this.checked.clear();
    this.checked.add(dir);
  }
}
