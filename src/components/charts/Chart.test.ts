/**
 * A chart as it stands on a page, rendered through Astro's container, and its
 * downloads, written from the same spec (never read back from the page): the
 * SVG file is the page's drawing, the CSV is the chart's table, cell for cell,
 * with the /data/ files' formula guard.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { documentCharts, targetCharts } from '../../lib/charts/catalog.ts';
import { chartCsv, chartFiles, standaloneSvg } from '../../lib/charts/downloads.ts';
import { chartSvg } from '../../lib/charts/svg.ts';
import { realDocument, realTarget, realTargets } from '../../lib/charts/fixtures.ts';
import { tableCsv } from '../../lib/charts/table.ts';
import { formulaSafe } from '../../lib/site/open-data.ts';
import Chart from './Chart.astro';

const specs = [...documentCharts(realDocument('heze/2022-q3'), realTargets('heze/2022-q3'), '市政府领导'), ...targetCharts(realTarget('heze/2023-h1/88'), realDocument('heze/2023-h1'))];

describe('Chart on a page and its downloads', async () => {
  const container = await AstroContainer.create();
  const page = (await Promise.all(specs.map((spec) => container.renderToString(Chart, { props: { spec, page: '/heze/2022-q3/' } })))).join('\n');
  const files = chartFiles({ page: '/heze/2022-q3/', specs, note: null });

  it('links each download next to the page, where the files are written', () => {
    for (const spec of specs) {
      expect(page).toContain(`href="/heze/2022-q3/charts/${spec.slug}.svg" download`);
      expect(page).toContain(`href="/heze/2022-q3/charts/${spec.slug}.csv" download`);
    }
    expect(files.map((f) => f.path)).toEqual(specs.flatMap((s) => [`/heze/2022-q3/charts/${s.slug}.svg`, `/heze/2022-q3/charts/${s.slug}.csv`]));
  });

  it('writes the table as CSV cell for cell, quotes and all', () => {
    for (const spec of specs) {
      const csv = files.find((f) => f.path.endsWith(`/charts/${spec.slug}.csv`))?.content;
      expect(csv).toBe(chartCsv(spec.table));
    }
    const quantity = files.find((f) => f.path.endsWith('/charts/quantity.csv'))?.content ?? '';
    expect(csvParseRows(quantity.slice(1).trimEnd())[1]).toEqual(['目标原文', '新增 3 岁以下婴幼儿照护服务托位 1 万个', '10000', '个']);
  });

  it('guards the chart CSV against formulas as the /data/ files are guarded', () => {
    const table = {
      columns: ['单位', '项数'],
      rows: [
        { label: '=HYPERLINK("http://x")', cells: [3, '+1', '-'] },
        { label: '市水务局', cells: [-2] },
      ],
    };
    const rows = csvParseRows(chartCsv(table).slice(1).trimEnd());
    expect(rows[1]).toEqual([formulaSafe('=HYPERLINK("http://x")'), '3', "'+1", "'-"]);
    expect(rows[1]?.[0]).toBe('\'=HYPERLINK("http://x")');
    // numbers are numbers, not formulas: −2 stays −2
    expect(rows[2]).toEqual(['市水务局', '-2']);
    // and a table without such cells is written as it is
    expect(chartCsv(specs[0]?.table ?? table)).toBe(tableCsv(specs[0]?.table ?? table));
  });

  it('writes the drawing on the page as a standalone SVG file', () => {
    for (const spec of specs) {
      const svg = files.find((f) => f.path.endsWith(`/charts/${spec.slug}.svg`))?.content ?? '';
      const inline = chartSvg(spec, `chart-${spec.slug}-svg`);
      expect(page).toContain(inline);
      expect(svg).toBe(standaloneSvg(inline));
      expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      expect(svg.replace(/<rect width="[\d.]+" height="[\d.]+" fill="#ffffff"><\/rect>/, '').trim()).toBe(`<?xml version="1.0" encoding="UTF-8"?>\n${inline}`);
    }
  });
});
