import { csvParseRows } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { tableCsv } from './table.ts';

describe('tableCsv', () => {
  const table = {
    columns: ['责任单位', '目标数'],
    rows: [
      { label: '市农业农村局', cells: [11] },
      { label: '名称里有,逗号和"引号"', cells: [2] },
    ],
  };

  it('starts with a UTF-8 byte-order mark and ends lines in CRLF, for Excel and WPS', () => {
    const csv = tableCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(4);
  });

  it('round-trips: the CSV holds the table cell for cell, quoting what needs it', () => {
    const rows = csvParseRows(tableCsv(table).slice(1).replace(/\r\n/g, '\n').trimEnd());
    expect(rows).toEqual([
      ['责任单位', '目标数'],
      ['市农业农村局', '11'],
      ['名称里有,逗号和"引号"', '2'],
    ]);
  });

  it('writes a header only for an empty table', () => {
    expect(tableCsv({ columns: ['a', 'b'], rows: [] })).toBe('\uFEFFa,b\r\n');
  });
});
