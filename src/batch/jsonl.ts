import { createReadStream, createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { DeboilError, writeFailed } from '../errors.js';
import { cutTornTail, readResumeState } from './resume.js';

/**
 * Lines are gathered and written together once they reach this size, or after FLUSH_MS: one system call
 * per line cost the main thread of a batch more than handing out the work. A killed run loses at most
 * the gathered lines, which --resume then cleans again.
 */
const FLUSH_BYTES = 64 * 1024;
const FLUSH_MS = 250;

/**
 * JSON Lines output to a file: one record per line, written in whole lines so a killed run leaves at
 * most one torn line at the end (which --resume cuts off). An existing file is refused unless --force
 * (overwrite) or --resume (append what is missing) is given.
 */
export class JsonlFile {
  private failure: DeboilError | null = null;
  private gathered: string[] = [];
  private gatheredBytes = 0;
  private flushTimer: NodeJS.Timeout | null = null;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
    /** --resume: the sources the file already holds a record of (see ResumeState). */
    readonly done: ReadonlyMap<string, 'done' | 'failed'>,
  ) {
    stream.on('error', (error) => {
      this.failure ??= writeFailed(error, path);
    });
  }

  static async open(path: string, mode: { force: boolean; resume: boolean }): Promise<JsonlFile> {
    if (mode.resume) {
      const state = await readResumeState(path);
      await cutTornTail(path, state);
      return new JsonlFile(path, createWriteStream(path, { flags: 'a' }), state.done);
    }
    if (existsSync(path) && !mode.force) {
      throw new DeboilError('BAD_OPTIONS', 'the output file already exists', {
        file: path,
        hint: 'pass --resume to finish an interrupted run, or --force to overwrite it',
      });
    }
    return new JsonlFile(path, createWriteStream(path, { flags: 'w' }), new Map());
  }

  /**
   * Gathers a line (see FLUSH_BYTES); resolves at once unless the stream's buffer is full. A write error
   * fails the next write or close.
   */
  write(line: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    this.gathered.push(`${line}\n`);
    this.gatheredBytes += line.length + 1;
    if (this.gatheredBytes >= FLUSH_BYTES) return this.flush();
    this.flushTimer ??= setTimeout(() => void this.flush().catch(() => {}), FLUSH_MS);
    return Promise.resolve();
  }

  private flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.gathered.length === 0) return Promise.resolve();
    const chunk = this.gathered.join('');
    this.gathered = [];
    this.gatheredBytes = 0;
    return written(this.stream, chunk).catch((error: unknown) => {
      throw writeFailed(error, this.path);
    });
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.failure) throw this.failure;
    return new Promise((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(writeFailed(error, this.path)) : resolve())),
    );
  }
}

/**
 * Writes a chunk to a stream: resolves at once, or once the stream drains when its buffer is full (so a
 * fast producer waits for the disk or the pipe), and rejects if the stream fails meanwhile.
 */
export function written(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  if (stream.write(chunk)) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      stream.off('error', onError);
      resolve();
    };
    const onError = (error: Error) => {
      stream.off('drain', onDrain);
      reject(error);
    };
    stream.once('drain', onDrain);
    stream.once('error', onError);
  });
}

/** Every line of a JSON Lines file, streamed. */
export async function* readLines(path: string): AsyncGenerator<string> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  for await (const line of lines) if (line.length > 0) yield line;
}

/**
 * Rewrites a JSON Lines file through `transform`, whole or not at all: into a temporary file next to it,
 * then renamed over it. An interrupted rewrite leaves the original untouched.
 */
export async function rewriteLines(path: string, transform: (line: string) => string): Promise<void> {
  const temp = `${path}.deboil-tmp`;
  await unlink(temp).catch(() => {});
  const out = createWriteStream(temp, { flags: 'wx' });
  try {
    for await (const line of readLines(path)) {
      await written(out, `${transform(line)}\n`);
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  } catch (error) {
    out.destroy();
    await unlink(temp).catch(() => {});
    throw error;
  }
  await rename(temp, path);
}
