/**
 * A chart's numbers as a table: shown under the chart and offered as CSV.
 * The CSV is the table, cell for cell, written with d3-dsv and prefixed with
 * a UTF-8 byte-order mark so that Excel and WPS open the Chinese correctly.
 */
import { csvFormatRow } from 'd3-dsv';

export interface DataTable {
  /** column headings; the first heads the row labels */
  columns: string[];
  rows: { label: string; cells: (number | string)[] }[];
}

const BOM = '\uFEFF';

/** CSV text of a table, BOM first, CRLF line ends (what spreadsheet programs expect). */
export function tableCsv(table: DataTable): string {
  const rows = [table.columns, ...table.rows.map((r) => [r.label, ...r.cells.map(String)])];
  return `${BOM}${rows.map((r) => csvFormatRow(r)).join('\r\n')}\r\n`;
}
