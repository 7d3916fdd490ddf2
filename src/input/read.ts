import { open } from 'node:fs/promises';
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
  /** The bytes, alone in their ArrayBuffer (never a slice of Node's shared pool), so they can be transferred. */
  bytes: Uint8Array<ArrayBuffer>;
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

function concatUnpooled(chunks: readonly Uint8Array[], total: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

export async function readPageFile(path: string, maxBytes: number): Promise<PageFile> {
  const limit = fileSizeLimit(maxBytes);
  const handle = await open(path, 'r').catch((error: NodeJS.ErrnoException) => {
    throw fileError(error, path);
  });
  try {
    const info = await handle.stat();
    if (info.isDirectory()) throw isDirectoryError(path);
    if (info.size > limit) {
      throw new DeboilError('TOO_LARGE', `the file is ${info.size} bytes, over the limit of ${maxBytes} bytes`, {
        file: path,
        hint: 'raise --max-bytes (maxBytes) if the page is genuine',
      });
    }
    const chunks: Uint8Array<ArrayBuffer>[] = [];
    let total = 0;
    for (;;) {
      // A regular file is read in one go (its size plus one byte, to notice growth); anything else in chunks.
      const wanted = total === 0 && info.isFile() ? info.size + 1 : READ_CHUNK_BYTES;
      // Not zero-filled: only the bytes read are kept. A zeroed 1 MB probe for end-of-file cost more
      // than cleaning the page, in page faults, on every file of a batch.
      const chunk = Buffer.allocUnsafeSlow(Math.min(wanted, limit + 1 - total));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > limit) throw holdsTooMuch(path, maxBytes);
      // A short read of a regular file is its end: asking again would only allocate a buffer to read nothing.
      if (info.isFile() && bytesRead < chunk.length) break;
    }
    return { bytes: chunks.length === 1 ? (chunks[0] as Uint8Array<ArrayBuffer>) : concatUnpooled(chunks, total), mtime: info.mtime };
  } catch (error) {
    throw error instanceof DeboilError ? error : fileError(error as NodeJS.ErrnoException, path);
  } finally {
    await handle.close();
  }
}
