/**
 * Every chart's downloads, from the chart registry (./pages.ts) — the specs
 * the pages render — never from the built pages: for each page with charts,
 * `charts/{slug}.svg` (the page's own SVG markup, ./svg.ts, as a standalone
 * file) and `charts/{slug}.csv` (its table) next to the page, where
 * Chart.astro links them. Written by ./downloads-integration.ts when Astro
 * has finished.
 */
import type { SiteRecords } from '../model/site-model.ts';
import { formulaSafe } from '../site/open-data.ts';
import { ink } from './palette.ts';
import { chartHref, chartId, pageCharts, type ChartBlock } from './pages.ts';
import { chartSvg } from './svg.ts';
import { tableCsv, type DataTable } from './table.ts';

export interface ChartFile {
  /** a site path (without the base): /heze/2023-h1/charts/status.svg */
  path: string;
  content: string;
}

/** The inline <svg> as a file: an XML declaration, and a white background so it reads in any viewer. */
export function standaloneSvg(svg: string): string {
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const background = size ? `<rect width="${size[1]}" height="${size[2]}" fill="${ink.background}"></rect>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(/<\/desc>/, `</desc>${background}`)}\n`;
}

/** The chart's table as CSV, with the /data/ files' guard: a cell a spreadsheet would run as a formula gets a leading apostrophe. */
export function chartCsv(table: DataTable): string {
  const safe = (v: string | number) => (typeof v === 'number' ? v : formulaSafe(v));
  return tableCsv({ columns: table.columns.map(formulaSafe), rows: table.rows.map((r) => ({ label: formulaSafe(r.label), cells: r.cells.map(safe) })) });
}

/** The downloads of one page's charts. The SVG's ids are the page's (Chart.astro: chart-{slug}-svg). */
export function chartFiles(block: ChartBlock): ChartFile[] {
  return block.specs.flatMap((spec) => [
    { path: chartHref(block.page, spec, 'svg'), content: standaloneSvg(chartSvg(spec, `${chartId(spec)}-svg`)) },
    { path: chartHref(block.page, spec, 'csv'), content: chartCsv(spec.table) },
  ]);
}

/** The chart block of every page that has charts: home, places, documents, leaders, units, targets. */
export function siteChartBlocks(site: SiteRecords): ChartBlock[] {
  return [
    pageCharts(site, { home: true }),
    ...site.jurisdictions.map((jurisdiction) => pageCharts(site, { jurisdiction })),
    ...site.documents.map((document) => pageCharts(site, { document })),
    ...[...site.leader.values()].map((leader) => pageCharts(site, { leader })),
    ...[...site.unit.values()].map((unit) => pageCharts(site, { unit })),
    ...[...site.target.values()].map((target) => pageCharts(site, { target })),
  ].filter((block) => block.specs.length > 0);
}
