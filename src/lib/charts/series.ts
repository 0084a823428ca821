/**
 * Data → series: what each chart counts, as plain numbers. No pixels and no
 * reader-facing words here (names from the sources are data and pass
 * through); layout and labels come later.
 *
 * Every status count uses `targetStatus()` (behind if any assignment is
 * behind, …). When a chart is about one leader or unit, the status is that of
 * the assignments naming them, the rule the leader and unit pages use.
 * Targets of task-assignment notices have no status (the notice reports no
 * progress): they are counted as `assigned`, never as not reported or behind.
 */
import { ascending } from 'd3-array';
import { coverageOf, type Coverage } from '../model/coverage.ts';
import type { Assignment, SiteDocument, StatusValue, Target } from '../../schemas/records.ts';
import { STATUS_ORDER, targetStatus } from '../model/status.ts';
import { chronological } from '../model/period.ts';
import { namesPerson } from '../model/assignment.ts';
import type { Category } from './palette.ts';

const zh = new Intl.Collator('zh-CN');

export type CategoryCounts = Partial<Record<Category, number>>;

/** One row of a bar chart: a leader, a unit, a document, a status, a month. */
export interface CountRow {
  key: string;
  /** a name from the data (leader, unit); null where the label is made from the key */
  name: string | null;
  counts: CategoryCounts;
  total: number;
}

function addCount(counts: CategoryCounts, category: Category, n = 1): void {
  counts[category] = (counts[category] ?? 0) + n;
}

