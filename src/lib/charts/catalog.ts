/**
 * Which charts each page carries, built from the collections: series →
 * labels (from zh-CN.ts) → layout, with the same numbers as a table. Views
 * render these specs; the downloads are then taken from the built pages.
 *
 * Set SITE_CHARTS=off to build the site without charts (scripts/bench-charts.ts
 * measures what the charts cost).
 */
import { namesPerson, namesUnit } from '../model/assignment.ts';
import type { Jurisdiction, Leader, SiteDocument, StatusValue, Target, Unit } from '../../schemas/records.ts';
import {
  chartDescription,
  chartShare,
  chartStrings as s,
  deadlineMonthLabel,
  deadlinesChartCaption,
  documentLabel,
  entityByDocumentCaption,
  figuresChartCaption,
  unitsOfDocumentCaption,
  leadersChartCaption,
  legendLabel,
  matrixChartCaption,
  partnersCaption,
  percent,
  quantityCaption,
  quantityComputed,
  quantityShare,
  quantitySource,
  relatedStatusCaption,
  shareChartCaption,
  coverageCell,
  latestStatusCaption,
  shareDescription,
  statusChartCaption,
  statusLabel,
  tasksByLeaderCaption,
  unitsOfLeaderCaption,
} from '../../i18n/zh-CN.ts';
import { FEW_PLACES } from '../site/province.ts';
import { documentFields } from '../model/document-fields.ts';
import { STATUS_ORDER, statusTotal } from '../model/status.ts';
import { layoutBars, type BarRowInput, type BarsFigure } from './bars.ts';
import { layoutLine, type LineFigure } from './line.ts';
import { layoutMatrix, type MatrixFigure } from './matrix.ts';
import { layoutMeter, type MeterFigure } from './meter.ts';
import { readQuantity } from './quantity.ts';
import { chronological } from '../model/period.ts';
import { categoryStyles, type Category } from './palette.ts';
import {
  deadlineRows,
  entityByDocument,
  figureShares,
  leaderDocumentMatrix,
  partnersOfUnit,
  unitsOfTargets,
  shareOverTime,
  statusBreakdown,
  targetsByLeader,
  unitsOfLeader,
  type CategoryCounts,
  type DeadlineBucket,
  type EntityDocument,
  type FigureShare,
  type Partner,
} from './series.ts';
import type { Coverage } from '../model/coverage.ts';
import type { DataTable } from './table.ts';

export type Figure = BarsFigure | LineFigure | MatrixFigure | MeterFigure;

export interface ChartSpec {
  /** file name of the downloads (status.svg, status.csv) and part of the element ids; unique on its page */
  slug: string;
  /** heading above the chart, and the SVG <title> */
  title: string;
  /** what is counted, shown under the chart */
  caption: string;
  /** the document the chart's numbers come from, when not the page's own; linked under the caption */
  more?: { document: SiteDocument; label: string };
  /** source phrases the chart is computed from, quoted as published above the caption */
  quotes?: { label: string; text: string }[];
  /** the numbers in words, the SVG <desc> */
  desc: string;
  figure: Figure;
  table: DataTable;
}

/** How many units the partner charts list. */
export const TOP_UNITS = 10;

export function chartsEnabled(): boolean {
  return process.env.SITE_CHARTS !== 'off';
}

/** Stacking order: statuses in the site's order, then tasks of notices. */
const CATEGORY_ORDER: readonly Category[] = [...STATUS_ORDER, 'assigned'];

function categoryLabel(c: Category): string {
  if (c === 'assigned') return s.assigned;
  if (c === 'count') return s.count;
  return statusLabel(c);
}

function presentCategories(rows: readonly { counts: CategoryCounts }[]): Category[] {
  return CATEGORY_ORDER.filter((c) => rows.some((r) => (r.counts[c] ?? 0) > 0));
}

