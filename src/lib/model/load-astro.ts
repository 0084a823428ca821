/**
 * The site model inside an Astro build: the collections from the content
 * layer and the links the ingest made (content/links.json), built once per
 * build. The only module that imports `astro:content`; outside Astro (the
 * search index, the tests) the same model comes from ./load-files.ts.
 *
 * The links are read at build time, not imported: an import would put them
 * in every page's module graph, and a changed link would then count as a
 * template change for Astro's incremental build, re-rendering every page.
 * What a link changes reaches the pages through their view models.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LINKS_CONTENT, linksSchema, type Links } from '../../schemas/records.ts';
import { buildSite, type Site, type SiteCollections } from './site-model.ts';

/** content/links.json under `root`, validated: it crosses a boundary like the collections do. */
export function readLinks(root: string): Links {
  const path = join(root, LINKS_CONTENT);
  try {
    return linksSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new Error(`${LINKS_CONTENT}: missing or not what the ingest writes; run npm run ingest (npm run build runs it first)`, { cause: error });
  }
}

async function fromContentLayer(): Promise<SiteCollections> {
  const { getCollection } = await import('astro:content');
  const [jurisdictions, documents, targets, leaders, units, anomalies] = await Promise.all([
    getCollection('jurisdictions'),
    getCollection('documents'),
    getCollection('targets'),
    getCollection('leaders'),
    getCollection('units'),
    getCollection('anomalies'),
  ]);
  const data = <T>(entries: { data: T }[]): T[] => entries.map((e) => e.data);
  return {
    jurisdictions: data(jurisdictions),
    documents: data(documents),
    targets: data(targets),
    leaders: data(leaders),
    units: data(units),
    anomalies: data(anomalies),
  };
}

// One build, one model: every route's getStaticPaths asks for it.
let site: Promise<Site> | undefined;

export function loadSite(): Promise<Site> {
  site ??= fromContentLayer().then((collections) => buildSite(collections, readLinks(process.cwd())));
  return site;
}
