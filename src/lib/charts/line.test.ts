import { describe, expect, it } from 'vitest';
import { layoutLine } from './line.ts';
import { VALUE_FONT } from './bars.ts';
import { textWidth } from './text.ts';

const pct = (v: number) => `${Math.round(v * 100)}%`;
const periods = [
  { key: '2021-h1', label: '2021年 上半年' },
  { key: '2022-q3', label: '2022年 第三季度' },
  { key: '2023-h1', label: '2023年 上半年' },
];

describe('layoutLine', () => {
  it('draws nothing but the axes for no series', () => {
    const f = layoutLine([], [], pct);
    expect(f.series).toEqual([]);
    expect(f.yTicks.map((t) => t.text)).toEqual(['0%', '50%', '100%']);
  });

  it('draws one point as a marker with its value (a path of one move)', () => {
    const f = layoutLine(periods.slice(0, 1), [{ key: 'heze', label: '菏泽市', points: [{ x: '2021-h1', value: 1 }] }], pct);
    expect(f.series[0]?.points).toEqual([{ x: expect.any(Number), y: f.plot.top, text: '100%', apart: false }]);
    expect(f.series[0]?.path).toMatch(/^M[\d.]+,[\d.]+Z?$/);
  });

  it('puts y from 0% at the bottom to 100% at the top, never cropped', () => {
    const f = layoutLine(periods, [{ key: 'heze', label: '菏泽市', points: periods.map((p, i) => ({ x: p.key, value: [1, 46 / 48, 1][i] ?? null })) }], pct);
    const ys = f.series[0]?.points.map((p) => p.y) ?? [];
    expect(ys[0]).toBeCloseTo(f.plot.top, 1);
    expect(ys[1]).toBeCloseTo(f.plot.bottom - (46 / 48) * (f.plot.bottom - f.plot.top), 1);
    expect(f.series[0]?.points.map((p) => p.text)).toEqual(['100%', '96%', '100%']);
    // x in time order
    const xs = f.series[0]?.points.map((p) => p.x) ?? [];
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('breaks the line where a share is missing, and labels only real points', () => {
    const f = layoutLine(
      periods,
      [
        {
          key: 'j',
          label: 'j',
          points: [
            { x: '2021-h1', value: 1 },
            { x: '2022-q3', value: null },
            { x: '2023-h1', value: 0.5 },
          ],
        },
      ],
      pct,
    );
    expect(f.series[0]?.points).toHaveLength(2);
    expect(f.series[0]?.path.match(/M/g)).toHaveLength(2);
  });

  it('tells series apart by dash and marker as well as colour', () => {
    const f = layoutLine(
      periods,
      [
        { key: 'a', label: '甲', points: [{ x: '2021-h1', value: 1 }] },
        { key: 'b', label: '乙', points: [{ x: '2021-h1', value: 0.5 }] },
      ],
      pct,
    );
    const [a, b] = f.series;
    expect(a?.dash).not.toBe(b?.dash);
    expect(a?.marker).not.toBe(b?.marker);
    expect(f.legend.map((l) => l.item.label)).toEqual(['甲', '乙']);
  });

  it('wraps long period labels at the space, year over period', () => {
    const f = layoutLine(periods, [], pct);
    for (const t of f.xTicks) expect(t.lines.length).toBeLessThanOrEqual(2);
    expect(f.xTicks[1]?.lines).toEqual(['2022年', '第三季度']);
  });

  it('labels every k-th period, back from the newest, when a place has published for years, and no two labels overlap', () => {
    const quarters = ['第一季度', '上半年', '第三季度', '全年'];
    const many = [2019, 2020, 2021, 2022, 2023].flatMap((year) => quarters.map((q, i) => ({ key: `${year}-${i}`, label: `${year}年 ${q}` })));
    const f = layoutLine(many, [{ key: 'heze', label: '菏泽市', points: many.map((p, i) => ({ x: p.key, value: (i % 5) / 4 })) }], pct);
    const points = f.series[0]?.points ?? [];
    // every point is still drawn; only some carry their value
    expect(points).toHaveLength(20);
    const labelled = points.flatMap((p, i) => (p.text === null ? [] : [i]));
    expect(labelled.at(-1)).toBe(19);
    expect(labelled.length).toBeGreaterThan(2);
    expect(labelled.length).toBeLessThan(20);
    const gaps = new Set(labelled.slice(1).map((i, n) => i - (labelled[n] ?? 0)));
    expect(gaps.size).toBe(1);
    // the x labels are those periods, whole (year over period), and neighbours keep clear of each other
    expect(f.xTicks).toHaveLength(labelled.length);
    expect(f.xTicks.at(-1)?.lines).toEqual(['2023年', '全年']);
    for (const t of f.xTicks) expect(t.lines).toHaveLength(2);
    const half = (t: (typeof f.xTicks)[number] | undefined) => Math.max(...(t?.lines ?? []).map((l) => textWidth(l, VALUE_FONT))) / 2;
    f.xTicks.forEach((t, n) => {
      // under its point, and inside the figure
      expect(Math.abs(t.x - (points[labelled[n] ?? 0]?.x ?? 0))).toBeLessThanOrEqual(half(t));
      expect(t.x - half(t)).toBeGreaterThanOrEqual(0);
      expect(t.x + half(t)).toBeLessThanOrEqual(f.width);
    });
    for (let n = 1; n < f.xTicks.length; n++) {
      const [a, b] = [f.xTicks[n - 1], f.xTicks[n]];
      expect((b?.x ?? 0) - (a?.x ?? 0)).toBeGreaterThan(half(a) + half(b));
    }
  });

  it('labels every period while they fit', () => {
    const f = layoutLine(periods, [{ key: 'heze', label: '菏泽市', points: periods.map((p) => ({ x: p.key, value: 1 })) }], pct);
    expect(f.xTicks).toHaveLength(3);
    expect(f.series[0]?.points.every((p) => p.text === '100%')).toBe(true);
  });
});
