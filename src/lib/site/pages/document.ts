/**
 * /<place>/<document>/ and the pages beside it (status lists, changes since
 * the previous document, the data-quality page): their view models.
 */
import type { Anomaly, AnomalyKind, Jurisdiction, SiteDocument, StatusValue, Target } from '../../../schemas/records.ts';
import { documentFields, type DocumentFields } from '../../model/document-fields.ts';
import { pageCharts, type ChartBlock } from '../../charts/pages.ts';
import type { PeriodChange } from '../../model/period-change.ts';
import { STATUS_ORDER, targetStatus } from '../../model/status.ts';
import { must, type Site } from '../../model/site-model.ts';
import { anomalyKindGroups, anomalyPlaces, documentIndexes, type DocumentIndexes } from '../../model/queries.ts';
import type { PassageTracking } from '../../model/site-links.ts';
import { reportedStatus } from '../../model/status.ts';
import { documentSegment, paths } from '../urls.ts';
import { documentLabel } from '../../../i18n/zh-CN.ts';
import { anomalyItems, chrome, page, type AnomalyItem, type Chrome } from './page.ts';

/** A report's passages with the targets that track them, and what the list beside them shows of each target. */
export interface ReportTracking {
  passages: PassageTracking[];
  /** the report's commitments that are sentences (not item headings) */
  sentences: number;
  /** target id → its status in its own document (none for a task notice) */
  statuses: Record<string, StatusValue | null>;
  /** target id → the label of its document (2023年 上半年) */
  documentLabels: Record<string, string>;
}

/** What the document page says of the change since the place's previous document; the change page has the rows. */
export interface ChangeSummary {
  older: Pick<SiteDocument, 'year' | 'periodLabel'>;
  carried: number;
  changed: number;
  added: number;
  notListed: number;
}

export interface DocumentPageModel {
  chrome: Chrome;
  document: SiteDocument;
  jurisdiction: Jurisdiction;
  /** source order */
  targets: Target[];
  fields: DocumentFields;
  /** how many places in the source its anomalies stand for */
  anomalyTotal: number;
  indexes: DocumentIndexes;
  change: ChangeSummary | null;
  charts: ChartBlock;
  /** a work report's tracking; null for tables and lists */
  tracking: ReportTracking | null;
}

export interface DocumentStatusPageModel {
  chrome: Chrome;
  document: SiteDocument;
  jurisdiction: Jurisdiction;
  status: StatusValue;
  targets: Target[];
}

export interface DocumentChangesPageModel {
  chrome: Chrome;
  jurisdiction: Jurisdiction;
  change: PeriodChange;
}

export interface DataQualityDocumentPageModel {
  chrome: Chrome;
  document: SiteDocument;
  jurisdiction: Jurisdiction;
  /** the kind found in most places first */
  kinds: [AnomalyKind, Anomaly[]][];
  /** each kind's anomalies with their targets resolved, for the lists */
  items: Partial<Record<AnomalyKind, AnomalyItem[]>>;
  warnings: number;
  places: number;
}

const documentParams = (d: SiteDocument) => ({ jurisdiction: d.jurisdiction, document: documentSegment(d) });

function reportTracking(site: Site, report: SiteDocument): ReportTracking {
  const passages = site.links.reports.get(report.id) ?? [];
  const statuses: Record<string, StatusValue | null> = {};
  const documentLabels: Record<string, string> = {};
  for (const t of passages.flatMap((p) => p.targets)) {
    const d = must(site.document, t.document, 'document');
    statuses[t.id] = reportedStatus(t, d);
    documentLabels[t.id] = documentLabel(d);
  }
  return { passages, sentences: site.links.commitments.filter((c) => c.document === report.id && !c.heading).length, statuses, documentLabels };
}

export function documentPageModel(site: Site, document: SiteDocument): DocumentPageModel {
  const targets = site.targetsByDocument.get(document.id) ?? [];
  const change = site.links.changes.get(document.id);
  return {
    chrome: chrome(site, paths.document(document)),
    document,
    jurisdiction: must(site.jurisdiction, document.jurisdiction, 'jurisdiction'),
    targets,
    fields: documentFields(document, targets),
    anomalyTotal: anomalyPlaces(site.anomaliesByDocument.get(document.id) ?? []),
    indexes: documentIndexes(site, document),
    change: change
      ? {
          older: { year: change.older.year, periodLabel: change.older.periodLabel },
          carried: change.carried.length,
          changed: change.changed.length,
          added: change.added.length,
          notListed: change.notListed.length,
        }
      : null,
    charts: pageCharts(site, { document }),
    tracking: document.kind === 'report' ? reportTracking(site, document) : null,
  };
}

export function documentPages(site: Site) {
  return site.documents.map((d) => page(documentParams(d), documentPageModel(site, d)));
}

/** For each progress document that prints statuses, a page per status it has: what its status counts link to. */
export function documentStatusPages(site: Site) {
  return site.documents.flatMap((document) => {
    const targets = site.targetsByDocument.get(document.id) ?? [];
    if (!documentFields(document, targets).status) return [];
    const jurisdiction = must(site.jurisdiction, document.jurisdiction, 'jurisdiction');
    return STATUS_ORDER.filter((status) => document.status[status] > 0).map((status) =>
      page({ ...documentParams(document), status }, {
        chrome: chrome(site, paths.documentStatus(document, status)),
        document,
        jurisdiction,
        status,
        targets: targets.filter((t) => targetStatus(t) === status),
      } satisfies DocumentStatusPageModel),
    );
  });
}

/** /<place>/<document>/changes/ for every document that follows another of its place. */
export function documentChangesPages(site: Site) {
  return [...site.links.changes.values()].map((change) =>
    page(documentParams(change.newer), {
      chrome: chrome(site, paths.documentChanges(change.newer)),
      jurisdiction: must(site.jurisdiction, change.newer.jurisdiction, 'jurisdiction'),
      change,
    } satisfies DocumentChangesPageModel),
  );
}

/** The CSV beside the change page: the same change. */
export function documentChangesFiles(site: Site) {
  return [...site.links.changes.values()].map((change) => page(documentParams(change.newer), { change }));
}

/** A data-quality page for each document that has anomalies, at the document's own segments. */
export function dataQualityDocumentPages(site: Site) {
  return site.documents
    .filter((d) => site.anomaliesByDocument.has(d.id))
    .map((document) => {
      const anomalies = must(site.anomaliesByDocument, document.id, 'document');
      const kinds = anomalyKindGroups(anomalies);
      return page(documentParams(document), {
        chrome: chrome(site, paths.dataQualityDocument(document)),
        document,
        jurisdiction: must(site.jurisdiction, document.jurisdiction, 'jurisdiction'),
        kinds,
        items: Object.fromEntries(kinds.map(([kind, list]) => [kind, anomalyItems(site, list)])),
        warnings: anomalyPlaces(anomalies.filter((a) => a.severity === 'warning')),
        places: anomalyPlaces(anomalies),
      } satisfies DataQualityDocumentPageModel);
    });
}
