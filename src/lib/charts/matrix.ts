/**
 * Layout of a bar matrix: rows (leaders) × columns (documents), each cell a
 * small bar on one shared scale with its number beside it. With one column it
 * is a plain bar chart; with several, the columns read as small multiples, so
 * a reader sees who led how many targets in which year.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { CHART_WIDTH, LABEL_FONT, VALUE_FONT, px } from './bars.ts';
import { textWidth, wrapAlike, wrapText } from './text.ts';

export interface MatrixInput {
  columns: { key: string; label: string }[];
  rows: { key: string; label: string; cells: number[] }[];
}

export interface MatrixCell {
  value: number;
  barX: number;
  barWidth: number;
  textX: number;
}

export interface MatrixFigure {
  kind: 'matrix';
  width: number;
  height: number;
  columns: { key: string; x: number; width: number; lines: string[] }[];
  rows: {
    key: string;
    label: { text: string; full: string; truncated: boolean; x: number };
    y: number;
    textY: number;
    cells: MatrixCell[];
  }[];
  /** where the header ends and the first row rule is drawn */
  headerBottom: number;
  labelRight: number;
  rowHeight: number;
  barHeight: number;
  lineHeight: number;
}

const PAD = 4;
const ROW_HEIGHT = 30;
const BAR_HEIGHT = 16;
const HEADER_LINE = 18;
const LABEL_MAX = 6 * LABEL_FONT;

export function layoutMatrix(input: MatrixInput, options: { width?: number } = {}): MatrixFigure {
  const width = options.width ?? CHART_WIDTH;
  const widest = Math.min(LABEL_MAX, max(input.rows, (r) => textWidth(r.label, LABEL_FONT)) ?? 0);
  const labelRight = PAD + Math.ceil(widest);
  const gridLeft = labelRight + 10;
  const colWidth = input.columns.length > 0 ? (width - PAD - gridLeft) / input.columns.length : 0;
  const biggest = max(input.rows, (r) => max(r.cells)) ?? 0;
  const numberRoom = textWidth(String(biggest), VALUE_FONT) + 6;
  const bar = scaleLinear()
    .domain([0, Math.max(1, biggest)])
    .range([0, Math.max(0, colWidth - 8 - numberRoom)]);

  const headings = wrapAlike(
    input.columns.map((c) => c.label),
    colWidth - 6,
    VALUE_FONT,
    2,
  );
  const columns = input.columns.map((c, i) => ({
    key: c.key,
    x: px(gridLeft + i * colWidth),
    width: px(colWidth),
    lines: headings[i]?.lines ?? [],
  }));
  const headerLines = Math.max(1, ...columns.map((c) => c.lines.length));
  const headerBottom = PAD + headerLines * HEADER_LINE + 6;

  const rows = input.rows.map((r, i) => {
    const y = headerBottom + i * ROW_HEIGHT;
    const label = wrapText(r.label, LABEL_MAX, LABEL_FONT, 1);
    return {
      key: r.key,
      label: { text: label.lines[0] ?? '', full: r.label, truncated: label.truncated, x: labelRight },
      y,
      textY: px(y + ROW_HEIGHT / 2 + LABEL_FONT * 0.36),
      cells: columns.map((c, j) => {
        const value = r.cells[j] ?? 0;
        const w = bar(value);
        return { value, barX: px(c.x + 4), barWidth: px(w), textX: px(c.x + 4 + w + (value > 0 ? 4 : 0)) };
      }),
    };
  });
  return {
    kind: 'matrix',
    width,
    height: Math.ceil(headerBottom + rows.length * ROW_HEIGHT + PAD),
    columns,
    rows,
    headerBottom,
    labelRight,
    rowHeight: ROW_HEIGHT,
    barHeight: BAR_HEIGHT,
    lineHeight: HEADER_LINE,
  };
}
