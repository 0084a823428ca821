/**
 * Real material to recombine: the rows of the real progress tables (grouped
 * by target, continuation rows kept with their target, every cell exactly as
 * published), the real task notice and the real work report.
 *
 * Each row carries the anomaly kinds the real parser records on its line, so
 * the generator can make sure every synthetic table has its share of
 * continuation rows, shifted rows and markup.
 */
import { AnomalyLog } from '../ingest/anomalies.ts';
import { readHeading } from '../ingest/layout/columns.ts';
import { readDateLine, sectionHeading } from '../ingest/layout/common.ts';
import { ITEM as TASK } from '../ingest/layout/list.ts';
import { tableLayout } from '../ingest/layout/table.ts';
import { readText } from '../ingest/read/text.ts';
import { splitClause } from '../ingest/responsibility.ts';
import { isBlank, splitLines, squeeze, unspaced } from '../ingest/text.ts';

const SECTION = { test: (t: string): boolean => sectionHeading(t) !== null };
const DATE = { test: (t: string): boolean => readDateLine(t).date !== null };
/** The status words of the real tables (是, 否, —): what a regular row holds under 是否按计划. */
const STATUS_WORDS = new Set(['是', '否', '—', '——', '-']);
export const looksLikeStatus = (raw: string): boolean => STATUS_WORDS.has(unspaced(raw));

/** The labels the real notice puts before its leaders. */
const LEADER_ROLES = ['牵头领导', '责任领导', '分管领导'];

export interface PoolRow {
  /** the row's cells, tab-split, as published */
  cells: string[];
  /** anomaly kinds the real parser records on this row */
  tags: string[];
}

export interface PoolGroup {
  /** the numbered row, then its continuation rows */
  rows: PoolRow[];
  /** year of the table it came from (years in the text are shifted by the difference) */
  year: number;
  /** union of the rows' tags */
  tags: Set<string>;
}

export interface ProgressPool {
  groups: PoolGroup[];
  /** number of targets in each real table (synthetic tables get sizes around these) */
  sizes: number[];
  /** groups with at least one row of each messy kind */
  messy: Map<string, PoolGroup[]>;
}

const FIELD_ORDER = ['number', 'people', 'target', 'deadline', 'progress', 'status', 'units'] as const;

/** Does this header have the seven usual columns in the usual order? Only such tables are recombined. */
function standardHeader(cells: string[]): boolean {
  const names = cells.map((c) => unspaced(c)).filter((c) => c !== '');
  return names.length === FIELD_ORDER.length && FIELD_ORDER.every((f, i) => readHeading(names[i] ?? '').field === f);
}

export const MESSY_KINDS = ['continuation-row', 'repeated-number', 'shifted-row', 'markup-in-cell', 'trailing-empty-cells'] as const;

export function progressPool(seeds: ReadonlyArray<{ path: string; text: string; joinedUnitForms: readonly string[] }>): ProgressPool {
  const groups: PoolGroup[] = [];
  const sizes: number[] = [];
  for (const seed of seeds) {
    const log = new AnomalyLog();
    const source = readText(seed.text, seed.path);
    let year: number;
    try {
      const read = tableLayout.read(source, { file: seed.path, joinedUnitForms: seed.joinedUnitForms, truncated: false, columns: {}, isStatusWord: looksLikeStatus, log });
      year = Number(/(\d{4})\s*年/.exec(read.title ?? '')?.[1] ?? Number.NaN);
    } catch {
      continue;
    }
    const tagsByLine = new Map<number, string[]>();
    for (const a of log.entries) for (const o of a.occurrences) tagsByLine.set(o.pos.line, [...(tagsByLine.get(o.pos.line) ?? []), a.fact.kind]);
    let inTable = false;
    let current: PoolGroup | null = null;
    let currentNumber = '';
    let count = 0;
    for (const { line, text } of splitLines(seed.text)) {
      if (isBlank(text)) continue;
      const cells = text.split('\t');
      if (unspaced(cells[0] ?? '') === '序号') {
        if (!inTable && !standardHeader(cells)) break;
        inTable = true;
        continue;
      }
      if (!inTable || cells.length === 1) continue;
      const number = unspaced(cells[0] ?? '');
      const row: PoolRow = { cells, tags: tagsByLine.get(line) ?? [] };
      if (number !== '' && number !== currentNumber) {
        current = { rows: [row], year, tags: new Set(row.tags) };
        currentNumber = number;
        groups.push(current);
        count++;
      } else if (current) {
        current.rows.push(row);
        row.tags.forEach((t) => current?.tags.add(t));
      }
    }
    if (count > 0) sizes.push(count);
  }
  const messy = new Map<string, PoolGroup[]>();
  for (const kind of MESSY_KINDS)
    messy.set(
      kind,
      groups.filter((g) => g.tags.has(kind)),
    );
  return { groups, sizes, messy };
}