function rowTotal(counts: CategoryCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** Most targets first; ties in the reader's (pinyin) order of names. */
function byTotalThenName(a: CountRow, b: CountRow): number {
  return b.total - a.total || zh.compare(a.name ?? a.key, b.name ?? b.key);
}

/** The category a target counts under, for the assignments in question. */
export function categoryOf(kind: SiteDocument['kind'], assignments: readonly Assignment[]): Category {
  return kind === 'assignment' ? 'assigned' : targetStatus({ assignments: [...assignments] });
}

/** Targets per status, every status present (zeros included), in the site's status order. */
export function statusBreakdown(targets: readonly Target[]): { status: StatusValue; count: number }[] {
  const counts = new Map<StatusValue, number>(STATUS_ORDER.map((s) => [s, 0]));
  for (const t of targets) {
    const s = targetStatus(t);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  return STATUS_ORDER.map((status) => ({ status, count: counts.get(status) ?? 0 }));
}

/**
 * Targets per leader in one document, split by the status of that leader's
 * assignments. A target led by two leaders counts once for each, so the rows
 * can add up to more than the document's targets. Assignments naming no
 * leader are counted under the key ''.
 */
export function targetsByLeader(kind: SiteDocument['kind'], targets: readonly Target[]): CountRow[] {
  const rows = new Map<string, CountRow>();
  for (const t of targets) {
    const byLeader = new Map<string, { name: string | null; assignments: Assignment[] }>();
    for (const a of t.assignments) {
      const people = a.people.length > 0 ? a.people.map((p) => ({ key: p.id, name: p.name })) : [{ key: '', name: null }];
      for (const { key, name } of people) {
        const entry = byLeader.get(key) ?? { name, assignments: [] };
        entry.assignments.push(a);
        byLeader.set(key, entry);
      }
    }
    for (const [key, { name, assignments }] of byLeader) {
      const row = rows.get(key) ?? { key, name, counts: {}, total: 0 };
      addCount(row.counts, categoryOf(kind, assignments));
      rows.set(key, row);
    }
  }
  return finish([...rows.values()]).sort(byTotalThenName);
}

function finish(rows: CountRow[]): CountRow[] {
  for (const row of rows) row.total = rowTotal(row.counts);
  return rows;
}

/** A figure as a number: 5.2, 1361.92, 12,800 (not 不低于60元, not 11月底…). */
export function figureNumber(text: string | null): number | null {
  if (text === null) return null;
  const t = text.replace(/[\s,，]/g, '');
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
}

export interface FigureShare {
  /** 序号 and the row's own text */
  label: string;
  /** percent */
  value: number;
  /** printed: the share as the table prints it; computed: 已完成数 ÷ 工作目标 by this site, the table printing none */
  basis: 'printed' | 'computed';
}

/**
 * The share of its goal each row of a figures table reached: the printed
 * share where it reads as a percentage (139.1%), else 已完成数 ÷ 工作目标 where
 * both are plain numbers, flagged as computed; rows with neither are left out.
 */
export function figureShares(targets: readonly Target[]): { rows: FigureShare[]; unread: number } {
  const rows: FigureShare[] = [];
  let unread = 0;
  for (const t of targets) {
    for (const a of t.assignments) {
      if (!a.figures) continue;
      const label = `${t.number} ${a.targetText?.text ?? t.text.text}`;
      const printed = /^(\d+(?:\.\d+)?)\s*[%％]$/.exec((a.figures.share ?? '').trim());
      const goal = figureNumber(a.figures.goal);
      const reached = figureNumber(a.figures.reached);
      if (printed) rows.push({ label, value: Number(printed[1]), basis: 'printed' });
      else if (goal !== null && reached !== null && goal > 0) rows.push({ label, value: Math.round((reached / goal) * 1000) / 10, basis: 'computed' });
      else unread++;
    }
  }
  return { rows, unread };
}

/** Deadline buckets: a calendar month (YYYY-MM), or a deadline that is not a date. */
export type DeadlineBucket = { kind: 'month'; month: string } | { kind: 'ongoing' | 'none' | 'unparsed' };

export interface DeadlineRow {
  bucket: DeadlineBucket;
  count: number;
}

/**
 * Targets per deadline month, every month from the first to the last
 * deadline (empty months included, so the spacing in time is honest), then
 * ongoing (长期坚持), none given, and unreadable deadlines where present.
 */
export function deadlineRows(targets: readonly Target[]): DeadlineRow[] {
  const months = new Map<string, number>();
  const other = { ongoing: 0, none: 0, unparsed: 0 };
  for (const t of targets) {
    const d = t.deadline;
    if (d.kind === 'date' && d.date) {
      const m = d.date.slice(0, 7);
      months.set(m, (months.get(m) ?? 0) + 1);
    } else if (d.kind === 'date' || d.kind === 'unparsed') other.unparsed += 1;
    else other[d.kind] += 1;
  }
  const rows: DeadlineRow[] = [];
  const sorted = [...months.keys()].sort(ascending);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && last) {
    for (let m = first; m <= last; m = nextMonth(m)) rows.push({ bucket: { kind: 'month', month: m }, count: months.get(m) ?? 0 });
  }
  for (const kind of ['ongoing', 'none', 'unparsed'] as const) {
    if (other[kind] > 0) rows.push({ bucket: { kind }, count: other[kind] });
  }
  return rows;
}

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

export interface SharePoint {
  document: SiteDocument;
  onPlan: number;
  behind: number;
  /** on plan ÷ (on plan + behind); null where neither was reported */
  share: number | null;
  /** the table publishes only part of the document's targets: its share is not comparable with a whole table's */
  partial: Coverage | null;
}

/**
 * On-plan share of each progress table, oldest first. Only progress tables:
 * notices and work reports report no progress and are left out, not counted
 * as zero. Not applicable and not reported are outside the share, as on the
 * rest of the site.
 */
export function shareOverTime(documents: readonly SiteDocument[]): SharePoint[] {
  return (
    documents
      // a table that reports no status (a 民生实事 table of figures) has no share to draw
      .filter((d) => d.kind === 'progress' && d.targetCount > 0 && d.status.on_plan + d.status.behind + d.status.not_applicable > 0)
      .sort(chronological)
      .map((document) => {
        const { on_plan: onPlan, behind } = document.status;
        return { document, onPlan, behind, share: onPlan + behind > 0 ? onPlan / (onPlan + behind) : null, partial: coverageOf(document) };
      })
  );
}

export interface MatrixRow {
  key: string;
  name: string;
  /** targets in each column's document, in column order */
  cells: number[];
  total: number;
}

/**
 * Targets per leader per document (columns oldest first; documents without
 * targets left out). A target with two of the leader's rows counts once.
 */
export function leaderDocumentMatrix(
  documents: readonly SiteDocument[],
  targetsByDocument: ReadonlyMap<string, readonly Target[]>,
  newest = Number.POSITIVE_INFINITY,
): { documents: SiteDocument[]; rows: MatrixRow[]; older: number } {
  const all = documents.filter((d) => (targetsByDocument.get(d.id)?.length ?? 0) > 0).sort(chronological);
  // only the newest documents (a column each); rows are the leaders of those
  const columns = all.slice(Math.max(0, all.length - newest));
  const rows = new Map<string, MatrixRow>();
  columns.forEach((doc, col) => {
    for (const t of targetsByDocument.get(doc.id) ?? []) {
      const leaders = new Map(t.assignments.flatMap((a) => a.people.map((p) => [p.id, p.name] as const)));
      for (const [key, name] of leaders) {
        const row = rows.get(key) ?? { key, name, cells: columns.map(() => 0), total: 0 };
        row.cells[col] = (row.cells[col] ?? 0) + 1;
        row.total += 1;
        rows.set(key, row);
      }
    }
  });
  return {
    documents: columns,
    rows: [...rows.values()].sort((a, b) => b.total - a.total || zh.compare(a.name, b.name)),
    older: all.length - columns.length,
  };
}

/** A leader's or unit's targets in one document. */
export interface EntityDocument {
  document: SiteDocument;
  targets: readonly Target[];
}

/**
 * One row per document (oldest first) of a leader's or unit's targets, split
 * by the status of the assignments that name them (`assigned` in notices).
 */
export function entityByDocument(groups: readonly EntityDocument[], concerns: (a: Assignment) => boolean): { document: SiteDocument; row: CountRow }[] {
  return [...groups]
    .sort((a, b) => chronological(a.document, b.document))
    .map(({ document, targets }) => {
      const counts: CategoryCounts = {};
      for (const t of targets) {
        const mine = t.assignments.filter(concerns);
        if (mine.length > 0) addCount(counts, categoryOf(document.kind, mine));
      }
      return { document, row: { key: document.id, name: null, counts, total: rowTotal(counts) } };
    });
}

export interface Partner {
  id: string;
  name: string;
  /** targets shared */
  count: number;
}

/**
 * The units a leader's targets are assigned to, by number of targets: from
 * the leader's own assignments only.
 */
export function unitsOfLeader(targets: readonly Target[], leaderId: string): Partner[] {
  return partners(targets, (t) => t.assignments.filter((a) => namesPerson(a, leaderId)).flatMap((a) => a.units));
}

/** Every unit the targets name, by number of targets (each target counts once per unit). */
export function unitsOfTargets(targets: readonly Target[]): Partner[] {
  return partners(targets, (t) => t.assignments.flatMap((a) => a.units));
}

/**
 * The other units named in the same targets as a unit (in any of the
 * target's assignments), by number of targets shared.
 */
export function partnersOfUnit(targets: readonly Target[], unitId: string): Partner[] {
  return partners(targets, (t) => t.assignments.flatMap((a) => a.units).filter((u) => u.id !== unitId));
}

function partners(targets: readonly Target[], named: (t: Target) => { id: string; name: string }[]): Partner[] {
  const found = new Map<string, Partner>();
  for (const t of targets) {
    for (const u of new Map(named(t).map((u) => [u.id, u])).values()) {
      const p = found.get(u.id) ?? { id: u.id, name: u.name, count: 0 };
      p.count += 1;
      found.set(u.id, p);
    }
  }
  return [...found.values()].sort((a, b) => b.count - a.count || zh.compare(a.name, b.name));
}
