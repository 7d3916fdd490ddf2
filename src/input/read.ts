import { closeSync, fstatSync, openSync, readSync, type Stats, statSync } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { DeboilError } from '../errors.js';

/**
 * Reads one input file without ever holding more than the size limit: the size on disk is checked
 * before the first byte is read (a 200 MB file is refused at once), and the read itself stops one byte
 * past the limit, which also bounds files whose size the file system does not know (pipes, /dev/zero).
 * Every failure becomes a DeboilError that names the file.
 */

const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * A gzip file may be slightly larger than the page it holds (stored blocks add ~0.03% plus a header), so
 * the on-disk limit allows that much; decodeBytes then applies the exact limit to the decompressed bytes.
 */
export function fileSizeLimit(maxBytes: number): number {
  return maxBytes + Math.ceil(maxBytes / 4096) + Math.ceil(maxBytes / 16384) + 64;
}

export interface PageFile {
  bytes: Uint8Array;
  /** Modification time: the default crawl date. */
  mtime: Date;
}

export function fileError(error: NodeJS.ErrnoException, path: string): DeboilError {
  switch (error.code) {
    case 'ENOENT':
      return new DeboilError('NOT_FOUND', 'no such file (or a dangling link)', { file: path, hint: 'check the path', cause: error });
    case 'EISDIR':
      return isDirectoryError(path);
    case 'ELOOP':
      return new DeboilError('READ_FAILED', 'symbolic link loop', { file: path, hint: 'fix or remove the looping link', cause: error });
    case 'EACCES':
    case 'EPERM':
      return new DeboilError('READ_FAILED', `permission denied (${error.code})`, {
        file: path,
        hint: 'check the file permissions',
        cause: error,
      });
    default:
      return new DeboilError('READ_FAILED', `cannot read the file (${error.code ?? error.message})`, {
        file: path,
        hint: 'check that the file is readable',
        cause: error,
      });
  }
}

const isDirectoryError = (path: string) =>
  new DeboilError('IS_DIRECTORY', 'is a directory, not a file', {
    file: path,
    hint: 'pass the files inside it, or give the directory to the CLI, which walks it',
  });

const KIND_NAMES: [keyof Stats, string][] = [
  ['isFIFO', 'a named pipe (FIFO)'],
  ['isSocket', 'a socket'],
  ['isCharacterDevice', 'a character device'],
  ['isBlockDevice', 'a block device'],
];

/**
 * Refuses what is neither a regular file nor a directory, from its stat taken before the file is opened:
 * opening a FIFO with no writer blocks for ever, and a device may never end.
 */
export function notRegularFileError(info: Stats, path: string): DeboilError | null {
  if (info.isFile() || info.isDirectory()) return null;
  const kind = KIND_NAMES.find(([test]) => (info[test] as () => boolean).call(info))?.[1] ?? 'not a regular file';
  return new DeboilError('READ_FAILED', `is ${kind}, not a regular file`, {
    file: path,
    hint: 'deboil reads regular files only; pipe such a stream to stdin (deboil - < stream) instead',
  });
}

const refuseIrregular = (info: Stats, path: string): void => {
  const error = notRegularFileError(info, path);
  if (error) throw error;
};

const holdsTooMuch = (file: string, maxBytes: number) =>
  new DeboilError('TOO_LARGE', `the input holds more than ${maxBytes} bytes`, {
    file,
    hint: 'raise --max-bytes (maxBytes) if the page is genuine',
  });

/**
 * Reads a stream such as stdin under the same limit as a file: past it, the rest is not buffered and
 * the input is TOO_LARGE. (For the CLI's stdin; `deboil < huge.html` should not fill memory.)
 */
