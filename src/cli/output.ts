import { createWriteStream, existsSync } from 'node:fs';
import { DeboilError } from '../errors.js';

/** Where JSON Lines go: a file named with -o (refused if it exists, unless --force), or stdout. */
export interface LineSink {
  write(line: string): Promise<void>;
  close(): Promise<void>;
}

export function openSink(path: string | undefined, force: boolean, stdout: NodeJS.WritableStream): LineSink {
  if (!path || path === '-') {
    return {
      write: (line) => new Promise((resolve) => (stdout.write(`${line}\n`) ? resolve() : stdout.once('drain', resolve))),
      close: async () => {},
    };
  }
  if (existsSync(path) && !force) {
    throw new DeboilError('BAD_OPTIONS', 'the output file already exists', { file: path, hint: 'pass --force to overwrite it' });
  }
  const stream = createWriteStream(path, { flags: 'w' });
  return {
    write: (line) => new Promise((resolve, reject) => stream.write(`${line}\n`, (error) => (error ? reject(error) : resolve()))),
    close: () => new Promise((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve()))),
  };
}
