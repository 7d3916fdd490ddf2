import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERROR_CODES, type ErrorCode, type ErrorRecord, ErrorRecordSchema } from '../../src/index.js';

describe('ErrorRecord', () => {
  it('types error.code as the ErrorCode union, checked by the schema from the same ERROR_CODES', () => {
    expectTypeOf<ErrorRecord['error']['code']>().toEqualTypeOf<ErrorCode>();
    for (const code of Object.keys(ERROR_CODES)) {
      expect(ErrorRecordSchema.safeParse({ source: 'a.html', error: { code, message: 'm' } }).success).toBe(true);
    }
    expect(ErrorRecordSchema.safeParse({ source: 'a.html', error: { code: 'NO_SUCH_CODE', message: 'm' } }).success).toBe(false);
  });
});