function legendFor(categories: readonly Category[]) {
  return categories.map((category) => ({ category, label: legendLabel(categoryLabel(category), categoryStyles[category].mark) }));
}

/** A stacked bar chart and its table from labelled count rows. */
function stackedChart(meta: Pick<ChartSpec, 'slug' | 'title' | 'caption'>, firstColumn: string, rows: readonly { label: string; counts: CategoryCounts; total: number }[]): ChartSpec {
  const categories = presentCategories(rows);
  const several = categories.length > 1;
  // tasks of a notice alone: nothing to tell apart, so a plain bar and no legend
  const onlyTasks = categories.length === 1 && categories[0] === 'assigned';
  const bars: BarRowInput[] = rows.map((r, i) => ({
    key: String(i),
    label: r.label,
    segments: categories.map((category) => ({ category: onlyTasks ? 'count' : category, value: r.counts[category] ?? 0 })),
  }));
  return {
    ...meta,
    desc: chartDescription(
      rows.map((r) => ({
        label: r.label,
        total: r.total,
        parts: categories.map((c) => ({ label: categoryLabel(c), count: r.counts[c] ?? 0 })),
      })),
    ),
    figure: layoutBars(bars, { legend: onlyTasks ? [] : legendFor(categories) }),
    table: {
      columns: [firstColumn, ...categories.map(categoryLabel), ...(several ? [s.colTotal] : [])],
      rows: rows.map((r) => ({
        label: r.label,
        cells: [...categories.map((c) => r.counts[c] ?? 0), ...(several ? [r.total] : [])],
      })),
    },
  };
}

/** A plain bar chart (one bar per row, no categories) and its table. */
function countChart(meta: Pick<ChartSpec, 'slug' | 'title' | 'caption'>, columns: [string, string], rows: readonly { label: string; count: number; category?: Category }[]): ChartSpec {
  return {
    ...meta,
    desc: chartDescription(rows.map((r) => ({ label: r.label, total: r.count }))),
    figure: layoutBars(rows.map((r, i) => ({ key: String(i), label: r.label, segments: [{ category: r.category ?? 'count', value: r.count }] }))),
    table: { columns, rows: rows.map((r) => ({ label: r.label, cells: [r.count] })) },
  };
}

function statusChart(meta: Pick<ChartSpec, 'slug' | 'title' | 'caption'>, targets: readonly Target[]): ChartSpec {
  return countChart(
    meta,
    [s.colStatus, s.colCount],
    statusBreakdown(targets).map(({ status, count }) => ({ label: statusLabel(status), count, category: status satisfies StatusValue })),
  );
}

function deadlineLabel(bucket: DeadlineBucket, year: number): string {
  switch (bucket.kind) {
    case 'month':
      return deadlineMonthLabel(bucket.month, year);
    case 'ongoing':
      return s.deadlineOngoing;
    case 'none':
      return s.deadlineNone;
    case 'unparsed':
      return s.deadlineUnparsed;
  }
}

/**
 * Document page: status breakdown (progress tables), targets per leader, and
 * deadlines by month (where any target has one). A work report has no
 * targets of its own; it gets the status of its year's targets from the
 * latest progress table of the same year, if there is one.
 */
