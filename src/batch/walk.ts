import { isUtf8 } from 'node:buffer';
import type { Dirent } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { DeboilError } from '../errors.js';
import { detectInputKind, notAPageReason } from '../input/detect.js';
import { notRegularFileError } from '../input/read.js';
import { FILE_LOCK_SUFFIX } from './lock.js';

/** File names deboil cleans when it walks a directory; anything else there is not a page. */
export const PAGE_FILE = /\.(?:html?|xhtml|txt)(?:\.gz)?$/i;

/**
 * One input to clean: a path, its path relative to the input it was found under (`a/b/page.html`, the
 * name mirrored by --out-dir; with several inputs, prefixed by the folder's own name, `scrape/a/b/page.html`,
 * so that two trees never mix), and whether a sibling shares its stem (page.html next to page.txt), so
 * their outputs must keep the extension to stay apart. A failure still deserves its own output record.
 */
export interface WalkItem {
  /** The path as shown in records and messages (a name that is not UTF-8 escaped, see shownName). */
  path: string;
  /** The path's bytes, when a walked name on it is not UTF-8: what the file is opened by. */
  bytePath?: Buffer;
  relative: string;
  stemShared: boolean;
  error?: DeboilError;
}

/** Why a walked file or folder was not taken, for the summary: the README promises no input is dropped silently. */
export type SkipReason = 'not-a-page-name' | 'not-included' | 'excluded' | 'own-output';

export interface WalkFilter {
  /** Globs a walked file must match (default: the page extensions, PAGE_FILE, and extension-less HTML). */
  include?: readonly string[];
  /** Globs that skip a walked file or directory. */
  exclude?: readonly string[];
  /**
   * The run's own output (an `-o` file or the `--out-dir` folder) when it lies inside an input tree: it
   * is never walked, as a later `--resume` would clean its records (or its outputs) as pages.
   */
  output?: string;
  /** Told of each file (or excluded folder) the walk passes over, with the reason. */
  onSkip?: (reason: SkipReason, relative: string) => void;
}

type Matcher = (relative: string) => boolean;

/**
 * A name without an extension (`index`, `story?id=3`): how wget and many crawlers save a page whose
 * address has none. Such a file is taken when its first bytes are HTML.
 */
const NO_EXTENSION = /^[^.]+$/;
const NAME_SNIFF_BYTES = 4096;

/**
 * A file name as text: UTF-8 as it is, and each byte that is not part of valid UTF-8 (a Latin-1 or
 * Shift_JIS name copied from an old disk) as `\xNN`, so the name is shown faithfully and two such
 * names never collapse into one (decoding would make both U+FFFD).
 */
export function shownName(bytes: Buffer): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  let shown = '';
  let at = 0;
  while (at < bytes.length) {
    const length = utf8SequenceLength(bytes, at);
    if (length > 0) {
      shown += bytes.toString('utf8', at, at + length);
      at += length;
    } else {
      shown += `\\x${(bytes[at] as number).toString(16).padStart(2, '0')}`;
      at++;
    }
  }
  return shown;
}

/** The length of the valid UTF-8 sequence starting at `at`, or 0 if none starts there. */
function utf8SequenceLength(bytes: Buffer, at: number): number {
  const lead = bytes[at] as number;
  const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
  return length > 0 && at + length <= bytes.length && isUtf8(bytes.subarray(at, at + length)) ? length : 0;
}

/** A path inside a walked folder: text while every name on it is UTF-8, its bytes from the first that is not. */
type WalkPath = string | Buffer;

function childPath(dir: WalkPath, name: Buffer): WalkPath {
  if (typeof dir === 'string' && isUtf8(name)) return join(dir, name.toString('utf8'));
  return Buffer.concat([Buffer.from(typeof dir === 'string' ? dir : dir), Buffer.from(sep), name]);
}

const shownPath = (path: WalkPath): string => (typeof path === 'string' ? path : shownName(path));

async function startsAsHtml(path: WalkPath): Promise<boolean> {
  // Opening a FIFO or a device could block for ever.
  if (!(await stat(path).catch(() => null))?.isFile()) return false;
  const file = await open(path, 'r').catch(() => null);
  if (!file) return false;
  try {
    const buffer = new Uint8Array(NAME_SNIFF_BYTES);
    const { bytesRead } = await file.read(buffer, 0, NAME_SNIFF_BYTES, 0);
    // Latin-1 keeps every byte one character: markup is ASCII whatever the page's encoding.
    const head = Buffer.from(buffer.buffer, 0, bytesRead).toString('latin1');
    return notAPageReason(head) === null && detectInputKind(head) === 'html';
  } catch {
    return false;
  } finally {
    await file.close();
  }
}

/**
 * A path as walkDirectory names what it walks: the real path, its bytes as Latin-1. A path that does
 * not exist yet is its real folder and its own name.
 */
