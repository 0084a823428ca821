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
import { buildSite, type Site, type SiteCollections } from './site-model.ts';
import { readLinks } from './load-files.ts';

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
