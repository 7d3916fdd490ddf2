import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutTornTail, readResumeState } from '../../src/batch/resume.js';

describe('--resume state of a JSON Lines output', () => {
  it('knows the finished sources and cuts a torn last line', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'deboil-resume-')), 'out.jsonl');
    const whole = '{"source":"a.html","body":"x"}\n{"source":"b.html","error":{"code":"EMPTY_INPUT","message":"m"}}\n';
    writeFileSync(path, `${whole}{"source":"c.html","bo`);
    const state = await readResumeState(path);
    expect([...state.done]).toEqual([
      ['a.html', 'done'],
      ['b.html', 'failed'],
    ]);
    await cutTornTail(path, state);
    expect(readFileSync(path, 'utf8')).toBe(whole);
  });

  it('refuses a file with a whole line that is not a deboil record, and treats a missing file as a fresh start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deboil-resume-'));
    const path = join(dir, 'out.jsonl');
    writeFileSync(path, '{"source":"a.html","body":"x"}\nnot json\n{"source":"c.html","body":"y"}\n');
    await expect(readResumeState(path)).rejects.toMatchObject({ code: 'BAD_OPTIONS', message: expect.stringContaining('line 2') });
    expect(readFileSync(path, 'utf8')).toContain('not json');
    expect(await readResumeState(join(dir, 'none.jsonl'))).toEqual({ done: new Map(), validBytes: 0 });
  });
});
