/**
 * The response of a chart download endpoint: the chart's SVG, rendered by the
 * same component as on the page (through Astro's container API), or its table
 * as CSV.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ChartSvg from '../../components/charts/ChartSvg.astro';
import type { ChartDownloadProps } from './pages.ts';
import { tableCsv } from './table.ts';

let container: Promise<AstroContainer> | undefined;

export async function chartSvgFile(spec: ChartDownloadProps['spec']): Promise<string> {
  container ??= AstroContainer.create();
  const svg = await (await container).renderToString(ChartSvg, { props: { spec, id: `chart-${spec.slug}-svg`, standalone: true } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.trim()}\n`;
}

export async function chartDownload({ spec, format }: ChartDownloadProps): Promise<Response> {
  if (format === 'csv') {
    return new Response(tableCsv(spec.table), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
  }
  return new Response(await chartSvgFile(spec), { headers: { 'content-type': 'image/svg+xml; charset=utf-8' } });
}
