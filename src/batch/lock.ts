import { constants } from 'node:fs';
import { lstat, mkdir, open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { DeboilError } from '../errors.js';

/** The lock of an `--out-dir` run, inside the folder (OutDir.open does not count it as content). */
export const DIR_LOCK = '.deboil-lock';
/** The lock of an `-o` run, beside the file. */
export const FILE_LOCK_SUFFIX = '.deboil-lock';

export interface OutputLock {
  release(): Promise<void>;
}

const NO_LOCK: OutputLock = { release: async () => {} };

/** Whether a process of this id runs (EPERM: it does, under another user). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A lock file without a pid yet is being written by its run, unless it is older than this. */
const FRESH_LOCK_MS = 10_000;

/**
 * The live run holding a lock file, or null when it is stale: its process is gone, or it is this very
 * process's id (in a container every run may get the same pid, and this process holds no lock yet).
 */
async function liveHolder(path: string): Promise<string | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  const pid = Number.parseInt(text, 10);
  if (!(Number.isSafeInteger(pid) && pid > 0)) {
    const age = Date.now() - ((await lstat(path).catch(() => null))?.mtimeMs ?? 0);
    return age < FRESH_LOCK_MS ? 'starting' : null;
  }
  return pid !== process.pid && isRunning(pid) ? `pid ${pid}` : null;
}

/**
 * Two runs writing one `-o` file or `--out-dir` at once would interleave their records (or each
 * truncate the other's with --force): the first takes a lock, a file created with O_EXCL that holds its
 * pid, and the second is refused. A lock whose process is gone (a run killed with -9) is stale and
 * taken over, so `--resume` after a crash just works. Where no lock can be created (the folder is not
 * writable, or does not exist), the writer's own error says why.
 */
export async function lockOutput(kind: 'file' | 'dir', path: string): Promise<OutputLock> {
  if (kind === 'dir') {
    const info = await lstat(path).catch(() => null);
    if (info && !info.isDirectory()) return NO_LOCK;
    if (
      !info &&
      !(await mkdir(path, { recursive: true }).then(
        () => true,
        () => false,
      ))
    )
      return NO_LOCK;
  }
  const lock = kind === 'dir' ? join(path, DIR_LOCK) : `${path}${FILE_LOCK_SUFFIX}`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lock, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
      await handle.writeFile(`${process.pid}\n`).finally(() => handle.close());
      return { release: () => unlink(lock).catch(() => {}) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return NO_LOCK;
    }
    const holder = await liveHolder(lock);
    if (holder !== null) {
      throw new DeboilError('BAD_OPTIONS', `another deboil run (${holder}) is writing to this ${kind === 'dir' ? 'directory' : 'file'}`, {
        file: path,
        hint: `wait for it to finish, or write elsewhere; if no such run is alive, remove ${lock}`,
      });
    }
    await unlink(lock).catch(() => {});
  }
  throw new DeboilError('BAD_OPTIONS', 'another deboil run took the output lock at the same moment', {
    file: path,
    hint: 'run one deboil per output at a time',
  });
}
