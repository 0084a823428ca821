/**
 * Task-assignment notices (关于分解落实…政府工作报告任务目标的通知): a
 * numbered task list under 一、二、… sections, each task closing with a
 * parenthesis that names its leaders and units:
 *
 *   6、坚持…（牵头领导：谭丽娜。承办单位：区工业和信息化局、…等，工业园区、各镇街）
 *
 * Leaders are separated by 、; units by 、 and ， (the comma separates lead
 * units from the towns and departments that follow); 等 ends a list that is
 * not exhaustive; unit names may themselves contain parentheses. Task 1 adds
 * a note that bold marked the lead units — bold that plain text lost, so the
 * order of units is kept as published and the pages say so.
 */
import { cell } from './cell.ts';
import { chineseNumeral, isBlank, splitLines, squeeze, type SourceLine } from './text.ts';
import { SeedError, type ParseResult, type ParsedAnomaly, type ParsedTarget } from './types.ts';
import { splitUnits } from './unit-list.ts';

export const SECTION = /^([一二三四五六七八九十]+)、(.+)$/;
export const TASK = /^(\d+)[、.．]\s*(.+)$/;
export const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
export const LEADER_ROLES = ['牵头领导', '责任领导', '分管领导'];
const UNIT_ROLES = ['承办单位', '责任单位', '牵头单位'];

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** The closing parenthesis of a task line, matched from the end so nested （指挥部） stays inside. */
export function splitClause(text: string): { body: string; clause: string | null } {
  const t = text.trimEnd();
  if (!t.endsWith('）') && !t.endsWith(')')) return { body: t, clause: null };
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const ch = t[i];
    if (ch === '）' || ch === ')') depth++;
    if (ch === '（' || ch === '(') depth--;
    if (depth === 0) return { body: t.slice(0, i).trimEnd(), clause: t.slice(i) };
  }
  return { body: t, clause: null };
}

