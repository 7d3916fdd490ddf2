import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { clean, cleanFile, DeboilError, type ErrorCode } from '../../src/index.js';
import { fileError } from '../../src/input/read.js';

// Inputs that are not pages get a DeboilError with a stable code, a message naming the file and the
// reason, and a hint; never an uncaught exception, never an empty "article".
const dir = mkdtempSync(join(tmpdir(), 'deboil-not-a-page-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

async function failure(path: string): Promise<DeboilError> {
  const error = await cleanFile(path).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DeboilError);
  const e = error as DeboilError;
  expect(e.file).toBe(path);
  expect(e.toRecord().message.startsWith(`${path}: `)).toBe(true);
  expect(e.hint.length).toBeGreaterThan(10);
  return e;
}

const expectCode = async (path: string, code: ErrorCode, reason?: RegExp) => {
  const e = await failure(path);
  expect(e.code).toBe(code);
  if (reason) expect(e.message).toMatch(reason);
};

// A minimal real PNG: signature, IHDR, IDAT, IEND (1x1 pixel).
function png(): Uint8Array {
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'ascii');
    Buffer.from(data).copy(out, 8);
    return out; // CRC left zero: deboil must refuse it by its signature, not by validating it
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', new Uint8Array()),
  ]);
}

// A PDF whose first kilobytes are plain ASCII: no NUL byte gives it away, only its signature.
const ASCII_PDF = `%PDF-1.4
1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >> endobj
4 0 obj << /Length 44 >> stream
BT /F1 24 Tf 100 700 Td (Hello, world) Tj ET
endstream endobj
trailer << /Root 1 0 R >>
%%EOF
`;

describe('not a page', () => {
  it('an empty file is EMPTY_INPUT', () => expectCode(file('empty.html', ''), 'EMPTY_INPUT'));

  it('whitespace only (with or without a BOM) is EMPTY_INPUT', async () => {
    await expectCode(file('blank.txt', ' \n\t\r\n   \n'), 'EMPTY_INPUT');
    await expectCode(file('bom-blank.html', new Uint8Array([0xef, 0xbb, 0xbf, 0x20, 0x0a])), 'EMPTY_INPUT');
    await expectCode(file('utf16-blank.html', new Uint8Array([0xff, 0xfe, 0x20, 0x00, 0x0a, 0x00])), 'EMPTY_INPUT');
  });

  it('a PNG image is NOT_A_PAGE, named as such', () => expectCode(file('image.html', png()), 'NOT_A_PAGE', /PNG image/));

  it('a PDF is NOT_A_PAGE even when its first kilobytes are ASCII', async () => {
    await expectCode(file('paper.html', ASCII_PDF), 'NOT_A_PAGE', /PDF/);
    expect(() => clean(ASCII_PDF)).toThrow(expect.objectContaining({ code: 'NOT_A_PAGE' }));
  });

  it('NUL bytes or control characters mean binary data: NOT_A_PAGE', async () => {
    await expectCode(file('nul.txt', 'Some text\u0000\u0000\u0000 and more text'), 'NOT_A_PAGE', /NUL/);
    const noise = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256 || 1);
    await expectCode(file('noise.bin.html', noise), 'NOT_A_PAGE', /binary/);
  });

  it('JSON is NOT_A_PAGE, but a text that merely starts with a bracket is a page', async () => {
    await expectCode(file('api.html', '{"title": "A story", "body": "<p>Text</p>"}'), 'NOT_A_PAGE', /JSON/);
    await expectCode(file('list.txt', '  [1, 2, {"a": null}]\n'), 'NOT_A_PAGE', /JSON/);
    const article = clean('[Updated] The council met on Tuesday evening, and it voted to keep the library open late.');
    expect(article.body).toContain('The council met on Tuesday evening');
  });

  it('a directory given as a file is IS_DIRECTORY', async () => {
    const sub = join(dir, 'folder.html');
    mkdirSync(sub, { recursive: true });
    await expectCode(sub, 'IS_DIRECTORY');
  });

  it('a missing file and a dangling link are NOT_FOUND', async () => {
    await expectCode(join(dir, 'no-such-page.html'), 'NOT_FOUND');
    const link = join(dir, 'dangling.html');
    symlinkSync(join(dir, 'gone.html'), link);
    await expectCode(link, 'NOT_FOUND', /dangling/);
  });

  it('a symbolic link loop is READ_FAILED, named as such', async () => {
    symlinkSync(join(dir, 'loop-b.html'), join(dir, 'loop-a.html'));
    symlinkSync(join(dir, 'loop-a.html'), join(dir, 'loop-b.html'));
    await expectCode(join(dir, 'loop-a.html'), 'READ_FAILED', /link loop/);
  });

  // Root reads any file whatever its mode (and CI runs as root), so chmod 000 proves nothing there.
  it.skipIf(process.getuid?.() === 0)('an unreadable file is READ_FAILED with a permissions hint', async () => {
    const path = file('secret.html', '<p>hidden</p>');
    await chmod(path, 0o000);
    await expectCode(path, 'READ_FAILED', /permission/);
  });

  it('maps a permission error to READ_FAILED with a permissions hint (simulated, for root)', () => {
    const e = fileError(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }), '/srv/page.html');
    expect(e).toMatchObject({ code: 'READ_FAILED', file: '/srv/page.html', hint: 'check the file permissions' });
    expect(e.toRecord().message).toBe('/srv/page.html: permission denied (EACCES)');
  });
});
