/**
 * SVG snapshots of the chart component (src/lib/charts/svg.ts), rendered
 * through Astro's container API exactly as on the pages and in the downloads: real charts from the
 * seeds, and the edge cases (empty, one item, long labels, all one status).
 * A change in the drawing shows up as a diff of the .svg files under
 * __snapshots__/, which can be opened and looked at.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import { layoutBars } from '../../lib/charts/bars.ts';
import { documentCharts, homeCharts, leaderMatrixChart, shareChart, leaderCharts, targetCharts, unitCharts, type ChartSpec } from '../../lib/charts/catalog.ts';
import { realCollections, realDocument, realTarget, realTargets, realTargetsByDocument, realEntityDocuments } from '../../lib/charts/fixtures.ts';
import ChartSvg from './ChartSvg.astro';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = (spec: ChartSpec, id = `chart-${spec.slug}-svg`) => container.renderToString(ChartSvg, { props: { spec, id } });

const c = realCollections();
const byDoc = realTargetsByDocument();
const leaderTitle = '市政府领导';

function pick(specs: ChartSpec[], slug: string): ChartSpec {
  const spec = specs.find((s) => s.slug === slug);
  if (!spec) throw new Error(`no chart ${slug}`);
  return spec;
}

const bars = (rows: { label: string; values: [string, number][] }[], legend = false): ChartSpec => ({
  slug: 'edge',
  title: '测试图',
  caption: '测试',
  desc: '测试。',
  table: { columns: ['项', '数'], rows: [] },
  figure: layoutBars(
    rows.map((r, i) => ({ key: String(i), label: r.label, segments: r.values.map(([category, value]) => ({ category: category as 'on_plan', value })) })),
    legend ? { legend: [{ category: 'on_plan', label: '✓ 按计划推进' }] } : {},
  ),
});

/** Every tag closed in order: what an XML parser asks of a downloaded file. */
function expectWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name = '', , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name);
  }
  expect(stack).toEqual([]);
}

/** role="img", named and described, and every pattern it uses defined in it. */
function expectAccessible(svg: string, id: string): void {
  expect(svg).toMatch(new RegExp(`^<svg[^>]* role="img"`));
  expect(svg).toContain(`aria-labelledby="${id}-title ${id}-desc"`);
  expect(svg).toContain(`<title id="${id}-title">`);
  expect(svg).toContain(`<desc id="${id}-desc">`);
  for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(svg).toContain(`<pattern id="${ref}"`);
  expect(svg).not.toMatch(/NaN|undefined|Infinity/);
}

const real: Record<string, () => ChartSpec> = {
  'document-status': () => pick(documentCharts(realDocument('heze/2023-h1'), realTargets('heze/2023-h1'), leaderTitle), 'status'),
  'document-leaders-behind': () => pick(documentCharts(realDocument('heze/2022-q3'), realTargets('heze/2022-q3'), leaderTitle), 'leaders'),
  'document-deadlines': () => pick(documentCharts(realDocument('heze/2022-q3'), realTargets('heze/2022-q3'), leaderTitle), 'deadlines'),
  'notice-tasks-by-leader': () => pick(documentCharts(realDocument('yanzhou/2021-plan'), realTargets('yanzhou/2021-plan'), '区政府领导'), 'leaders'),
  'home-share': () => pick(homeCharts(c.jurisdictions, c.documents, byDoc), 'share'),
  'home-leaders-matrix': () => pick(homeCharts(c.jurisdictions, c.documents, byDoc), 'leaders-heze'),
  'leader-documents': () => {
    const l = c.leaders.find((x) => x.id === 'heze/wang-chang-hua');
    if (!l) throw new Error('leader');
    return pick(leaderCharts(l, realEntityDocuments(l.targetIds)), 'documents');
  },
  'unit-partners-long-names': () => {
    const u = c.units.find((x) => x.name === '区委统筹疫情防控和经济运行工作领导小组（指挥部）');
    const partnered = u ?? c.units[0];
    if (!partnered) throw new Error('unit');
    return pick(unitCharts(partnered, realEntityDocuments(partnered.targetIds)), 'partners');
  },
  'target-quantity': () => pick(targetCharts(realTarget('heze/2023-h1/88'), realDocument('heze/2023-h1')), 'quantity'),
};

