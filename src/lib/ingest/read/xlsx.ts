/**
 * Excel workbooks (.xlsx) → rows, one table per visible sheet, read with
 * exceljs (it exposes merged ranges, hidden rows, columns and sheets, cached
 * formula results and rich text) after zip-guard.ts has bounded what opening
 * the file may cost.
 *
 * - A merged range's text stands in every cell it covers, each copy marked
 *   (row: below the range's first row; col: to its right), as a portal's
 *   rowspan is.
 * - What a cell shows is what is read: numbers through their number format
 *   (numfmt, the spreadsheet format engine), formulas by their cached result,
 *   never the formula; bold runs stay bold; hyperlinks are text.
 * - Hidden sheets, rows and columns that hold anything are refused by name:
 *   the build never publishes what the office kept out of sight, nor drops it
 *   silently.
 */
import ExcelJS from 'exceljs';
import { format as formatNumber } from 'numfmt';
import type { ReaderNote } from '../anomalies.ts';
import type { Block, Cell, SourceDocument } from '../source.ts';
import { NO_FACTS } from '../source.ts';
import { escapeHtml } from '../../site/html.ts';
import { guardOfficeZip, OfficeFileError } from './zip-guard.ts';

/** Names a spreadsheet gives a sheet by itself (Sheet1, 工作表1): they say nothing about the rows. */
const DEFAULT_SHEET_NAME = /^(sheet|工作表|表)\s*\d*$/i;

export const SHEET_LIMITS = { rows: 5000, columns: 60 } as const;

type Value = ExcelJS.CellValue;

function columnName(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** Excel's serial day number of a date exceljs read (it reads them as UTC). */
function serial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** A number as Excel's General format shows it: up to 11 significant digits, no trailing zeros. */
function general(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return String(Number(n.toPrecision(11)));
}

function shown(value: Value, numFmt: string | undefined): { html: string; formula: boolean; link: string | null } {
  const fmt = numFmt && numFmt !== 'General' ? numFmt : null;
  const plain = (v: unknown): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return fmt ? safeFormat(fmt, v) : general(v);
    if (v instanceof Date) return safeFormat(fmt ?? 'yyyy-mm-dd', serial(v));
    if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
    if (typeof v === 'object' && 'error' in v) return String((v as ExcelJS.CellErrorValue).error);
    // a string, or a value type ExcelJS adds later: as JSON, never as [object Object]
    return typeof v === 'string' ? v : JSON.stringify(v);
  };
  const text = (t: string): string => escapeHtml(t).replace(/\r?\n/g, '<br>');
  if (value === null || value === undefined) return { html: '', formula: false, link: null };
  if (typeof value === 'object' && !(value instanceof Date)) {
    if ('richText' in value) {
      const runs = value.richText.map((r) => (r.font?.bold ? `<b>${text(r.text)}</b>` : text(r.text)));
      return { html: runs.join(''), formula: false, link: null };
    }
    if ('formula' in value || 'sharedFormula' in value) {
      // =HYPERLINK("address", "text") shows its text; the address is recorded like any link, never published
      const link = /^\s*HYPERLINK\(\s*"((?:[^"]|"")*)"/i.exec((value as ExcelJS.CellFormulaValue).formula ?? '')?.[1]?.replace(/""/g, '"') ?? null;
      return { html: text(plain((value as ExcelJS.CellFormulaValue).result)), formula: true, link };
    }
    if ('hyperlink' in value) {
      const v = value;
      const t =
        typeof v.text === 'object' && v.text !== null && 'richText' in (v.text as object)
          ? (v.text as unknown as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('')
          : String(v.text ?? '');
      return { html: text(t), formula: false, link: v.hyperlink };
    }
  }
  return { html: text(plain(value)), formula: false, link: null };
}

function safeFormat(fmt: string, n: number): string {
  try {
    return formatNumber(fmt, n);
  } catch {
    return general(n);
  }
}