export function documentCharts(doc: SiteDocument, targets: readonly Target[], leaderTitle: string, related: { document: SiteDocument; targets: readonly Target[] } | null = null): ChartSpec[] {
  if (!chartsEnabled()) return [];
  const charts: ChartSpec[] = [];
  if (doc.kind === 'report') {
    if (related && related.targets.length > 0) {
      charts.push({
        ...statusChart(
          {
            slug: 'status',
            title: s.relatedStatusTitle,
            caption: relatedStatusCaption(doc.year, related.document.title, related.targets.length),
          },
          related.targets,
        ),
        more: { document: related.document, label: s.relatedLink },
      });
    }
    return charts;
  }
  if (targets.length === 0) return charts;
  const fields = documentFields(doc, targets);
  // a status chart only where the document prints statuses; a figures table (民生实事) shows how far each indicator got
  if (doc.kind === 'progress' && fields.status) {
    charts.push(statusChart({ slug: 'status', title: s.statusTitle, caption: statusChartCaption(targets.length) }, targets));
  }
  const figures = figuresChart(targets);
  if (figures) charts.push(figures);
  // by leader only where the document names leaders; one that names units only answers by unit
  if (!targets.some((t) => t.assignments.some((a) => a.people.length > 0))) {
    const units = unitsChart(s.unitsOfDocumentTitle, s.thisDocument, targets);
    if (units) charts.push(units);
  } else {
    const leaders = targetsByLeader(fields.status ? doc.kind : 'assignment', targets);
    charts.push(
      stackedChart(
        doc.kind === 'progress' && fields.status
          ? { slug: 'leaders', title: s.leadersTitle, caption: leadersChartCaption(targets.length, leaderTitle) }
          : { slug: 'leaders', title: s.tasksByLeaderTitle, caption: tasksByLeaderCaption(targets.length, leaderTitle) },
        s.colLeader,
        leaders.map((r) => ({ label: r.name ?? s.noLeader, counts: r.counts, total: r.total })),
      ),
    );
  }
  const deadlines = deadlineRows(targets);
  if (deadlines.some((r) => r.bucket.kind === 'month' || r.bucket.kind === 'ongoing')) {
    charts.push(
      countChart(
        { slug: 'deadlines', title: s.deadlinesTitle, caption: deadlinesChartCaption(targets.length) },
        [s.colDeadline, s.colCount],
        deadlines.map((r) => ({ label: deadlineLabel(r.bucket, doc.year), count: r.count })),
      ),
    );
  }
  return charts;
}

/** The units a set of targets names most, each counted once per target: for documents and places that name no leaders. */
function unitsChart(title: string, what: string, targets: readonly Target[]): ChartSpec | null {
  return partnerChart({ slug: 'units', title }, (n, t, tie) => unitsOfDocumentCaption(what, n, t, tie), unitsOfTargets(targets));
}

/** Figures table: each indicator's share of its goal, printed or (flagged) computed; null where no row reads as one. */
function figuresChart(targets: readonly Target[]): ChartSpec | null {
  const { rows, unread } = figureShares(targets);
  if (rows.length === 0) return null;
  const computed = rows.filter((r) => r.basis === 'computed').length;
  const label = (r: FigureShare) => (r.basis === 'computed' ? `${r.label}${s.figuresComputedMark}` : r.label);
  const shown = (value: number) => `${value}%`;
  return {
    slug: 'figures',
    title: s.figuresTitle,
    caption: figuresChartCaption(rows.length - computed, computed, unread),
    desc: chartDescription(
      rows.map((r) => ({ label: label(r), total: r.value })),
      '%',
    ),
    figure: layoutBars(
      rows.map((r, i) => ({ key: String(i), label: label(r), segments: [{ category: 'count', value: r.value }] })),
      { format: (n) => shown(n) },
    ),
    table: {
      columns: [s.colIndicator, s.colFigureShare],
      rows: rows.map((r) => ({ label: label(r), cells: [r.value] })),
    },
  };
}

/** The progress table a work report's targets are followed in: same place and year, the latest. */
export function relatedProgress(report: SiteDocument, documents: readonly SiteDocument[]): SiteDocument | null {
  if (report.kind !== 'report') return null;
  const same = documents.filter((d) => d.kind === 'progress' && d.jurisdiction === report.jurisdiction && d.year === report.year && d.targetCount > 0).sort(chronological);
  return same[same.length - 1] ?? null;
}

