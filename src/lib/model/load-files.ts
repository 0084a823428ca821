/**
 * The ingest's output read from disk: the collections in content/*.json
 * (validated there) and content/links.json. The site model outside Astro
 * (the search index, the scripts, the tests) is built from both; inside
 * Astro the collections come from the content layer and the links from here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, LINKS_CONTENT, linksSchema, type Links } from '../../schemas/records.ts';
import { buildSite, type Site, type SiteCollections } from './site-model.ts';

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

/** content/links.json under `root`, validated: it crosses a boundary like the collections do. */
export function readLinks(root: string): Links {
  const path = join(root, LINKS_CONTENT);
  try {
    return linksSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${LINKS_CONTENT}: missing or not what the ingest writes; run npm run ingest (npm run build runs it first)`, { cause: error });
  }
}

export function readSite(root: string): Site {
  return buildSite(readCollections(root), readLinks(root));
}