function hasContent(value: Value): boolean {
  return value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

export async function readXlsx(bytes: Uint8Array, file: string): Promise<SourceDocument> {
  guardOfficeZip(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new OfficeFileError(`not a readable Excel workbook (${(error as Error).message})`);
  }
  const blocks: Block[] = [];
  const notes: ReaderNote[] = [];
  let table = 0;
  let ordinal = 0;
  // an office splits one document over sheets named for what each holds (林克庆, 已完成任务): the name is read like a caption
  const named = workbook.worksheets.filter((s) => s.state === 'visible' && s.actualRowCount > 0).length > 1;
  for (const sheet of workbook.worksheets) {
    const rows = sheet.rowCount;
    const columns = sheet.columnCount;
    const anyContent = (): boolean => {
      let found = false;
      sheet.eachRow((row) => row.eachCell((c) => (found ||= hasContent(c.value))));
      return found;
    };
    if (sheet.state !== 'visible') {
      if (anyContent())
        throw new OfficeFileError(
          `sheet “${sheet.name}” is hidden and holds data`,
          'unhide the sheet (to publish it) or delete it, then save the file again: nothing hidden is published or silently dropped',
        );
      continue;
    }
    if (rows > SHEET_LIMITS.rows) throw new OfficeFileError(`sheet “${sheet.name}” has ${rows} rows, more than the ${SHEET_LIMITS.rows} a document table may have`);
    if (columns > SHEET_LIMITS.columns) throw new OfficeFileError(`sheet “${sheet.name}” has ${columns} columns, more than the ${SHEET_LIMITS.columns} a document table may have`);
    const hiddenRows: number[] = [];
    const hiddenColumns: string[] = [];
    for (let c = 1; c <= columns; c++) {
      if (!sheet.getColumn(c).hidden) continue;
      let filled = false;
      for (let r = 1; r <= rows; r++) filled ||= hasContent(sheet.getRow(r).getCell(c).value);
      if (filled) hiddenColumns.push(columnName(c));
    }
    for (let r = 1; r <= rows; r++) {
      const row = sheet.getRow(r);
      if (!row.hidden) continue;
      let filled = false;
      row.eachCell((c) => (filled ||= hasContent(c.value)));
      if (filled) hiddenRows.push(r);
    }
    if (hiddenRows.length > 0 || hiddenColumns.length > 0) {
      const what = [hiddenRows.length > 0 ? `rows ${hiddenRows.join(', ')}` : '', hiddenColumns.length > 0 ? `columns ${hiddenColumns.join(', ')}` : ''].filter(Boolean).join(' and ');
      throw new OfficeFileError(
        `sheet “${sheet.name}” has hidden ${what} that hold data`,
        'unhide them (to publish them) or delete them, then save the file again: nothing hidden is published or silently dropped',
      );
    }
    table++;
    let tableRow = 0;
    if (named && !DEFAULT_SHEET_NAME.test(sheet.name.trim())) {
      ordinal++;
      blocks.push({ kind: 'text', text: escapeHtml(sheet.name.trim()), pos: { line: ordinal, at: `${sheet.name}!` }, heading: null, sheet: true });
    }
    const merges = new Set<string>();
    /** sheet row → the running line of its block, for the position of a merged range's first cell */
    const lineOfRow = new Map<number, number>();
    for (let r = 1; r <= rows; r++) {
      const row = sheet.getRow(r);
      const cells: Cell[] = [];
      let filled = false;
      const at = `${sheet.name}!A${r}`;
      for (let c = 1; c <= columns; c++) {
        const cell = row.getCell(c);
        const master = cell.isMerged ? cell.master : cell;
        const { html, formula, link } = shown(master.value, master.numFmt);
        if (cell === master || master.address === cell.address) {
          if (formula && html === '') notes.push({ fact: { kind: 'formula-no-value', cell: `${sheet.name}!${cell.address}` }, pos: { line: ordinal + 1, at: `${sheet.name}!${cell.address}` } });
          if (link) notes.push({ fact: { kind: 'link-dropped', href: link, text: html }, pos: { line: ordinal + 1, at: `${sheet.name}!${cell.address}` } });
        }
        const copy = cell.isMerged && master.address !== cell.address;
        if (copy && !merges.has(master.address)) {
          merges.add(master.address);
          notes.push({
            fact: { kind: 'merged-cell', how: 'expanded', range: master.address, text: html.replace(/<[^>]+>/g, '').slice(0, 40) },
            pos: { line: lineOfRow.get(Number(master.row)) ?? ordinal + 1, at: `${sheet.name}!${master.address}` },
          });
        }
        cells.push({
          text: html,
          merged: copy ? (Number(cell.row) > Number(master.row) ? 'row' : 'col') : null,
          origin: copy ? { line: lineOfRow.get(Number(master.row)) ?? ordinal + 1, at: `${sheet.name}!${master.address}` } : null,
        });
        filled ||= html.trim() !== '';
      }
      if (!filled) continue;
      ordinal++;
      lineOfRow.set(r, ordinal);
      tableRow++;
      blocks.push({ kind: 'row', cells, pos: { line: ordinal, at }, table, row: tableRow });
    }
  }
  if (table === 0) throw new OfficeFileError('the workbook has no visible sheet with data');
  return { file, format: 'xlsx', blocks, nativeMarkup: true, facts: NO_FACTS, notes };
}
