import { createReadStream } from 'node:fs';
import { stat, truncate } from 'node:fs/promises';
import { DeboilError } from '../errors.js';

/**
 * --resume for JSON Lines output: which sources already have their line, and where the last whole line
 * ends. A run killed mid-write (kill -9, a crash, a full disk) can leave a torn last line; it is cut off
 * so that the resumed run appends after the last valid record and the file ends up with exactly one
 * valid line per input. Any other whole line means the file is not deboil output, and resuming into
 * it (cutting it) would destroy someone's data: that is a usage error.
 */
export interface ResumeState {
  /** Each source with a record, and whether that record is an error record. */
  done: Map<string, 'done' | 'failed'>;
  /** Bytes of whole, valid lines at the start of the file. */
  validBytes: number;
}

const NEWLINE = 0x0a;

/**
 * The longest line a deboil record can take: a body of the largest --max-bytes page, escaped, plus
 * --explain. Past it the file is not deboil output, and reading on would hold it all in memory.
 */
export const MAX_RECORD_BYTES = 256 * 1024 * 1024;

/** The source of a deboil record (an Article or an error record) and which it is, or null for any other line. */
function recordOf(line: Buffer): { source: string; failed: boolean } | null {
  try {
    const record = JSON.parse(line.toString('utf8')) as { source?: unknown; body?: unknown; error?: unknown };
    const failed = typeof record.error === 'object' && record.error !== null;
    return (typeof record.body === 'string' || failed) && typeof record.source === 'string' ? { source: record.source, failed } : null;
  } catch {
    return null;
  }
}

const notDeboilOutput = (path: string, why: string) =>
  new DeboilError('BAD_OPTIONS', `--resume: this is not deboil output (${why})`, {
    file: path,
    hint: 'resume into the file an earlier deboil run wrote, or choose another -o',
  });

/** Reads an existing output file line by line (bounded memory per line); a missing file is an empty state. */
export async function readResumeState(path: string): Promise<ResumeState> {
  const done: ResumeState['done'] = new Map();
  let validBytes = 0;
  let offset = 0;
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!info) return { done, validBytes: 0 };
  if (!info.isFile()) throw notDeboilOutput(path, 'not a regular file');
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
        pending.push(chunk.subarray(start, at));
        const line = Buffer.concat(pending);
        pending = [];
        pendingBytes = 0;
        lineNumber++;
        const record = recordOf(line);
        if (record === null) throw notDeboilOutput(path, `line ${lineNumber} is not a deboil record`);
        done.set(record.source, record.failed ? 'failed' : 'done');
        validBytes = offset + at + 1;
        start = at + 1;
      }
      if (start < chunk.length) {
        pending.push(chunk.subarray(start));
        pendingBytes += chunk.length - start;
        if (pendingBytes > MAX_RECORD_BYTES) throw notDeboilOutput(path, `a line longer than ${MAX_RECORD_BYTES} bytes`);
      }
      offset += chunk.length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { done: new Map(), validBytes: 0 };
    throw error;
  }
  return { done, validBytes };
}

/** Cuts the file after its last valid line (a torn or corrupt tail is dropped). */
export async function cutTornTail(path: string, state: ResumeState): Promise<void> {
  await truncate(path, state.validBytes).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
