/**
 * A content-layer loader for one generated JSON array (content/*.json) that
 * keeps what Astro's data store already holds when the file is unchanged.
 *
 * Astro keeps the data store between builds (node_modules/.astro/
 * data-store.json), but its `file()` loader clears the collection and parses
 * and validates every record on every build. This loader reads the file and:
 *
 * - when its digest equals the one kept in the collection's meta store by
 *   the last load, and the store still holds as many entries as then, keeps
 *   them all: no JSON.parse, no schema validation;
 * - otherwise parses the array and, record by record, keeps a stored entry
 *   whose digest (of the record as written) is unchanged, validates the
 *   others with `parseData` (the collection's schema in content.config.ts)
 *   and stores them with their digest, and deletes the ids no longer there.
 *
 * Astro clears the whole store itself when src/content.config.ts (where the
 * schemas live), the Astro config or Astro's version changes, so a schema
 * change always re-validates every record. In `astro dev` the file is
 * watched and reloaded the same way.
 *
 * Unlike `file()`, a missing or unreadable file, a record without an id or
 * an id given twice stops the sync: a site built from a stale or partial
 * collection would be worse than no build.
 */
import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/** Bump when what this loader stores changes, so that stores written by an older one are reloaded. */
const VERSION = 2;
const META_KEY = 'json-array';

interface Kept {
  version: number;
  /** SHA-256 of the file's bytes */
  digest: string;
  /** how many entries the load left in the store */
  entries: number;
}

export interface LoadReport {
  /** the whole file was unchanged: every entry kept without parsing */
  unchanged: boolean;
  /** entries kept as stored (all of them when unchanged) */
  kept: number;
  /** entries validated and stored anew */
  parsed: number;
  /** stored entries whose id is no longer in the file */
  deleted: number;
}

function readKept(context: LoaderContext): Kept | null {
  try {
    const kept = JSON.parse(context.meta.get(META_KEY) ?? 'null') as Kept | null;
    return kept?.version === VERSION ? kept : null;
  } catch {
    return null;
  }
}

/** Loads `filePath` into the collection's store, reusing what is unchanged. Exported for tests. */
export async function syncJsonArray(fileName: string, filePath: string, context: LoaderContext): Promise<LoadReport> {
  const { store, meta, config } = context;
  const bytes = await fs.readFile(filePath);
  // SHA-256 of the bytes: a large file (15 MB of targets at scale 20) is not decoded at all when unchanged
  const digest = createHash('sha256').update(bytes).digest('hex');
  const before = readKept(context);
  if (before !== null && before.digest === digest && before.entries === store.keys().length) {
    return { unchanged: true, kept: before.entries, parsed: 0, deleted: 0 };
  }
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString('utf-8'));
  } catch (error) {
    throw new Error(`${fileName}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(data)) throw new Error(`${fileName}: expected a JSON array of records`);
  // The entry's path as file() stores it: relative to the project, with forward slashes.
  const entryPath = relative(fileURLToPath(config.root), filePath).split('\\').join('/');
  const seen = new Set<string>();
  const report: LoadReport = { unchanged: false, kept: 0, parsed: 0, deleted: 0 };
  // The meta record goes first, so an interrupted load is never mistaken for a finished one.
  meta.delete(META_KEY);
  for (const raw of data as Array<Record<string, unknown>>) {
    const id = typeof raw?.['id'] === 'string' || typeof raw?.['id'] === 'number' ? String(raw['id']) : '';
    if (id === '') throw new Error(`${fileName}: a record has no id`);
    if (seen.has(id)) throw new Error(`${fileName}: id ${id} given twice`);
    seen.add(id);
    const entryDigest = context.generateDigest(raw);
    const stored = store.get(id);
    if (stored !== undefined && stored.digest === entryDigest && stored.filePath === entryPath) {
      report.kept++;
      continue;
    }
    const parsed = await context.parseData({ id, data: raw, filePath });
    store.set({ id, data: parsed, filePath: entryPath, digest: entryDigest });
    report.parsed++;
  }
  for (const id of store.keys()) {
    if (!seen.has(id)) {
      store.delete(id);
      report.deleted++;
    }
  }
  const kept: Kept = { version: VERSION, digest, entries: seen.size };
  meta.set(META_KEY, JSON.stringify(kept));
  return report;
}

function describe(fileName: string, r: LoadReport): string {
  if (r.unchanged) return `${fileName} unchanged: ${r.kept} entries kept`;
  return `${fileName}: ${r.parsed} entries validated, ${r.kept} kept, ${r.deleted} removed`;
}

/** `jsonArray('content/targets.json')`: the records of a JSON array file, with each record's `id`. */
export function jsonArray(fileName: string): Loader {
  return {
    name: 'json-array-loader',
    load: async (context) => {
      const { config, logger, watcher } = context;
      const url = new URL(fileName, config.root);
      if (!existsSync(url)) throw new Error(`${fileName} not found: run npm run ingest (npm run build runs it first)`);
      const filePath = fileURLToPath(url);
      const started = performance.now();
      const report = await syncJsonArray(fileName, filePath, context);
      logger.info(`${describe(fileName, report)} (${(performance.now() - started).toFixed(0)} ms)`);
      watcher?.add(filePath);
      watcher?.on('change', (changed) => {
        if (changed !== filePath) return;
        logger.info(`Reloading ${fileName}`);
        syncJsonArray(fileName, filePath, context).then(
          (reloaded) => logger.info(describe(fileName, reloaded)),
          (error: unknown) => logger.error(`${fileName}: ${String(error)}`),
        );
      });
    },
  };
}
