/**
 * The site model outside Astro: from the collections the ingest wrote to
 * content/*.json (validated there) and its content/links.json. For the search index, the scripts and the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles } from '../../schemas/records.ts';
import { buildSite, type Site, type SiteCollections } from './site-model.ts';
import { readLinks } from './load-astro.ts';

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

export function readSite(root: string): Site {
  return buildSite(readCollections(root), readLinks(root));
}
