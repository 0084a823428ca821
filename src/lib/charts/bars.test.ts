import { describe, expect, it } from 'vitest';
import { CHART_WIDTH, LABEL_FONT, VALUE_FONT, layoutBars, type BarRowInput } from './bars.ts';
import { textWidth } from './text.ts';

const row = (label: string, ...segments: [BarRowInput['segments'][number]['category'], number][]): BarRowInput => ({
  key: label,
  label,
  segments: segments.map(([category, value]) => ({ category, value })),
});

/** No part of the figure leaves its box, and rows do not overlap. */
function expectInside(f: ReturnType<typeof layoutBars>): void {
  for (const r of f.rows) {
    for (const s of r.segments) {
      expect(s.x).toBeGreaterThanOrEqual(0);
      expect(s.x + s.width).toBeLessThanOrEqual(f.width);
    }
    expect(r.total.x + textWidth(String(r.total.value), VALUE_FONT)).toBeLessThanOrEqual(f.width);
    expect(r.y + r.height).toBeLessThanOrEqual(f.height);
  }
  for (let i = 1; i < f.rows.length; i += 1) {
    const prev = f.rows[i - 1];
    const cur = f.rows[i];
    if (prev && cur) expect(cur.label.y - LABEL_FONT).toBeGreaterThan(prev.y + prev.height);
  }
}

describe('layoutBars', () => {
  it('lays out no rows for empty data, with no NaN anywhere', () => {
    const f = layoutBars([]);
    expect(f.rows).toEqual([]);
    expect(f.height).toBeGreaterThan(0);
    expect(JSON.stringify(f)).not.toContain('null');
  });

  it('draws one item as a full-length bar with its total after it', () => {
    const f = layoutBars([row('市财政局', ['count', 7])]);
    expect(f.rows).toHaveLength(1);
    const [r] = f.rows;
    expect(r?.segments[0]?.width).toBeGreaterThan(200);
    expect(r?.total.value).toBe(7);
    expect(r?.segments[0]?.text).toBeNull(); // a single segment's value is the total; printed once
    expectInside(f);
  });

  it('keeps short labels left of the bars, right-aligned', () => {
    const f = layoutBars([row('王昌华', ['on_plan', 45]), row('曹临', ['on_plan', 26], ['not_applicable', 1])]);
    expect(f.labelPlacement).toBe('left');
    expect(f.rows.every((r) => r.label.anchor === 'end' && r.label.lines.length === 1)).toBe(true);
    expectInside(f);
  });

  it('puts long labels above their bars, wraps them to two lines and keeps the full text', () => {
    const long = '区委统筹疫情防控和经济运行工作领导小组（指挥部）办公室和各镇街道及区直有关部门单位以及驻兖各单位和省市属驻区企业';
    const f = layoutBars([row(long, ['count', 3]), row('区财政局', ['count', 1])]);
    expect(f.labelPlacement).toBe('above');
    const [r] = f.rows;
    expect(r?.label.lines.length).toBe(2);
    expect(r?.label.truncated).toBe(true);
    expect(r?.label.full).toBe(long);
    for (const line of r?.label.lines ?? []) expect(textWidth(line, LABEL_FONT)).toBeLessThanOrEqual(CHART_WIDTH);
    expectInside(f);
  });

  it('scales stacked segments to their values, side by side', () => {
    const f = layoutBars([row('a', ['on_plan', 46], ['behind', 2]), row('b', ['on_plan', 12])]);
    const [a, b] = f.rows;
    const [onPlan, behind] = a?.segments ?? [];
    // coordinates are rounded to 1/100 unit
    expect(onPlan && behind && behind.x).toBeCloseTo((onPlan?.x ?? 0) + (onPlan?.width ?? 0), 1);
    expect((onPlan?.width ?? 0) / (behind?.width ?? 1)).toBeCloseTo(23, 1);
    expect((b?.segments[0]?.width ?? 0) / (onPlan?.width ?? 1)).toBeCloseTo(12 / 46, 3);
    expect(onPlan?.text).not.toBeNull(); // several segments: values printed where they fit
    expect(behind?.text).toBeNull(); // 2 of 48 is too thin to hold its number
  });

  it('handles all one status: one category, a legend of one', () => {
    const f = layoutBars([row('a', ['on_plan', 57]), row('b', ['on_plan', 3])], {
      legend: [{ category: 'on_plan', label: '✓ 按计划推进' }],
    });
    expect(f.categories).toEqual(['on_plan']);
    expect(f.legend).toHaveLength(1);
    expect(f.rows[0]?.y).toBeGreaterThan(f.legend[0]?.y ?? 0);
    expectInside(f);
  });

  it('draws a zero row as no bar but still prints 0', () => {
    const f = layoutBars([row('未按计划', ['behind', 0]), row('按计划推进', ['on_plan', 199])]);
    expect(f.rows[0]?.segments[0]?.width).toBe(0);
    expect(f.rows[0]?.total.value).toBe(0);
  });

  it('wraps a long legend onto more lines within the width', () => {
    const legend = ['on_plan', 'behind', 'not_applicable', 'not_reported', 'assigned'].map((c) => ({
      category: c as 'on_plan',
      label: '已分解（通知不报告进展）',
    }));
    const f = layoutBars([row('a', ['on_plan', 1])], { legend });
    expect(new Set(f.legend.map((l) => l.y)).size).toBeGreaterThan(1);
    for (const l of f.legend) expect(l.x + 17 + textWidth(l.label, VALUE_FONT)).toBeLessThanOrEqual(f.width);
  });
});
