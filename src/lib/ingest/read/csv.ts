/**
 * CSV (.csv), as Excel and WPS save it: UTF-8 with or without BOM, or
 * GB18030 ("ANSI" on a Chinese desk), RFC 4180 quoting (d3-dsv). Every record
 * is a row; a record that spans lines (a quoted line break) is positioned at
 * the line it starts on. A title row (one filled cell) is a row like any
 * other: the table layout reads rows before the header as the title.
 */
import { csvParseRows } from 'd3-dsv';
import type { Block, SourceDocument } from '../source.ts';
import { NO_FACTS } from '../source.ts';

export function readCsv(text: string, file: string): SourceDocument {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records = csvParseRows(body.replace(/\r\n?/g, '\n'));
  const blocks: Block[] = [];
  let line = 1;
  let row = 0;
  for (const record of records) {
    const pos = { line, at: null };
    line += 1 + record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
    if (record.every((field) => field.trim() === '')) continue;
    row++;
    // like a tab-separated cell: as printed, stray tags left for the sanitizer to judge and record
    blocks.push({ kind: 'row', cells: record.map((field) => ({ text: field, merged: null, origin: null })), pos, table: 1, row });
  }
  return { file, format: 'csv', blocks, nativeMarkup: false, facts: NO_FACTS, notes: [] };
}
