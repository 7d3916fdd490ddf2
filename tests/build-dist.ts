/**
 * Vitest global setup: builds dist/ (`npm run build`: src/ compiled, then the CLI bundled into one
 * file) before any test runs. The CLI and batch tests run `bin/deboil.js` and the pool's worker threads,
 * which load the built tree; building here means `npx vitest` after an edit in src/ tests that edit,
 * never a stale dist/.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function buildDist(): void {
  const repo = fileURLToPath(new URL('..', import.meta.url));
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: repo, stdio: 'inherit' });
}
