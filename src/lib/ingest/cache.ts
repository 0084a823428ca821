/**
 * When the ingest may be skipped: content/*.json is a function of the seeds,
 * the ingest's code and the runtime, so a key over those three, stored beside
 * the output in content/.ingest-key.json with a SHA-256 of every output file,
 * says whether the files there are what a run would write again.
 *
 * - seeds: every file under seeds/ (path, size and bytes, sorted by path);
 * - code: every module the ingest loads, found by following the relative
 *   imports from src/lib/ingest/run.ts (so a module added to the ingest is
 *   covered without a list to keep), and the installed packages
 *   (node_modules/.package-lock.json, which npm rewrites on every install);
 * - runtime: the Node and ICU versions (TextDecoder reads GB18030 through ICU).
 *
 * The stamp is written last, after every output file is in place, and the
 * outputs are hashed again before they are reused, so a half-written,
 * deleted or hand-edited content/ file is never taken for a finished run.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { filesUnder } from '../build/files.ts';
import { fileURLToPath } from 'node:url';

/** The project the running ingest code belongs to (its code is what the key covers). */
// the project root: this module is src/lib/ingest/cache.ts
const codeRoot = fileURLToPath(new URL('../../..', import.meta.url));
const ENTRY = 'src/lib/ingest/run.ts';
export const STAMP_FILE = 'content/.ingest-key.json';
/** Bump when the stamp's shape changes. */
const STAMP_VERSION = 1;

export interface IngestKey {
  seeds: string;
  code: string;
  runtime: string;
}

/** What a finished run left: its key, a digest of each output, and what the summary printed. */
export interface IngestStamp {
  version: number;
  key: IngestKey;
  /** project-relative output path → SHA-256 of its bytes */
  outputs: Record<string, string>;
  encodings: Record<string, string>;
  /** the summary lines after the first (documents and totals) */
  lines: string[];
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Every file under `dir`, symbolic links to files included (the ingest reads through them). */
/** One digest over files: each file's path relative to `base`, its size and its bytes, in path order. */
function digestFiles(base: string, files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of files.map((f) => relative(base, f).split('\\').join('/')).sort()) {
    const bytes = readFileSync(join(base, path));
    hash.update(`${path}\0${bytes.length}\0`).update(bytes).update('\0');
  }
  return hash.digest('hex');
}

const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*\(?\s*['"](\.\.?\/[^'"]+)['"]/g;

/** The ingest's own modules: src/lib/ingest/run.ts and everything it imports by relative path, transitively. */
export function ingestModules(root: string = codeRoot): string[] {
  const seen = new Set<string>();
  const queue = [join(root, ENTRY)];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(RELATIVE_IMPORT)) queue.push(join(dirname(file), m[1] ?? ''));
  }
  return [...seen].map((f) => relative(root, f)).sort();
}

/** The key for the seeds in `projectRoot`, read by the ingest code in `code` (default: the code running). */
export function ingestKey(projectRoot: string, code: string = codeRoot): IngestKey {
  const modules = ingestModules(code).map((f) => join(code, f));
  const lock = [join(code, 'node_modules/.package-lock.json'), join(code, 'package-lock.json')].find((f) => existsSync(f));
  return {
    seeds: digestFiles(projectRoot, filesUnder(join(projectRoot, 'seeds'))),
    code: createHash('sha256')
      .update(digestFiles(code, modules))
      .update(lock ? sha256(readFileSync(lock)) : 'no lock')
      .digest('hex'),
    runtime: sha256(`node ${process.versions.node} icu ${process.versions.icu ?? 'none'}`),
  };
}

export function readStamp(root: string): IngestStamp | null {
  try {
    const stamp = JSON.parse(readFileSync(join(root, STAMP_FILE), 'utf8')) as IngestStamp;
    return stamp.version === STAMP_VERSION ? stamp : null;
  } catch {
    return null;
  }
}

/**
 * Why the outputs in `root` are not what a run with `key` would write, or
 * null when they are (and may be reused).
 */
export function staleReason(root: string, key: IngestKey, outputs: readonly string[], stamp: IngestStamp | null): string | null {
  if (stamp === null) return 'no record of a previous run';
  if (stamp.key.seeds !== key.seeds) return 'seeds changed';
  if (stamp.key.code !== key.code) return 'ingest code or packages changed';
  if (stamp.key.runtime !== key.runtime) return 'Node version changed';
  for (const file of outputs) {
    const path = join(root, file);
    if (!existsSync(path)) return `${file} missing`;
    if (stamp.outputs[file] !== sha256(readFileSync(path))) return `${file} changed since the last run`;
  }
  return null;
}

/** Removes the stamp: called before the outputs are rewritten, so that an interrupted write is never reused. */
export function dropStamp(root: string): void {
  rmSync(join(root, STAMP_FILE), { force: true });
}

export function writeStamp(root: string, stamp: Omit<IngestStamp, 'version'>): void {
  const path = join(root, STAMP_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify({ version: STAMP_VERSION, ...stamp }, null, 1)}\n`);
  renameSync(`${path}.tmp`, path);
}
