/**
 * Progress tables (责任目标…工作推进情况一览表): tab-separated rows exported
 * from Word/PDF, one header row per page.
 *
 * The source is messy in known ways, each handled here and recorded as an
 * anomaly at its line:
 * - merged cells became continuation rows: an empty or repeated 序号 is a
 *   further assignment (usually another leader) of the current target;
 * - some rows slid sideways (年底 or 是 in the leader column, two empty cells
 *   at the end): they are realigned by what each cell holds, or kept whole;
 * - the header repeats at every page break;
 * - cells carry HTML fragments, kept as meaning by the sanitizer.
 */
import { cell } from './cell.ts';
import { looksLikeDeadline } from './deadline.ts';
import { looksLikeStatus } from './status.ts';
import { isBlank, splitLines, squeeze, unspaced, type SourceLine } from './text.ts';
import {
  PERIODS,
  SeedError,
  type ParseResult,
  type ParsedAnomaly,
  type ParsedAssignment,
  type ParsedTarget,
} from './types.ts';
import { splitUnits } from './unit-list.ts';

type Field = 'number' | 'leader' | 'target' | 'deadline' | 'progress' | 'status' | 'units';

/** Header names and the synonyms offices use for them. */
export const HEADER_SYNONYMS: Record<Field, readonly string[]> = {
  number: ['序号'],
  leader: ['市政府领导', '区政府领导', '县政府领导', '政府领导', '牵头领导', '责任领导', '分管领导'],
  target: ['责任目标内容', '责任目标', '目标任务', '工作任务', '任务内容', '目标内容'],
  deadline: ['完成时限', '时限', '完成时间'],
  progress: ['完成情况', '推进情况', '进展情况', '工作推进情况', '工作进展'],
  status: ['是否完成计划进度', '是否按计划完成进度', '是否按计划推进', '是否按进度完成', '是否完成'],
  units: ['责任单位', '牵头单位', '承办单位', '责任部门'],
};
const REQUIRED: readonly Field[] = ['number', 'leader', 'target', 'units'];
const FIELD_LABEL: Record<Field, string> = {
  number: '序号',
  leader: '领导',
  target: '责任目标内容',
  deadline: '完成时限',
  progress: '完成情况',
  status: '是否按计划',
  units: '责任单位',
};

export interface ParseOptions {
  /** path of the seed, for messages */
  file: string;
  /** unit forms printed with an inner space, from the reviewed alias file */
  joinedUnitForms?: readonly string[];
}

/** Is this a header row? Its first cell is 序号. */
function isHeader(cells: string[]): boolean {
  return unspaced(cells[0] ?? '') === '序号';
}

function mapHeader(cells: string[], file: string, line: number): Map<Field, number> {
  const map = new Map<Field, number>();
  cells.forEach((raw, index) => {
    const name = unspaced(raw);
    if (name === '') return;
    const field = (Object.keys(HEADER_SYNONYMS) as Field[]).find((f) => HEADER_SYNONYMS[f].includes(name));
    if (!field) {
      const known = Object.values(HEADER_SYNONYMS).flat().join('、');
      throw new SeedError(file, line, `unknown column heading “${raw.trim()}” (column ${index + 1})`, `one of ${known}`);
    }
    if (map.has(field)) throw new SeedError(file, line, `column “${raw.trim()}” appears twice`, 'each column once');
    map.set(field, index);
  });
  for (const field of REQUIRED) {
    if (!map.has(field)) {
      throw new SeedError(file, line, `no ${FIELD_LABEL[field]} column in the header`, `a column named ${HEADER_SYNONYMS[field].join(' or ')}`);
    }
  }
  return map;
}

/** A person's name: two to four Han characters, maybe with stray spaces, and not a deadline or status word. */
export function looksLikeName(raw: string): boolean {
  const t = unspaced(raw);
  return /^[\p{Script=Han}·]{2,4}$/u.test(t) && !looksLikeDeadline(t) && !looksLikeStatus(t);
}

/** A units cell: not a status or deadline word, and no sentence punctuation. */
function looksLikeUnits(raw: string): boolean {
  return !looksLikeStatus(raw) && !looksLikeDeadline(raw) && !/[。；;，,]/.test(raw) && squeeze(raw).length <= 120;
}

interface RowCells {
  leader: string;
  target: string;
  deadline: string;
  progress: string;
  status: string;
  units: string;
}

function describeCells(cells: string[], header: string[]): string {
  return cells
    .map((c, i) => ({ c: squeeze(c), i }))
    .filter(({ c }) => c !== '')
    .map(({ c, i }) => `第${i + 1}列（${header[i] ?? '表外'}）“${c.length > 24 ? `${c.slice(0, 24)}…` : c}”`)
    .join('，');
}

