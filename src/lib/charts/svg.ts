/**
 * A chart spec as SVG markup: a pure function, data → SVG, so the page shows
 * it (ChartSvg.astro) and the download is written from it
 * (./downloads.ts) — the same bytes, never read back from a built page.
 *
 * role="img" named by its <title> and described by its <desc> (the numbers
 * in words). Presentation attributes only, no classes the page's CSS must
 * supply, so the markup is also the downloadable file. The tree is built
 * with hastscript and serialised by hast-util-to-html: text and attributes
 * escaped by the library, never by hand.
 */
import { s } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { ChartSpec } from './catalog.ts';
import { LABEL_FONT, VALUE_FONT, type BarsFigure } from './bars.ts';
import type { LineFigure } from './line.ts';
import type { MatrixFigure } from './matrix.ts';
import type { MeterFigure } from './meter.ts';
import { categoryStyles, fillFor, ink, patternId, type Category } from './palette.ts';

// the site's font stack, so a downloaded file looks like the page
const FONT = "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";
const SWATCH = 12;
const PATTERN = 6;

type Props = Record<string, string | number | undefined>;
const el = (tag: string, props: Props, ...children: (ElementContent | string | false | null | undefined)[]): Element =>
  s(
    tag,
    props,
    children.filter((c): c is ElementContent | string => c !== false && c !== null && c !== undefined),
  );

/** Lines of a label: one line as text, several as <tspan>s stacked by dy (no white space inside <text>: SVG would draw it). */
function lines(x: number, list: readonly string[], lineHeight: number, single = true): (Element | string)[] {
  if (single && list.length === 1) return [list[0] ?? ''];
  return list.map((line, i) => el('tspan', { x, dy: i === 0 ? 0 : lineHeight }, line));
}

/** Fill patterns for the categories a chart draws: texture as well as colour, so categories differ in greyscale print. */
function patterns(chartId: string, categories: readonly Category[]): Element[] {
  const patterned = categories.filter((c) => categoryStyles[c].pattern !== 'solid');
  if (patterned.length === 0) return [];
  return [
    el(
      'defs',
      {},
      ...patterned.map((c) => {
        const { fill, pattern } = categoryStyles[c];
        return el(
          'pattern',
          { id: patternId(chartId, c), patternUnits: 'userSpaceOnUse', width: PATTERN, height: PATTERN, patternTransform: pattern === 'diagonal' ? 'rotate(45)' : undefined },
          el('rect', { width: PATTERN, height: PATTERN, fill }),
          (pattern === 'diagonal' || pattern === 'vertical') && el('line', { x1: 1, y1: 0, x2: 1, y2: PATTERN, stroke: '#fff', 'stroke-width': 1.5 }),
          pattern === 'horizontal' && el('line', { x1: 0, y1: 1, x2: PATTERN, y2: 1, stroke: '#fff', 'stroke-width': 1.5 }),
          pattern === 'dots' && el('circle', { cx: PATTERN / 2, cy: PATTERN / 2, r: 1.3, fill: '#fff' }),
        );
      }),
    ),
  ];
}

/** Legend, then per row its label, zero tick, segments and total. Text inherits the font size and colour set on the <svg>. */
function bars(figure: BarsFigure, chartId: string): Element[] {
  return [
    ...figure.legend.flatMap((item) => [
      el('rect', { x: item.x, y: item.y + 3, width: SWATCH, height: SWATCH, fill: fillFor(chartId, item.category), stroke: categoryStyles[item.category].fill }),
      el('text', { x: item.x + SWATCH + 5, y: item.y + 3 + SWATCH - 1 }, item.label),
    ]),
    ...figure.rows.map((row) =>
      el(
        'g',
        {},
        el(
          'text',
          { x: row.label.x, y: row.label.y, 'font-size': LABEL_FONT, 'text-anchor': row.label.anchor === 'end' ? 'end' : undefined },
          row.label.truncated && el('title', {}, row.label.full),
          ...lines(row.label.x, row.label.lines, figure.lineHeight),
        ),
        el('line', { x1: figure.zeroX, x2: figure.zeroX, y1: row.y - 2, y2: row.y + row.height + 2, stroke: ink.muted }),
        ...row.segments.map((seg) => seg.width > 0 && el('rect', { x: seg.x, y: row.y, width: seg.width, height: row.height, fill: fillFor(chartId, seg.category) })),
        ...row.segments.map(
          (seg) =>
            seg.text &&
            el(
              'text',
              { x: seg.text.x, y: seg.text.y, 'text-anchor': 'middle', fill: ink.onFill, stroke: categoryStyles[seg.category].fill, 'stroke-width': 3, 'paint-order': 'stroke' },
              String(seg.value),
            ),
        ),
        el('text', { x: row.total.x, y: row.total.y, 'font-weight': 700 }, row.total.text),
      ),
    ),
  ];
}

