/**
 * Layout of a share-over-time chart: one line per series (a jurisdiction)
 * through its documents in time order, the y axis from 0 to 100% (never
 * cropped, so a small dip looks small), every point labelled with its value
 * while the labels fit. With more periods than fit (a place that has
 * published every quarter for years) every k-th period is labelled, counted
 * back from the newest; the chart's table still lists every value.
 * Series differ by marker shape and dash as well as colour. d3-scale and
 * d3-shape compute the geometry and the path strings; no DOM.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line, symbol, symbolCircle, symbolSquare, symbolTriangle } from 'd3-shape';
import { CHART_WIDTH, LABEL_FONT, VALUE_FONT, layoutLegend, px, type LegendItem } from './bars.ts';
import { textWidth, wrapAlike } from './text.ts';

export interface LinePointInput {
  /** the x category this point sits on */
  x: string;
  /** a share between 0 and 1; null where there is nothing to divide */
  value: number | null;
  /** not comparable with the other points (a partial table): drawn hollow and never joined to them */
  apart?: boolean;
}

export interface LineSeriesInput {
  key: string;
  label: string;
  points: LinePointInput[];
}

export interface XCategory {
  key: string;
  label: string;
}

export interface LineSeriesLayout {
  key: string;
  label: string;
  stroke: string;
  dash: string | null;
  /** SVG path of the line; breaks where a value is missing */
  path: string;
  /** marker path, drawn centred on each point */
  marker: string;
  /** text: the value printed above the point, or null where the period is not labelled; apart: drawn hollow, off the line */
  points: { x: number; y: number; text: string | null; apart: boolean }[];
}

export interface LineFigure {
  kind: 'line';
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  yTicks: { y: number; text: string }[];
  xTicks: { x: number; lines: string[] }[];
  series: LineSeriesLayout[];
  legend: { item: LegendItem; stroke: string; dash: string | null; marker: string }[];
  lineHeight: number;
}

const SERIES_STYLES = [
  { stroke: '#2b5c8a', dash: null, symbol: symbolCircle },
  { stroke: '#7a5c00', dash: '6 3', symbol: symbolSquare },
  { stroke: '#4f4f4f', dash: '2 3', symbol: symbolTriangle },
] as const;

const PLOT_HEIGHT = 150;
const X_LABEL_LINES = 2;
const LINE_HEIGHT = 18;

export function layoutLine(categories: readonly XCategory[], series: readonly LineSeriesInput[], formatValue: (v: number) => string, options: { width?: number } = {}): LineFigure {
  const width = options.width ?? CHART_WIDTH;
  const legend = layoutLegend(
    series.map((s) => ({ category: 'count' as const, label: s.label })),
    width,
    4,
  );
  const yTickValues = [0, 0.5, 1];
  const left = 14 + Math.max(...yTickValues.map((v) => textWidth(formatValue(v), VALUE_FONT)));
  const right = width - 12;
  const top = 4 + legend.height + VALUE_FONT + 10; // room for the labels above points at 100%
  const bottom = top + PLOT_HEIGHT;
  const x = scalePoint<string>()
    .domain(categories.map((c) => c.key))
    .range([left, right])
    .padding(0.5);
  const y = scaleLinear().domain([0, 1]).range([bottom, top]);
  const step = categories.length > 0 ? (right - left) / categories.length : right - left;

  // Label every k-th period (k as small as fits), counted back from the newest.
  const labels = categories.map((c) => c.label);
  const valueWidth = textWidth(formatValue(1), VALUE_FONT);
  let every = 1;
  let wrapped = wrapAlike(labels, Math.max(step - 6, 3 * LABEL_FONT), VALUE_FONT, X_LABEL_LINES);
  for (;;) {
    const widest = Math.max(valueWidth, ...wrapped.flatMap((w) => w.lines.map((l) => textWidth(l, VALUE_FONT))));
    if ((widest + 8 <= every * step && !wrapped.some((w) => w.truncated)) || every >= categories.length) break;
    every++;
    wrapped = wrapAlike(labels, Math.max(every * step - 8, 3 * LABEL_FONT), VALUE_FONT, X_LABEL_LINES);
  }
  const labelled = new Set(categories.filter((_, i) => (categories.length - 1 - i) % every === 0).map((c) => c.key));

  const laidOut = series.map((s, i) => {
    const style = SERIES_STYLES[i % SERIES_STYLES.length] ?? SERIES_STYLES[0];
    const pts = s.points.filter((p) => x(p.x) !== undefined).map((p) => ({ px: x(p.x) ?? 0, value: p.value, labelled: labelled.has(p.x), apart: p.apart === true }));
    // the line joins only comparable points: it breaks at a point apart, which stands on its own
    const path =
      line<{ px: number; value: number | null; apart: boolean }>()
        .digits(2)
        .defined((p) => p.value !== null && !p.apart)
        .x((p) => p.px)
        .y((p) => y(p.value ?? 0))(pts) ?? '';
    return {
      key: s.key,
      label: s.label,
      stroke: style.stroke,
      dash: style.dash,
      path,
      marker: symbol(style.symbol, 64).digits(2)() ?? '',
      points: pts.flatMap((p) => (p.value === null ? [] : [{ x: px(p.px), y: px(y(p.value)), text: p.labelled ? formatValue(p.value) : null, apart: p.apart }])),
    };
  });

  // centred under its point, but kept inside the figure (the newest period sits near the right edge)
  const xTicks = categories.flatMap((c, i) => {
    if (!labelled.has(c.key)) return [];
    const lines = wrapped[i]?.lines ?? [];
    const half = Math.max(0, ...lines.map((l) => textWidth(l, VALUE_FONT))) / 2;
    return [{ x: px(Math.min(Math.max(x(c.key) ?? 0, half + 2), width - half - 2)), lines }];
  });
  const xLabelLines = Math.max(1, ...xTicks.map((t) => t.lines.length));
  return {
    kind: 'line',
    width,
    height: Math.ceil(bottom + 10 + xLabelLines * LINE_HEIGHT + 4),
    plot: { left: px(left), right, top, bottom },
    yTicks: yTickValues.map((v) => ({ y: px(y(v)), text: formatValue(v) })),
    xTicks,
    series: laidOut,
    legend: legend.items.map((item, i) => ({
      item,
      stroke: laidOut[i]?.stroke ?? SERIES_STYLES[0].stroke,
      dash: laidOut[i]?.dash ?? null,
      marker: laidOut[i]?.marker ?? '',
    })),
    lineHeight: LINE_HEIGHT,
  };
}
