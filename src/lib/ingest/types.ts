/**
 * What the source parsers return: records with names as published, before the
 * reviewed aliases resolve them to leaders and units (see resolve.ts).
 */
import type { AnomalyKind, DocumentKind, PeriodCode, RichText, SiteDocument } from '../../content.config.ts';
import type { UnitList } from './unit-list.ts';

export interface ParsedAnomaly {
  kind: AnomalyKind;
  severity: 'info' | 'warning';
  line: number;
  /** 序号 of the target the anomaly belongs to, if any */
  target: number | null;
  found: string;
  action: string;
}

export interface ParsedAssignment {
  /** as printed; null where the row names no leader */
  leader: string | null;
  leaderRole: string | null;
  /** target text printed on this row, when it is a continuation row that prints one */
  targetText: RichText | null;
  deadlineRaw: string | null;
  /** the units cell as printed, separators included */
  unitsRaw: string;
  units: UnitList;
  progress: RichText | null;
  statusRaw: string | null;
  line: number;
}

export interface ParsedTarget {
  number: number;
  text: RichText;
  section: { numeral: string; title: string } | null;
  assignmentClause: string | null;
  notes: string[];
  line: number;
  assignments: ParsedAssignment[];
}

export type ParsedDocument = Pick<
  SiteDocument,
  | 'kind'
  | 'year'
  | 'period'
  | 'periodLabel'
  | 'title'
  | 'docNumber'
  | 'declaredTotal'
  | 'columns'
  | 'textDate'
  | 'frontMatter'
  | 'backMatter'
  | 'sections'
  | 'reportHtml'
  | 'passages'
> & { kind: DocumentKind; period: PeriodCode };

export interface ParseResult {
  document: ParsedDocument;
  targets: ParsedTarget[];
  anomalies: ParsedAnomaly[];
}

/**
 * A seed that cannot be read. The message names `file:line`, what was found
 * and what was expected, so a webmaster can fix the file; the build stops and
 * publishes nothing.
 */
export class SeedError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, problem: string, expected: string) {
    super(`${file}:${line}: ${problem} — expected ${expected}`);
    this.name = 'SeedError';
    this.file = file;
    this.line = line;
  }
}

/** Periods as the titles name them. */
export const PERIODS: ReadonlyArray<{ words: RegExp; period: PeriodCode; label: string }> = [
  { words: /上半年/, period: 'h1', label: '上半年' },
  { words: /下半年/, period: 'h2', label: '下半年' },
  { words: /第一季度|一季度/, period: 'q1', label: '第一季度' },
  { words: /第二季度|二季度/, period: 'q2', label: '第二季度' },
  { words: /第三季度|三季度/, period: 'q3', label: '第三季度' },
  { words: /第四季度|四季度/, period: 'q4', label: '第四季度' },
  { words: /全年|年度/, period: 'year', label: '全年' },
];
