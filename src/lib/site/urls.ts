/**
 * Permalinks. Every path builder is here, so a permalink changes in one place
 * only (they are promised to stay stable). `url()` applies the configured base;
 * `paths.*` are site paths without it.
 */
import type { Anomaly, SiteDocument, StatusValue, Target } from '../../schemas/records.ts';

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

/** `2023-h1` from `heze/2023-h1`. */
export function documentSegment(doc: Pick<SiteDocument, 'id' | 'jurisdiction'>): string {
  return doc.id.slice(doc.jurisdiction.length + 1);
}

/** `cao-lin` from `heze/cao-lin`. */
export function slugOf(id: string): string {
  return id.slice(id.indexOf('/') + 1);
}
