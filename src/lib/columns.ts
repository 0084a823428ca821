/**
 * Which field each published column heading holds, so a document's table is
 * shown in its own column order under its own headings. Headings vary
 * between documents (完成情况 / 推进情况, 是否完成计划进度 / 是否按计划完成进度).
 */
import { strings } from '../i18n/zh-CN.ts';

export type ColumnField = 'number' | 'leader' | 'text' | 'deadline' | 'progress' | 'status' | 'units';

export interface Column {
  field: ColumnField;
  heading: string;
}

// order matters: 是否按计划完成进度 contains 完成, so status is tested before progress
const rules: [ColumnField, RegExp][] = [
  ['number', /序号/],
  ['leader', /领导/],
  ['units', /单位/],
  ['deadline', /时限|时间/],
  ['status', /是否|计划/],
  ['text', /目标|内容|任务/],
  ['progress', /情况|进展|进度/],
];

const fallback: Column[] = [
  { field: 'number', heading: strings.colNumber },
  { field: 'text', heading: strings.colText },
  { field: 'leader', heading: strings.colLeader },
  { field: 'deadline', heading: strings.colDeadline },
  { field: 'progress', heading: strings.colProgress },
  { field: 'status', heading: strings.colStatus },
  { field: 'units', heading: strings.colUnits },
];

export function tableColumns(published: readonly string[], leaderTitle: string): Column[] {
  const columns: Column[] = [];
  for (const heading of published) {
    const field = rules.find(([, re]) => re.test(heading))?.[0];
    if (!field || columns.some((c) => c.field === field)) return withLeader(fallback, leaderTitle);
    columns.push({ field, heading });
  }
  const complete = fallback.every((f) => columns.some((c) => c.field === f.field));
  return complete ? columns : withLeader(fallback, leaderTitle);
}

function withLeader(columns: Column[], leaderTitle: string): Column[] {
  return columns.map((c) => (c.field === 'leader' ? { ...c, heading: leaderTitle } : c));
}
