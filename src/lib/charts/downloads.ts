/**
 * A page's chart downloads, taken from the page as built: for every
 * `<figure class="chart" id="chart-{slug}">`, its `<svg>` as a standalone file
 * and its table as CSV, to be written at `charts/{slug}.svg|csv` next to the
 * page (where Chart.astro links them). Taking them from the built page means
 * a download is, byte for byte, the chart a reader saw; and writing them in
 * one pass after `astro build` costs a fraction of what 700 Astro endpoint
 * routes did (see scripts/bench-charts.ts).
 *
 * The markup read here is only ever our own (ChartSvg.astro, ChartTable.astro),
 * and Astro escapes text as &amp; &lt; &gt; &quot; &#39;, all valid XML.
 */
import { tableCsv } from './table.ts';
import { ink } from './palette.ts';
import { paths } from '../site/urls.ts';

export interface ChartFile {
  /** relative to the page's directory: charts/status.svg */
  path: string;
  content: string;
}

const FIGURE = /<figure class="chart" id="chart-([a-z0-9-]+)"[\s\S]*?<\/figure>/g;
const SVG = /<svg[\s\S]*?<\/svg>/;
const TABLE = /<table[\s\S]*?<\/table>/;
const ROW = /<tr[^>]*>([\s\S]*?)<\/tr>/g;
const CELL = /<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

/** A table cell's text as written: tags dropped (there are none), Astro's escapes undone. */
function cellText(html: string): string {
  return html.replace(/<[^>]+>/g, '').replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
}

/** The inline <svg> as a file: an XML declaration, and a white background so it reads in any viewer. */
export function standaloneSvg(svg: string): string {
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const background = size ? `<rect width="${size[1]}" height="${size[2]}" fill="${ink.background}"></rect>` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(/<\/desc>/, `</desc>${background}`)}\n`;
}

/** The chart's table as CSV (first row the headings, first cell of each row its label). */
export function tableFromHtml(table: string): string {
  const rows = [...table.matchAll(ROW)].map(([, row]) => [...(row ?? '').matchAll(CELL)].map(([, cell]) => cellText(cell ?? '')));
  const [columns = [], ...body] = rows;
  return tableCsv({ columns, rows: body.map(([label = '', ...cells]) => ({ label, cells })) });
}

export function chartFiles(html: string): ChartFile[] {
  return [...html.matchAll(FIGURE)].flatMap(([figure, slug]) => {
    const svg = SVG.exec(figure)?.[0];
    const table = TABLE.exec(figure)?.[0];
    if (!slug || !svg || !table) throw new Error(`chart ${slug}: figure without <svg> or <table>`);
    return [
      { path: paths.chartFile('', slug, 'svg'), content: standaloneSvg(svg) },
      { path: paths.chartFile('', slug, 'csv'), content: tableFromHtml(table) },
    ];
  });
}
