import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// Importing the library defines no globals but zod's two (README: why they stay), in a fresh process.
describe('importing deboil', () => {
  it.each(['../../src/index.ts', '../../src/core.ts'])('%s adds only zod 4 globals to globalThis', (entry) => {
    const url = new URL(entry, import.meta.url).href;
    const script = `const before = new Set(Object.getOwnPropertyNames(globalThis));
await import(${JSON.stringify(url)});
process.stdout.write(JSON.stringify(Object.getOwnPropertyNames(globalThis).filter((k) => !before.has(k)).sort()));`;
    const added = JSON.parse(
      execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }),
    );
    expect(added.filter((name: string) => !name.startsWith('__zod_global'))).toEqual([]);
  });
});
