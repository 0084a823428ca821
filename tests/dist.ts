/**
 * Build tests read dist/. `npm ci && npm run build` makes it; when it is
 * missing (tests run straight after a clean checkout), build it once here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function ensureBuilt(): void {
  if (existsSync('dist/index.html')) return;
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed; the build tests need dist/');
}
