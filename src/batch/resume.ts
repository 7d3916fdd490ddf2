import { createReadStream } from 'node:fs';
import { truncate } from 'node:fs/promises';

/**
 * --resume for JSON Lines output: which sources already have their line, and where the last whole line
 * ends. A run killed mid-write (kill -9, a crash, a full disk) can leave a torn last line; it is cut off
 * so that the resumed run appends after the last valid record and the file ends up with exactly one
 * valid line per input.
 */
export interface ResumeState {
  done: Set<string>;
  /** Bytes of whole, valid lines at the start of the file. */
  validBytes: number;
}

const NEWLINE = 0x0a;

function sourceOf(line: Buffer): string | null {
  try {
    const record = JSON.parse(line.toString('utf8')) as { source?: unknown };
    return typeof record.source === 'string' ? record.source : null;
  } catch {
    return null;
  }
}

/** Reads an existing output file line by line (bounded memory per line); a missing file is an empty state. */
export async function readResumeState(path: string): Promise<ResumeState> {
  const done = new Set<string>();
  let validBytes = 0;
  let offset = 0;
  let pending: Buffer[] = [];
  let broken = false;
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let start = 0;
      for (let at = chunk.indexOf(NEWLINE); at !== -1; at = chunk.indexOf(NEWLINE, start)) {
        pending.push(chunk.subarray(start, at));
        const line = Buffer.concat(pending);
        pending = [];
        const source = broken ? null : sourceOf(line);
        // Lines after a bad one are not trusted either: a resumed run rewrites from there.
        if (source === null) broken = true;
        else {
          done.add(source);
          validBytes = offset + at + 1;
        }
        start = at + 1;
      }
      if (start < chunk.length) pending.push(chunk.subarray(start));
      offset += chunk.length;
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { done, validBytes: 0 };
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
