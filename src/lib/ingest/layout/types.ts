/**
 * What layout interpreters return: targets with names as printed, before the
 * name resolver maps them to leaders and units, and what each layout found
 * about the document (title, sections, columns, where the copy is cut off).
 */
import type { DocumentKind, DocumentLayout, Figures, RichText, TableColumn } from '../../../schemas/records.ts';
import type { AnomalyLog } from '../anomalies.ts';
import type { ParsedPerson, ParsedUnit } from '../responsibility.ts';
import type { Position, SourceDocument } from '../source.ts';

export interface ParsedAssignment {
  kind: 'assignment' | 'indicator';
  people: ParsedPerson[];
  targetText: RichText | null;
  deadlineRaw: string | null;
  /** the units as printed, with their labels where there are several */
  unitsRaw: string;
  units: ParsedUnit[];
  progress: RichText | null;
  statusRaw: string | null;
  figures: Figures | null;
  note: string | null;
  cells: Array<{ heading: string; text: string }>;
  gaps: Array<{ field: 'deadline' | 'progress' | 'status' | 'units' | 'people'; reason: 'cell-missing' | 'in-target-cell' | 'merged-above' }>;
  pos: Position;
}

/** An assignment with nothing read yet: the layouts fill it in from the row or item at `pos`. */
export function emptyAssignment(pos: Position): ParsedAssignment {
  return { kind: 'assignment', people: [], targetText: null, deadlineRaw: null, unitsRaw: '', units: [], progress: null, statusRaw: null, figures: null, note: null, cells: [], gaps: [], pos };
}

export interface ParsedTarget {
  number: number;
  printedNumber: string;
  /** the permalink segment; `{group}-{序号}` until the layout knows numbering does not restart */
  key: string;
  group: { index: number; label: string } | null;
  table: number | null;
  text: RichText;
  section: { numeral: string; title: string } | null;
  headings: string[];
  assignmentClause: string | null;
  notes: string[];
  pos: Position;
  assignments: ParsedAssignment[];
}

export interface TextLine {
  line: number;
  text: string;
}

export interface Interpretation {
  layout: DocumentLayout;
  kind: DocumentKind;
  /** as published; null where the layout found none */
  title: string | null;
  docNumber: string | null;
  declaredTotal: number | null;
  columns: TableColumn[];
  tables: Array<{ index: number; caption: string | null }>;
  textDate: string | null;
  frontMatter: TextLine[];
  backMatter: TextLine[];
  sections: Array<{ numeral: string; title: string; line: number; paragraphs: TextLine[]; targets: string[] }>;
  reportHtml: string | null;
  passages: Array<{ anchor: string; section: string; text: string; lines: number[] }>;
  targets: ParsedTarget[];
  cutOff: { pos: Position; text: string } | null;
  conventions: Array<{ text: string; applied: boolean }>;
  /** the year a work report sets targets for, which its text alone tells (the section that names them, or the year after it was delivered) */
  reportYear: number | null;
}

/** How well a document fits a layout: 0 does not fit; otherwise how many items it reads as targets. */
export interface Fit {
  layout: DocumentLayout;
  score: number;
  /** one line for the webmaster: what was found, or why it does not fit */
  reason: string;
}

export interface LayoutOptions {
  file: string;
  /** unit forms printed with an inner space, from the reviewed alias file */
  joinedUnitForms: readonly string[];
  /** declared: the copy is an excerpt */
  truncated: boolean;
  /** the webmaster declared this layout: read what it can even where nothing in the text says it fits */
  declared?: boolean;
  /** the kind the sidecar declares, if it does (a 通报 in paragraphs: its items' plain paragraphs are their progress) */
  kind?: DocumentKind;
  /** the title the sidecar declares, where the copy prints none */
  title?: string;
  /** declared column readings: printed heading → field (or units:role) */
  columns: Readonly<Record<string, string>>;
  /** printed status words the reviewed vocabulary knows (to tell a status cell from another) */
  isStatusWord: (raw: string) => boolean;
  log: AnomalyLog;
}

export interface Layout {
  name: DocumentLayout;
  fit(source: SourceDocument, options: Pick<LayoutOptions, 'isStatusWord' | 'columns'>): Fit;
  read(source: SourceDocument, options: LayoutOptions): Interpretation;
}