/** On-plan share per progress table over time; one line per jurisdiction that has any. */
export function shareChart(jurisdictions: readonly Jurisdiction[], documents: readonly SiteDocument[]): ChartSpec | null {
  const series = jurisdictions.map((j) => ({ j, points: shareOverTime(documents.filter((d) => d.jurisdiction === j.id)) })).filter((x) => x.points.length > 0);
  if (series.length === 0) return null;
  const one = series.length === 1;
  // x: reporting periods in time order, shared by all jurisdictions
  const periods = new Map<string, { key: string; label: string; doc: SiteDocument }>();
  for (const { points } of series) {
    for (const p of points) {
      const key = `${p.document.year}-${p.document.period}`;
      if (!periods.has(key)) periods.set(key, { key, label: documentLabel(p.document), doc: p.document });
    }
  }
  const categories = [...periods.values()].sort((a, b) => chronological(a.doc, b.doc));
  const rowLabel = (j: Jurisdiction, d: SiteDocument) => (one ? documentLabel(d) : `${j.name} ${documentLabel(d)}`);
  const all = series.flatMap(({ j, points }) => points.map((p) => ({ j, p })));
  return {
    slug: 'share',
    title: s.shareTitle,
    caption: shareChartCaption(all.filter(({ p }) => p.partial).map(({ j, p }) => ({ label: rowLabel(j, p.document), coverage: p.partial as Coverage }))),
    desc: shareDescription(all.map(({ j, p }) => ({ label: rowLabel(j, p.document), share: p.share, onPlan: p.onPlan, behind: p.behind, coverage: p.partial }))),
    figure: layoutLine(
      categories,
      series.map(({ j, points }) => ({
        key: j.id,
        label: j.name,
        points: points.map((p) => ({ x: `${p.document.year}-${p.document.period}`, value: p.share, apart: p.partial !== null })),
      })),
      chartShare,
    ),
    table: {
      columns: [s.colDocument, s.colOnPlan, s.colBehind, s.colShare, s.colCoverage],
      rows: all.map(({ j, p }) => ({
        label: rowLabel(j, p.document),
        cells: [p.onPlan, p.behind, percent(p.onPlan, p.onPlan + p.behind), coverageCell(p.document.targetCount, p.partial)],
      })),
    },
  };
}

/**
 * Columns of the leaders × documents matrix. At the chart's 360 px, with
 * leader names up to six characters, a fifth column would cut “第三季度” in
 * its heading (the snapshot edge-matrix-twenty-documents shows four).
 */
export const MATRIX_DOCUMENTS = 4;

/** Leaders × documents: targets each leader leads in each of a jurisdiction's newest documents. */
export function leaderMatrixChart(jurisdiction: Jurisdiction, documents: readonly SiteDocument[], targetsByDocument: ReadonlyMap<string, readonly Target[]>): ChartSpec | null {
  const m = leaderDocumentMatrix(documents, targetsByDocument, MATRIX_DOCUMENTS);
  if (m.rows.length === 0) return null;
  const columns = m.documents.map((d) => ({ key: d.id, label: documentLabel(d) }));
  return {
    slug: 'leaders',
    title: s.matrixTitle,
    caption: matrixChartCaption(
      jurisdiction.leaderTitle,
      m.documents.some((d) => d.kind === 'assignment'),
      m.documents.length,
      m.older,
    ),
    desc: chartDescription(
      m.rows.map((r) => ({
        label: r.name,
        total: r.total,
        parts: columns.map((c, i) => ({ label: c.label, count: r.cells[i] ?? 0 })),
      })),
    ),
    figure: layoutMatrix({ columns, rows: m.rows.map((r) => ({ key: r.key, label: r.name, cells: r.cells })) }),
    table: {
      columns: [s.colLeader, ...columns.map((c) => c.label), ...(columns.length > 1 ? [s.colTotal] : [])],
      rows: m.rows.map((r) => ({ label: r.name, cells: [...r.cells, ...(columns.length > 1 ? [r.total] : [])] })),
    },
  };
}

