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
