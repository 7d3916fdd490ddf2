import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean, cleanFile, DeboilError, ERROR_CODES, type ErrorCode } from '../src/index.js';

async function thrown(run: () => unknown): Promise<DeboilError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof DeboilError) return error;
    throw error;
  }
  throw new Error('expected a DeboilError');
}

describe('error hints', () => {
  it('say what to do for every code, not what went wrong again', () => {
    for (const code of Object.keys(ERROR_CODES) as ErrorCode[]) {
      const hint = new DeboilError(code, ERROR_CODES[code]).hint;
      expect(hint.length, code).toBeGreaterThan(10);
      expect(hint, code).not.toBe(ERROR_CODES[code]);
    }
  });

  it('never repeat the message of the errors a user meets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-hints-'));
    const errors = [
      await thrown(() => clean('')),
      await thrown(() => clean('  \n\t ')),
      await thrown(() => clean(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))),
      await thrown(() => clean(42 as unknown as string)),
      await thrown(() => clean('<p>x</p>', { encoding: 'no-such-label' })),
      await thrown(() => cleanFile(join(dir, 'missing.html'))),
      await thrown(() => cleanFile(dir)),
    ];
    expect(errors.map((e) => e.code)).toEqual([
      'EMPTY_INPUT',
      'EMPTY_INPUT',
      'NOT_A_PAGE',
      'BAD_INPUT',
      'BAD_OPTIONS',
      'NOT_FOUND',
      'IS_DIRECTORY',
    ]);
    for (const e of errors) {
      expect(e.message.toLowerCase(), e.code).not.toContain(e.hint.toLowerCase());
      expect(e.hint, e.code).toMatch(/^(?:check|pass|deboil reads|see|raise|fix|fetch|give|the file is damaged|this is a bug)/);
    }
  });
});
