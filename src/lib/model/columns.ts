/**
 * A document's table as the site shows it: the source's own columns, in its
 * order, under its own headings (the ingest recorded what each holds), one
 * table per table of the source. Documents read from a list have no columns:
 * they are shown under the site's own headings.
 */
import type { ColumnField, SiteDocument, TableColumn } from '../../schemas/records.ts';
import { strings } from '../../i18n/zh-CN.ts';

export interface Column {
  field: ColumnField;
  heading: string;
  /** units columns: the heading the units were listed under (their label) */
  label: string | null;
}

const fallback: Column[] = [
  { field: 'number', heading: strings.colNumber, label: null },
  { field: 'target', heading: strings.colText, label: null },
  { field: 'people', heading: strings.colLeader, label: null },
  { field: 'deadline', heading: strings.colDeadline, label: null },
  { field: 'progress', heading: strings.colProgress, label: null },
  { field: 'status', heading: strings.colStatus, label: null },
  { field: 'units', heading: strings.colUnits, label: null },
];

/** The columns of one of the document's tables; a source column with no heading and nothing in it is left out. */
export function tableColumns(document: Pick<SiteDocument, 'columns'>, table: number | null, leaderTitle: string): Column[] {
  const own: TableColumn[] = document.columns.filter((c) => c.table === (table ?? 1));
  if (own.length === 0) return fallback.map((c) => (c.field === 'people' ? { ...c, heading: leaderTitle } : c));
  return own.filter((c) => c.heading !== '' || c.field !== 'other').map((c) => ({ field: c.field, heading: c.heading, label: c.field === 'units' ? c.heading : null }));
}

/** The heading a document's table prints for each field (考核指标, 占年任务之比, 是否完成计划进度): cards show the document's own words. */
export function fieldHeadings(document: Pick<SiteDocument, 'columns'>, table: number | null): Partial<Record<ColumnField, string>> {
  const out: Partial<Record<ColumnField, string>> = {};
  for (const c of document.columns.filter((col) => col.table === (table ?? 1))) {
    if (c.heading !== '' && out[c.field] === undefined && c.field !== 'units' && c.field !== 'people' && c.field !== 'other') out[c.field] = c.heading;
  }
  return out;
}
