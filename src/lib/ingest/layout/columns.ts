/**
 * Table headings → what the site reads each column as. Headings vary from
 * office to office (完成情况 / 推进情况, 牵头单位 / 责任单位 / 配合单位, 单 位 as the
 * unit of measure); every column is kept: one the site does not model stands
 * under its printed heading (`other`), never dropped and never a refusal.
 */
import type { ColumnField, UnitRole } from '../../../schemas/records.ts';
import { labelKind } from '../responsibility.ts';
import { unspaced } from '../text.ts';
import { periodEnd, readPeriod } from '../../model/period.ts';

export interface HeadingReading {
  field: ColumnField;
  role: UnitRole | null;
}

/** A heading as compared: no spaces, no brackets' content markers, full-width % as %. */
export function headingKey(raw: string): string {
  return unspaced(raw)
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/％/g, '%')
    .replace(/[：:]$/, '');
}

const NUMBER = /^(序号|编号|序|序列|No\.?|NO\.?|排序)$/;
const MEASURE = /^(单位|计量单位|单位名称\(计量\))$/;
const STATUS = /^(是否|进度评价|评价$|完成状态|推进状态|进度状态|状态$|进度$)/;
const DEADLINE = /(时限|完成时间|时间节点|完成期限|截止时间|时间要求|计划完成时间)/;
const SHARE = /(比例|%|百分比|占.*比|完成率|完成进度\(|进度比)/;
const REACHED = /^(已完成数?|完成数|累计完成(数|量)?|实际完成(数|量)?|完成值|完成量|截至.*完成)$/;
const GOAL = /^(工作目标|目标值|年度目标(数|值)?|计划数|目标数|任务数|年度任务(数)?|计划目标|全年目标|目标任务数)$/;
const PROGRESS = /(情况|进展|进度说明|推进落实|工作推进|完成内容)/;
const TARGET = /(目标|任务|内容|指标|事项|项目|工作|措施|实事)/;
const NOTE = /^(备注|说明|附注)$/;

/**
 * One heading → its field. `goal` headings (工作目标) are read as the quantity
 * aimed for only beside another target column; alone they are the target
 * (see `resolveColumns`).
 */
export function readHeading(raw: string): HeadingReading {
  const key = headingKey(raw);
  if (key === '') return { field: 'other', role: null };
  if (NUMBER.test(key)) return { field: 'number', role: null };
  // 报告任务编号, 项目代码: an identifier of something else, kept under its heading
  if (/(编号|代码|文号|编码)$/.test(key)) return { field: 'other', role: null };
  if (MEASURE.test(key)) return { field: 'measure', role: null };
  if (STATUS.test(key)) return { field: 'status', role: null };
  const label = labelKind(key);
  if (label?.kind === 'units') return { field: 'units', role: label.role };
  if (label?.kind === 'people') return { field: 'people', role: null };
  if (/(领导|责任人|负责人)$/.test(key)) return { field: 'people', role: null };
  if (DEADLINE.test(key)) return { field: 'deadline', role: null };
  if (SHARE.test(key)) return { field: 'share', role: null };
  if (REACHED.test(key)) return { field: 'reached', role: null };
  if (GOAL.test(key)) return { field: 'goal', role: null };
  if (NOTE.test(key)) return { field: 'note', role: null };
  if (PROGRESS.test(key) && !/^(工作任务|目标任务|重点工作|工作内容|主要任务)$/.test(key)) return { field: 'progress', role: null };
  // 区民生实事项目数量, 项目个数: how many, not what
  if (/(数量|个数|总数|项数)$/.test(key)) return { field: 'other', role: null };
  // 当前进度, 项目进度: what has been done (80%（进度滞后）), not a yes/no
  if (/(当前|目前|工作|项目|推进|实施|建设|形象)进度$/.test(key)) return { field: 'progress', role: null };
  if (TARGET.test(key)) return { field: 'target', role: null };
  return { field: 'other', role: null };
}

/** A declared reading (`units`, `units:lead`, `note`…) from seeds/<file>.meta.json. */
export function declaredReading(value: string): HeadingReading {
  const [field, role] = value.split(':');
  return { field: field as ColumnField, role: (role as UnitRole | undefined) ?? (field === 'units' ? 'responsible' : null) };
}

/**
 * The fields of a table's columns, settled together: the first target and
 * progress column are those; a second one of either is kept under its heading;
 * a goal column with no target beside it is the target.
 */
export function resolveColumns(readings: HeadingReading[], headings: readonly string[] = []): HeadingReading[] {
  const out = readings.map((r) => ({ ...r }));
  // a cumulative report prints last month's column beside this month's (1-10月推进情况 | 1-11月推进情况): the latest is the progress
  const progress = out.map((r, i) => (r.field === 'progress' ? { i, end: periodEndOf(headings[i] ?? '') } : null)).filter((x) => x !== null);
  if (progress.length > 1 && progress.every((p) => p.end !== null)) {
    const latest = progress.reduce((a, b) => ((b.end ?? 0) > (a.end ?? 0) ? b : a));
    for (const p of progress) if (p !== latest) (out[p.i] as HeadingReading).field = 'other';
  }
  const hasTarget = out.some((r) => r.field === 'target');
  if (!hasTarget) {
    const goal = out.find((r) => r.field === 'goal');
    if (goal) goal.field = 'target';
  }
  for (const single of ['number', 'target', 'progress', 'status', 'deadline', 'note', 'measure', 'goal', 'reached', 'share'] as const) {
    let seen = false;
    for (const r of out) {
      if (r.field !== single) continue;
      if (seen) r.field = 'other';
      seen = true;
    }
  }
  return out;
}

/** The month a heading's period ends in (1-11月推进情况 → 11, 第三季度 → 9), read by the one period reader; null where it names none. */
function periodEndOf(heading: string): number | null {
  const read = readPeriod(heading);
  const end = read ? periodEnd(read.period, 2000) : null;
  return end ? Number(end.slice(5, 7)) : null;
}
