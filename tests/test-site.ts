/**
 * The site the build and browser tests read: this project built from the
 * tests' own copies of the real documents (tests/fixtures/site/seeds/), never
 * from seeds/. So a portal that replaces the sample documents in seeds/ with
 * its own still passes `npm test`, and the tests always see the same site.
 *
 * It lives in .test-site/ (git-ignored): a copy of the project's files with
 * seeds/ taken from the fixtures and node_modules linked to the project's
 * packages (its caches its own). The vitest global setup (tests/global-setup.ts)
 * brings the copy up to date and builds it once per run; the build's own
 * caches (the ingest stamp, the search index) keep a rebuild short.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { SiteCollections } from '../src/lib/model/site-model.ts';
import { readCollections } from '../src/lib/model/load-files.ts';
import { linkModules, MODULE_CACHES } from '../src/lib/build/link-modules.ts';
import { buildEnv } from './dist.ts';

const root = resolve(import.meta.dirname, '..');

/** The fixture site's root: its seeds/ are copies of the real documents, as published. */
export const FIXTURE_SITE = join(root, 'tests/fixtures/site');
export const TEST_SITE = join(root, '.test-site');
export const testDist = join(TEST_SITE, 'dist');
/** The folders of the copy that are the build's, not the project's. */
const BUILT = new Set(['node_modules', 'dist', 'content', '.cache', '.astro']);

function projectFiles(): Map<string, string> {
  const listed = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  const files = new Map<string, string>();
  for (const f of listed) {
    if (f.startsWith('seeds/') || !existsSync(join(root, f))) continue;
    files.set(f, join(root, f));
  }
  for (const name of readdirSync(join(FIXTURE_SITE, 'seeds'))) files.set(`seeds/${name}`, join(FIXTURE_SITE, 'seeds', name));
  return files;
}

function walk(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    const rel = relative(base, path);
    if (dir === base && (BUILT.has(e.name) || e.name.startsWith('.dist-'))) return [];
    return e.isDirectory() ? walk(path, base) : [rel];
  });
}

/** Makes .test-site/ hold exactly the project's files with the fixture seeds; unchanged files are not rewritten (mtimes stay, caches hold). */
export function syncTestSite(dir = TEST_SITE): void {
  const files = projectFiles();
  mkdirSync(dir, { recursive: true });
  for (const [rel, from] of files) {
    const to = join(dir, rel);
    const bytes = readFileSync(from);
    if (existsSync(to) && statSync(to).size === bytes.length && readFileSync(to).equals(bytes)) continue;
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, bytes);
  }
  for (const rel of walk(dir)) if (!files.has(rel)) rmSync(join(dir, rel));
  const modules = join(dir, 'node_modules');
  const wanted = readdirSync(join(root, 'node_modules')).filter((n) => !MODULE_CACHES.has(n));
  if (!existsSync(modules) || wanted.some((n) => !existsSync(join(modules, n)))) {
    rmSync(modules, { recursive: true, force: true });
    linkModules(root, dir);
  }
}

/** `npm run build` in the test site; throws with the build's output when it fails. */
export function buildTestSite(env: Record<string, string> = {}): string {
  syncTestSite();
  const r = spawnSync('npm', ['run', 'build'], { cwd: TEST_SITE, env: buildEnv(env), encoding: 'utf8' });
  const output = stripVTControlCharacters(`${r.stdout}\n${r.stderr}`);
  if (r.status !== 0) throw new Error(`building the test site failed:\n${output}`);
  return output;
}

/** The test site's collections, as its build wrote them. */
export function testCollections(): SiteCollections {
  return readCollections(TEST_SITE);
}

/** A built page of the test site: `/heze/2023-h1/` → its index.html. */
export function testPage(permalink: string): string {
  return join(testDist, permalink, 'index.html');
}
