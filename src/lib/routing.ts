/**
 * Permalinks and groupings, computed once from the collections.
 *
 * Route files only call the `*Paths()` functions here for getStaticPaths and
 * pass the one record they render; views ask `getSite()` for everything else.
 * Keeping every path builder in this file means a permalink changes in one
 * place only (they are promised to stay stable).
 */
import { combinedStatus, STATUS_ORDER, targetStatus } from './status.ts';
import { documentFields } from './document-fields.ts';
import { periodRank } from './period.ts';
import { namesPerson, namesUnit } from './assignment.ts';
import type { Collections } from './ingest/index.ts';
import type {
  Anomaly,
  AnomalyKind,
  Assignment,
  Jurisdiction,
  Leader,
  SiteDocument,
  StatusValue,
  Target,
  Unit,
} from '../content.config.ts';

/** Prefix a site path ('/heze/') with the configured base ('/' or '/gk/zrmb/'). */
export function url(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

export const paths = {
  home: (): string => '/',
  /** the data-quality overview: counts by kind and by document */
  dataQuality: (): string => '/data-quality/',
  /** one document's anomalies, at the document's own path under /data-quality/: /data-quality/heze/2023-h1/ */
  dataQualityDocument: (doc: Pick<SiteDocument, 'id'>): string => `/data-quality/${doc.id}/`,
  search: (): string => '/search/',
  jurisdiction: (id: string): string => `/${id}/`,
  /** the list of every jurisdiction, on the home page */
  jurisdictions: (): string => '/#jurisdictions',
  document: (doc: Pick<SiteDocument, 'id'>): string => `/${doc.id}/`,
  /** a document's targets of one status, by the code the downloads use: /heze/2023-h1/status/behind/ */
  documentStatus: (doc: Pick<SiteDocument, 'id'>, status: StatusValue): string => `/${doc.id}/status/${status}/`,
  /** what changed since the place's previous document, on the newer one's path */
  documentChanges: (doc: Pick<SiteDocument, 'id'>): string => `/${doc.id}/changes/`,
  topics: (jurisdiction: string): string => `/${jurisdiction}/topics/`,
  topic: (jurisdiction: string, topic: string): string => `/${jurisdiction}/topics/${topic}/`,
  documentChangesCsv: (doc: Pick<SiteDocument, 'id'>): string => `/${doc.id}/changes.csv`,
  target: (target: Pick<Target, 'id'>): string => `/${target.id}/`,
  /** the target's row in its document's full table */
  targetRow: (target: Pick<Target, 'document' | 'key'>): string => `/${target.document}/#t-${target.key}`,
  leaders: (jurisdiction: string): string => `/${jurisdiction}/leaders/`,
  units: (jurisdiction: string): string => `/${jurisdiction}/units/`,
  /** leader and unit ids are `{jurisdiction}/{slug}` */
  leader: (id: string): string => `/${entityPath(id, 'leaders')}/`,
  unit: (id: string): string => `/${entityPath(id, 'units')}/`,
  // open data, feed and embeds
  data: (): string => '/data/',
  /** a download under /data/, e.g. dataFile('heze/2023-h1.csv') */
  dataFile: (file: string): string => `/data/${file}`,
  feed: (): string => '/feed.xml',
  jurisdictionFeed: (id: string): string => `/${id}/feed.xml`,
  /** a leader's or unit's feed, beside its page: /heze/leaders/cao-lin/feed.xml */
  entityFeed: (page: string): string => `${page}feed.xml`,
  /** a passage of a work report, by its anchor (s3-8) */
  passage: (documentId: string, anchor: string): string => `/${documentId}/#${anchor}`,
  /** the minimal page for an <iframe>, at the target's own path under /embed/ */
  embedTarget: (target: Pick<Target, 'id'>): string => `/embed/${target.id}/`,
  /** a chart's download next to its page: /heze/2023-h1/charts/status.svg */
  chartFile: (page: string, slug: string, format: 'svg' | 'csv'): string => `${page}charts/${slug}.${format}`,
};

/** The fragment of an anomaly on its document's data-quality page (and on its target's page). */
export function anomalyAnchor(anomaly: Pick<Anomaly, 'id'>): string {
  return `anomaly-${anomaly.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** Absolute URL of a site path, from the configured origin (SITE_URL) and base: for downloads, the feed and embed code. */
export function absoluteUrl(path: string): string {
  return new URL(url(path), import.meta.env.SITE).href;
}

function entityPath(id: string, kind: 'leaders' | 'units'): string {
  const slash = id.indexOf('/');
  return `${id.slice(0, slash)}/${kind}/${id.slice(slash + 1)}`;
}

function newestFirst(a: SiteDocument, b: SiteDocument): number {
  return b.year - a.year || periodRank(b.period) - periodRank(a.period) || a.id.localeCompare(b.id);
}



export type StatusCounts = Record<StatusValue, number>;

export function emptyCounts(): StatusCounts {
  return { on_plan: 0, behind: 0, not_applicable: 0, not_reported: 0 };
}

const zh = new Intl.Collator('zh-CN');

/** A target as it concerns one leader or unit. */
export interface EntityTarget {
  target: Target;
  assignments: Assignment[];
  status: StatusValue;
  /** the unit shares the assignment with other units */
  shared: boolean;
  /** the roles the leader or unit holds in it, as the source names them (市政府领导, 县长; 牵头, 配合) */
  roles: string[];
}

export interface EntityDocumentGroup {
  document: SiteDocument;
  items: EntityTarget[];
  counts: StatusCounts;
}

export interface NameIndexEntry {
  id: string;
  name: string;
  /** keys of the targets, in source order */
  numbers: string[];
}

export interface DocumentIndexes {
  byLeader: NameIndexEntry[];
  byUnit: NameIndexEntry[];
  byStatus: { status: StatusValue; numbers: string[] }[];
}

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
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function bySource(a: { source: { line: number } }, b: { source: { line: number } }): number {
  return a.source.line - b.source.line;
}

/** The collections as the ingest writes them (content/*.json) and the content layer returns them. */
export type SiteCollections = Collections;

/**
 * In a build, from Astro's content layer. Imported lazily so that scripts
 * outside Astro (the search index, scripts/search-index.ts) can use this
 * module with collections of their own (useCollections).
 */
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

function siteFrom(c: SiteCollections): Site {
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

let site: Promise<Site> | undefined;

/** All collections, loaded and grouped once per build. */
export function getSite(): Promise<Site> {
  site ??= fromContentLayer().then(siteFrom);
  return site;
}

/** Outside Astro: group these collections (e.g. the ingest's output) instead of asking the content layer. */
export function useCollections(collections: SiteCollections): void {
  site = Promise.resolve(siteFrom(collections));
}

/** Lookup that fails the build loudly: a dangling reference is a data bug, not something to hide. */
export function must<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`routing: unknown ${what} ${String(key)}`);
  return value;
}

/** `2023-h1` from `heze/2023-h1`. */
export function documentSegment(doc: SiteDocument): string {
  return doc.id.slice(doc.jurisdiction.length + 1);
}

function slugOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}

// getStaticPaths data, one function per route file.

export async function jurisdictionPaths() {
  const { jurisdictions } = await getSite();
  return jurisdictions.map((jurisdiction) => ({ params: { jurisdiction: jurisdiction.id }, props: { jurisdiction } }));
}

export async function documentPaths() {
  const { documents } = await getSite();
  return documents.map((document) => ({
    params: { jurisdiction: document.jurisdiction, document: documentSegment(document) },
    props: { document },
  }));
}

/** For each progress document that prints statuses, a page per status it has: what its status counts link to. */
export async function documentStatusPaths() {
  const s = await getSite();
  return s.documents.flatMap((document) => {
    const targets = s.targetsByDocument.get(document.id) ?? [];
    if (!documentFields(document, targets).status) return [];
    return STATUS_ORDER.filter((status) => document.status[status] > 0).map((status) => ({
      params: { jurisdiction: document.jurisdiction, document: documentSegment(document), status },
      props: { document, status, targets: targets.filter((t) => targetStatus(t) === status) },
    }));
  });
}

export async function targetPaths() {
  const s = await getSite();
  return [...s.target.values()].map((target) => ({
    params: {
      jurisdiction: target.jurisdiction,
      document: documentSegment(must(s.document, target.document, 'document')),
      number: target.key,
    },
    props: { target },
  }));
}

/** One data-quality page per document with anomalies. */
/** A data-quality page for each document that has anomalies, at the document's own segments. */
export async function dataQualityPaths() {
  const s = await getSite();
  return (await documentPaths()).filter(({ props }) => s.anomaliesByDocument.has(props.document.id));
}

export async function leaderPaths() {
  const { leader } = await getSite();
  return [...leader.values()].map((l) => ({
    params: { jurisdiction: l.jurisdiction, slug: slugOf(l.id) },
    props: { leader: l },
  }));
}

export async function unitPaths() {
  const { unit } = await getSite();
  return [...unit.values()].map((u) => ({
    params: { jurisdiction: u.jurisdiction, slug: slugOf(u.id) },
    props: { unit: u },
  }));
}

// Groupings used by several views.

/** Previous and next target in the document's source order. */
export async function neighbours(target: Target): Promise<{ prev: Target | null; next: Target | null }> {
  const s = await getSite();
  const list = must(s.targetsByDocument, target.document, 'document');
  const i = list.findIndex((t) => t.id === target.id);
  return { prev: list[i - 1] ?? null, next: list[i + 1] ?? null };
}

/**
 * The targets a leader or unit appears in, grouped by document (newest
 * first), each with only the assignments that name it.
 */
export async function entityTargets(
  targetIds: readonly string[],
  concerns: (assignment: Assignment) => boolean,
  isUnit: boolean,
  entityId: string,
): Promise<EntityDocumentGroup[]> {
  const s = await getSite();
  const items: EntityTarget[] = targetIds.map((id) => {
    const target = must(s.target, id, 'target');
    const assignments = target.assignments.filter(concerns);
    const roles = isUnit
      ? assignments.flatMap((a) => a.units.filter((u) => u.id === entityId).map((u) => u.role))
      : assignments.flatMap((a) => a.people.filter((p) => p.id === entityId).map((p) => p.role ?? ''));
    return {
      target,
      assignments,
      status: combinedStatus(assignments.map((a) => a.status.value)),
      shared: isUnit && assignments.some((a) => a.units.some((u) => u.id !== entityId)),
      roles: [...new Set(roles.filter(Boolean))],
    };
  });
  const groups = groupBy(items, (item) => item.target.document);
  return s.documents
    .filter((d) => groups.has(d.id))
    .map((document) => {
      const list = must(groups, document.id, 'document').sort((a, b) => bySource(a.target, b.target));
      const counts = emptyCounts();
      for (const item of list) counts[item.status] += 1;
      return { document, items: list, counts };
    });
}

/** How many places in the sources anomalies stand for: 曹 临 printed 27 times is one anomaly and 27 places. */
export function anomalyPlaces(anomalies: readonly Anomaly[]): number {
  return anomalies.reduce((n, a) => n + a.occurrences.length, 0);
}

/** Anomalies grouped by kind, the kind found in most places first (ties in order of first appearance). */
export function anomalyKindGroups(anomalies: readonly Anomaly[]): [AnomalyKind, Anomaly[]][] {
  return [...groupBy(anomalies, (a) => a.kind)].sort((a, b) => anomalyPlaces(b[1]) - anomalyPlaces(a[1]));
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

export async function leaderTargets(leader: Leader): Promise<EntityDocumentGroup[]> {
  return entityTargets(leader.targetIds, (a) => namesPerson(a, leader.id), false, leader.id);
}

export async function unitTargets(unit: Unit): Promise<EntityDocumentGroup[]> {
  return entityTargets(unit.targetIds, (a) => namesUnit(a, unit.id), true, unit.id);
}

/** The static by-leader, by-unit and by-status lists on a document page. */
export async function documentIndexes(document: SiteDocument): Promise<DocumentIndexes> {
  const s = await getSite();
  const targets = s.targetsByDocument.get(document.id) ?? [];
  const leaders = new Map<string, NameIndexEntry>();
  const units = new Map<string, NameIndexEntry>();
  const statuses = new Map<StatusValue, string[]>();
  const add = (map: Map<string, NameIndexEntry>, id: string, name: string, t: Target) => {
    const entry = map.get(id) ?? { id, name, numbers: [] };
    if (!entry.numbers.includes(t.key)) entry.numbers.push(t.key);
    map.set(id, entry);
  };
  for (const t of targets) {
    for (const a of t.assignments) {
      for (const p of a.people) add(leaders, p.id, p.name, t);
      for (const u of a.units) add(units, u.id, u.name, t);
      const list = statuses.get(a.status.value) ?? [];
      if (!list.includes(t.key)) list.push(t.key);
      statuses.set(a.status.value, list);
    }
  }
  const byName = (a: NameIndexEntry, b: NameIndexEntry) => zh.compare(a.name, b.name);
  return {
    byLeader: [...leaders.values()].sort(byName),
    byUnit: [...units.values()].sort(byName),
    byStatus: STATUS_ORDER.filter((v) => statuses.has(v)).map((status) => ({ status, numbers: statuses.get(status) ?? [] })),
  };
}

/** The address segment of the targets no topic rule reaches. */
export const UNCLASSIFIED_TOPIC = 'unclassified';

export interface TopicSummary {
  id: string;
  name: string;
  targetIds: string[];
}

/** A place's topics, most targets first, with 未归类 last where any target has none. */
export async function jurisdictionTopics(jurisdiction: string, unclassifiedName: string): Promise<TopicSummary[]> {
  const s = await getSite();
  const topics = new Map<string, TopicSummary>();
  const none: string[] = [];
  for (const t of s.target.values()) {
    if (t.jurisdiction !== jurisdiction) continue;
    if (t.topics.length === 0) none.push(t.id);
    for (const topic of t.topics) {
      const entry = topics.get(topic.id) ?? { id: topic.id, name: topic.name, targetIds: [] };
      entry.targetIds.push(t.id);
      topics.set(topic.id, entry);
    }
  }
  const list = [...topics.values()].sort((a, b) => b.targetIds.length - a.targetIds.length || a.id.localeCompare(b.id));
  return none.length > 0 ? [...list, { id: UNCLASSIFIED_TOPIC, name: unclassifiedName, targetIds: none }] : list;
}

/** The targets of one topic of a place, by document (newest first), with status counts. */
export async function topicTargets(topic: TopicSummary): Promise<EntityDocumentGroup[]> {
  return entityTargets(topic.targetIds, () => true, false, '');
}

export async function topicIndexPaths() {
  const s = await getSite();
  return s.jurisdictions.filter((j) => s.topicPlaces.has(j.id)).map((jurisdiction) => ({ params: { jurisdiction: jurisdiction.id }, props: { jurisdiction } }));
}
