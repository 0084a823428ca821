/**
 * node_modules for a copy of the project (the bench's, the tests'): every
 * package linked to this checkout's, but the caches in it (Astro's data
 * store, Vite's) private to the copy, so that builds in different
 * directories neither share nor clear each other's state.
 */
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** node_modules entries that are caches, not packages. */
export const MODULE_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

export function linkModules(root: string, into: string): void {
  const from = join(root, 'node_modules');
  const to = join(into, 'node_modules');
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) {
    if (MODULE_CACHES.has(name)) continue;
    symlinkSync(join(from, name), join(to, name));
  }
}
