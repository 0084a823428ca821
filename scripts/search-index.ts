/**
 * The search index, made from the collections rather than from the built
 * pages. scripts/build.ts writes one small document per indexed page
 * (src/lib/search/record.ts `recordDocument`) while Astro renders the site,
 * then runs Pagefind over those documents with the bundle written into the
 * site. Pagefind no longer parses every page (512 MiB of HTML at scale 20)
 * to find a hidden block in each, and the pages no longer carry that block.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { contentFiles } from '../src/content.config.ts';
import { useCollections, type SiteCollections } from '../src/lib/routing.ts';
import { recordDocument, siteRecords, type PageRecord } from '../src/lib/search/record.ts';

/** The collections as the ingest wrote them to content/*.json (validated there). */
export function readCollections(root: string): SiteCollections {
  const read = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as never;
  return {
    jurisdictions: read(contentFiles.jurisdictions),
    documents: read(contentFiles.documents),
    targets: read(contentFiles.targets),
    leaders: read(contentFiles.leaders),
    units: read(contentFiles.units),
    anomalies: read(contentFiles.anomalies),
  };
}

/** Every indexed page and its record, from content/*.json under root. */
export async function searchRecords(root: string): Promise<PageRecord[]> {
  useCollections(readCollections(root));
  return siteRecords();
}

/** One document per page at the page's own path, so Pagefind's URLs are the pages' URLs. */
export function writeSearchInput(records: readonly PageRecord[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const { path, record } of records) {
    const folder = join(dir, path);
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'index.html'), recordDocument(record));
  }
}

/** A record for a page the build did not make would be a result that leads nowhere. */
export function missingPages(records: readonly PageRecord[], site: string): string[] {
  return records.filter((r) => !existsSync(join(site, r.path, 'index.html'))).map((r) => r.path);
}

/** Pagefind over the documents in `input`; its bundle goes to `site`/pagefind/. */
export function runPagefind(input: string, site: string): { status: number; ms: number } {
  const started = performance.now();
  const result = spawnSync(join(process.cwd(), 'node_modules/.bin/pagefind'), ['--site', input, '--output-path', join(site, 'pagefind'), '--silent'], {
    stdio: 'inherit',
  });
  return { status: result.status ?? 1, ms: performance.now() - started };
}
