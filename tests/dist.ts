/**
 * Build tests read dist/. `npm ci && npm run build` makes it; when it is
 * missing (tests run straight after a clean checkout), build it once here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The environment for a build started from inside vitest: vitest puts
 * Vite's own variables (BASE_URL=/, MODE=test, NODE_ENV=test…) into
 * process.env, and Astro would take BASE_URL over SITE_BASE.
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|SITE|ASSETS_PREFIX|VITEST.*)$/.test(key)) delete env[key];
  }
  return { ...env, ...extra };
}

export function ensureBuilt(): void {
  if (existsSync('dist/index.html')) return;
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: buildEnv() });
  if (result.status !== 0) throw new Error('npm run build failed; the build tests need dist/');
}