async function realName(path: string): Promise<string> {
  const real = (p: string) => realpath(p, 'buffer').then((bytes) => bytes.toString('latin1'));
  const whole = await real(path).catch(() => null);
  if (whole !== null) return whole;
  const folder = dirname(resolve(path));
  return `${await real(folder).catch(() => folder)}${sep}${Buffer.from(basename(path)).toString('latin1')}`;
}

/** Whether a walked file is taken, or why not. */
type Verdict = 'take' | SkipReason;
type Judge = (relative: string, name: string, path: WalkPath) => Promise<Verdict>;

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
 * sorted by name; each file passed over is told to `filter.onSkip`. Symbolic-link loops are detected by real path; an unreadable directory yields an error
 * record instead of stopping the walk. Globs match the path relative to the directory given.
 */
export async function* walkInputs(inputs: readonly string[], filter: WalkFilter = {}): AsyncGenerator<WalkItem> {
  const include = compile(filter.include);
  const exclude = compile(filter.exclude);
  const judge: Judge = async (relative, name, path) => {
    if (exclude?.(relative)) return 'excluded';
    if (include) return include(relative) ? 'take' : 'not-included';
    return PAGE_FILE.test(name) || (NO_EXTENSION.test(name) && (await startsAsHtml(path))) ? 'take' : 'not-a-page-name';
  };
  const skip = filter.onSkip ?? (() => {});
  const own = filter.output === undefined ? null : await realName(filter.output);
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
    } else if (inputs.length === 1) yield* walkDirectory(input, '', new Set(), judge, exclude, skip, own);
    else {
      const prefix = rootName(input);
      for await (const item of walkDirectory(input, '', new Set(), judge, exclude, skip, own)) {
        yield { ...item, relative: item.path === input ? prefix : `${prefix}/${item.relative}` };
      }
    }
  }
}

async function* walkDirectory(
  dir: WalkPath,
  relativeDir: string,
  seen: Set<string>,
  judge: Judge,
  exclude: Matcher | null,
  skip: (reason: SkipReason, relative: string) => void,
  own: string | null,
): AsyncGenerator<WalkItem> {
  const shownDir = shownPath(dir);
  const realDir = await realpath(dir, 'buffer').then(
    (bytes) => bytes.toString('latin1'),
    () => shownDir,
  );
  if (realDir === own) {
    skip('own-output', relativeDir || rootName(shownDir));
    return;
  }
  const failure = (message: string, hint: string): WalkItem => ({
    path: shownDir,
    ...(typeof dir === 'string' ? {} : { bytePath: dir }),
    relative: relativeDir || rootName(shownDir),
    stemShared: false,
    error: new DeboilError('READ_FAILED', message, { file: shownDir, hint }),
  });
  if (seen.has(realDir)) {
    yield failure('symbolic link loop: this directory is already being walked', 'remove the looping link');
    return;
  }
  seen.add(realDir);
  let listed: Dirent<Buffer>[];
  try {
    // Names as bytes: a name that is not UTF-8 read as a string would become U+FFFD, a file that does not exist.
    listed = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    yield failure(`cannot read the directory (${(error as NodeJS.ErrnoException).code ?? 'error'})`, 'check its permissions');
    seen.delete(realDir);
    return;
  }
  const entries = listed.map((entry) => ({ entry, name: shownName(entry.name), path: childPath(dir, entry.name) }));
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const files: { name: string; path: WalkPath }[] = [];
  const refused = new Map<string, DeboilError>();
  for (const { entry, name, path } of entries) {
    const relative = relativeDir ? `${relativeDir}/${name}` : name;
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).catch(() => null))?.isDirectory());
    if (isDirectory) {
      if (exclude?.(relative)) skip('excluded', relative);
      else yield* walkDirectory(path, relative, seen, judge, exclude, skip, own);
      continue;
    }
    const real = `${realDir}${sep}${entry.name.toString('latin1')}`;
    const isOwn = real === own || real === `${own}${FILE_LOCK_SUFFIX}`;
    const verdict = isOwn ? 'own-output' : await judge(relative, name, path);
    if (verdict !== 'take') skip(verdict, relative);
    else {
      // A FIFO, socket or device (or a link to one) gets an error record: opening it could block for ever.
      const info = entry.isFile() ? null : await stat(path).catch(() => null);
      const error = info && notRegularFileError(info, shownPath(path));
      if (error) refused.set(name, error);
      if (entry.isFile() || entry.isSymbolicLink() || error) files.push({ name, path });
    }
  }
  const stems = new Map<string, number>();
  for (const { name } of files) stems.set(stemOf(name), (stems.get(stemOf(name)) ?? 0) + 1);
  for (const { name, path } of files) {
    yield {
      path: shownPath(path),
      ...(typeof path === 'string' ? {} : { bytePath: path }),
      relative: relativeDir ? `${relativeDir}/${name}` : name,
      stemShared: (stems.get(stemOf(name)) ?? 0) > 1,
      ...(refused.has(name) ? { error: refused.get(name) } : {}),
    };
  }
  seen.delete(realDir);
}
