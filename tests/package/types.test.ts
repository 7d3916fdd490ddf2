import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  PROVENANCE_SOURCES,
  ProvenanceSchema,
  type ProvenanceSource,
  type RemovalReason,
  RemovalReasonSchema,
} from '../../src/article/schema.js';
import {
  ERROR_CODES,
  type ErrorCode,
  type ErrorRecord,
  ErrorRecordSchema,
  type ManyOptions,
  type Provenance,
  type RemovedBlock,
} from '../../src/index.js';

describe('ErrorRecord', () => {
  it('types error.code as the ErrorCode union, checked by the schema from the same ERROR_CODES', () => {
    expectTypeOf<ErrorRecord['error']['code']>().toEqualTypeOf<ErrorCode>();
    // Checked by `npm run typecheck`: a union, not any string.
    expectTypeOf<'EMPTY_INPUT'>().toExtend<ErrorCode>();
    expectTypeOf<'NO_SUCH_CODE'>().not.toExtend<ErrorCode>();
    for (const code of Object.keys(ERROR_CODES)) {
      expect(ErrorRecordSchema.safeParse({ source: 'a.html', error: { code, message: 'm' } }).success).toBe(true);
    }
    expect(ErrorRecordSchema.safeParse({ source: 'a.html', error: { code: 'NO_SUCH_CODE', message: 'm' } }).success).toBe(false);
  });
});

describe('RemovedBlock', () => {
  it('types reason as the RemovalReason union the schema checks', () => {
    expectTypeOf<RemovedBlock['reason']>().toEqualTypeOf<RemovalReason>();
    expectTypeOf<'phrase:comment-form'>().toExtend<RemovalReason>();
    expectTypeOf<'because'>().not.toExtend<RemovalReason>();
    for (const reason of ['hidden', 'tail-section', 'phrase:comment-form', 'class-token:share', 'tag:nav']) {
      expect(RemovalReasonSchema.safeParse(reason).success).toBe(true);
    }
    for (const reason of ['because', 'nope:share']) expect(RemovalReasonSchema.safeParse(reason).success).toBe(false);
  });
});

describe('Provenance', () => {
  it('types source as the ProvenanceSource union the schema checks', () => {
    expectTypeOf<Provenance['source']>().toEqualTypeOf<ProvenanceSource>();
    expectTypeOf<'json-ld'>().toExtend<ProvenanceSource>();
    expectTypeOf<'guesswork'>().not.toExtend<ProvenanceSource>();
    for (const source of PROVENANCE_SOURCES) expect(ProvenanceSchema.safeParse({ field: 'title', source }).success).toBe(true);
    expect(ProvenanceSchema.safeParse({ field: 'title', source: 'guesswork' }).success).toBe(false);
  });
});

describe('ManyOptions', () => {
  it('takes no url: one address would go on every page (checked by npm run typecheck)', () => {
    expectTypeOf<{ url: string }>().not.toExtend<ManyOptions>();
    expectTypeOf<{ jobs: number; explain: boolean }>().toExtend<ManyOptions>();
  });
});
