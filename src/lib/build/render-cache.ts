/**
 * Guarding Astro's incremental build cache (node_modules/.astro/):
 * `incremental-build.json`, the manifest of each keyed page's cacheKey, and
 * `dist/`, a copy of each keyed page as last rendered, restored into the new
 * output when the page's key and template are unchanged.
 *
 * Astro trusts both. A build killed half-way has already overwritten some
 * copies but not the manifest, so the next build would restore a copy that
 * belongs to another key: a stale page. A manifest written by anything but a
 * finished build of ours, or a copy changed since, is the same risk. So the
 * build stamps the cache when, and only when, Astro has finished, and before
 * the next build checks the stamp: the manifest must be the one stamped, and
 * each copy must still have the size and modification time stamped. Anything
 * else drops what cannot be trusted, and Astro renders those pages again:
 * never a stale page, at worst a full build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's cacheDir (its default; astro.config.mjs does not move it). */
export const ASTRO_CACHE = 'node_modules/.astro';
const MANIFEST = 'incremental-build.json';
const COPIES = 'dist';
const STAMP = 'render-cache-stamp.json';
/** Present while a build runs: found at the start of a build, the last one did not finish. */
const RUNNING = 'render-cache-running';

interface Stamp {
  astro: string;
  /** sha256 of the manifest the finished build left */
  manifest: string;
  /** each cached copy (relative to dist/): [size, mtimeMs] */
  copies: Record<string, [number, number]>;
}

interface ManifestShape {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

function astroVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
}

function outputFiles(manifest: ManifestShape): string[] {
  return Object.values(manifest.routes ?? {}).flatMap((r) => Object.values(r.paths ?? {}).flatMap((p) => (p.outputFile ? [p.outputFile] : [])));
}

function forget(cache: string): void {
  rmSync(join(cache, MANIFEST), { force: true });
  rmSync(join(cache, COPIES), { recursive: true, force: true });
  rmSync(join(cache, STAMP), { force: true });
}

/** What the guard dropped and why, for the build log; empty when the whole cache is kept. */
function trustedCache(root: string, cache: string): string[] {
  const drop = (why: string): string[] => {
    forget(cache);
    return [`${why}: every page is rendered`];
  };
  const manifestFile = join(cache, MANIFEST);
  if (!existsSync(manifestFile)) return ['no previous build: every page is rendered'];
  if (existsSync(join(cache, RUNNING))) return drop('the previous build did not finish');
  const stampFile = join(cache, STAMP);
  if (!existsSync(stampFile)) return drop('the cache was not left by a finished build');
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
  } catch {
    return drop('the cache stamp is unreadable');
  }
  if (stamp.astro !== astroVersion(root)) return drop(`the cache is from Astro ${stamp.astro}`);
  if (sha256(readFileSync(manifestFile)) !== stamp.manifest) return drop('the cache manifest changed since the last build');
  let dropped = 0;
  for (const [file, [size, mtime]] of Object.entries(stamp.copies)) {
    const copy = join(cache, COPIES, file);
    if (!existsSync(copy)) continue; // Astro renders a page whose copy is missing
    const st = statSync(copy);
    if (st.size !== size || st.mtimeMs !== mtime) {
      rmSync(copy, { force: true });
      dropped += 1;
    }
  }
  return dropped > 0 ? [`${dropped} cached page(s) changed since the last build: rendered again`] : [];
}

/**
 * Before `astro build`: keep the cache only as far as the last finished build
 * left it, and mark this build as running. Returns what was dropped, for the log.
 */
export function checkRenderCache(root: string): string[] {
  const cache = join(root, ASTRO_CACHE);
  const notes = trustedCache(root, cache);
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, RUNNING), `${process.pid}\n`);
  return notes;
}

/** After `astro build` finished: stamp the manifest and every copy it names, and clear the running mark. */
export function stampRenderCache(root: string): void {
  const cache = join(root, ASTRO_CACHE);
  const manifestFile = join(cache, MANIFEST);
  if (existsSync(manifestFile)) {
    const bytes = readFileSync(manifestFile);
    const copies: Stamp['copies'] = {};
    for (const file of outputFiles(JSON.parse(bytes.toString('utf8')) as ManifestShape)) {
      const copy = join(cache, COPIES, file);
      if (!existsSync(copy)) continue;
      const st = statSync(copy);
      copies[file] = [st.size, st.mtimeMs];
    }
    writeFileSync(join(cache, STAMP), JSON.stringify({ astro: astroVersion(root), manifest: sha256(bytes), copies } satisfies Stamp));
  }
  rmSync(join(cache, RUNNING), { force: true });
}

export interface RenderCounts {
  rendered: number;
  reused: number;
}

/** The build line's part that says what Astro did: `(47 files rendered, 1509 reused)`. */
export function renderCountsText(counts: RenderCounts): string {
  return `(${counts.rendered} files rendered, ${counts.reused} reused)`;
}

/** The same read back from a build's output (the bench, the tests); null where the line is missing. */
export function readRenderCounts(output: string): RenderCounts | null {
  const m = /\((\d+) files rendered, (\d+) reused\)/.exec(output);
  return m ? { rendered: Number(m[1]), reused: Number(m[2]) } : null;
}

/** Astro's log of one build: how many pages it rendered and how many it took from the cache. */
export function renderCounts(log: string): RenderCounts {
  const paths = log.match(/├─/g)?.length ?? 0;
  const reused = log.match(/\((?:restored|cached)\)/g)?.length ?? 0;
  return { rendered: paths - reused, reused };
}