/* ---- task notice ---- */

export interface NoticeTask {
  body: string;
  /** the closing parenthesis as published: （牵头领导：…。承办单位：…） */
  clause: string;
}

export interface NoticeTemplate {
  year: number;
  /** addressee line (…：) and the paragraphs between it and the first section */
  addressee: string;
  intro: string[];
  sections: Array<{ heading: string; paragraphs: string[]; tasks: NoticeTask[] }>;
  /** lines after the signature date: 此件公开发布, 抄送… */
  tail: string[];
}

export function noticeTemplate(text: string): NoticeTemplate | null {
  const lines = splitLines(text)
    .map((l) => squeeze(l.text))
    .filter((t) => t !== '');
  let year = Number.NaN;
  let addressee = '';
  const intro: string[] = [];
  const sections: NoticeTemplate['sections'] = [];
  const tail: string[] = [];
  let phase: 'head' | 'body' | 'tail' = 'head';
  let sawTask = false;
  for (const t of lines) {
    if (phase === 'head') {
      if (!SECTION.test(t)) {
        const y = /〔(\d{4})〕/.exec(t) ?? /(\d{4})\s*年/.exec(t);
        if (y && Number.isNaN(year)) year = Number(y[1]);
        if (/[：:]$/.test(t) && !addressee) addressee = t;
        else if (addressee) intro.push(t);
        continue;
      }
      phase = 'body';
    }
    if (phase === 'body') {
      if (SECTION.test(t)) {
        sections.push({ heading: t, paragraphs: [], tasks: [] });
        continue;
      }
      const task = TASK.exec(t);
      if (task) {
        const { body, clause } = splitClause(task[3] ?? '');
        if (clause) sections.at(-1)?.tasks.push({ body, clause });
        sawTask = true;
        continue;
      }
      if (sawTask && (DATE.test(t) || /人民政府$/.test(t))) {
        phase = 'tail';
        continue;
      }
      sections.at(-1)?.paragraphs.push(t);
      continue;
    }
    if (DATE.test(t) || /人民政府$/.test(t)) continue;
    tail.push(t);
  }
  if (!addressee || sections.length === 0 || Number.isNaN(year)) return null;
  return { year, addressee, intro, sections, tail };
}

/** Leader names inside a clause: the list after 牵头领导：/责任领导：/分管领导：. */
export const CLAUSE_LEADERS = new RegExp(`(${LEADER_ROLES.join('|')})([：:])([^。）)]*)`);

/* ---- work report ---- */

export interface ReportTemplate {
  /** the year whose targets the report sets */
  year: number;
  /** lines as published (blank lines dropped) */
  lines: string[];
}

export function reportTemplate(text: string): ReportTemplate | null {
  const lines = splitLines(text)
    .map((l) => l.text.trim())
    .filter((t) => t !== '');
  const titles = lines.map((l) => /^[一二三四五六七八九十]+、\s*(\d{4})\s*年.*(?:目标|重点工作|总体要求)/.exec(l)?.[1]).find(Boolean);
  const dateline = lines.map((l) => /^——.*?(\d{4})\s*年/.exec(l)?.[1]).find(Boolean);
  const year = titles ? Number(titles) : dateline ? Number(dateline) + 1 : Number.NaN;
  if (Number.isNaN(year)) return null;
  return { year, lines };
}