export async function readBoundedStream(
  stream: AsyncIterable<Uint8Array | string>,
  maxBytes: number,
  name = '<stdin>',
): Promise<Uint8Array> {
  const limit = fileSizeLimit(maxBytes);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    total += bytes.length;
    if (total > limit) throw holdsTooMuch(name, maxBytes);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/**
 * The bookkeeping of one bounded file read, shared by the asynchronous and the synchronous reader:
 * what to ask for next, and when to stop.
 */
class BoundedRead {
  private readonly limit: number;
  private readonly chunks: Uint8Array[] = [];
  private total = 0;

  constructor(
    private readonly path: string,
    private readonly maxBytes: number,
    private readonly info: Stats,
  ) {
    this.limit = fileSizeLimit(maxBytes);
    if (info.isDirectory()) throw isDirectoryError(path);
    if (info.size > this.limit) {
      throw new DeboilError('TOO_LARGE', `the file is ${info.size} bytes, over the limit of ${maxBytes} bytes`, {
        file: path,
        hint: 'raise --max-bytes (maxBytes) if the page is genuine',
      });
    }
  }

  /**
   * A buffer for the next read: a regular file is read in one go (its size plus one byte, to notice
   * growth), anything else in chunks. Not zero-filled, as only the bytes read are kept (a zeroed 1 MB
   * probe for end-of-file cost more than cleaning the page, in page faults).
   */
  nextBuffer(): Buffer<ArrayBuffer> {
    const wanted = this.total === 0 && this.info.isFile() ? this.info.size + 1 : READ_CHUNK_BYTES;
    return Buffer.allocUnsafe(Math.min(wanted, this.limit + 1 - this.total));
  }

  /** Takes what one read returned; true when the file has been read to its end. */
  took(buffer: Buffer, bytesRead: number): boolean {
    if (bytesRead === 0) return true;
    this.chunks.push(buffer.subarray(0, bytesRead));
    this.total += bytesRead;
    if (this.total > this.limit) throw holdsTooMuch(this.path, this.maxBytes);
    // A short read of a regular file is its end: asking again would only allocate a buffer to read nothing.
    return this.info.isFile() && bytesRead < buffer.length;
  }

  page(): PageFile {
    return { bytes: this.chunks.length === 1 ? (this.chunks[0] as Uint8Array) : Buffer.concat(this.chunks), mtime: this.info.mtime };
  }
}

const asFileError = (error: unknown, path: string): DeboilError =>
  error instanceof DeboilError ? error : fileError(error as NodeJS.ErrnoException, path);

export async function readPageFile(path: string, maxBytes: number): Promise<PageFile> {
  refuseIrregular(
    await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw fileError(error, path);
    }),
    path,
  );
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw fileError(error, path);
  });
  try {
    const read = new BoundedRead(path, maxBytes, await handle.stat());
    for (;;) {
      const buffer = read.nextBuffer();
      if (read.took(buffer, (await handle.read(buffer, 0, buffer.length, null)).bytesRead)) return read.page();
    }
  } catch (error) {
    throw asFileError(error, path);
  } finally {
    await handle.close();
  }
}

/**
 * readPageFile without the event loop, for the batch workers: a worker has nothing else to do while its
 * file is read, and four asynchronous calls per file cost the main thread more than the read itself.
 * A walked name that is not UTF-8 is opened by its bytes; errors name it as `shown`.
 */
export function readPageFileSync(
  given: string | Uint8Array,
  maxBytes: number,
  shown = typeof given === 'string' ? given : Buffer.from(given).toString('utf8'),
): PageFile {
  // The bytes of a path arrive from the main thread as a plain Uint8Array (structured clone).
  const path = typeof given === 'string' ? given : Buffer.from(given.buffer, given.byteOffset, given.byteLength);
  let fd: number;
  try {
    refuseIrregular(statSync(path), shown);
    fd = openSync(path, 'r');
  } catch (error) {
    throw asFileError(error, shown);
  }
  try {
    const read = new BoundedRead(shown, maxBytes, fstatSync(fd));
    for (;;) {
      const buffer = read.nextBuffer();
      if (read.took(buffer, readSync(fd, buffer, 0, buffer.length, null))) return read.page();
    }
  } catch (error) {
    throw asFileError(error, shown);
  } finally {
    closeSync(fd);
  }
}
