import { type FileHandle, open } from 'node:fs/promises';
import { basename } from 'node:path';
import { crc32, createInflateRaw, inflateRawSync } from 'node:zlib';
import { WARCParser } from 'warcio';
import { DeboilError } from '../errors.js';
import { encodingForLabel } from '../input/prescan.js';
import { countSkipped, type RecordItem, type RecordMeta, type SkippedCounts } from './record.js';

/**
 * WARC record input. warcio (webrecorder's warcio.js) parses each record's WARC and HTTP headers; the
 * bytes around it are our own: a `.warc.gz` is read member by member with node:zlib, so a truncated or
 * corrupt member is an error (warcio's own inflater stops quietly), each member's CRC and size are
 * checked, and a record's offset and length are those of its member, ready for a range request.
 * Each record is checked against its Content-Length before warcio sees it: one that claims more than
 * the file holds is TRUNCATED_RECORD, one whose block runs on past it BAD_RECORD, one that claims more
 * than --max-bytes TOO_LARGE (and is never read). In a gzipped WARC a lying record spoils only its
 * member; in a plain one the reader looks for the next `WARC/` line and goes on from there.
 */

/** Bytes of HTTP headers allowed on top of --max-bytes before a record is refused unread. */
const HTTP_HEADER_ALLOWANCE = 64 * 1024;
/** File bytes read at once. */
const READ_BLOCK = 1024 * 1024;
const CRLFCRLF = Buffer.from('\r\n\r\n');
const WARC_LINE = Buffer.from('\nWARC/');
const GZIP_MAGIC = [0x1f, 0x8b, 0x08] as const;

/** Media types deboil cleans; a payload declared as anything else (an image, a PDF) is NOT_HTML. */
const PAGE_TYPE = /^(?:text\/|application\/(?:xhtml\+xml|xml)$)/i;

/** Positional reads over a file, keeping the last block so that a run of small records costs one read. */
class FileWindow {
  private start = 0;
  private buffer = Buffer.alloc(0);
  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  /** Up to `n` bytes from `pos` (fewer only at the end of the file). */
  async get(pos: number, n: number): Promise<Buffer> {
    const want = Math.min(n, this.size - pos);
    if (pos >= this.start && pos + want <= this.start + this.buffer.length) {
      return this.buffer.subarray(pos - this.start, pos - this.start + want);
    }
    const length = Math.min(Math.max(want, READ_BLOCK), this.size - pos);
    const buffer = Buffer.allocUnsafe(length);
    const { bytesRead } = await this.handle.read(buffer, 0, length, pos);
    this.start = pos;
    this.buffer = buffer.subarray(0, bytesRead);
    return this.buffer.subarray(0, Math.min(want, bytesRead));
  }
}

function failure(code: 'BAD_RECORD' | 'TRUNCATED_RECORD' | 'TOO_LARGE' | 'NOT_HTML', message: string, hint: string): DeboilError {
  return new DeboilError(code, message, { hint });
}

/** Length of a gzip member header (RFC 1952), or null when `bytes` ends inside it. */
function gzipHeaderLength(bytes: Buffer): number | null {
  if (bytes.length < 10) return null;
  const flags = bytes[3] as number;
  let at = 10;
  if (flags & 4) {
    if (bytes.length < at + 2) return null;
    at += 2 + bytes.readUInt16LE(at);
  }
  for (const bit of [8, 16]) {
    if (!(flags & bit)) continue;
    const zero = bytes.indexOf(0, at);
    if (zero < 0) return null;
    at = zero + 1;
  }
  if (flags & 2) at += 2;
  return at <= bytes.length ? at : null;
}

type Member = { bytes: Buffer; length: number } | { error: DeboilError; length: number | null };

/**
 * Finds where a deflate stream ends without holding its output: inflated and thrown away, for a member
 * too large to keep. Null when the stream is broken or cut short.
 */
