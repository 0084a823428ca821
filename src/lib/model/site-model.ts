/**
 * The site model: every record grouped and every cross-record fact derived,
 * once, from the collections and the links the ingest made (content/links.json). Pure — no content layer,
 * no memo, no file access — so Astro (./load.ts), the search index and the
 * tests all build the same model from the same records (./load-files.ts).
 *
 * Pages never read this whole model: each route turns it into one view model
 * per path (./pages/), and that view model is all its template sees.
 */
import type { Anomaly, Jurisdiction, Leader, Links, SiteDocument, Target, Unit } from '../../schemas/records.ts';
import type { Collections } from '../ingest/index.ts';
import { newestFirst } from './period.ts';
import { siteLinks, type SiteLinks } from './site-links.ts';

/** The collections as the ingest writes them (content/*.json) and the content layer returns them. */
export type SiteCollections = Collections;

export interface Site {
  jurisdictions: Jurisdiction[];
  jurisdiction: Map<string, Jurisdiction>;
  /** newest first */
  documents: SiteDocument[];
  document: Map<string, SiteDocument>;
  documentsByJurisdiction: Map<string, SiteDocument[]>;
  target: Map<string, Target>;
  /** source order */
  targetsByDocument: Map<string, Target[]>;
  leader: Map<string, Leader>;
  /** by name, pinyin order */
  leadersByJurisdiction: Map<string, Leader[]>;
  unit: Map<string, Unit>;
  unitsByJurisdiction: Map<string, Unit[]>;
  /** places whose targets the reviewed topic vocabulary reaches (the others browse by no topic) */
  topicPlaces: Set<string>;
  anomalies: Anomaly[];
  anomaliesByTarget: Map<string, Anomaly[]>;
  anomaliesByDocument: Map<string, Anomaly[]>;
  /** history across periods, report provenance and change between periods */
  links: SiteLinks;
}

/** The records without the derived links: what the link matcher reads. */
export type SiteRecords = Omit<Site, 'links'>;

const zh = new Intl.Collator('zh-CN');

export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function bySource(a: { source: { line: number } }, b: { source: { line: number } }): number {
  return a.source.line - b.source.line;
}

/** Each target's anomalies: every anomaly with an occurrence in it, not only those first found there. */
function anomaliesByTarget(anomalies: readonly Anomaly[]): Map<string, Anomaly[]> {
  const map = new Map<string, Anomaly[]>();
  for (const a of anomalies) {
    for (const target of new Set(a.occurrences.map((o) => o.target).filter((t): t is string => t !== null))) {
      map.set(target, [...(map.get(target) ?? []), a]);
    }
  }
  return map;
}

/**
 * The collections' records, by identity: a view model names many of them
 * (a document in each of its targets' pages), and its digest counts each by
 * its own digest, computed once (./pages/page.ts). Records are never changed
 * after loading, so a record's digest stays its digest.
 */
const records = new WeakSet<object>();

export function isRecord(value: object): boolean {
  return records.has(value);
}

/** The records grouped, without the links (the search index needs no more). */
export function groupRecords(c: SiteCollections): SiteRecords {
  for (const list of Object.values(c)) for (const record of list as object[]) records.add(record);
  const jurisdictions = c.jurisdictions;
  const documents = [...c.documents].sort(newestFirst);
  const targets = c.targets;
  const leaders = [...c.leaders].sort((a, b) => zh.compare(a.name, b.name));
  const units = [...c.units].sort((a, b) => zh.compare(a.name, b.name));
  const anomalies = [...c.anomalies].sort((a, b) => a.document.localeCompare(b.document) || bySource(a, b));

  const targetsByDocument = groupBy(targets, (t) => t.document);
  for (const list of targetsByDocument.values()) list.sort(bySource);

  return {
    jurisdictions,
    jurisdiction: new Map(jurisdictions.map((j) => [j.id, j])),
    documents,
    document: new Map(documents.map((d) => [d.id, d])),
    documentsByJurisdiction: groupBy(documents, (d) => d.jurisdiction),
    target: new Map(targets.map((t) => [t.id, t])),
    targetsByDocument,
    leader: new Map(leaders.map((l) => [l.id, l])),
    leadersByJurisdiction: groupBy(leaders, (l) => l.jurisdiction),
    unit: new Map(units.map((u) => [u.id, u])),
    unitsByJurisdiction: groupBy(units, (u) => u.jurisdiction),
    topicPlaces: new Set(targets.filter((t) => t.topics.length > 0).map((t) => t.jurisdiction)),
    anomalies,
    anomaliesByTarget: anomaliesByTarget(anomalies),
    anomaliesByDocument: groupBy(anomalies, (a) => a.document),
  };
}

/** The whole site model from the collections and the links the ingest made between their records. */
export function buildSite(collections: SiteCollections, links: Links): Site {
  const records = groupRecords(collections);
  return { ...records, links: siteLinks(records, links) };
}

/** Lookup that fails the build loudly: a dangling reference is a data bug, not something to hide. */
export function must<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`site model: unknown ${what} ${String(key)}`);
  return value;
}
