import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { appendFile, type FileHandle, lstat, mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { basename, isAbsolute, join, posix } from 'node:path';
import { DeboilError, writeFailed } from '../errors.js';
import { FORMAT_EXTENSIONS, type OutputFormat } from '../render/formats.js';
import { DIR_LOCK } from './lock.js';
import { rootName, stemOf } from './walk.js';

/**
 * --out-dir: one file per input, the input's relative path mirrored (`a/b/page.html` ->
 * `<dir>/a/b/page.json`, or `page.md` with --format markdown). Nothing is ever written outside the directory: relative names with `..`,
 * absolute names, and directories inside the output that are symbolic links are refused, at every
 * write (a folder swapped for a link during the run is found). Files appear whole or not at all: each
 * is written to a short temporary name next to it, then renamed over the target.
 */

/**
 * The output name of an input, with the format's extension (`.json`, `.md`, `.html`, `.txt`); siblings
 * sharing a stem (page.html, page.txt, page.html.gz) keep their whole name.
 */
export function outputRelative(relative: string, stemShared: boolean, format: OutputFormat = 'json'): string {
  const slash = relative.lastIndexOf('/');
  const dir = relative.slice(0, slash + 1);
  const name = relative.slice(slash + 1);
  const stem = stemShared ? name : stemOf(name);
  return `${dir}${stem || name}${FORMAT_EXTENSIONS[format]}`;
}

function unsafe(relative: string, why: string): DeboilError {
  return new DeboilError('BAD_OUTPUT_NAME', `refusing to write "${relative}" under the output directory: ${why}`, {
    file: relative,
    hint: 'deboil writes only inside --out-dir, to names the file system takes; rename the input or clean it on its own',
  });
}

/**
 * What the file system says about one name rather than about the disk: a name over its length limit, a
 * byte sequence or character it does not take (vfat, NTFS and SMB mounts), a folder where a file goes.
 * Only that input's output is lost; a full disk or a read-only folder stops the run.
 */
const NAME_REFUSALS: Readonly<Record<string, string>> = {
  ENAMETOOLONG: 'the name is longer than the file system allows',
  EILSEQ: 'the file system does not take the bytes of this name',
  EINVAL: 'the file system does not take this name',
  EISDIR: 'a folder of that name is in the way',
  ENOTDIR: 'a file is in the way of a folder of the name',
  ENOTEMPTY: 'a folder of that name is in the way',
  EEXIST: 'a folder of that name is in the way',
};

/** Whether an error of OutDir.write concerns that output's name alone (the run goes on without it). */
export function isNameRefusal(error: unknown): error is DeboilError {
  return error instanceof DeboilError && error.code === 'BAD_OUTPUT_NAME';
}

/**
 * The records of inputs whose output name could not be written, kept in the output directory: its
 * name ends in `.jsonl`, which no output (`.json`) can take.
 */
export const UNWRITTEN_RECORDS = 'deboil-unwritten.jsonl';

/** Checks a relative output name and splits it into path segments; throws on anything that could escape. */
export function safeSegments(relative: string): string[] {
  if (relative.length === 0 || isAbsolute(relative) || posix.isAbsolute(relative) || /^[a-z]:/i.test(relative)) {
    throw unsafe(relative, 'an absolute or empty name');
  }
  // A backslash separates folders only on Windows; elsewhere `a\b.html` is one name, kept apart from `a/b.html`.
  const segments = relative.split(process.platform === 'win32' ? /[\\/]/ : '/');
  if (segments.some((s) => s === '..' || s === '.' || s === '' || s.includes('\0'))) throw unsafe(relative, 'a "..", "." or empty segment');
  return segments;
}

/**
 * With several inputs each gets its own top-level name in the output (a folder's name, a file's output
 * name); two inputs that would share one are refused before anything is written.
 */
export async function checkDistinctInputs(inputs: readonly string[], format: OutputFormat = 'json'): Promise<void> {
  if (inputs.length < 2) return;
  const owners = new Map<string, string>();
  for (const input of inputs) {
    const isDirectory = (await stat(input).catch(() => null))?.isDirectory() ?? false;
    const name = isDirectory ? rootName(input) : outputRelative(basename(input), false, format);
    const other = owners.get(name);
    if (other !== undefined) {
      throw new DeboilError('BAD_OPTIONS', `"${other}" and "${input}" would both be written as "${name}" in the output directory`, {
        hint: 'clean them in separate runs, or into separate output directories',
      });
    }
    owners.set(name, input);
  }
}

/**
 * The temporary file written next to a target before the rename: a fixed short name per target, so a
 * 255-byte page name still has one, and the stale temporary of a killed run is found and replaced.
 */
export function temporaryName(name: string): string {
  return `.${createHash('sha1').update(name).digest('hex').slice(0, 16)}.deboil-tmp`;
}

const FOLDER_FLAGS = constants.O_RDONLY | constants.O_DIRECTORY | constants.O_NOFOLLOW;

/**
 * Linux names an open folder by a path (/proc/self/fd/N) that resolves from the handle, not by name:
 * writing under it is openat(2). Each folder is opened without following links, relative to its
 * parent's handle, so a folder swapped for a link at any moment of the run cannot redirect a write.
 * Elsewhere each folder is checked by name at each write, which leaves only the moment between the
 * check and the write.
 */
const HANDLE_PATHS = process.platform === 'linux' && existsSync('/proc/self/fd');

/** A folder inside the output directory, open for writing into: `path` names files in it. */
interface Folder {
  path: string;
  close(): Promise<void>;
}

export class OutDir {
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
    else if (!mode.force && !mode.resume && (await readdir(root)).some((name) => name !== DIR_LOCK)) {
      throw new DeboilError('BAD_OPTIONS', 'the output directory is not empty', {
        file: root,
        hint: 'pass --resume to finish an interrupted run, or --force to overwrite',
      });
    }
    // An earlier run's unwritten inputs have no output, so this run tries them again.
    await rm(join(root, UNWRITTEN_RECORDS), { force: true });
    return new OutDir(root);
  }

  /** Keeps the record of an input whose output name was refused (see UNWRITTEN_RECORDS). */
  async recordUnwritten(line: string): Promise<void> {
    const path = join(this.root, UNWRITTEN_RECORDS);
    await appendFile(path, `${line}\n`, { flag: 'a' }).catch((error: unknown) => {
      throw writeFailed(error, path);
    });
  }

  /** The absolute-enough target path for a relative output name, after the containment checks. */
  target(relative: string): string {
    return join(this.root, ...safeSegments(relative));
  }

  /** Whether a finished output exists for this name (used by --resume); never for a refused name. */
  async has(relative: string): Promise<boolean> {
    const info = await (async () => lstat(this.target(relative)))().catch(() => null);
    return info?.isFile() ?? false;
  }

  /** The text of the output of this name, or null when there is none (or the name is refused). */
  async read(relative: string): Promise<string | null> {
    return (async () => readFile(this.target(relative), 'utf8'))().catch(() => null);
  }

  /** Whether the finished output of this name is an error record (a failure --resume keeps). */
  async holdsError(relative: string): Promise<boolean> {
    const text = await this.read(relative);
    try {
      return text !== null && typeof (JSON.parse(text) as { error?: unknown }).error === 'object';
    } catch {
      return false;
    }
  }

  /**
   * Writes the file whole or not at all, creating parent directories that are real directories. A name
   * the file system refuses is BAD_OUTPUT_NAME (see isNameRefusal), anything else WRITE_FAILED.
   */
  async write(relative: string, content: string): Promise<void> {
    await this.writeWhole(relative, content).catch((error: unknown) => {
      const refusal = NAME_REFUSALS[(error as NodeJS.ErrnoException).code ?? ''];
      throw refusal
        ? unsafe(relative, `${refusal} (${(error as NodeJS.ErrnoException).code})`)
        : writeFailed(error, join(this.root, relative));
    });
  }

  private async writeWhole(relative: string, content: string): Promise<void> {
    const segments = safeSegments(relative);
    const name = segments[segments.length - 1] as string;
    const folder = await (HANDLE_PATHS ? this.openFolder : this.checkFolder).call(this, segments.slice(0, -1), relative);
    try {
      const target = join(folder.path, name);
      const temp = join(folder.path, temporaryName(name));
      // A stale temporary (an earlier run was killed) is removed, never followed if it is a link.
      await unlink(temp).catch(() => {});
      const handle = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
      try {
        await handle.writeFile(content);
      } finally {
        await handle.close();
      }
      const existing = await lstat(target).catch(() => null);
      try {
        if (existing && !existing.isFile()) {
          throw unsafe(
            relative,
            existing.isDirectory() ? 'a folder of that name is in the way' : 'the target exists and is not a regular file',
          );
        }
        await rename(temp, target);
      } catch (error) {
        await unlink(temp).catch(() => {});
        throw error;
      }
    } finally {
      await folder.close();
    }
  }

  /** Opens each folder of the name relative to its parent's handle, creating it, refusing links. */
  private async openFolder(segments: readonly string[], relative: string): Promise<Folder> {
    let handle: FileHandle = await open(this.root, FOLDER_FLAGS);
    try {
      let shown = this.root;
      for (const segment of segments) {
        const at = join(`/proc/self/fd/${handle.fd}`, segment);
        shown = join(shown, segment);
        await mkdir(at).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        });
        const next = await open(at, FOLDER_FLAGS).catch(async (error: NodeJS.ErrnoException) => {
          if (error.code !== 'ENOTDIR' && error.code !== 'ELOOP') throw error;
          const link = (await lstat(at).catch(() => null))?.isSymbolicLink();
          throw unsafe(relative, `"${shown}" is ${link ? 'a symbolic link' : 'not a directory'}`);
        });
        await handle.close();
        handle = next;
      }
    } catch (error) {
      await handle.close();
      throw error;
    }
    const folder = handle;
    return { path: `/proc/self/fd/${folder.fd}`, close: () => folder.close() };
  }

  /** Checks each folder of the name by path, creating it, refusing links. */
  private async checkFolder(segments: readonly string[], relative: string): Promise<Folder> {
    let dir = this.root;
    for (const segment of segments) {
      dir = join(dir, segment);
      const info = await lstat(dir).catch(() => null);
      if (info?.isSymbolicLink()) throw unsafe(relative, `"${dir}" is a symbolic link`);
      if (info && !info.isDirectory()) throw unsafe(relative, `"${dir}" is not a directory`);
      if (!info)
        await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
          if (error.code !== 'EEXIST') throw error;
        });
    }
    return { path: dir, close: async () => {} };
  }
}