/** The real Heze 2022-Q3 table as if Heze had published one every quarter for five years, each with one more target behind. */
function quarterlyForYears() {
  const real = realDocument('heze/2022-q3');
  const periods = [
    ['q1', '第一季度'],
    ['h1', '上半年'],
    ['q3', '第三季度'],
    ['year', '全年'],
  ] as const;
  const documents = [2019, 2020, 2021, 2022, 2023].flatMap((year, y) =>
    // each a whole table (numbered from 1): the edge is twenty comparable periods on one line
    periods.map(([period, periodLabel], p) => ({
      ...real,
      id: `heze/${year}-${period}`,
      year,
      period,
      periodLabel,
      numberRange: { first: 1, last: real.targetCount },
      declaredTotal: null,
      status: { ...real.status, behind: (y * 4 + p) % 7 },
    })),
  );
  // each a different slice of the real table, so the leaders change over the years
  const targets = realTargets('heze/2022-q3');
  const targetsByDocument = new Map(documents.map((d, i) => [d.id, targets.slice(i % 4, (i % 4) + 10 + (i % 5))]));
  const heze = c.jurisdictions.find((j) => j.id === 'heze');
  if (!heze) throw new Error('heze');
  return { heze, documents, targetsByDocument };
}

function must(spec: ChartSpec | null): ChartSpec {
  if (!spec) throw new Error('no chart');
  return spec;
}

const edges: Record<string, () => ChartSpec> = {
  'edge-share-twenty-periods': () => {
    const q = quarterlyForYears();
    return must(shareChart([q.heze], q.documents));
  },
  'edge-matrix-twenty-documents': () => {
    const q = quarterlyForYears();
    return must(leaderMatrixChart(q.heze, q.documents, q.targetsByDocument));
  },
  'edge-empty': () => bars([]),
  'edge-one-item': () => bars([{ label: '市财政局', values: [['count', 7]] }]),
  'edge-long-labels': () =>
    bars([
      { label: '区委统筹疫情防控和经济运行工作领导小组（指挥部）办公室和各镇街道及区直有关部门单位以及驻兖各单位和省市属驻区企业', values: [['count', 3]] },
      { label: '济宁银保监分局兖州监管组', values: [['count', 1]] },
    ]),
  'edge-all-one-status': () =>
    bars(
      [
        { label: '张伦', values: [['on_plan', 5]] },
        { label: '王磊', values: [['on_plan', 45]] },
      ],
      true,
    ),
};

describe('chart SVG', () => {
  for (const [name, make] of Object.entries({ ...real, ...edges })) {
    it(`renders ${name}`, async () => {
      const spec = make();
      const id = `chart-${spec.slug}-svg`;
      const svg = await render(spec, id);
      expectWellFormed(svg);
      expectAccessible(svg, id);
      // one mark per line, so a change in the drawing is a readable diff (never inside a <text>: SVG would draw the white space)
      await expect(svg.replace(/>(?=<(?:\/?g|rect|line|path|text|\/?defs|\/?pattern|circle|\/svg)\b)/g, '>\n')).toMatchFileSnapshot(`./__snapshots__/${name}.svg`);
    });
  }

  it('writes the long label’s full text in a <title> where it is cut short', async () => {
    const svg = await render(edges['edge-long-labels']!());
    expect(svg).toContain('<title>区委统筹疫情防控和经济运行工作领导小组（指挥部）办公室和各镇街道及区直有关部门单位以及驻兖各单位和省市属驻区企业</title>');
    expect(svg).toContain('…');
  });

  it('draws the newest four of twenty documents in the leader matrix and says where the rest are', () => {
    const spec = edges['edge-matrix-twenty-documents']!();
    expect(spec.table.columns).toEqual(['领导', '2023年 第一季度', '2023年 上半年', '2023年 第三季度', '2023年 全年', '合计']);
    expect(spec.caption).toContain('图中只列最近4份文件，较早的16份见各位市政府领导的页面。');
    // the real site's three tables fit, and say nothing of the kind
    expect(real['home-leaders-matrix']!().caption).not.toContain('最近');
  });

  it('prints every value, including zeros, as text', async () => {
    const spec = real['document-status']!();
    const svg = await render(spec);
    for (const r of spec.table.rows) expect(svg).toContain(`>${r.cells[0]}</text>`);
  });
});
