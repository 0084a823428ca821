/**
 * The charts of each page, from the loaded site. Their downloads are written
 * from the built pages (src/lib/charts/downloads.ts), at the paths
 * `chartHref` gives, so `/heze/2023-h1/charts/status.svg` is always the chart
 * shown on `/heze/2023-h1/`.
 */
import type { Jurisdiction, Leader, SiteDocument, Target, Unit } from '../../content.config.ts';
import { getSite, leaderTargets, must, paths, unitTargets, type EntityDocumentGroup } from '../routing.ts';
import {
  documentCharts,
  homeCharts,
  jurisdictionCharts,
  leaderCharts,
  relatedProgress,
  targetCharts,
  unitCharts,
  type ChartSpec,
} from './catalog.ts';
import type { EntityDocument } from './series.ts';

export async function homePageCharts(): Promise<ChartSpec[]> {
  const site = await getSite();
  return homeCharts(site.jurisdictions, site.documents, site.targetsByDocument);
}

export async function jurisdictionPageCharts(jurisdiction: Jurisdiction): Promise<ChartSpec[]> {
  const site = await getSite();
  return jurisdictionCharts(jurisdiction, site.documents, site.targetsByDocument);
}

export async function documentPageCharts(doc: SiteDocument): Promise<ChartSpec[]> {
  const site = await getSite();
  const j = must(site.jurisdiction, doc.jurisdiction, 'jurisdiction');
  const related = relatedProgress(doc, site.documents);
  return documentCharts(
    doc,
    site.targetsByDocument.get(doc.id) ?? [],
    j.leaderTitle,
    related ? { document: related, targets: site.targetsByDocument.get(related.id) ?? [] } : null,
  );
}

const asEntityDocuments = (groups: EntityDocumentGroup[]): EntityDocument[] =>
  groups.map((g) => ({ document: g.document, targets: g.items.map((i) => i.target) }));

export async function leaderPageCharts(leader: Leader): Promise<ChartSpec[]> {
  return leaderCharts(leader, asEntityDocuments(await leaderTargets(leader)));
}

export async function unitPageCharts(unit: Unit): Promise<ChartSpec[]> {
  return unitCharts(unit, asEntityDocuments(await unitTargets(unit)));
}

export async function targetPageCharts(target: Target): Promise<ChartSpec[]> {
  const site = await getSite();
  return targetCharts(target, must(site.document, target.document, 'document'));
}

/** Where a chart's download sits: next to its page (a path from `paths`; pass through `url()`). */
export function chartHref(page: string, spec: ChartSpec, format: 'svg' | 'csv'): string {
  return paths.chartFile(page, spec.slug, format);
}
