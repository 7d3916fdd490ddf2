import { describe, expect, it } from 'vitest';
import { cleanFile } from '../src/index.js';
import { fixtureCases } from './helpers.js';

// Each fixtures/<case>/expected.json lists the fields that case pins down; adding a case is adding a folder.
describe.each(fixtureCases())('fixture $name', ({ inputPath, expected }) => {
  for (const [field, value] of Object.entries(expected)) {
    it(`gets ${field} right`, async () => {
      const article = (await cleanFile(inputPath)) as Record<string, unknown>;
      expect(article[field]).toEqual(value);
    });
  }
});