async function deflateEnd(window: FileWindow, start: number): Promise<number | null> {
  const inflater = createInflateRaw();
  let ended = false;
  let broken = false;
  inflater.on('end', () => {
    ended = true;
  });
  inflater.on('error', () => {
    broken = true;
  });
  inflater.resume();
  let pos = start;
  while (!ended && !broken && pos < window.size) {
    const chunk = Buffer.from(await window.get(pos, READ_BLOCK));
    pos += chunk.length;
    await new Promise<void>((resolve) => inflater.write(chunk, () => resolve()));
    await new Promise((resolve) => setImmediate(resolve));
  }
  if (!ended && !broken) {
    inflater.end();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const consumed = inflater.bytesWritten;
  inflater.destroy();
  return ended && !broken ? start + consumed : null;
}

/** Reads the gzip member at `pos`, growing the read until it holds the whole member. */
async function readMember(window: FileWindow, pos: number, limit: number): Promise<Member> {
  const truncated = () =>
    failure('TRUNCATED_RECORD', `the file ends inside the gzip member at offset ${pos}`, 'the file was cut short; fetch it again');
  let span = 256 * 1024;
  for (;;) {
    const bytes = await window.get(pos, span);
    const whole = pos + bytes.length >= window.size;
    if (!GZIP_MAGIC.every((b, i) => bytes[i] === b || (i >= bytes.length && !whole))) {
      return {
        error: failure('BAD_RECORD', `no gzip member at offset ${pos}`, 'the file is not a record-at-a-time gzipped WARC past this point'),
        length: null,
      };
    }
    const header = gzipHeaderLength(bytes);
    if (header === null) {
      if (whole) return { error: truncated(), length: null };
      span *= 2;
      continue;
    }
    let inflated: { buffer: Buffer; engine: { bytesWritten: number } };
    try {
      inflated = inflateRawSync(bytes.subarray(header), { info: true, maxOutputLength: limit }) as unknown as typeof inflated;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'Z_BUF_ERROR' && !whole) {
        span *= 2;
        continue;
      }
      if (code === 'Z_BUF_ERROR') return { error: truncated(), length: null };
      if (code === 'ERR_BUFFER_TOO_LARGE') {
        const end = await deflateEnd(window, pos + header);
        const tooLarge = failure(
          'TOO_LARGE',
          `the record at offset ${pos} inflates to more than ${limit} bytes`,
          'raise --max-bytes, or skip this record',
        );
        return { error: end === null ? truncated() : tooLarge, length: end === null ? null : end + 8 - pos };
      }
      return {
        error: failure('BAD_RECORD', `corrupt gzip data at offset ${pos} (${(error as Error).message})`, 'fetch the file again'),
        length: null,
      };
    }
    const trailer = header + inflated.engine.bytesWritten;
    if (bytes.length < trailer + 8) {
      if (whole) return { error: truncated(), length: null };
      span *= 2;
      continue;
    }
    const out = inflated.buffer;
    if (bytes.readUInt32LE(trailer) !== crc32(out) || bytes.readUInt32LE(trailer + 4) !== out.length % 2 ** 32) {
      return {
        error: failure('BAD_RECORD', `the gzip member at offset ${pos} fails its checksum`, 'fetch the file again'),
        length: trailer + 8,
      };
    }
    return { bytes: out, length: trailer + 8 };
  }
}

/** A source of bytes to slice records from: a gzip member's output, or a plain WARC file. */
interface Bytes {
  size: number;
  get(pos: number, n: number): Promise<Buffer>;
}

/** A broken record keeps what its header says about it (id, url), when the header could be read. */
type Slice = { at: number; record: Buffer } | { at: number; error: DeboilError; head: string };

/** Finds the end of the WARC header block from `at`, reading more as needed; -1 if there is none. */
async function headerEnd(source: Bytes, at: number): Promise<{ end: number; head: Buffer }> {
  for (let span = 16 * 1024; ; span *= 4) {
    const head = await source.get(at, span);
    const end = head.indexOf(CRLFCRLF);
    if (end >= 0) return { end: end + 4, head: head.subarray(0, end + 4) };
    if (at + head.length >= source.size || span > 4 * 1024 * 1024) return { end: -1, head };
  }
}

/** Where the next record may start after a broken one: the next line beginning with `WARC/`, or the end. */
async function resync(source: Bytes, from: number): Promise<number> {
  for (let pos = from; pos < source.size; pos += READ_BLOCK) {
    const bytes = await source.get(pos, READ_BLOCK + WARC_LINE.length);
    const hit = bytes.indexOf(WARC_LINE);
    if (hit >= 0) return pos + hit + 1;
  }
  return source.size;
}

/** The records of a byte source, each checked against its Content-Length; `resyncs` whether to go on after a broken one. */
async function* sliceRecords(source: Bytes, maxBytes: number, resyncs: boolean): AsyncGenerator<Slice> {
  let at = 0;
  while (at < source.size) {
    // Records are followed by two CRLFs; tolerate extra blank lines between them, as readers do.
    const lead = await source.get(at, 2);
    if (lead[0] === 0x0d && lead[1] === 0x0a) {
      at += 2;
      continue;
    }
    const { end, head } = await headerEnd(source, at);
    const text = head.toString('latin1');
    const declared = /^content-length:[ \t]*(\d+)[ \t]*$/im.exec(text);
    const broken = (code: 'BAD_RECORD' | 'TRUNCATED_RECORD' | 'TOO_LARGE', message: string, hint: string): Slice => ({
      at,
      error: failure(code, message, hint),
      head: end < 0 ? '' : text,
    });
    if (end < 0 || !text.startsWith('WARC/') || !declared) {
      yield broken('BAD_RECORD', `no WARC record header with a Content-Length at ${at}`, 'the file is not a WARC, or is damaged here');
      if (!resyncs) return;
      at = await resync(source, at + 1);
      continue;
    }
    const length = Number(declared[1]);
    const blockEnd = at + end + length;
    if (length > maxBytes + HTTP_HEADER_ALLOWANCE) {
      yield broken('TOO_LARGE', `the record declares ${length} bytes, more than the ${maxBytes} allowed`, 'raise --max-bytes to read it');
      if (!resyncs) return;
      // A declared length past the end of the file is a lie: the records after this header are still there.
      at = blockEnd + 4 <= source.size ? blockEnd + 4 : await resync(source, at + end);
      continue;
    }
    if (blockEnd > source.size) {
      yield broken(
        'TRUNCATED_RECORD',
        `Content-Length says ${length} bytes but only ${source.size - at - end} follow`,
        'the record was cut short, or its Content-Length is wrong',
      );
      return;
    }
    const tail = await source.get(blockEnd, 4);
    if (!tail.equals(CRLFCRLF)) {
      yield broken('BAD_RECORD', `the record runs on past its Content-Length of ${length} bytes`, 'its Content-Length is wrong');
      if (!resyncs) return;
      at = await resync(source, at + end);
      continue;
    }
    yield { at, record: Buffer.from(await source.get(at, end + length + 4)) };
    at = blockEnd + 4;
  }
}