export function jurisdictionCharts(jurisdiction: Jurisdiction, documents: readonly SiteDocument[], targetsByDocument: ReadonlyMap<string, readonly Target[]>): ChartSpec[] {
  if (!chartsEnabled()) return [];
  const own = documents.filter((d) => d.jurisdiction === jurisdiction.id);
  const matrix = leaderMatrixChart(jurisdiction, own, targetsByDocument);
  // a place whose documents name units only: who answers for its targets, by unit
  const units = matrix
    ? null
    : unitsChart(
        s.unitsOfDocumentTitle,
        s.thisPlace,
        own.flatMap((d) => targetsByDocument.get(d.id) ?? []),
      );
  return [shareChart([jurisdiction], own), matrix, units].filter((c): c is ChartSpec => c !== null);
}

/** Home: the on-plan share over time for every jurisdiction with progress tables, then (for a handful of places) each jurisdiction's leaders × documents. */
export function homeCharts(jurisdictions: readonly Jurisdiction[], documents: readonly SiteDocument[], targetsByDocument: ReadonlyMap<string, readonly Target[]>): ChartSpec[] {
  if (!chartsEnabled()) return [];
  // a line per place and a matrix per place stop being readable past a handful: then one bar per place
  if (jurisdictions.length > FEW_PLACES) return [latestStatusChart(jurisdictions, documents)].filter((c): c is ChartSpec => c !== null);
  const matrices = jurisdictions.map((j) => {
    const chart = leaderMatrixChart(
      j,
      documents.filter((d) => d.jurisdiction === j.id),
      targetsByDocument,
    );
    return chart && { ...chart, slug: `leaders-${j.id}`, title: `${j.name}${s.titleSeparator}${chart.title}` };
  });
  return [shareChart(jurisdictions, documents), ...matrices].filter((c): c is ChartSpec => c !== null);
}

/** Each jurisdiction's newest progress table, by status: one bar per place, readable for a province. */
export function latestStatusChart(jurisdictions: readonly Jurisdiction[], documents: readonly SiteDocument[]): ChartSpec | null {
  const rows = jurisdictions.flatMap((j) => {
    const latest = documents.filter((d) => d.jurisdiction === j.id && d.kind === 'progress').sort((a, b) => chronological(b, a))[0];
    if (!latest) return [];
    const counts: CategoryCounts = { ...latest.status };
    return [{ label: `${j.name} ${documentLabel(latest)}`, counts, total: statusTotal(latest.status) }];
  });
  if (rows.length === 0) return null;
  return stackedChart({ slug: 'latest', title: s.latestStatusTitle, caption: latestStatusCaption() }, s.colDocument, rows);
}

function byDocumentChart(name: string, groups: readonly EntityDocument[], concerns: Parameters<typeof entityByDocument>[1]): ChartSpec {
  const withNotices = groups.some((g) => g.document.kind === 'assignment');
  const withProgress = groups.some((g) => g.document.kind === 'progress');
  return stackedChart(
    { slug: 'documents', title: s.entityByDocumentTitle, caption: entityByDocumentCaption(name, withProgress, withNotices) },
    s.colDocument,
    entityByDocument(groups, concerns).map(({ document, row }) => ({ label: documentLabel(document), counts: row.counts, total: row.total })),
  );
}

/**
 * The first `n` partners, without cutting through a tie: units with as many
 * shared targets as the first one left out are left out too, unless that
 * leaves fewer than three (then ties are listed in name order, as sorted).
 */
export function topPartners(all: readonly Partner[], n: number): Partner[] {
  const next = all[n];
  if (!next) return [...all];
  const clean = all.slice(0, n).filter((p) => p.count > next.count);
  return clean.length >= 3 ? clean : all.slice(0, n);
}

