/**
 * The search index, made from the collections rather than from the built
 * pages. scripts/build.ts writes one small document per indexed page
 * (src/lib/search/record.ts `recordDocument`) while Astro renders the site,
 * then runs Pagefind over those documents with the bundle written into the
 * site. Pagefind no longer parses every page (512 MiB of HTML at scale 20)
 * to find a hidden block in each, and the pages no longer carry that block.
 *
 * An index is kept in .cache/search-index/ under the hash of what made it
 * (every document Pagefind reads, and Pagefind's version); a rebuild whose
 * records are unchanged copies it instead of indexing again.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCollections } from '../model/load-files.ts';
import { groupRecords } from '../model/site-model.ts';
import { recordDocument, siteRecords, type PageRecord } from './record.ts';

/** Every indexed page and its record, from content/*.json under root. */
export function searchRecords(root: string): PageRecord[] {
  return siteRecords(groupRecords(readCollections(root)));
}

export interface SearchInput {
  /** page path → the document Pagefind reads for it */
  documents: Map<string, string>;
  /** equal keys, equal index: Pagefind's output depends on nothing else */
  key: string;
}

export function searchInput(records: readonly PageRecord[], root: string): SearchInput {
  const documents = new Map(records.map((r) => [r.path, recordDocument(r.record)]));
  const hash = createHash('sha256');
  hash.update(`pagefind ${(JSON.parse(readFileSync(join(root, 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version}\n`);
  for (const [path, document] of documents) hash.update(`${path}\n${document}\n`);
  return { documents, key: hash.digest('hex') };
}

/** One document per page at the page's own path, so Pagefind's URLs are the pages' URLs. */
export function writeSearchInput(input: SearchInput, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, document] of input.documents) {
    const folder = join(dir, path);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), document);
  }
}

const cacheRoot = (root: string) => join(root, '.cache', 'search-index');
const KEEP = 3;

/** The index made from exactly these records, if an earlier build kept it. */
export function cachedIndex(input: SearchInput, root: string): string | null {
  const dir = join(cacheRoot(root), input.key);
  return existsSync(join(dir, 'pagefind-entry.json')) ? dir : null;
}

/** Keep a copy of a new index under its key (written aside, then renamed: a concurrent build never sees half of it); the oldest go. */
export function keepIndex(input: SearchInput, index: string, root: string): void {
  const dir = join(cacheRoot(root), input.key);
  if (existsSync(dir)) return;
  const partial = `${dir}.${process.pid}.partial`;
  cpSync(index, partial, { recursive: true });
  renameSync(partial, dir);
  const kept = readdirSync(cacheRoot(root))
    .filter((name) => !name.endsWith('.partial'))
    .map((name) => ({ name, t: statSync(join(cacheRoot(root), name)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const old of kept.slice(KEEP)) rmSync(join(cacheRoot(root), old.name), { recursive: true, force: true });
}

/** A record for a page the build did not make would be a result that leads nowhere. */
export function missingPages(records: readonly PageRecord[], site: string): string[] {
  return records.filter((r) => !existsSync(join(site, r.path, 'index.html'))).map((r) => r.path);
}

/** Pagefind over the documents in `input`; its bundle goes to `site`/pagefind/. */
export function runPagefind(input: string, output = join(input, 'pagefind')): number {
  const result = spawnSync(join(process.cwd(), 'node_modules/.bin/pagefind'), ['--site', input, '--output-path', output, '--silent'], { stdio: 'inherit' });
  return result.status ?? 1;
}
