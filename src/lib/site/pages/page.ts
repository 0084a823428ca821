/**
 * What every route's getStaticPaths returns: for each path, its params, its
 * view model as the only prop, and that model's digest as Astro's
 * `cacheKey`. The page's template reads nothing but the model (and its own
 * code, which Astro hashes), so with incremental builds a page is rendered
 * again exactly when what it shows changed.
 */
import { createHash } from 'node:crypto';
import type { Anomaly, Target } from '../../../schemas/records.ts';
import { headerNav, type NavItem } from '../nav.ts';
import { portal } from '../portal.ts';
import type { Portal } from '../../../schemas/portal.ts';
import { isRecord, type Site, type SiteRecords } from '../../model/site-model.ts';
import { url } from '../urls.ts';
import { documentLabel } from '../../../i18n/zh-CN.ts';

export interface Page<P extends Record<string, string>, M> {
  params: P;
  props: { model: M };
  cacheKey: string;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('base64url');

// A record (a target, a document…) is named by many models; its digest is computed once.
const recordDigests = new WeakMap<object, string>();

function recordDigest(record: object): string {
  let digest = recordDigests.get(record);
  if (digest === undefined) recordDigests.set(record, (digest = sha256(JSON.stringify(record))));
  return digest;
}

/** Maps and Sets as entries, so that their contents count; a record as its digest; everything else as JSON has it. */
function replacer(key: string, value: unknown): unknown {
  if (value instanceof Map) return { map: [...value] };
  if (value instanceof Set) return { set: [...value] };
  if (key !== '' && typeof value === 'object' && value !== null && isRecord(value)) return { record: recordDigest(value) };
  return value;
}

/** The digest of a view model: equal exactly when the models serialise equally (records by their own digests). */
export function modelDigest(model: unknown): string {
  return sha256(JSON.stringify(model, replacer));
}

export function page<P extends Record<string, string>, M>(params: P, model: M): Page<P, M> {
  return { params, props: { model }, cacheKey: modelDigest(model) };
}

/**
 * The shell's part of every view model: the header's links as this page shows
 * them, and the hosting portal's identity its header, <meta> and footer carry
 * (src/portal.json, or SITE_PORTAL's file). Both are in the model so that a
 * new place in the header or an edited portal.json renders every page again:
 * neither is in Astro's config hash nor in a template's code.
 */
export interface Chrome {
  nav: NavItem[];
  portal: Portal;
}

/** `path` is the page's site path (paths.*), without the base. */
export function chrome(site: Pick<SiteRecords, 'jurisdictions'>, path: string): Chrome {
  return { nav: headerNav(site.jurisdictions, url(path), url), portal: portal() };
}

/** A target as another page names and links it: 第3部分第12项 → /heze/2023-h1/3-12/. */
export type TargetRef = Pick<Target, 'id' | 'number' | 'group' | 'section'>;

export function targetRef(t: Target): TargetRef {
  return { id: t.id, number: t.number, group: t.group, section: t.section };
}

/** An anomaly with what its list shows beside it: its document (place and label) and its targets. */
export interface AnomalyItem {
  anomaly: Anomaly;
  document: { id: string; place: string } | null;
  target: TargetRef | null;
  /** each occurrence's target, in the order of anomaly.occurrences */
  occurrenceTargets: (TargetRef | null)[];
}

export function anomalyItems(site: Site | SiteRecords, anomalies: readonly Anomaly[]): AnomalyItem[] {
  return anomalies.map((anomaly) => {
    const doc = site.document.get(anomaly.document);
    const target = anomaly.target ? site.target.get(anomaly.target) : undefined;
    const ref = (id: string | null) => {
      const t = id ? site.target.get(id) : undefined;
      return t ? targetRef(t) : null;
    };
    return {
      anomaly,
      document: doc ? { id: doc.id, place: `${site.jurisdiction.get(doc.jurisdiction)?.name ?? ''} ${documentLabel(doc)}` } : null,
      target: target ? targetRef(target) : null,
      occurrenceTargets: anomaly.occurrences.map((o) => ref(o.target)),
    };
  });
}
