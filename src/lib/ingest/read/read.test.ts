/**
 * The format readers on fixtures made from the real seeds (tests/fixtures/formats/,
 * see scripts/make-format-fixtures.ts): what each turns bytes into, where it
 * says each block came from, and what it refuses, by name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../../../tests/test-site.ts';
import type { Block, RowBlock, TextBlock } from '../source.ts';
import { readSeed, SEED_LIMITS } from './index.ts';
import { OFFICE_LIMITS } from './zip-guard.ts';

const formats = join(FIXTURE_SITE, '../formats');
const bytesOf = (name: string): Buffer => readFileSync(join(formats, name));
const rows = (blocks: readonly Block[]): RowBlock[] => blocks.filter((b): b is RowBlock => b.kind === 'row');
const texts = (blocks: readonly Block[]): TextBlock[] => blocks.filter((b): b is TextBlock => b.kind === 'text');
const plain = (html: string): string => html.replace(/<[^>]+>/g, '').trim();

async function refusal(bytes: Uint8Array, file: string): Promise<string> {
  try {
    await readSeed(bytes, file);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${file} was read`);
}

const page = await readSeed(bytesOf('heze-2022-q3.html'), 'seeds/page.html');

describe('HTML: a saved portal page', () => {
  it('keeps the facts the page carries in its <meta> and leaves out the page chrome, scripts and styles', () => {
    expect(page.source.facts).toEqual({ title: '菏泽市人民政府2022年经济社会发展责任目标第三季度工作推进情况一览表', publishedAt: '2022-10-28', site: '菏泽市人民政府' });
    const all = page.source.blocks.map((b) => (b.kind === 'text' ? b.text : b.cells.map((c) => c.text).join(' '))).join('\n');
    for (const chrome of ['互动交流', '信息公开', '当前位置', '分享到', '网站标识码', '_hmt', 'color:red', '统计']) expect(all).not.toContain(chrome);
    expect(texts(page.source.blocks).map((b) => plain(b.text))).toEqual(['菏泽市人民政府2022年经济社会发展责任目标第三季度工作推进情况一览表', '来源：市政府办公室　发布日期：2022-10-28']);
  });

  it('expands rowspan into a grid: the merged 序号 and 目标 stand in every row they cover, marked as copies', () => {
    const grid = rows(page.source.blocks);
    expect(grid).toHaveLength(1 + 50);
    const continuation = grid.find((r) => r.cells[1]?.text === '王昌华');
    expect(continuation?.cells.map((c) => [plain(c.text).slice(0, 8), c.merged])).toEqual([
      ['41', 'row'],
      ['王昌华', null],
      ['全面开展“市场主', 'row'],
      ['年底', null],
      ['印发实施《菏泽市', null],
      ['是', null],
      ['市市场监管局', null],
    ]);
    expect(continuation?.pos).toEqual({ line: expect.any(Number), at: 'table 1 row 5' });
    expect(continuation?.cells[0]?.origin?.at).toBe('table 1 row 4');
    expect(page.source.notes.filter((n) => n.fact.kind === 'merged-cell')).toHaveLength(4);
  });

  it('reads a page whose data table sits inside a layout table, and never reads a <script> as text', () => {
    const html =
      '<html><body><table><tr><td><div class="nav"><a href="/">首页</a></div><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr><tr><td>1</td><td>任务<script>alert(1)</script></td><td>区发改局</td></tr></table></td></tr></table></body></html>';
    return readSeed(Buffer.from(html), 'seeds/nested.html').then(({ source }) => {
      expect(rows(source.blocks).map((r) => r.cells.map((c) => plain(c.text)))).toEqual([
        ['序号', '工作任务', '责任单位'],
        ['1', '任务', '区发改局'],
      ]);
      expect(JSON.stringify(source.blocks)).not.toContain('alert');
    });
  });
});

describe('Excel (.xlsx) from LibreOffice Calc', () => {
  it('expands merged ranges the same way, with sheet!cell positions', async () => {
    const { source, encoding } = await readSeed(bytesOf('heze-2022-q3.xlsx'), 'seeds/q3.xlsx');
    expect(encoding).toBeNull();
    const grid = rows(source.blocks);
    expect(plain(grid[0]?.cells[0]?.text ?? '')).toBe('菏泽市人民政府2022年经济社会发展责任目标第三季度工作推进情况一览表');
    const continuation = grid.find((r) => r.cells[1]?.text === '王昌华');
    expect(continuation?.cells.map((c) => c.merged)).toEqual(['row', null, 'row', null, null, null, null]);
    expect(continuation?.pos.at).toMatch(/^Sheet1!A\d+$/);
    expect(continuation?.cells[0]?.origin?.at).toMatch(/^Sheet1!A\d+$/);
  });

  it('shows a number as the workbook does, and a formula by its cached value, never the formula', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('民生实事');
    sheet.addRow(['序号', '考核指标', '工作目标', '已完成数', '占年任务之比']);
    sheet.addRow([1, '城镇新增就业', 5.2, 7.23, { formula: 'D2/C2', result: 1.390384615 }]);
    sheet.getCell('E2').numFmt = '0.0%';
    sheet.addRow([2, '新增农村通自来水人口', 4.52, 5.52, { formula: 'D3/C3' }]);
    const { source } = await readSeed(new Uint8Array(await wb.xlsx.writeBuffer()), 'seeds/f.xlsx');
    expect(rows(source.blocks).map((r) => r.cells.map((c) => c.text))).toEqual([
      ['序号', '考核指标', '工作目标', '已完成数', '占年任务之比'],
      ['1', '城镇新增就业', '5.2', '7.23', '139.0%'],
      ['2', '新增农村通自来水人口', '4.52', '5.52', ''],
    ]);
    expect(source.notes.map((n) => n.fact)).toEqual([{ kind: 'formula-no-value', cell: '民生实事!E3' }]);
  });

  it('refuses hidden rows, columns and sheets that hold data, by name', async () => {
    const make = async (hide: (wb: ExcelJS.Workbook, s: ExcelJS.Worksheet) => void) => {
      const wb = new ExcelJS.Workbook();
      const s = wb.addWorksheet('表1');
      s.addRow(['序号', '工作任务', '责任单位']);
      s.addRow([1, '联动共建科学城', '区科技局']);
      s.addRow([2, '内部备注', '区政府办']);
      hide(wb, s);
      return new Uint8Array(await wb.xlsx.writeBuffer());
    };
    expect(await refusal(await make((_, s) => (s.getRow(3).hidden = true)), 'seeds/h.xlsx')).toMatch(
      /^seeds\/h\.xlsx:1: sheet “表1” has hidden rows 3 that hold data — expected unhide them \(to publish them\) or delete them, then save the file again/,
    );
    expect(await refusal(await make((_, s) => (s.getColumn(3).hidden = true)), 'seeds/h.xlsx')).toMatch(/has hidden columns C that hold data/);
    expect(
      await refusal(
        await make((wb) => {
          const other = wb.addWorksheet('草稿');
          other.addRow(['未定稿']);
          other.state = 'hidden';
        }),
        'seeds/h.xlsx',
      ),
    ).toMatch(/sheet “草稿” is hidden and holds data/);
  });
});

describe('Word (.docx) from LibreOffice Writer', () => {
  it('reads a table with vertically merged cells as the HTML reader does, positions by table and row', async () => {
    const { source } = await readSeed(bytesOf('heze-2022-q3.docx'), 'seeds/q3.docx');
    const grid = rows(source.blocks);
    const continuation = grid.find((r) => plain(r.cells[1]?.text ?? '') === '王昌华');
    expect(continuation?.cells.map((c) => c.merged)).toEqual(['row', null, 'row', null, null, null, null]);
    expect(continuation?.pos.at).toBe('table 1 row 5');
  });

  it('reads paragraphs one block each, positioned by paragraph', async () => {
    const { source } = await readSeed(bytesOf('yanzhou-2021-notice.docx'), 'seeds/notice.docx');
    const first = texts(source.blocks).slice(0, 3);
    expect(first.map((b) => [plain(b.text), b.pos.at])).toEqual([
      ['济兖政发〔2021〕1号', 'paragraph 1'],
      ['济宁市兖州区人民政府', 'paragraph 2'],
      ['关于分解落实2021年政府工作报告', 'paragraph 3'],
    ]);
  });
});

describe('CSV, as Excel and WPS save it', () => {
  it('reads UTF-8 with a BOM and GB18030 the same, positions at the line each record starts on', async () => {
    const utf8 = await readSeed(bytesOf('heze-2022-q3.csv'), 'seeds/q3.csv');
    const gbk = await readSeed(bytesOf('heze-2022-q3-gbk.csv'), 'seeds/q3.csv');
    expect([utf8.encoding, gbk.encoding]).toEqual(['utf-8-bom', 'gb18030']);
    expect(gbk.source.blocks).toEqual(utf8.source.blocks);
    const quoted = await readSeed(Buffer.from('序号,工作任务,责任单位\n1,"第一行\n第二行",区发改局\n2,任务,区财政局\n'), 'seeds/q.csv');
    expect(rows(quoted.source.blocks).map((r) => r.pos.line)).toEqual([1, 2, 4]);
  });
});

describe('files that are not read, refused with how to save them', () => {
  it.each([
    ['seeds/old.doc', /\.doc is a Word\/WPS document in an old or other format.*save it as \.docx/],
    ['seeds/old.wps', /\.wps is a Word\/WPS document.*save it as \.docx/],
    ['seeds/old.xls', /\.xls is a spreadsheet in an old or other format.*save it as \.xlsx/],
    ['seeds/old.et', /\.et is a spreadsheet.*save it as \.xlsx/],
    ['seeds/scan.pdf', /\.pdf is a PDF or OFD file.*use the Word or Excel file it was made from/],
    ['seeds/photo.jpg', /\.jpg is an image/],
  ])('%s', async (file, message) => {
    expect(await refusal(Buffer.from('whatever'), file)).toMatch(message);
  });

  it('refuses an encrypted Office file and a damaged one by name, and a PDF saved under .txt', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(await refusal(ole, 'seeds/locked.xlsx')).toMatch(/^seeds\/locked\.xlsx:1: this \.xlsx is an encrypted \(password-protected\) file.*remove the password/);
    const cut = bytesOf('heze-2022-q3.xlsx').subarray(0, 4000);
    expect(await refusal(cut, 'seeds/cut.xlsx')).toMatch(/^seeds\/cut\.xlsx:1: not a readable Office file|^seeds\/cut\.xlsx:1: .*damaged/);
    expect(await refusal(Buffer.from('%PDF-1.7\n...'), 'seeds/x.txt')).toMatch(/^seeds\/x\.txt:1: this \.txt holds a PDF, not text/);
  });

  it('refuses a zip bomb and a part with a DTD before any library opens them, in bounded time', async () => {
    const bomb = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/sharedStrings.xml': new Uint8Array(OFFICE_LIMITS.entryBytes + 1024) }, { level: 9 });
    expect(await refusal(bomb, 'seeds/bomb.xlsx')).toMatch(/^seeds\/bomb\.xlsx:1: part xl\/sharedStrings\.xml inflates to \d+ MiB, more than 100 MiB/);
    const dtd = zipSync({ '[Content_Types].xml': strToU8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><Types/>') });
    expect(await refusal(dtd, 'seeds/dtd.docx')).toMatch(/declares a DTD/);
  });

  it('refuses a text file in an encoding it cannot tell, naming the file', async () => {
    const big5 = iconv.encode(readFileSync(join(FIXTURE_SITE, 'seeds/002_d77621546935b0d7.txt'), 'utf8').slice(0, 3000), 'big5');
    expect(await refusal(big5, 'seeds/big5.txt')).toMatch(/^seeds\/big5\.txt:1: not UTF-8, .* — expected a text file saved as UTF-8 or GB18030\/GBK/);
  });
});

describe('what any seed may hold (SEED_LIMITS), refused at its position', () => {
  const real = readFileSync(join(FIXTURE_SITE, 'seeds/002_d77621546935b0d7.txt'), 'utf8').split('\n');
  const header = real.slice(0, 3).join('\n');
  const row = real[133] ?? '';

  it('refuses a file over 20 MiB before reading it', async () => {
    expect(await refusal(Buffer.alloc(SEED_LIMITS.bytes + 1, 0x20), 'seeds/big.txt')).toMatch(/^seeds\/big\.txt:1: the file is 20 MiB, more than the 20 MiB a document may be/);
  });

  it('refuses a cell that swallowed the rest of a file, naming the row', async () => {
    const cells = row.split('\t');
    cells[4] = (cells[4] ?? '').repeat(Math.ceil((SEED_LIMITS.blockChars + 1) / (cells[4] ?? 'x').length));
    const text = `${header}\n${cells.join('\t')}\n`;
    expect(await refusal(Buffer.from(text), 'seeds/long.txt')).toMatch(/^seeds\/long\.txt:4: cell 5 of the row at line 4 holds \d+ characters, more than the 20000 a cell may have/);
  });

  it('refuses a paragraph with no line breaks, and a table longer or wider than a document table', async () => {
    expect(await refusal(Buffer.from(`${real[0]}\n${'上半年，新增托位10587个。'.repeat(2000)}\n`), 'seeds/p.txt')).toMatch(/^seeds\/p\.txt:2: the paragraph at line 2 holds \d+ characters/);
    expect(await refusal(Buffer.from(`${header}\n${`${row}\n`.repeat(SEED_LIMITS.tableRows + 1)}`), 'seeds/rows.txt')).toMatch(/^seeds\/rows\.txt:\d+: table 1 has more than 5000 rows/);
    expect(await refusal(Buffer.from(`${header}\n${row}${'\t是'.repeat(SEED_LIMITS.tableColumns)}\n`), 'seeds/wide.txt')).toMatch(
      /^seeds\/wide\.txt:4: the row at line 4 has \d+ cells, more than the 60/,
    );
  });

  it('reads the real seeds well inside the limits', async () => {
    const read = await readSeed(Buffer.from(real.join('\n')), 'seeds/002.txt');
    expect(read.source.blocks.length).toBeGreaterThan(200);
  });
});
