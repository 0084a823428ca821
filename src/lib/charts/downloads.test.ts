import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { layoutBars } from './bars.ts';
import type { ChartSpec } from './catalog.ts';
import { chartFiles, standaloneSvg } from './downloads.ts';
import { chartSvg } from './svg.ts';

const spec = (slug: string, label: string, title = '各单位目标数'): ChartSpec => ({
  slug,
  title,
  caption: '按单位计',
  desc: '共3项。',
  table: { columns: ['单位', '目标数'], rows: [{ label, cells: [3] }] },
  figure: layoutBars([{ key: label, label, segments: [{ category: 'on_plan', value: 3 }] }]),
});

describe('chart downloads from the chart specs', () => {
  it('writes nothing for a page without charts', () => {
    expect(chartFiles({ page: '/heze/', specs: [], note: null })).toEqual([]);
  });

  it('writes an SVG and a CSV per chart, next to the page, in page order', () => {
    const files = chartFiles({ page: '/heze/2023-h1/', specs: [spec('status', '市财政局'), spec('units', '市农业农村局')], note: null });
    expect(files.map((f) => f.path)).toEqual(['/heze/2023-h1/charts/status.svg', '/heze/2023-h1/charts/status.csv', '/heze/2023-h1/charts/units.svg', '/heze/2023-h1/charts/units.csv']);
  });

  it('quotes what CSV needs quoted, with the text as published', () => {
    const [, csv] = chartFiles({ page: '/x/', specs: [spec('x', 'A & B, "C" <D> \'E\'')], note: null });
    expect(csv?.content).toBe('\uFEFF单位,目标数\r\n"A & B, ""C"" <D> \'E\'",3\r\n');
  });

  it('escapes source text in the drawing: a title that looks like markup stays text, and the file is well-formed XML', () => {
    const hostile = '</title><script>alert(1)</script>&';
    const [svg] = chartFiles({ page: '/x/', specs: [spec('x', `<b>${hostile}</b>`, hostile)], note: null });
    const errors: string[] = [];
    const doc = new DOMParser({ errorHandler: (level: string, message: string) => errors.push(`${level}: ${message}`) }).parseFromString(svg?.content ?? '', 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('script').length).toBe(0);
    expect(doc.getElementsByTagName('title')[0]?.textContent).toBe(hostile);
    expect(svg?.content).toBe(standaloneSvg(chartSvg(spec('x', `<b>${hostile}</b>`, hostile), 'chart-x-svg')));
  });

  it('adds an XML declaration and a white background the size of the drawing', () => {
    const svg = standaloneSvg('<svg viewBox="0 0 360 40"><title>t</title><desc>d</desc><rect></rect></svg>');
    expect(svg).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<svg viewBox="0 0 360 40"><title>t</title><desc>d</desc><rect width="360" height="40" fill="#ffffff"></rect><rect></rect></svg>\n');
  });
});