function partnerChart(meta: Pick<ChartSpec, 'slug' | 'title'>, caption: (shown: number, total: number, tieCut: boolean) => string, all: readonly Partner[]): ChartSpec | null {
  if (all.length === 0) return null;
  const shown = topPartners(all, TOP_UNITS);
  const tieCut = all[shown.length]?.count === shown[shown.length - 1]?.count;
  return countChart(
    { ...meta, caption: caption(shown.length, all.length, tieCut) },
    [s.colUnit, s.colCount],
    shown.map((p) => ({ label: p.name, count: p.count })),
  );
}

/** Leader page: their targets per document by status; the units they work with most. */
export function leaderCharts(leader: Leader, groups: readonly EntityDocument[]): ChartSpec[] {
  if (!chartsEnabled() || groups.length === 0) return [];
  const targets = groups.flatMap((g) => g.targets);
  return [
    byDocumentChart(leader.name, groups, (a) => namesPerson(a, leader.id)),
    partnerChart({ slug: 'units', title: s.unitsOfLeaderTitle }, (n, t, tie) => unitsOfLeaderCaption(leader.name, n, t, tie), unitsOfLeader(targets, leader.id)),
  ].filter((c): c is ChartSpec => c !== null);
}

/** Unit page: its targets per document by status; the units it shares targets with most. */
export function unitCharts(unit: Unit, groups: readonly EntityDocument[]): ChartSpec[] {
  if (!chartsEnabled() || groups.length === 0) return [];
  const targets = groups.flatMap((g) => g.targets);
  return [
    byDocumentChart(unit.name, groups, (a) => namesUnit(a, unit.id)),
    partnerChart({ slug: 'partners', title: s.partnersTitle }, (n, t, tie) => partnersCaption(unit.name, n, t, tie), partnersOfUnit(targets, unit.id)),
  ].filter((c): c is ChartSpec => c !== null);
}

/**
 * Target page: where the target states one quantity and its progress one
 * comparable figure, the share done, computed by this site and labelled so,
 * with both phrases quoted. Nothing otherwise (see quantity.ts for when it refuses).
 */
export function targetCharts(target: Target, doc: SiteDocument): ChartSpec[] {
  if (!chartsEnabled() || doc.kind !== 'progress') return [];
  // a row of figures (工作目标, 已完成数, 占年任务之比) says how far it got itself: the same chart as its document's, for this target's rows
  if (target.assignments.some((a) => a.figures)) {
    const figures = figuresChart([target]);
    return figures ? [figures] : [];
  }
  const reading = readQuantity(
    target.text.text,
    target.assignments.map((a) => a.progress?.text ?? null),
  );
  if (reading.kind !== 'match') return [];
  const { target: goal, progress, ratio } = reading;
  const assignment = target.assignments[progress.assignment - 1];
  const source = quantitySource(progress.assignment, target.assignments.length, assignment?.people.map((x) => x.name).join('、') || null);
  const computed = quantityComputed(progress.value, goal.value, goal.unit, ratio);
  return [
    {
      slug: 'quantity',
      title: s.quantityTitle,
      caption: quantityCaption(computed),
      quotes: [
        { label: s.quantityRowTarget, text: goal.phrase },
        { label: target.assignments.length > 1 ? `${s.quantityRowProgress}（${source}）` : s.quantityRowProgress, text: progress.phrase },
      ],
      desc: `${computed}。`,
      figure: layoutMeter(ratio, quantityShare(ratio), s.quantityGoal),
      table: {
        columns: [s.colItem, s.colPhrase, s.colValue, s.colMeasureUnit],
        rows: [
          { label: s.quantityRowTarget, cells: [goal.phrase, goal.value, goal.unit] },
          {
            label: target.assignments.length > 1 ? `${s.quantityRowProgress}（${source}）` : s.quantityRowProgress,
            cells: [progress.phrase, progress.value, progress.unit],
          },
          { label: s.quantityRowShare, cells: ['', quantityShare(ratio), ''] },
        ],
      },
    },
  ];
}
