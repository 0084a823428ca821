/**
 * The charts of each page, from the loaded site, and the getStaticPaths
 * data of their downloads. Views and download endpoints both come here, so
 * `/heze/2023-h1/charts/status.svg` is always the chart shown on `/heze/2023-h1/`.
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

/* ---- downloads: one SVG and one CSV per chart, next to its page ---- */

export type ChartFormat = 'svg' | 'csv';

export interface ChartDownloadProps {
  spec: ChartSpec;
  format: ChartFormat;
}

/** getStaticPaths entries for every chart of one page: `{ ...params, file: 'status.svg' }`. */
function downloads<P extends Record<string, string>>(params: P, specs: readonly ChartSpec[]) {
  return specs.flatMap((spec) =>
    (['svg', 'csv'] as const).map((format) => ({
      params: { ...params, file: `${spec.slug}.${format}` },
      props: { spec, format } satisfies ChartDownloadProps,
    })),
  );
}

export async function homeChartPaths() {
  return downloads({}, await homePageCharts());
}

export async function jurisdictionChartPaths() {
  const { jurisdictions } = await getSite();
  const all = await Promise.all(
    jurisdictions.map(async (j) => downloads({ jurisdiction: j.id }, await jurisdictionPageCharts(j))),
  );
  return all.flat();
}

export async function documentChartPaths() {
  const { documents } = await getSite();
  const all = await Promise.all(
    documents.map(async (d) =>
      downloads({ jurisdiction: d.jurisdiction, document: d.id.slice(d.jurisdiction.length + 1) }, await documentPageCharts(d)),
    ),
  );
  return all.flat();
}

export async function leaderChartPaths() {
  const { leader } = await getSite();
  const all = await Promise.all(
    [...leader.values()].map(async (l) => downloads({ jurisdiction: l.jurisdiction, slug: l.slug }, await leaderPageCharts(l))),
  );
  return all.flat();
}

export async function unitChartPaths() {
  const { unit } = await getSite();
  const all = await Promise.all(
    [...unit.values()].map(async (u) => downloads({ jurisdiction: u.jurisdiction, slug: u.slug }, await unitPageCharts(u))),
  );
  return all.flat();
}

export async function targetChartPaths() {
  const site = await getSite();
  const all = await Promise.all(
    [...site.target.values()].map(async (t) =>
      downloads(
        { jurisdiction: t.jurisdiction, document: t.document.slice(t.jurisdiction.length + 1), number: String(t.number) },
        await targetPageCharts(t),
      ),
    ),
  );
  return all.flat();
}

/** Where a page's chart downloads live: the page's own path, base-less (pass through `url()`). */
export function chartHref(page: string, spec: ChartSpec, format: ChartFormat): string {
  return paths.chartFile(page, spec.slug, format);
}
