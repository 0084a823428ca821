/**
 * The charts every page gets, on the real seeds: which ones, and that each
 * chart's table, picture and description carry the same numbers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { documentCharts, homeCharts, jurisdictionCharts, leaderCharts, relatedProgress, targetCharts, topPartners, unitCharts, type ChartSpec } from './catalog.ts';
import { FEW_PLACES } from '../site/province.ts';
import { realCollections, realDocument, realTarget, realTargets, realTargetsByDocument, realEntityDocuments } from './fixtures.ts';

const c = realCollections();
const byDoc = realTargetsByDocument();
const jurisdiction = (id: string) => c.jurisdictions.find((j) => j.id === id) ?? c.jurisdictions[0]!;

function docCharts(id: string): ChartSpec[] {
  const doc = realDocument(id);
  const related = relatedProgress(doc, c.documents);
  return documentCharts(doc, realTargets(id), jurisdiction(doc.jurisdiction).leaderTitle, related && { document: related, targets: realTargets(related.id) });
}

const allCharts = (): ChartSpec[] => [
  ...homeCharts(c.jurisdictions, c.documents, byDoc),
  ...c.jurisdictions.flatMap((j) => jurisdictionCharts(j, c.documents, byDoc)),
  ...c.documents.flatMap((d) => docCharts(d.id)),
  ...c.leaders.flatMap((l) => leaderCharts(l, realEntityDocuments(l.targetIds))),
  ...c.units.flatMap((u) => unitCharts(u, realEntityDocuments(u.targetIds))),
  ...c.targets.flatMap((t) => targetCharts(t, realDocument(t.document))),
];

/** The numbers a figure draws, row by row. */
function drawn(spec: ChartSpec): number[][] {
  const f = spec.figure;
  switch (f.kind) {
    case 'bars':
      return f.rows.map((r) => r.segments.map((s) => s.value));
    case 'matrix':
      return f.rows.map((r) => r.cells.map((cell) => cell.value));
    case 'line':
      // an unlabelled point (too many periods to label) draws NaN, which no table number equals
      return f.series.map((s) => s.points.map((p) => (p.text === null ? Number.NaN : Number(p.text.replace('%', '')))));
    case 'meter':
      return [[Number(f.value.text.replace('%', ''))]];
  }
}

