/**
 * Layout of a horizontal bar chart, optionally stacked by category: rows of
 * labelled bars with the total at the end of each. Pure geometry in SVG user
 * units (d3-scale, no DOM); the component draws it.
 *
 * Charts are drawn for a phone first: 360 units wide, so at 390 px one unit
 * is about one pixel and 14-unit labels read as 14 px. Short labels (names,
 * statuses, months) sit left of their bar; long ones (unit names, document
 * titles) go above it, wrapped to two lines, the full text kept for a <title>.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { Category } from './palette.ts';
import { textWidth, wrapText } from './text.ts';

export const CHART_WIDTH = 360;

/** Coordinates to 1/100 unit: finer than any screen shows, and short in the HTML. */
export function px(n: number): number {
  return Math.round(n * 100) / 100;
}
export const LABEL_FONT = 15;
export const VALUE_FONT = 14;
const LINE_HEIGHT = 20;
const BAR_HEIGHT = 20;
const ROW_GAP = 10;
const PAD = 4;
/** widest label that still sits left of its bar (seven CJK characters: 2023年 上半年, ✓ 按计划推进) */
const LEFT_LABEL_MAX = 7 * LABEL_FONT;
const LABEL_LINES = 2;
const SWATCH = 12;
const LEGEND_LINE = 22;

export interface BarSegmentInput {
  category: Category;
  value: number;
}

export interface BarRowInput {
  key: string;
  label: string;
  /** stacked left to right in this order */
  segments: BarSegmentInput[];
}

export interface LegendInput {
  category: Category;
  label: string;
}

export interface LegendItem extends LegendInput {
  x: number;
  y: number;
}

export interface PlacedLabel {
  lines: string[];
  /** the whole label, for a <title> when `truncated` */
  full: string;
  truncated: boolean;
  x: number;
  /** baseline of the first line */
  y: number;
  anchor: 'start' | 'end';
}

export interface PlacedSegment {
  category: Category;
  value: number;
  x: number;
  width: number;
  /** the value printed inside the segment, where it fits and the row has several segments */
  text: { x: number; y: number } | null;
}

export interface PlacedRow {
  key: string;
  label: PlacedLabel;
  y: number;
  height: number;
  segments: PlacedSegment[];
  total: { x: number; y: number; value: number; text: string };
}

export interface BarsFigure {
  kind: 'bars';
  width: number;
  height: number;
  labelPlacement: 'left' | 'above';
  legend: LegendItem[];
  rows: PlacedRow[];
  /** x of the zero line; each row draws it across its own bar, so it never crosses a label above */
  zeroX: number;
  /** categories drawn, for the pattern definitions */
  categories: Category[];
  lineHeight: number;
}

/** Lay legend items out left to right, wrapping at the chart width. */
export function layoutLegend(items: readonly LegendInput[], width: number, top: number): { items: LegendItem[]; height: number } {
  let x = PAD;
  let line = 0;
  const placed = items.map((item) => {
    const w = SWATCH + 5 + textWidth(item.label, VALUE_FONT);
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      line += 1;
    }
    const p = { ...item, x, y: top + line * LEGEND_LINE };
    x += w + 14;
    return p;
  });
  return { items: placed, height: items.length > 0 ? (line + 1) * LEGEND_LINE + 4 : 0 };
}

export function layoutBars(rows: readonly BarRowInput[], options: { legend?: readonly LegendInput[]; width?: number; format?: (total: number, key: string) => string } = {}): BarsFigure {
  const width = options.width ?? CHART_WIDTH;
  const legend = layoutLegend(options.legend ?? [], width, PAD);
  const totals = rows.map((r) => r.segments.reduce((s, seg) => s + seg.value, 0));
  const widest = max(rows, (r) => textWidth(r.label, LABEL_FONT)) ?? 0;
  const placement = widest <= LEFT_LABEL_MAX ? 'left' : 'above';
  const format = options.format ?? ((n: number) => String(n));
  const totalRoom = (max(rows.map((r, i) => textWidth(format(totals[i] ?? 0, r.key), VALUE_FONT))) ?? 0) + 8;
  const x0 = placement === 'left' ? Math.ceil(widest) + PAD + 8 : PAD;
  const x = scaleLinear()
    .domain([0, Math.max(1, max(totals) ?? 0)])
    .range([x0, width - PAD - totalRoom]);

  let y = PAD + legend.height;
  const placed: PlacedRow[] = rows.map((row, i) => {
    const wrapped = placement === 'left' ? { lines: [row.label], truncated: false } : wrapText(row.label, width - 2 * PAD, LABEL_FONT, LABEL_LINES);
    const labelHeight = placement === 'above' ? wrapped.lines.length * LINE_HEIGHT + 2 : 0;
    const barY = y + labelHeight;
    const rowHeight = labelHeight + Math.max(BAR_HEIGHT, placement === 'left' ? LINE_HEIGHT : 0);
    const textY = barY + BAR_HEIGHT / 2 + VALUE_FONT * 0.36;
    const several = row.segments.filter((s) => s.value > 0).length > 1;
    let acc = 0;
    const segments = row.segments.map((s) => {
      const sx = x(acc);
      acc += s.value;
      const w = x(acc) - sx;
      const fits = w >= textWidth(String(s.value), VALUE_FONT) + 6;
      return {
        category: s.category,
        value: s.value,
        x: px(sx),
        width: px(w),
        text: several && s.value > 0 && fits ? { x: px(sx + w / 2), y: px(textY) } : null,
      };
    });
    const total = totals[i] ?? 0;
    const placedRow: PlacedRow = {
      key: row.key,
      label: {
        lines: wrapped.lines,
        full: row.label,
        truncated: wrapped.truncated,
        x: placement === 'left' ? x0 - 8 : PAD,
        y: px(placement === 'left' ? barY + BAR_HEIGHT / 2 + LABEL_FONT * 0.36 : y + LABEL_FONT),
        anchor: placement === 'left' ? 'end' : 'start',
      },
      y: barY,
      height: BAR_HEIGHT,
      segments,
      total: { x: px(x(total) + 5), y: px(textY), value: total, text: format(total, row.key) },
    };
    y += rowHeight + ROW_GAP;
    return placedRow;
  });
  const bottom = rows.length > 0 ? y - ROW_GAP : y;
  const used = new Set(rows.flatMap((r) => r.segments.map((s) => s.category)));
  for (const item of options.legend ?? []) used.add(item.category);
  return {
    kind: 'bars',
    width,
    height: Math.ceil(bottom + PAD),
    labelPlacement: placement,
    legend: legend.items,
    rows: placed,
    zeroX: x0,
    categories: [...used],
    lineHeight: LINE_HEIGHT,
  };
}