const bufferBytes = (buffer: Buffer): Bytes => ({
  size: buffer.length,
  get: async (pos, n) => buffer.subarray(pos, pos + n),
});

/** One WARC record as an item to clean, or null for a record that is not a page response (counted in `skipped`). */
async function recordItem(bytes: Buffer, meta: RecordMeta, skipped: SkippedCounts): Promise<RecordItem | null> {
  const record = await new WARCParser([bytes]).parse();
  if (!record) return { meta, error: failure('BAD_RECORD', 'no WARC record here', 'the file is damaged here') };
  const type = record.warcType ?? 'unknown';
  if (type !== 'response') {
    countSkipped(skipped, type);
    return null;
  }
  const id = record.warcHeader('WARC-Record-ID');
  const url = record.warcTargetURI ?? null;
  const full: RecordMeta = { ...meta, ...(id ? { id } : {}), url };
  const http = record.httpHeaders;
  if (!http || !/^HTTP\/\d/.test(http.statusline)) {
    return {
      meta: full,
      error: failure('BAD_RECORD', 'the response record does not hold an HTTP response', 'deboil reads HTTP responses'),
    };
  }
  const contentType = http.headers.get('content-type') ?? '';
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  if (mediaType && !PAGE_TYPE.test(mediaType)) {
    return { meta: full, error: failure('NOT_HTML', `the payload is ${mediaType}, not a web page`, 'deboil reads HTML and text') };
  }
  const encoded = http.headers.get('content-encoding') || http.headers.get('transfer-encoding');
  const page = await record.readFully(Boolean(encoded));
  const charset = /charset\s*=\s*["']?([^;"'\s]+)/i.exec(contentType)?.[1];
  const encoding = charset && encodingForLabel(charset) ? charset : undefined;
  const date = record.warcDate;
  return {
    meta: full,
    page,
    overrides: {
      ...(url && /^https?:\/\//i.test(url) ? { url } : {}),
      ...(date ? { crawlDate: date } : {}),
      ...(encoding ? { encoding } : {}),
    },
  };
}

/** The id and url a record header names, read without warcio: the record around it is broken. */
function headerMeta(head: string): Partial<RecordMeta> {
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.+?)[ \\t]*\\r?$`, 'im').exec(head)?.[1];
  const id = field('WARC-Record-ID');
  const url = field('WARC-Target-URI');
  return { ...(id ? { id } : {}), ...(url ? { url } : {}) };
}

/** The items of a WARC file (gzipped record at a time, or plain); `skipped` counts records that are not page responses. */
export async function* warcRecords(path: string, maxBytes: number, skipped: SkippedCounts = new Map()): AsyncGenerator<RecordItem> {
  const handle = await open(path, 'r');
  const warcFilename = basename(path);
  try {
    const window = new FileWindow(handle, (await handle.stat()).size);
    const first = await window.get(0, 2);
    const meta = (offset: number, length: number, n: number): RecordMeta => ({
      id: `${warcFilename}@${offset}#${n}`,
      warcFilename,
      offset,
      length,
    });
    const emit = async (slice: Slice, offset: number, length: number, n: number): Promise<RecordItem | null> =>
      'error' in slice
        ? { meta: { ...meta(offset, length, n), ...headerMeta(slice.head) }, error: slice.error }
        : recordItem(slice.record, meta(offset, length, n), skipped);
    if (first[0] !== GZIP_MAGIC[0] || first[1] !== GZIP_MAGIC[1]) {
      let n = 0;
      const slices = sliceRecords(window, maxBytes, true);
      for await (const slice of slices) {
        const length = 'record' in slice ? slice.record.length : 0;
        const item = await emit(slice, slice.at, length, ++n);
        if (item) yield item;
      }
      return;
    }
    const limit = maxBytes + HTTP_HEADER_ALLOWANCE + 4096;
    for (let pos = 0; pos < window.size; ) {
      const member = await readMember(window, pos, limit);
      if ('error' in member) {
        yield { meta: meta(pos, member.length ?? window.size - pos, 1), error: member.error };
        if (member.length === null) return;
      } else {
        let n = 0;
        for await (const slice of sliceRecords(bufferBytes(member.bytes), maxBytes, false)) {
          const item = await emit(slice, pos, member.length, ++n);
          if (item) yield item;
        }
      }
      pos += member.length as number;
    }
  } finally {
    await handle.close();
  }
}