describe('charts per page', () => {
  afterEach(() => {
    delete process.env.SITE_CHARTS;
  });

  it('gives a progress table its status breakdown, targets per leader and deadlines', () => {
    for (const id of ['heze/2021-h1', 'heze/2022-q3', 'heze/2023-h1']) {
      expect(
        docCharts(id).map((s) => s.slug),
        id,
      ).toEqual(['status', 'leaders', 'deadlines']);
    }
  });

  it('gives a task-assignment notice its tasks per leader, without statuses or an on-plan share', () => {
    const charts = docCharts('yanzhou/2021-plan');
    expect(charts.map((s) => s.slug)).toEqual(['leaders']); // no deadlines: the notice gives none
    const [leaders] = charts;
    expect(leaders?.figure.kind === 'bars' && leaders.figure.categories).toEqual(['count']);
    expect(leaders?.table.columns).toEqual(['领导', '已分解（通知不报告进展）']);
    expect(leaders?.caption).toContain('不报告进展');
    expect(jurisdictionCharts(jurisdiction('yanzhou'), c.documents, byDoc).map((s) => s.slug)).toEqual(['leaders']);
  });

  it('gives the work report the status of its year’s targets from the 2023 H1 table, and says so', () => {
    const [chart, ...rest] = docCharts('heze/2023-report');
    expect(rest).toEqual([]);
    expect(chart?.caption).toContain(realDocument('heze/2023-h1').title);
    expect(chart?.more?.document.id).toBe('heze/2023-h1');
    expect(chart?.table.rows.map((r) => r.cells[0])).toEqual([199, 0, 1, 0]);
  });

  it('gives home the on-plan share over time and each jurisdiction’s leaders × documents', () => {
    const charts = homeCharts(c.jurisdictions, c.documents, byDoc);
    // 岳阳's 民生实事 table reports figures, no statuses: no share to draw; 沙坪坝 and 岳阳 name no leaders: no matrix
    expect(charts.map((s) => s.slug)).toEqual(['share', 'leaders-heze', 'leaders-yanzhou', 'leaders-xianan', 'leaders-haiyan']);
    expect(charts[0]?.table.rows.map((r) => [r.label, ...r.cells])).toEqual([
      ['2021年 上半年', 57, 0, '100%', '只公开207项中的57项'],
      ['2022年 第三季度', 46, 2, '96%', '只公开第39—86项（48项）'],
      ['2023年 上半年', 199, 0, '100%', '全部200项'],
    ]);
  });

  it('never joins a partial table into the trend: its point stands apart, hollow, and the caption says how partial', () => {
    const share = homeCharts(c.jurisdictions, c.documents, byDoc)[0];
    const figure = share?.figure;
    if (figure?.kind !== 'line') throw new Error('no line');
    expect(figure.series[0]?.points.map((p) => p.apart)).toEqual([true, true, false]);
    // only the whole 2023 table is on the line: one move, no segment to the partial points
    expect(figure.series[0]?.path).toMatch(/^M[\d.]+,[\d.]+Z?$/);
    expect(share?.caption).toContain('2021年 上半年只公开207项中的57项');
    expect(share?.caption).toContain('2022年 第三季度只公开第39—86项（48项）');
    expect(share?.caption).toContain('不与其他各期连线');
  });

  it('past a handful of places, gives home one bar per place (its newest table by status) and leaves lines and matrices to their pages', () => {
    const places = Array.from({ length: FEW_PLACES + 1 }, (_, i) => ({ ...c.jurisdictions[0]!, id: `place-${i}`, name: `地方${i}` }));
    // each invented place publishes the real Heze tables under its own id
    const documents = places.flatMap((p) => c.documents.filter((d) => d.jurisdiction === 'heze').map((d) => ({ ...d, id: `${p.id}/${d.id}`, jurisdiction: p.id })));
    const charts = homeCharts(places, documents, byDoc);
    expect(charts.map((x) => x.slug)).toEqual(['latest']);
    const newest = realDocument('heze/2023-h1');
    expect(charts[0]?.table.rows).toHaveLength(places.length);
    expect(charts[0]?.table.rows[0]?.label).toBe('地方0 2023年 上半年');
    expect(charts[0]?.table.rows[0]?.cells.at(-1)).toBe(newest.targetCount);
  });

  it('says what a leader’s chart counts: statuses for progress tables, tasks only for a notice', () => {
    const heze = c.leaders.find((l) => l.id === 'heze/cao-lin');
    const yanzhou = c.leaders.find((l) => l.jurisdiction === 'yanzhou');
    const [hezeChart] = heze ? leaderCharts(heze, realEntityDocuments(heze.targetIds)) : [];
    const [noticeChart] = yanzhou ? leaderCharts(yanzhou, realEntityDocuments(yanzhou.targetIds)) : [];
    expect(hezeChart?.caption).toContain('推进状态分段');
    expect(hezeChart?.caption).not.toContain('任务分解通知');
    expect(noticeChart?.caption).toContain('不分推进状态');
    expect(noticeChart?.figure.kind === 'bars' && noticeChart.figure.legend).toEqual([]);
  });

  it('gives every leader and unit page at least one chart, and leaders their units', () => {
    for (const l of c.leaders)
      expect(
        leaderCharts(l, realEntityDocuments(l.targetIds)).map((s) => s.slug),
        l.id,
      ).toEqual(['documents', 'units']);
    for (const u of c.units) expect(unitCharts(u, realEntityDocuments(u.targetIds)).length, u.id).toBeGreaterThanOrEqual(1);
  });

  it('gives a target page a quantity chart only where the numbers can be read', () => {
    const withChart = c.targets.filter((t) => targetCharts(t, realDocument(t.document)).length > 0);
    expect(withChart.filter((t) => targetCharts(t, realDocument(t.document))[0]?.slug === 'quantity')).toHaveLength(25);
    // the rows of a 民生实事 table that print a share, or numbers to compute one from: 11 of its 12 items (item 6 prints 达到目标60元 and the like)
    expect(withChart.filter((t) => t.document === 'yueyang/2018-m1-11').map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 7, 8, 9, 10, 11, 12]);
    const [chart] = targetCharts(realTarget('heze/2023-h1/186'), realDocument('heze/2023-h1'));
    expect(chart?.quotes).toEqual([
      { label: '目标原文', text: '新改建农村公路 1000 公里' },
      { label: '推进情况原文', text: '新改建农村公路 466.7 公里' },
    ]);
    expect(chart?.caption).toContain('本站计算');
    expect(chart?.caption).toContain('46.7%');
    expect(chart?.caption).toContain('不是官方公布的完成率');
  });

  it('draws nothing when charts are switched off (the build-time benchmark)', () => {
    process.env.SITE_CHARTS = 'off';
    expect(allCharts()).toEqual([]);
  });
});

describe('every chart on the site', () => {
  const charts = allCharts();

  it('has unique slugs per page, a title, a caption and a description', () => {
    expect(charts.length).toBeGreaterThan(300);
    for (const s of charts) {
      expect(s.slug).toMatch(/^[a-z0-9-]+$/);
      expect(s.title.length).toBeGreaterThan(0);
      expect(s.caption.length).toBeGreaterThan(10);
      expect(s.desc.length).toBeGreaterThan(3);
    }
  });

  it('draws the numbers its table holds', () => {
    for (const s of charts.filter((x) => x.figure.kind === 'bars' || x.figure.kind === 'matrix')) {
      const categories = s.table.columns.length - 1 - (s.table.columns.at(-1) === '合计' ? 1 : 0);
      const tableNumbers = s.table.rows.map((r) => r.cells.slice(0, categories));
      expect(drawn(s), `${s.slug} ${s.caption}`).toEqual(tableNumbers);
    }
  });

  it('describes every row of its table in its <desc>', () => {
    for (const s of charts.filter((x) => x.figure.kind !== 'meter')) {
      for (const r of s.table.rows) expect(s.desc, s.slug).toContain(r.label);
    }
  });
});

describe('topPartners', () => {
  const p = (name: string, count: number) => ({ id: name, name, count });

  it('keeps all when there are few', () => {
    expect(topPartners([p('a', 2), p('b', 1)], 10)).toHaveLength(2);
    expect(topPartners([], 10)).toEqual([]);
  });

  it('does not cut through a tie', () => {
    const list = [p('a', 4), p('b', 4), p('c', 2), p('d', 2), p('e', 1), p('f', 1), p('g', 1)];
    expect(topPartners(list, 5).map((x) => x.name)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('lists ties in order when avoiding them would leave fewer than three', () => {
    const list = [p('a', 1), p('b', 1), p('c', 1), p('d', 1)];
    expect(topPartners(list, 2).map((x) => x.name)).toEqual(['a', 'b']);
  });
});
