/**
 * A chart as it stands on a page, rendered through Astro's container, and the
 * downloads taken from it: the SVG file is the page's drawing, the CSV is the
 * chart's table, cell for cell.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { documentCharts, targetCharts } from '../../lib/charts/catalog.ts';
import { chartFiles } from '../../lib/charts/downloads.ts';
import { realDocument, realTarget, realTargets } from '../../lib/charts/fixtures.ts';
import { tableCsv } from '../../lib/charts/table.ts';
import Chart from './Chart.astro';

const specs = [
  ...documentCharts(realDocument('heze/2022-q3'), realTargets('heze/2022-q3'), '市政府领导'),
  ...targetCharts(realTarget('heze/2023-h1/88'), realDocument('heze/2023-h1')),
];

describe('Chart on a page and its downloads', async () => {
  const container = await AstroContainer.create();
  const page = (
    await Promise.all(specs.map((spec) => container.renderToString(Chart, { props: { spec, page: '/heze/2022-q3/' } })))
  ).join('\n');
  const files = chartFiles(page);

  it('links each download next to the page, where the files are written', () => {
    for (const spec of specs) {
      expect(page).toContain(`href="/heze/2022-q3/charts/${spec.slug}.svg" download`);
      expect(page).toContain(`href="/heze/2022-q3/charts/${spec.slug}.csv" download`);
    }
    expect(files.map((f) => f.path)).toEqual(specs.flatMap((s) => [`charts/${s.slug}.svg`, `charts/${s.slug}.csv`]));
  });

  it('writes the table as CSV cell for cell, quotes and all', () => {
    for (const spec of specs) {
      const csv = files.find((f) => f.path === `charts/${spec.slug}.csv`)?.content;
      expect(csv).toBe(tableCsv(spec.table));
    }
    const quantity = files.find((f) => f.path === 'charts/quantity.csv')?.content ?? '';
    expect(csvParseRows(quantity.slice(1).trimEnd())[1]).toEqual(['目标原文', '新增 3 岁以下婴幼儿照护服务托位 1 万个', '10000', '个']);
  });

  it('writes the drawing on the page as a standalone SVG file', () => {
    for (const spec of specs) {
      const svg = files.find((f) => f.path === `charts/${spec.slug}.svg`)?.content ?? '';
      const inline = new RegExp(`<svg[^>]*aria-labelledby="chart-${spec.slug}-svg-title[\\s\\S]*?</svg>`).exec(page)?.[0] ?? '';
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.replace(/<rect width="[\d.]+" height="[\d.]+" fill="#ffffff"><\/rect>/, '').trim()).toBe(
        `<?xml version="1.0" encoding="UTF-8"?>\n${inline}`,
      );
    }
  });
});