/**
 * Reads a row that does not fit its columns by what each cell holds: status
 * words, deadline words, a name in the leader column, units after the status;
 * the text cells in between are target text and progress in that order. A
 * single text cell on a new target is kept whole as its target text.
 */
function realign(
  cells: string[],
  isNewTarget: boolean,
  file: string,
  line: number,
): { row: RowCells; action: string } {
  const row: RowCells = { leader: '', target: '', deadline: '', progress: '', status: '', units: '' };
  const texts: string[] = [];
  let statusAt = -1;
  cells.forEach((raw, i) => {
    if (i === 0 || isBlank(raw)) return;
    if (row.status === '' && looksLikeStatus(raw)) {
      row.status = raw;
      statusAt = i;
    } else if (row.deadline === '' && looksLikeDeadline(raw)) row.deadline = raw;
    else if (i === 1 && looksLikeName(raw)) row.leader = raw;
    else texts.push(`${i}\u0000${raw}`);
  });
  const located = texts.map((t) => {
    const [i, raw] = t.split('\u0000');
    return { i: Number(i), raw: raw ?? '' };
  });
  // Units are printed after the status; failing a status, the last short cell.
  let unitsIndex = located.findIndex((t) => t.i > statusAt && statusAt >= 0 && looksLikeUnits(t.raw));
  if (unitsIndex < 0 && statusAt < 0) {
    const last = located.at(-1);
    if (last && looksLikeUnits(last.raw)) unitsIndex = located.length - 1;
  }
  if (unitsIndex >= 0) row.units = located.splice(unitsIndex, 1)[0]?.raw ?? '';
  if (located.length > 2) {
    throw new SeedError(file, line, `row has ${located.length} text cells that fit no column`, 'a row whose cells can be matched to the header (序号, 领导, 目标, 时限, 情况, 是否按计划, 单位)');
  }
  const [first, second] = located;
  let action: string;
  if (second) {
    row.target = first?.raw ?? '';
    row.progress = second.raw;
    action = '按内容重新对齐：两个文字单元格依次作为责任目标内容和完成情况';
  } else if (first && isNewTarget) {
    row.target = first.raw;
    action = '按内容重新对齐；唯一的文字单元格原样保留为责任目标内容（它可能合并了目标、时限和完成情况，未拆分）';
  } else if (first) {
    row.progress = first.raw;
    action = '按内容重新对齐；唯一的文字单元格作为该分工的完成情况';
  } else {
    action = '按内容重新对齐；该行没有文字单元格';
  }
  const parts = [
    row.leader && `领导“${squeeze(row.leader)}”`,
    row.deadline && `完成时限“${squeeze(row.deadline)}”`,
    row.status && `是否按计划“${squeeze(row.status)}”`,
    row.units && `责任单位“${squeeze(row.units)}”`,
  ].filter(Boolean);
  if (!row.leader) parts.push('领导：原表未列明（不从其他列推断）');
  return { row, action: `${action}；${parts.join('，')}` };
}

