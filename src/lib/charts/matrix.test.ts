import { describe, expect, it } from 'vitest';
import { layoutMatrix } from './matrix.ts';

const columns = [
  { key: 'heze/2021-h1', label: '2021年 上半年' },
  { key: 'heze/2022-q3', label: '2022年 第三季度' },
  { key: 'heze/2023-h1', label: '2023年 上半年' },
];

describe('layoutMatrix', () => {
  it('has only a header for no rows', () => {
    const f = layoutMatrix({ columns, rows: [] });
    expect(f.rows).toEqual([]);
    expect(f.height).toBeGreaterThan(f.headerBottom);
  });

  it('is a plain bar chart with one column and one row', () => {
    const f = layoutMatrix({ columns: columns.slice(0, 1), rows: [{ key: 'a', label: '屈耀武', cells: [28] }] });
    expect(f.columns).toHaveLength(1);
    const cell = f.rows[0]?.cells[0];
    expect(cell?.barWidth).toBeGreaterThan(100);
    expect(cell?.textX ?? 0).toBeLessThan(f.width);
  });

  it('keeps every bar inside its column on one scale, zero cells without a bar', () => {
    const f = layoutMatrix({
      columns,
      rows: [
        { key: 'a', label: '王昌华', cells: [0, 36, 45] },
        { key: 'b', label: '王磊', cells: [45, 0, 0] },
      ],
    });
    for (const r of f.rows) {
      r.cells.forEach((cell, i) => {
        const col = f.columns[i];
        expect(cell.barX).toBeGreaterThanOrEqual(col?.x ?? 0);
        expect(cell.barX + cell.barWidth).toBeLessThanOrEqual((col?.x ?? 0) + (col?.width ?? 0));
        if (cell.value === 0) expect(cell.barWidth).toBe(0);
      });
    }
    expect(f.rows[0]?.cells[2]?.barWidth).toBeCloseTo(f.rows[1]?.cells[0]?.barWidth ?? 0, 2);
  });

  it('truncates a long row label to one line and keeps the full text', () => {
    const f = layoutMatrix({ columns, rows: [{ key: 'x', label: '区委统筹疫情防控和经济运行工作领导小组', cells: [1, 2, 3] }] });
    expect(f.rows[0]?.label.truncated).toBe(true);
    expect(f.rows[0]?.label.full).toBe('区委统筹疫情防控和经济运行工作领导小组');
    expect(f.rows[0]?.label.text.endsWith('…')).toBe(true);
  });
});