/** Splits the inside of the clause at top-level 。 into its parts (leaders, units, notes). */
function clauseParts(clause: string): string[] {
  const inner = clause.slice(1, -1);
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of inner) {
    if (ch === '（' || ch === '(') depth++;
    if (ch === '）' || ch === ')') depth--;
    if (ch === '。' && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export interface NoticeOptions {
  file: string;
  joinedUnitForms?: readonly string[];
}

export function parseTaskNotice(text: string, options: NoticeOptions): ParseResult {
  const { file } = options;
  const lines = splitLines(text).filter((l) => !isBlank(l.text));
  const anomalies: ParsedAnomaly[] = [];
  const frontMatter: SourceLine[] = [];
  const backMatter: SourceLine[] = [];
  const sections: ParseResult['document']['sections'] = [];
  const targets: ParsedTarget[] = [];
  let phase: 'head' | 'body' | 'tail' = 'head';
  let docNumber: string | null = null;
  const titleLines: SourceLine[] = [];
  let textDate: string | null = null;
  let sawAddressee = false;
  let sawIssuer = false;

  for (const { line, text: raw } of lines) {
    const t = squeeze(raw);
    if (phase === 'head') {
      const section = SECTION.exec(t);
      if (section) phase = 'body';
      else {
        frontMatter.push({ line, text: t });
        // 文号, then the issuing body, then the title (often broken over lines), then the addressees (…：).
        if (!docNumber && !sawIssuer && /〔\d{4}〕\s*\d+\s*号$/.test(t)) docNumber = t;
        else if (!sawIssuer && /人民政府$/.test(t)) sawIssuer = true;
        else if (sawIssuer && !sawAddressee && /[：:]$/.test(t)) sawAddressee = true;
        else if (sawIssuer && !sawAddressee) titleLines.push({ line, text: t });
        continue;
      }
    }
    if (phase === 'body') {
      const section = SECTION.exec(t);
      if (section && Number.isFinite(chineseNumeral(section[1] ?? ''))) {
        sections.push({ numeral: section[1] ?? '', title: section[2] ?? '', line, paragraphs: [], targets: [] });
        continue;
      }
      const task = TASK.exec(t);
      if (task) {
        const number = Number(task[1]);
        const { body, clause } = splitClause(task[2] ?? '');
        const current = sections.at(-1) ?? null;
        const target = parseTask(number, body, clause, line, current, options, anomalies);
        if (targets.some((x) => x.number === number)) {
          throw new SeedError(file, line, `task number ${number} appears twice`, 'each task number once');
        }
        const previous = targets.at(-1);
        if (previous && number !== previous.number + 1) {
          anomalies.push({
            kind: 'number-out-of-order', severity: 'warning', line, target: number,
            found: `任务 ${number} 紧接在任务 ${previous.number} 之后`, action: '按原文顺序保留',
          });
        }
        targets.push(target);
        current?.targets.push(number);
        continue;
      }
      if (targets.length > 0 && (DATE.test(t) || /人民政府$/.test(t))) {
        phase = 'tail';
      } else {
        const current = sections.at(-1);
        if (!current) throw new SeedError(file, line, 'text before the first section', 'a section heading such as 一、…');
        current.paragraphs.push({ line, text: t });
        continue;
      }
    }
    // tail: signature, date, 抄送, 印发 — kept as published.
    backMatter.push({ line, text: t });
    const date = DATE.exec(t);
    if (date && !textDate) textDate = isoDate(date[1] ?? '', date[2] ?? '', date[3] ?? '');
  }

  if (targets.length === 0) throw new SeedError(file, lines.at(-1)?.line ?? 1, 'no numbered tasks found', 'tasks such as “1、…（牵头领导：…。承办单位：…）”');
  const org = frontMatter.find((f) => /人民政府$/.test(f.text))?.text ?? '';
  const joinedTitle = titleLines.map((l) => l.text).join('');
  if (titleLines.length > 1) {
    anomalies.push({
      kind: 'text-joined', severity: 'info', line: titleLines[0]?.line ?? 1, target: null,
      found: `标题分 ${titleLines.length} 行排印：${titleLines.map((l) => `“${l.text}”`).join('、')}`,
      action: '连成一行作为文件标题；各行原样保留在文件页',
    });
  }
  const yearMatch = /(\d{4})\s*年/.exec(joinedTitle) ?? /〔(\d{4})〕/.exec(docNumber ?? '');
  if (!yearMatch) throw new SeedError(file, titleLines[0]?.line ?? 1, `title “${joinedTitle}” names no year`, 'a title such as 关于分解落实2021年政府工作报告任务目标的通知');

  return {
    document: {
      kind: 'assignment',
      year: Number(yearMatch[1]),
      period: 'plan',
      periodLabel: '任务分解',
      title: `${org}${joinedTitle}`,
      docNumber,
      declaredTotal: null,
      columns: [],
      textDate,
      frontMatter,
      backMatter,
      sections,
      reportHtml: null,
      passages: [],
    },
    targets,
    anomalies,
  };
}

function parseTask(
  number: number,
  body: string,
  clause: string | null,
  line: number,
  section: { numeral: string; title: string } | null,
  options: NoticeOptions,
  anomalies: ParsedAnomaly[],
): ParsedTarget {
  const { file } = options;
  if (!clause) {
    throw new SeedError(file, line, `task ${number} has no closing （牵头领导：…。承办单位：…）`, 'a task line ending in a parenthesis naming its leaders and units');
  }
  let leaders: string[] = [];
  let leaderRole: string | null = null;
  let unitsRaw = '';
  const notes: string[] = [];
  for (const part of clauseParts(clause)) {
    const m = /^([^：:]+)[：:](.*)$/.exec(part);
    const role = m?.[1]?.trim() ?? '';
    if (m && LEADER_ROLES.includes(role)) {
      leaderRole = role;
      leaders = (m[2] ?? '').split(/[、，,]/).map((s) => squeeze(s)).filter(Boolean);
    } else if (m && UNIT_ROLES.includes(role)) {
      unitsRaw = m[2] ?? '';
    } else {
      notes.push(part);
    }
  }
  if (leaders.length === 0) throw new SeedError(file, line, `task ${number} names no leader in ${clause}`, '牵头领导：… or 责任领导：…');
  if (unitsRaw === '') throw new SeedError(file, line, `task ${number} names no units in ${clause}`, '承办单位：…');
  const units = splitUnits(unitsRaw, options.joinedUnitForms ?? []);
  const text = cell(body);
  if (text.markup) {
    anomalies.push({
      kind: text.markup.removed.length > 0 ? 'markup-removed' : 'markup-in-cell',
      severity: text.markup.removed.length > 0 ? 'warning' : 'info', line, target: number,
      found: `任务文字含 HTML 标记：${text.markup.tags.map((t) => `<${t}>`).join(' ')}${text.markup.removed.length > 0 ? `；原文：${body.slice(0, 200)}` : ''}`,
      action: '按允许清单净化，只保留加粗、分段和换行',
    });
  }
  return {
    number,
    text: text.value,
    section: section ? { numeral: section.numeral, title: section.title } : null,
    assignmentClause: clause,
    notes,
    line,
    // One assignment per leader: the notice assigns the same units to all of a task's leaders.
    assignments: leaders.map((leader) => ({
      leader,
      leaderRole,
      targetText: null,
      deadlineRaw: null,
      unitsRaw: squeeze(unitsRaw),
      units,
      progress: null,
      statusRaw: null,
      line,
    })),
  };
}