export function parseProgressTable(text: string, options: ParseOptions): ParseResult {
  const { file } = options;
  const lines = splitLines(text);
  const anomalies: ParsedAnomaly[] = [];
  const frontMatter: SourceLine[] = [];
  const backMatter: SourceLine[] = [];
  const targets: ParsedTarget[] = [];
  const byNumber = new Map<number, ParsedTarget>();
  let headerCells: string[] | null = null;
  let columns: Map<Field, number> | null = null;
  const repeatedHeaders: number[] = [];
  let current: ParsedTarget | null = null;
  let title = '';

  for (const { line, text: raw } of lines) {
    if (isBlank(raw)) continue;
    const cells = raw.split('\t');
    if (!columns) {
      if (isHeader(cells)) {
        columns = mapHeader(cells, file, line);
        headerCells = cells.map((c) => c.trim());
      } else {
        let t = squeeze(raw);
        if (/^#{1,6}\s/.test(t)) {
          const stripped = t.replace(/^#{1,6}\s+/, '');
          anomalies.push({
            kind: 'marker-removed', severity: 'info', line, target: null,
            found: t, action: `去掉了文本转换留下的 Markdown 标题标记“${t.slice(0, t.length - stripped.length).trim()}”` ,
          });
          t = stripped;
        }
        if (!title) title = t;
        frontMatter.push({ line, text: t });
      }
      continue;
    }
    if (cells.length === 1) {
      backMatter.push({ line, text: squeeze(raw) });
      anomalies.push({
        kind: 'stray-line', severity: 'warning', line, target: current?.number ?? null,
        found: squeeze(raw), action: '表格中出现不分列的文字行，原样列在文件末尾的附注中',
      });
      continue;
    }
    if (isHeader(cells)) {
      const again = cells.map((c) => c.trim());
      if (headerCells && again.filter(Boolean).join('|') !== headerCells.filter(Boolean).join('|')) {
        columns = mapHeader(cells, file, line);
        headerCells = again;
      }
      repeatedHeaders.push(line);
      continue;
    }
    const header = headerCells ?? [];
    const width = header.length;
    let row = cells.slice();
    let trailing = 0;
    while (row.length > width && isBlank(row.at(-1) ?? '')) {
      row.pop();
      trailing++;
    }
    const tooWide = row.length > width;
    while (row.length < width) row.push('');

    const numberRaw = unspaced(cells[columns.get('number') ?? 0] ?? '');
    let number: number | null = null;
    if (numberRaw !== '') {
      if (!/^\d+$/.test(numberRaw)) {
        throw new SeedError(file, line, `序号 “${numberRaw}” is not a number`, 'a whole number, or an empty 序号 on a continuation row');
      }
      number = Number(numberRaw);
    }
    const isContinuation = number === null || (current !== null && number === current.number);
    const isNewTarget = !isContinuation && !(number !== null && byNumber.has(number));

    const get = (f: Field): string => {
      const i = columns?.get(f);
      return i === undefined ? '' : (row[i] ?? '');
    };
    let fields: RowCells = {
      leader: get('leader'), target: get('target'), deadline: get('deadline'),
      progress: get('progress'), status: get('status'), units: get('units'),
    };
    // A filled cell under a column with no heading would otherwise never be read.
    const mapped = new Set(columns.values());
    const unmapped = row.some((c, i) => !isBlank(c) && !mapped.has(i));
    const fits =
      !tooWide &&
      !unmapped &&
      (isBlank(fields.leader) || looksLikeName(fields.leader)) &&
      (isBlank(fields.deadline) || looksLikeDeadline(fields.deadline) || (squeeze(fields.deadline).length <= 12 && !looksLikeStatus(fields.deadline))) &&
      (isBlank(fields.status) || looksLikeStatus(fields.status) || (squeeze(fields.status).length <= 8 && !looksLikeDeadline(fields.status))) &&
      (isBlank(fields.units) || looksLikeUnits(fields.units));
    if (!fits) {
      const { row: aligned, action } = realign(cells, isNewTarget, file, line);
      anomalies.push({
        kind: 'shifted-row', severity: 'warning', line, target: number ?? current?.number ?? null,
        found: `该行单元格与表头错位：${describeCells(cells, header)}`,
        action,
      });
      fields = aligned;
    } else if (trailing > 0) {
      anomalies.push({
        kind: 'trailing-empty-cells', severity: 'info', line, target: number ?? current?.number ?? null,
        found: `行末多出 ${trailing} 个空单元格`, action: '忽略空单元格',
      });
    }

    const target = cell(fields.target);
    const progress = isBlank(fields.progress) ? null : cell(fields.progress);
    for (const [what, c, raw] of [['责任目标内容', target, fields.target], ['完成情况', progress, fields.progress]] as const) {
      if (c?.markup) {
        const removed = c.markup.removed.length > 0;
        anomalies.push({
          kind: removed ? 'markup-removed' : 'markup-in-cell',
          severity: removed ? 'warning' : 'info',
          line, target: number ?? current?.number ?? null,
          // Where something was removed, quote the cell as published (shown as text, never as markup).
          found: `${what}单元格含 HTML 标记：${c.markup.tags.map((t) => `<${t}>`).join(' ')}${removed ? `；原文：${squeeze(raw).slice(0, 200)}` : ''}`,
          action: c.markup.removed.length > 0
            ? `保留加粗、分段和换行；删除了 ${c.markup.removed.map((t) => `<${t}>`).join(' ')}（按允许清单净化）`
            : '按含义保留加粗、分段和换行（按允许清单净化，不输出原始 HTML）',
        });
      }
    }
    const units = splitUnits(fields.units, options.joinedUnitForms ?? []);
    const assignment: ParsedAssignment = {
      leader: isBlank(fields.leader) ? null : squeeze(fields.leader),
      leaderRole: header[columns.get('leader') ?? 1] ?? null,
      targetText: null,
      deadlineRaw: isBlank(fields.deadline) ? null : squeeze(fields.deadline),
      unitsRaw: squeeze(fields.units),
      units,
      progress: progress?.value ?? null,
      statusRaw: isBlank(fields.status) ? null : fields.status.trim(),
      line,
    };

    if (isNewTarget && number !== null) {
      if (current && number < current.number) {
        anomalies.push({
          kind: 'number-out-of-order', severity: 'warning', line, target: number,
          found: `序号 ${number} 出现在序号 ${current.number} 之后`, action: '按原表顺序保留',
        });
      }
      current = {
        number, text: target.value, section: null, assignmentClause: null, notes: [], line,
        assignments: [assignment],
      };
      targets.push(current);
      byNumber.set(number, current);
      continue;
    }

    // A further assignment of an existing target.
    const owner: ParsedTarget | null = number !== null ? (byNumber.get(number) ?? null) : current;
    if (!owner) {
      throw new SeedError(file, line, 'continuation row (empty 序号) before any numbered row', 'a numbered row first');
    }
    const textDiffers = !isBlank(fields.target) && unspaced(target.value.text) !== unspaced(owner.text.text);
    if (textDiffers) assignment.targetText = target.value;
    owner.assignments.push(assignment);
    if (number !== null && textDiffers) {
      anomalies.push({
        kind: 'repeated-number', severity: 'warning', line, target: owner.number,
        found: `序号 ${number} 重复出现，且责任目标内容与第 ${owner.line} 行不同`,
        action: `作为第 ${owner.number} 项的第 ${owner.assignments.length} 个分工保留，并原样显示该行的目标内容`,
      });
    } else {
      const how = number === null ? '序号为空' : `序号 ${number} 重复`;
      anomalies.push({
        kind: 'continuation-row', severity: 'info', line, target: owner.number,
        found: `${how}（原表合并单元格）${assignment.leader ? `，领导“${assignment.leader}”` : ''}`,
        action: `作为第 ${owner.number} 项的第 ${owner.assignments.length} 个分工`,
      });
    }
    if (number !== null && owner !== current) {
      anomalies.push({
        kind: 'number-out-of-order', severity: 'warning', line, target: owner.number,
        found: `序号 ${number} 在第 ${owner.line} 行已出现，中间隔有其他序号`,
        action: `作为第 ${owner.number} 项的又一个分工保留`,
      });
    }
  }

  if (!columns || !headerCells) {
    throw new SeedError(file, lines.length, 'no table header row found', 'a tab-separated header row starting with 序号');
  }
  if (repeatedHeaders.length > 0) {
    anomalies.push({
      kind: 'repeated-header', severity: 'info', line: repeatedHeaders[0] ?? 1, target: null,
      found: `表头在第 ${repeatedHeaders.join('、')} 行重复出现（原文分页）`, action: '重复的表头不作为数据行',
    });
  }

  const titleText = title || squeeze(frontMatter[0]?.text ?? '');
  const yearMatch = /(\d{4})\s*年/.exec(titleText);
  if (!yearMatch) throw new SeedError(file, frontMatter[0]?.line ?? 1, `title “${titleText}” names no year`, 'a title such as …2023年…工作推进情况一览表');
  const period = PERIODS.find((p) => p.words.test(titleText));
  if (!period) throw new SeedError(file, frontMatter[0]?.line ?? 1, `title “${titleText}” names no period`, '上半年, 下半年, 第一季度…第四季度 or 全年');

  let declaredTotal: number | null = null;
  for (const { text: t } of frontMatter) {
    const m = /确定的\s*(\d+)\s*项/.exec(t) ?? /(\d+)\s*项[^，。,]*责任目标/.exec(t);
    if (m) declaredTotal = Number(m[1]);
  }
  const first = targets[0]?.number;
  const last = targets.at(-1)?.number;
  if (declaredTotal !== null && targets.length < declaredTotal) {
    anomalies.push({
      kind: 'partial-table', severity: 'warning', line: frontMatter.find((f) => /项/.test(f.text))?.line ?? 1, target: null,
      found: `原文称共 ${declaredTotal} 项责任目标，本文件只含第 ${first}—${last} 项（${targets.length} 项）`,
      action: '只发布文件中实有的条目，不补充、不推测其余条目',
    });
  } else if (first !== undefined && first > 1) {
    anomalies.push({
      kind: 'partial-table', severity: 'warning', line: targets[0]?.line ?? 1, target: null,
      found: `本文件从第 ${first} 项开始，至第 ${last} 项（${targets.length} 项），前面的条目不在文件中`,
      action: '只发布文件中实有的条目，不补充、不推测其余条目',
    });
  }

  return {
    document: {
      kind: 'progress',
      year: Number(yearMatch[1]),
      period: period.period,
      periodLabel: period.label,
      title: titleText,
      docNumber: null,
      declaredTotal,
      columns: headerCells.filter((c) => c !== ''),
      textDate: null,
      frontMatter: frontMatter.filter((f) => f.text !== titleText),
      backMatter,
      sections: [],
      reportHtml: null,
      passages: [],
    },
    targets,
    anomalies,
  };
}
