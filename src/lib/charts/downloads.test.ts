import { describe, expect, it } from 'vitest';
import { chartFiles, standaloneSvg, tableFromHtml } from './downloads.ts';

const figure = (slug: string, cells: string) =>
  `<figure class="chart" id="chart-${slug}"><svg viewBox="0 0 360 40" role="img"><title>t</title><desc>d</desc><rect></rect></svg>` +
  `<table><caption>c</caption><thead><tr><th scope="col">单位</th><th scope="col" class="num">目标数</th></tr></thead>` +
  `<tbody><tr><th scope="row">${cells}</th><td class="num">3</td></tr></tbody></table></figure>`;

describe('chart downloads from a built page', () => {
  it('finds nothing on a page without charts', () => {
    expect(chartFiles('<main><p>无</p></main>')).toEqual([]);
  });

  it('writes an SVG and a CSV per chart, in page order', () => {
    const files = chartFiles(`${figure('status', '市财政局')}<p>…</p>${figure('units', '市农业农村局')}`);
    expect(files.map((f) => f.path)).toEqual(['charts/status.svg', 'charts/status.csv', 'charts/units.svg', 'charts/units.csv']);
  });

  it('undoes Astro’s escapes in cells and quotes what CSV needs quoted', () => {
    const csv = tableFromHtml(figure('x', 'A &amp; B, &quot;C&quot; &lt;D&gt; &#39;E&#39;'));
    expect(csv).toBe('\uFEFF单位,目标数\r\n"A & B, ""C"" <D> \'E\'",3\r\n');
  });

  it('adds an XML declaration and a white background the size of the drawing', () => {
    const svg = standaloneSvg('<svg viewBox="0 0 360 40"><title>t</title><desc>d</desc><rect></rect></svg>');
    expect(svg).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg viewBox="0 0 360 40"><title>t</title><desc>d</desc><rect width="360" height="40" fill="#ffffff"></rect><rect></rect></svg>\n',
    );
  });

  it('fails loudly on a chart figure without its drawing or table', () => {
    expect(() => chartFiles('<figure class="chart" id="chart-x"><p>no svg</p></figure>')).toThrow(/chart x/);
  });
});
