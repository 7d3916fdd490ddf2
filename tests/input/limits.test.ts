import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createGzip, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanFile, DeboilError } from '../../src/index.js';
import { readBoundedStream, readPageFile } from '../../src/input/read.js';
import { FIXTURES } from '../helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'deboil-limits-'));
const MB = 1024 * 1024;
const DEFAULT_MAX_BYTES = 50 * MB;
const seed = readFileSync(join(FIXTURES, 'seed-global-research', 'input.txt'));

/** Counts the bytes every FileHandle reads while fn runs. */
async function bytesReadDuring(fn: () => Promise<unknown>): Promise<number> {
  const probe = await open(join(FIXTURES, 'seed-global-research', 'input.txt'));
  const proto = Object.getPrototypeOf(probe) as { read: (...args: unknown[]) => Promise<{ bytesRead: number }> };
  await probe.close();
  let total = 0;
  const original = proto.read;
  const spy = vi.spyOn(proto, 'read').mockImplementation(async function (this: unknown, ...args: unknown[]) {
    const result = await original.apply(this, args);
    total += result.bytesRead;
    return result;
  });
  try {
    await fn();
  } finally {
    spy.mockRestore();
  }
  return total;
}

/** A gzip stream of `total` zero bytes, built in pieces so the test itself stays small in memory. */
async function gzipOfZeros(total: number): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => gzip.on('end', resolve));
  const piece = Buffer.alloc(MB);
  for (let written = 0; written < total; written += piece.length) {
    if (!gzip.write(piece)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await done;
  return Buffer.concat(out);
}

afterEach(() => vi.restoreAllMocks());

describe('too much input', () => {
  it('refuses a 200 MB file above maxBytes without reading any of it', async () => {
    const path = join(dir, 'huge.html');
    execFileSync('truncate', ['-s', '200M', path]); // sparse: no disk space, no write time
    let error: unknown;
    const read = await bytesReadDuring(() => cleanFile(path).catch((e: unknown) => (error = e)));
    expect(read).toBe(0);
    expect(error).toBeInstanceOf(DeboilError);
    expect(error).toMatchObject({ code: 'TOO_LARGE', file: path });
    expect((error as DeboilError).message).toContain(`${200 * MB} bytes`);
    expect((error as DeboilError).hint).toMatch(/--max-bytes/);
  });

  it('honours a smaller maxBytes, and a file just under it is read', async () => {
    const path = join(dir, 'seed.txt');
    writeFileSync(path, seed);
    await expect(cleanFile(path, { maxBytes: seed.length - 1 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
    await expect(cleanFile(path, { maxBytes: seed.length })).resolves.toMatchObject({ outlet: 'Global Research' });
  });

  it('refuses a device before reading a byte of it (a stream goes through stdin instead)', async () => {
    const read = await bytesReadDuring(() => expect(readPageFile('/dev/zero', 3 * MB)).rejects.toMatchObject({ code: 'READ_FAILED' }));
    expect(read).toBe(0);
  });

  it('reads a stream (stdin) under the same limit, stopping at the first chunk past it', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield new Uint8Array(64 * 1024);
      }
    }
    await expect(readBoundedStream(endless(), MB)).rejects.toMatchObject({ code: 'TOO_LARGE', file: '<stdin>' });
    expect(pulled).toBeLessThanOrEqual(MB / (64 * 1024) + 2);
    async function* page() {
      yield '<html><body>';
      yield new TextEncoder().encode('<p>Hello</p></body></html>');
    }
    expect(new TextDecoder().decode(await readBoundedStream(page(), MB))).toBe('<html><body><p>Hello</p></body></html>');
  });

  it('stops decompressing a gzip bomb at maxBytes', async () => {
    const bomb = await gzipOfZeros(200 * MB); // ~200 KB on disk
    const path = join(dir, 'bomb.html.gz');
    writeFileSync(path, bomb);
    const before = process.memoryUsage().arrayBuffers;
    await expect(cleanFile(path)).rejects.toMatchObject({ code: 'TOO_LARGE', file: path });
    // Nothing near the 200 MB the bomb expands to was ever held (the limit itself is 50 MB).
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(DEFAULT_MAX_BYTES + 10 * MB);
  });

  it('reads a genuine .gz page, and reports a truncated one as DECODE_FAILED', async () => {
    const gz = gzipSync(seed);
    const good = join(dir, 'page.txt.gz');
    writeFileSync(good, gz);
    await expect(cleanFile(good)).resolves.toMatchObject({ outlet: 'Global Research' });
    const truncated = join(dir, 'truncated.txt.gz');
    writeFileSync(truncated, gz.subarray(0, Math.floor(gz.length / 2)));
    const error = await cleanFile(truncated).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DECODE_FAILED', file: truncated });
    expect((error as DeboilError).message).toMatch(/corrupt or truncated/);
  });
});
