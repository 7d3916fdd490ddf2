import { DeboilError } from '../errors.js';
import type { RecordItem, RecordMeta, RecordOverrides } from './record.js';

/**
 * Turns one page record (an object handed to cleanMany, or a parsed JSONL line) into a RecordItem: its
 * page (exactly one of html, text, bytes or bodyBase64), its id (else its position, 1-based) and its
 * own url and crawl date. Anything else is a BAD_RECORD error that names the record, so the run goes on.
 */
const BODY_FIELDS = ['html', 'text', 'bytes', 'bodyBase64'] as const;

function badRecord(where: string, why: string): DeboilError {
  return new DeboilError('BAD_RECORD', `${where}: ${why}`, {
    hint: 'a record is {"id"?, "url"?, "crawlDate"?, and one of "html", "text" or "bodyBase64"}',
  });
}

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;

export function pageRecordItem(value: unknown, position: number, where = `record ${position}`): RecordItem {
  const fallback: RecordMeta = { id: position };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { meta: fallback, error: badRecord(where, 'not a JSON object') };
  }
  const record = value as Record<string, unknown>;
  const id = record.id;
  const validId = typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id));
  const meta: RecordMeta = { id: validId ? id : position };
  if (typeof record.url === 'string') meta.url = record.url;
  const fail = (why: string): RecordItem => ({ meta, error: badRecord(where, why) });
  if (id !== undefined && !validId) return fail('"id" must be a string or a number');
  if (record.url !== undefined && typeof record.url !== 'string') return fail('"url" must be a string');
  const crawlDate = record.crawlDate;
  if (crawlDate !== undefined && typeof crawlDate !== 'string' && typeof crawlDate !== 'number' && !(crawlDate instanceof Date)) {
    return fail('"crawlDate" must be an ISO 8601 string');
  }
  const bodies = BODY_FIELDS.filter((f) => record[f] !== undefined);
  if (bodies.length !== 1) return fail(`needs exactly one of "html", "text", "bytes" or "bodyBase64" (found ${bodies.length})`);
  const field = bodies[0] as (typeof BODY_FIELDS)[number];
  const body = record[field];
  const overrides: RecordOverrides = {
    ...(meta.url ? { url: meta.url } : {}),
    ...(crawlDate !== undefined ? { crawlDate } : {}),
  };
  if (field === 'bytes') {
    if (!isBytes(body)) return fail('"bytes" must be a Uint8Array');
    return { meta, page: body, overrides };
  }
  if (typeof body !== 'string') return fail(`"${field}" must be a string`);
  if (field === 'bodyBase64') {
    // Buffer.from would skip invalid characters silently; a body that is not base64 is a broken record.
    if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(body)) return fail('"bodyBase64" is not base64');
    return { meta, page: new Uint8Array(Buffer.from(body, 'base64')), overrides };
  }
  return { meta, page: body, overrides: { ...overrides, inputKind: field } };
}
