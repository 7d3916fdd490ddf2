import { createReadStream, createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { DeboilError, writeFailed } from '../errors.js';
import { cutTornTail, readResumeState } from './resume.js';

/**
 * JSON Lines output to a file: one record per line, each written with a single write so a killed run
 * leaves at most one torn line at the end (which --resume cuts off). An existing file is refused
 * unless --force (overwrite) or --resume (append what is missing) is given.
 */
export class JsonlFile {
  private failure: DeboilError | null = null;

  private constructor(
    readonly path: string,
    private readonly stream: WriteStream,
    readonly done: ReadonlySet<string>,
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
    return new JsonlFile(path, createWriteStream(path, { flags: 'w' }), new Set());
  }

  /**
   * Queues a line; resolves at once unless the stream's buffer is full. Lines that queue while a write is
   * in flight go out together in one write (the stream's writev), not one system call each. A write
   * error fails the next write or close.
   */
  write(line: string): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.stream.write(`${line}\n`)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const onDrain = () => {
        this.stream.off('error', onError);
        resolve();
      };
      const onError = (error: Error) => {
        this.stream.off('drain', onDrain);
        reject(writeFailed(error, this.path));
      };
      this.stream.once('drain', onDrain);
      this.stream.once('error', onError);
    });
  }

  close(): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) =>
      this.stream.end((error?: Error | null) => (error ? reject(writeFailed(error, this.path)) : resolve())),
    );
  }
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
      if (!out.write(`${transform(line)}\n`)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    }
    await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
  } catch (error) {
    out.destroy();
    await unlink(temp).catch(() => {});
    throw error;
  }
  await rename(temp, path);
}