/** Grid and axis labels, then each series' line, markers and values; a point apart (a partial table) is hollow. */
function line(figure: LineFigure): Element[] {
  const { plot } = figure;
  return [
    ...figure.legend.map(({ item, stroke, dash, marker }) =>
      el(
        'g',
        {},
        el('line', { x1: item.x, x2: item.x + 24, y1: item.y + 9, y2: item.y + 9, stroke, 'stroke-width': 2.5, 'stroke-dasharray': dash ?? undefined }),
        el('path', { d: marker, transform: `translate(${item.x + 12},${item.y + 9})`, fill: stroke }),
        el('text', { x: item.x + 30, y: item.y + 14 }, item.label),
      ),
    ),
    ...figure.yTicks.map((t) =>
      el(
        'g',
        {},
        el('line', { x1: plot.left, x2: plot.right, y1: t.y, y2: t.y, stroke: t.y === plot.bottom ? ink.muted : ink.grid }),
        el('text', { x: plot.left - 6, y: t.y + VALUE_FONT * 0.36, fill: ink.muted, 'text-anchor': 'end' }, t.text),
      ),
    ),
    ...figure.xTicks.map((t) => el('text', { x: t.x, y: plot.bottom + 10 + VALUE_FONT, 'text-anchor': 'middle' }, ...lines(t.x, t.lines, figure.lineHeight, false))),
    ...figure.series.map((series) =>
      el(
        'g',
        {},
        el('path', { d: series.path, fill: 'none', stroke: series.stroke, 'stroke-width': 2.5, 'stroke-dasharray': series.dash ?? undefined }),
        ...series.points.map((p) =>
          el(
            'g',
            {},
            p.apart
              ? el('path', { d: series.marker, transform: `translate(${p.x},${p.y})`, fill: '#fff', stroke: series.stroke, 'stroke-width': 2 })
              : el('path', { d: series.marker, transform: `translate(${p.x},${p.y})`, fill: series.stroke, stroke: '#fff', 'stroke-width': 1 }),
            p.text !== null && el('text', { x: p.x, y: p.y - 9, 'font-weight': 700, 'text-anchor': 'middle' }, p.text),
          ),
        ),
      ),
    ),
  ];
}

/** Column headings, then per row its label, a rule, and each cell's bar and number. */
function matrix(figure: MatrixFigure): Element[] {
  const fill = categoryStyles.count.fill;
  return [
    ...figure.columns.map((c) => el('text', { x: c.x + 4, y: 4 + VALUE_FONT, 'font-weight': 700 }, ...lines(c.x + 4, c.lines, figure.lineHeight, false))),
    el('line', { x1: 0, x2: figure.width, y1: figure.headerBottom, y2: figure.headerBottom, stroke: ink.muted }),
    ...figure.rows.map((row) =>
      el(
        'g',
        {},
        el('text', { x: row.label.x, y: row.textY, 'font-size': LABEL_FONT, 'text-anchor': 'end' }, row.label.truncated && el('title', {}, row.label.full), row.label.text),
        ...row.cells.map((cell) =>
          el(
            'g',
            {},
            cell.barWidth > 0 && el('rect', { x: cell.barX, y: row.y + (figure.rowHeight - figure.barHeight) / 2, width: cell.barWidth, height: figure.barHeight, fill }),
            cell.value > 0 ? el('text', { x: cell.textX, y: row.textY, 'font-weight': 700 }, String(cell.value)) : el('text', { x: cell.textX, y: row.textY, fill: ink.muted }, '0'),
          ),
        ),
        el('line', { x1: 0, x2: figure.width, y1: row.y + figure.rowHeight, y2: row.y + figure.rowHeight, stroke: ink.grid }),
      ),
    ),
  ];
}

/** The track, the reported figure, the target's line and the share. */
function meter(figure: MeterFigure): Element[] {
  const { track } = figure;
  return [
    el('rect', { x: track.x, y: track.y, width: track.width, height: track.height, fill: '#fff', stroke: ink.muted }),
    ...(figure.fill > 0 ? [el('rect', { x: track.x, y: track.y, width: figure.fill, height: track.height, fill: categoryStyles.count.fill })] : []),
    el('line', { x1: figure.goal.x, x2: figure.goal.x, y1: track.y - 3, y2: track.y + track.height + 5, stroke: ink.text, 'stroke-width': 2 }),
    el('text', { x: figure.goal.x, y: track.y + track.height + 6 + VALUE_FONT, 'text-anchor': figure.goal.anchor }, figure.goal.label),
    el('text', { x: figure.value.x, y: figure.value.y, 'font-size': VALUE_FONT + 2, 'font-weight': 700 }, figure.value.text),
  ];
}

function marks(spec: ChartSpec, id: string): Element[] {
  const { figure } = spec;
  switch (figure.kind) {
    case 'bars':
      return bars(figure, id);
    case 'line':
      return line(figure);
    case 'matrix':
      return matrix(figure);
    case 'meter':
      return meter(figure);
  }
}

/** The chart as an <svg> element; `id` is unique on the page and prefixes the ids of title, desc and patterns. */
export function chartSvg(spec: ChartSpec, id: string): string {
  const { figure } = spec;
  const tree = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      viewBox: `0 0 ${figure.width} ${figure.height}`,
      width: figure.width,
      height: figure.height,
      role: 'img',
      'aria-labelledby': `${id}-title ${id}-desc`,
      'font-family': FONT,
      'font-size': VALUE_FONT,
      fill: ink.text,
      class: 'chart-svg',
    },
    el('title', { id: `${id}-title` }, spec.title),
    el('desc', { id: `${id}-desc` }, spec.desc),
    ...patterns(id, figure.kind === 'bars' ? figure.categories : []),
    ...marks(spec, id),
  );
  return toHtml(tree, { space: 'svg' });
}
