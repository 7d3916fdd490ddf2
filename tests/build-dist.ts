/**
 * Vitest global setup: compiles src/ into dist/ before any test runs. The CLI and batch tests run
 * `bin/deboil.js` and the pool's worker threads, which load the built tree; building here means
 * `npx vitest` after an edit in src/ tests that edit, never a stale dist/.
 */
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export default function buildDist(): void {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const repo = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'inherit' });
}
