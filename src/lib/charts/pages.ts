/**
 * The chart registry: which charts each kind of page has, from the site
 * model. A page's view model carries its `ChartBlock`; the page renders it
 * and the downloads (SVG, CSV) are written from the same specs, at the paths
 * `chartHref` gives, so `/heze/2023-h1/charts/status.svg` is always the
 * chart shown on `/heze/2023-h1/`.
 */
import type { Jurisdiction, Leader, SiteDocument, Target, Unit } from '../../schemas/records.ts';
import { must, type SiteRecords } from '../model/site-model.ts';
import { paths } from '../site/urls.ts';
import { leaderTargets, unitTargets, type EntityDocumentGroup } from '../model/queries.ts';
import { chartStrings } from '../../i18n/zh-CN.ts';
import { chartsEnabled, documentCharts, homeCharts, jurisdictionCharts, leaderCharts, relatedProgress, targetCharts, unitCharts, type ChartSpec } from './catalog.ts';
import type { EntityDocument } from './series.ts';

/** A page's charts: the page they belong to (where their downloads sit), the specs, and a note when one is missing. */
export interface ChartBlock {
  page: string;
  specs: ChartSpec[];
  note: string | null;
}

export type ChartSubject = { home: true } | { jurisdiction: Jurisdiction } | { document: SiteDocument } | { leader: Leader } | { unit: Unit } | { target: Target };

const asEntityDocuments = (groups: EntityDocumentGroup[]): EntityDocument[] => groups.map((g) => ({ document: g.document, targets: g.items.map((i) => i.target) }));

function documentPageCharts(site: SiteRecords, doc: SiteDocument): ChartSpec[] {
  const j = must(site.jurisdiction, doc.jurisdiction, 'jurisdiction');
  const related = relatedProgress(doc, site.documents);
  return documentCharts(doc, site.targetsByDocument.get(doc.id) ?? [], j.leaderTitle, related ? { document: related, targets: site.targetsByDocument.get(related.id) ?? [] } : null);
}

/** The charts of one page. */
export function pageCharts(site: SiteRecords, subject: ChartSubject): ChartBlock {
  if ('jurisdiction' in subject) {
    const j = subject.jurisdiction;
    const specs = jurisdictionCharts(j, site.documents, site.targetsByDocument);
    let note: string | null = null;
    if (chartsEnabled() && !specs.some((c) => c.slug === 'share')) {
      // no share: the place publishes no progress table, or its tables print no 是否按计划 (a 民生实事 table of figures)
      const progress = site.documentsByJurisdiction.get(j.id)?.some((d) => d.kind === 'progress') ?? false;
      note = progress ? chartStrings.shareNoStatus : chartStrings.shareNoProgress;
    }
    return { page: paths.jurisdiction(j.id), specs, note };
  }
  if ('document' in subject) return { page: paths.document(subject.document), specs: documentPageCharts(site, subject.document), note: null };
  if ('leader' in subject) {
    return { page: paths.leader(subject.leader.id), specs: leaderCharts(subject.leader, asEntityDocuments(leaderTargets(site, subject.leader))), note: null };
  }
  if ('unit' in subject) {
    const specs = unitCharts(subject.unit, asEntityDocuments(unitTargets(site, subject.unit)));
    return { page: paths.unit(subject.unit.id), specs, note: chartsEnabled() && !specs.some((c) => c.slug === 'partners') ? chartStrings.noPartners : null };
  }
  if ('target' in subject) {
    const t = subject.target;
    return { page: paths.target(t), specs: targetCharts(t, must(site.document, t.document, 'document')), note: null };
  }
  return { page: paths.home(), specs: homeCharts(site.jurisdictions, site.documents, site.targetsByDocument), note: null };
}

/** The chart's element id on its page (chart-status); its <svg> is `${chartId}-svg`, in the page and in the download. */
export function chartId(spec: Pick<ChartSpec, 'slug'>): string {
  return `chart-${spec.slug}`;
}

/** Where a chart's download sits: next to its page (a path from `paths`; pass through `url()`). */
export function chartHref(page: string, spec: ChartSpec, format: 'svg' | 'csv'): string {
  return paths.chartFile(page, spec.slug, format);
}
