/**
 * Tables of targets, in any format: progress tables (序号 / 领导 / 目标 / 时限 /
 * 完成情况 / 是否按计划 / 责任单位), task breakdowns (序号 / 工作任务 / 牵头单位 /
 * 配合单位), 民生实事 tables (考核指标 / 单位 / 工作目标 / 已完成数 / 占年任务之比 / 备注).
 *
 * - A header row is found by its headings (columns.ts); a second header row
 *   under it (merged group headings) is joined to it; a header printed again
 *   at a page break is skipped; a different header starts another table.
 * - Each data row is read through its columns. Where the row does not fit
 *   them (a browser's copy dropped merged cells, a row slid sideways) it is
 *   aligned by content (align.ts), and the columns a merge covered are
 *   carried from the row above.
 * - A row without 序号, or with the 序号 of the row above, continues that
 *   target: another part (a second leader, another unit), or, where it prints
 *   its own text and names no one, a sub-indicator line of the target.
 * - A row with one cell across the table is a section: `一、王丹副市长牵头`
 *   names who leads the rows under it.
 * Every judgement is recorded in the anomaly log at its position.
 */
import type { ColumnField, DocumentKind, TableColumn } from '../../../schemas/records.ts';
import type { Placement, QuotedCell } from '../anomalies.ts';
import { cell as readCell } from '../cell.ts';
import { SeedError } from '../errors.ts';
import { headingPeople, headingPersons, looksLikePersonName, readUnitList, splitLabel, splitNames, splitPersonTitle, type ParsedPerson } from '../responsibility.ts';
import type { Block, Cell, Position, RowBlock, SourceDocument, TextBlock } from '../source.ts';
import { squeeze, unspaced } from '../text.ts';
import { align, fitScore } from './align.ts';
import { looksLikeUnitList, readSerial } from './cell-kinds.ts';
import { declaredReading, headingKey, readHeading, resolveColumns, type HeadingReading } from './columns.ts';
import { pickTitle, plainText, readDateLine, sectionHeading, TRUNCATION, withoutTruncation } from './common.ts';
import { readPeriod } from '../../model/period.ts';
import { emptyAssignment, type Fit, type Interpretation, type Layout, type LayoutOptions, type ParsedTarget, type TextLine } from './types.ts';

const FIELD_LABEL: Record<ColumnField, string> = {
  number: '序号',
  people: '领导',
  target: '目标内容',
  deadline: '完成时限',
  progress: '完成情况',
  status: '是否按计划',
  units: '责任单位',
  note: '备注',
  measure: '单位',
  goal: '工作目标',
  reached: '已完成数',
  share: '完成比例',
  other: '其他',
};

interface Table {
  index: number;
  headings: string[];
  columns: TableColumn[];
  caption: string | null;
  headerPos: Position;
  /** how its rows are numbered: arabic (a 一 row is then a section over them) or Chinese numerals throughout */
  serialStyle: 'arabic' | 'cn';
}

/** A row's text per column, and how it got there. */
interface Slot {
  text: string;
  /** the cell's markup, for rich text */
  html: string;
  how: 'own' | 'merged-row' | 'merged-col' | 'covered-rowspan' | 'covered-colspan' | 'covered-none' | 'empty';
  /** covered-colspan: the column of the cell that spans it */
  from: number | null;
}

function cellText(c: Cell | undefined): string {
  return c ? plainText(c.text) : '';
}

/** The distinct contents of a row: copies of a merged cell to the left do not count. */
function ownCells(row: RowBlock): Array<{ index: number; text: string }> {
  return row.cells
    .map((c, index) => ({ index, text: cellText(c), merged: c.merged }))
    .filter((c) => c.text !== '' && c.merged !== 'col')
    .map(({ index, text }) => ({ index, text }));
}

function readings(cells: readonly Cell[], declared: Readonly<Record<string, string>>): HeadingReading[] {
  return resolveColumns(
    cells.map((c) => {
      const printed = cellText(c);
      const d = declared[printed] ?? declared[headingKey(printed)];
      return c.merged === 'col' ? { field: 'other', role: null } : d ? declaredReading(d) : readHeading(printed);
    }),
    cells.map(cellText),
  );
}

/**
 * A header row: short cells, two or more of them headings the site reads,
 * one of them 序号 (or, without a 序号 column, three headings with the target).
 * A data row's long texts never make one, though they may contain 任务 or 情况.
 */
export function isHeaderRow(row: RowBlock, declared: Readonly<Record<string, string>> = {}): boolean {
  const texts = row.cells.map(cellText);
  if (texts.some((t) => /^\d+$/.test(unspaced(t)))) return false;
  const rs = readings(row.cells, declared);
  const known = rs.filter((r, i) => r.field !== 'other' && texts[i] !== '' && row.cells[i]?.merged !== 'col');
  const numbered = known.some((r) => r.field === 'number');
  // headings are short; one heading may say more (重点工作任务（杭州市2项牵头工作、19项配合工作）) beside a 序号 heading, never a data row's long text
  const long = texts.filter((t) => Array.from(t).length > 24);
  if (long.length > 1 || (long.length === 1 && (!numbered || Array.from(long[0] ?? '').length > 48 || /[。；;]/.test(long[0] ?? '')))) return false;
  return known.length >= 2 && (numbered || (known.length >= 3 && known.some((r) => r.field === 'target')));
}

/** The row below a header that names the parts of a merged heading (责任单位 → 牵头单位 | 配合单位). */
function isSecondHeaderRow(row: RowBlock, header: RowBlock): boolean {
  let named = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const c = row.cells[i];
    const text = cellText(c);
    if (text === '' || c?.merged) continue;
    if (unspaced(text) === unspaced(cellText(header.cells[i]))) continue;
    // a heading is a few words; 一、汤飞帆市长牵头重点工作（2项） under 工作任务 is a section row, not a second header
    // under a merged heading (本月进展情况 over 前期手续 | 在建形象进度) the parts may be any short words
    const underMerge = header.cells[i]?.merged === 'col' || header.cells[i + 1]?.merged === 'col';
    if (Array.from(unspaced(text)).length > 10 || looksLikeSectionText(text) || (readHeading(text).field === 'other' && !underMerge)) return false;
    named++;
  }
  return (named > 0 && cellText(row.cells[0]) === cellText(header.cells[0])) || (named > 0 && cellText(row.cells[0]) === '');
}

/** A 序号 printed at the start of the target's own cell, in a table with no 序号 column: `14.改扩建泉山学校…`. */
const INLINE_NUMBER = /^\s*(\d+)\s*([.、．])\s*(?!\d)/;

function numberOf(raw: string): number | null {
  return readSerial(raw)?.number ?? null;
}

/** A row or line that is a heading over the rows under it, not a row of its own. */
function looksLikeSectionText(text: string): boolean {
  const t = squeeze(text);
  if (t.length > 80 || /[。；;]$/.test(t)) return false;
  return sectionHeading(t) !== null || headingPeople(t) !== null;
}

function quote(cells: readonly Cell[], headings: readonly string[]): QuotedCell[] {
  return cells.map((c, i) => ({ column: i + 1, heading: headings[i] ?? '', text: cellText(c) })).filter((c) => c.text !== '');
}

export const tableLayout: Layout = {
  name: 'table',

  fit(source, options): Fit {
    const rows = source.blocks.filter((b): b is RowBlock => b.kind === 'row');
    const header = rows.find((r) => isHeaderRow(r, options.columns));
    if (!header) {
      return {
        layout: 'table',
        score: 0,
        reason: rows.length === 0 ? 'no table rows' : `${rows.length} table rows, but none is a header naming 序号 or the target (目标/任务/指标…) and another column`,
      };
    }
    const numberColumn = readings(header.cells, options.columns).findIndex((r) => r.field === 'number');
    const data = rows.filter((r) => r !== header && !isHeaderRow(r, options.columns) && (numberColumn < 0 ? ownCells(r).length > 1 : numberOf(cellText(r.cells[numberColumn])) !== null));
    return data.length > 0
      ? { layout: 'table', score: data.length, reason: `a table under the header at ${header.pos.at ?? `line ${header.pos.line}`} with ${data.length} numbered rows` }
      : { layout: 'table', score: 0, reason: `a header at ${header.pos.at ?? `line ${header.pos.line}`} but no numbered rows under it` };
  },

  read(source, options): Interpretation {
    return new TableReader(source, options).read();
  },
};

class TableReader {
  readonly source: SourceDocument;
  readonly options: LayoutOptions;
  readonly log: LayoutOptions['log'];
  readonly frontMatter: TextLine[] = [];
  readonly backMatter: TextLine[] = [];
  readonly targets: ParsedTarget[] = [];
  readonly tables: Table[] = [];
  readonly repeatedHeaders: number[] = [];
  /** text blocks after the last row read, until the next row tells what they are */
  pending: TextBlock[] = [];
  table: Table | null = null;
  current: ParsedTarget | null = null;
  /** targets of the current group by 序号 */
  byNumber = new Map<number, ParsedTarget>();
  group = 0;
  groupLabel = '';
  section: { numeral: string; title: string } | null = null;
  sectionPeople: ParsedPerson[] = [];
  cutOff: Interpretation['cutOff'] = null;
  readonly columnsKept = new Set<string>();
  /** the last row read, and the target it started or continued: where a copy declared truncated stops */
  lastRow: { row: RowBlock; target: ParsedTarget; started: boolean } | null = null;
  /** the reader's table (sheet, <table>) the current rows come from */
  sourceTable: number | null = null;

  constructor(source: SourceDocument, options: LayoutOptions) {
    this.source = source;
    this.options = options;
    this.log = options.log;
  }

  read(): Interpretation {
    const blocks = this.source.blocks;
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b] as Block;
      if (block.kind === 'text') {
        this.pending.push(block);
        continue;
      }
      if (isHeaderRow(block, this.options.columns)) {
        const next = blocks[b + 1];
        const second = next?.kind === 'row' && isSecondHeaderRow(next, block) ? next : null;
        // the same header over another sheet or <table> whose 序号 start again is another table, not a page break
        const anotherTable = this.table !== null && block.table !== this.sourceTable && this.numberingRestarts(blocks, b + (second ? 2 : 1), block.table);
        this.header(block, second, anotherTable);
        if (second) b++;
        continue;
      }
      const own = ownCells(block);
      // a row that is one line of text: anything before the first header (a title row across the sheet), and, in a table,
      // one cell in the first column that is not a 序号 (a note, a signature, a section heading across the table)
      if (!this.table || (own.length === 1 && own[0]?.index === 0 && numberOf(own[0].text) === null && block.cells[0]?.merged !== 'row')) {
        this.pending.push({ kind: 'text', text: own.map((c) => c.text).join(' '), pos: block.pos, heading: null });
        continue;
      }
      // another table of the page, of another width and with no header (the 索引号 box under the data): its lines, not rows
      if (this.sourceTable !== null && block.table !== this.sourceTable && block.cells.length !== this.table.columns.length) {
        this.pending.push({ kind: 'text', text: own.map((c) => c.text).join(' '), pos: block.pos, heading: null });
        continue;
      }
      this.flushPending('inside');
      this.sourceTable = block.table;
      this.row(block);
    }
    this.flushPending('after');
    if (!this.table) throw new SeedError(this.source.file, blocks.at(-1)?.pos ?? 1, 'no table header row found', 'a header row naming 序号 and the target column (目标/任务/指标…)');
    return this.finish();
  }

  /** Text between rows: inside a table a section heading or a stray line; before a header the opening or a table's caption; after the last row the closing. */
  flushPending(where: 'inside' | 'before-header' | 'after'): void {
    const lines = this.pending;
    this.pending = [];
    for (const block of lines) {
      const text = plainText(block.text);
      const line = { line: block.pos.line, text };
      if (TRUNCATION.test(text)) {
        this.cut(block.pos, text);
        continue;
      }
      if (where === 'inside') {
        if (looksLikeSectionText(text)) this.startSection(text, block.pos);
        else {
          this.backMatter.push(line);
          this.log.add({ kind: 'stray-line', text }, block.pos, this.current?.key ?? null);
        }
      } else if (where === 'after' || this.table) {
        // after the last row: the closing (signature, notes); between tables: the next table's caption, kept with the closing lines in order
        if (where === 'after') this.backMatter.push(line);
        else this.backMatter.push(line);
      } else this.frontMatter.push(line);
    }
  }

  /** Does the first numbered row of source table `table` from block `from` on repeat a 序号 the current group already has? */
  numberingRestarts(blocks: readonly Block[], from: number, table: number): boolean {
    const numberColumn = this.table?.columns.findIndex((c) => c.field === 'number') ?? -1;
    if (numberColumn < 0) return false;
    for (let i = from; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      if (b.kind !== 'row') continue;
      if (b.table !== table) return false;
      const n = numberOf(cellText(b.cells[numberColumn]));
      if (n !== null) return this.byNumber.has(n);
    }
    return false;
  }

  /**
   * Who leads a table's rows, from the lines printed above it: a heading
   * (一、徐国龙副市长重点工作), a label line (分管省领导：林克庆), or the name of
   * the sheet it is on when that is a person's name and the table has no
   * column of people. The last such line before the header counts.
   */
  leadAbove(hasPeopleColumn: boolean): { block: TextBlock; people: ParsedPerson[]; how: 'heading' | 'label' | 'sheet' } | null {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const block = this.pending[i] as TextBlock;
      const text = plainText(block.text);
      if (headingPeople(text)) return { block, people: [], how: 'heading' };
      const label = splitLabel(text);
      if (label?.kind.kind === 'people' && label.body.trim() !== '' && [...label.body].length <= 40) {
        const people = splitNames(label.body).map((printed) => {
          const { name, title } = splitPersonTitle(printed);
          return { published: name, role: title ?? label.label, from: 'heading' as const, inherited: true, titled: title };
        });
        return { block, people, how: 'label' };
      }
      if (block.sheet && !hasPeopleColumn && looksLikePersonName(text)) {
        return { block, people: [{ published: text, role: null, from: 'heading' as const, inherited: true, titled: null }], how: 'sheet' };
      }
    }
    return null;
  }

  header(row: RowBlock, second: RowBlock | null, anotherTable = false): void {
    // a heading as printed (备  注 keeps its spaces); a second header row names the parts of a merged heading, and says what each column holds
    const printed = (c: Cell | undefined): string => (c ? (this.source.nativeMarkup ? plainText(c.text) : c.text.trim()) : '');
    const lower: string[] = [];
    const cells = row.cells.map((c, i) => {
      const top = printed(c);
      const below = second ? printed(second.cells[i]) : '';
      const named = second !== null && below !== '' && !second.cells[i]?.merged && unspaced(below) !== unspaced(top);
      lower[i] = named ? below : top;
      return { text: named ? (top === '' ? below : `${top}·${below}`) : top, merged: c.merged === 'col' && !named ? ('col' as const) : null, origin: null };
    });
    const headings = cells.map((c) => c.text);
    const peopleColumn = readings(cells, this.options.columns).some((r) => r.field === 'people');
    const lead = this.leadAbove(peopleColumn);
    if (this.table && !anotherTable && !lead && headings.filter(Boolean).join('|') === this.table.headings.filter(Boolean).join('|')) {
      this.repeatedHeaders.push(row.pos.line);
      // a caption or stray lines before a repeated header are lines of the same table
      this.flushPending('inside');
      return;
    }
    // lines before a new table: its caption (附件2 · title), and for the first table the opening
    const captionLines = this.pending.map((p) => plainText(p.text));
    // a sheet named for what it holds (已完成任务) labels its rows' group
    const sheetName = this.pending.find((p) => p.sheet && p !== lead?.block);
    const titleSoFar = pickTitle([...this.frontMatter, ...this.pending.map((p) => ({ line: p.pos.line, text: plainText(p.text) }))], this.source.facts.title);
    const annex = captionLines
      .map((l, i) => (/^附件\s*\d+/.test(l) ? i : -1))
      .filter((i) => i >= 0)
      .at(-1);
    const caption =
      annex !== undefined
        ? captionLines.slice(annex).join(' ')
        : captionLines.at(-1) && /(表|清单|一览|情况|任务|目标|项目)$/.test(captionLines.at(-1) ?? '')
          ? (captionLines.at(-1) ?? null)
          : sheetName
            ? plainText(sheetName.text)
            : null;
    this.flushPending('before-header');
    if (second) this.log.add({ kind: 'header-joined', headings: headings.filter(Boolean) }, row.pos);
    // a part the site does not read (前期手续) under a heading it does (本月进展情况) is read as the heading says
    const readAs = cells.map((c, i) => {
      const below = lower[i] ?? c.text;
      const top = printed(row.cells[i]);
      return below !== top && readHeading(below).field === 'other' && readHeading(top).field !== 'other' && !this.options.columns[below] ? top : below;
    });
    const rs = readings(
      cells.map((c, i) => ({ ...c, text: readAs[i] ?? c.text })),
      this.options.columns,
    ).map((r, i) => ({ ...r, heading: headings[i] ?? '' }));
    const index = this.tables.length + 1;
    const columns: TableColumn[] = rs.map((r) => ({
      table: index,
      heading: r.heading,
      field: r.field,
      role: r.field === 'units' ? (r.role ?? 'responsible') : null,
      by: this.options.columns[r.heading] || this.options.columns[headingKey(r.heading)] ? 'declared' : 'heading',
    }));
    this.table = { index, headings, columns, caption, headerPos: row.pos, serialStyle: this.serialStyleBelow(row, columns) };
    this.sourceTable = row.table;
    this.tables.push(this.table);
    this.checkTargetColumn(row);
    this.readUnitsByContent(row);
    this.readStatusByContent(row);
    this.readProgressByContent(row, titleSoFar);
    this.columnsKept.clear();
    columns.forEach((c, i) => {
      if (c.field === 'other' && c.heading !== '') this.log.add({ kind: 'column-kept', heading: c.heading, column: i + 1 }, row.pos);
    });
    this.newGroup(caption ?? `表${index}`);
    this.section = null;
    this.sectionPeople = [];
    if (lead?.how === 'heading') this.startSection(plainText(lead.block.text), lead.block.pos);
    else if (lead) {
      this.newGroup(plainText(lead.block.text));
      this.sectionPeople = lead.people;
      this.log.add({ kind: 'table-leader', names: lead.people.map((p) => p.published), how: lead.how, text: plainText(lead.block.text) }, lead.block.pos);
    }
  }

  /**
   * The column read as the targets must hold what targets are: text. A table
   * of figures by place (rows 全市, 东坡区…, a group of columns per indicator)
   * has its numbers there; publishing each as a target would invent them.
   */
  checkTargetColumn(header: RowBlock): void {
    const table = this.table;
    if (!table) return;
    const i = table.columns.findIndex((c) => c.field === 'target');
    if (i < 0 || table.columns[i]?.by === 'declared') return;
    const values = this.columnValues(header, i);
    const numeric = values.filter((v) => /^[\d.,，%％\s万亿千百个人户元公里]+$/.test(v));
    if (values.length >= 2 && numeric.length / values.length >= 0.6) {
      throw new SeedError(
        this.source.file,
        header.pos,
        `the column “${table.headings[i] ?? ''}” read as the targets holds numbers in ${numeric.length} of ${values.length} rows (${numeric.slice(0, 3).join(', ')}…): this looks like a table of figures by place, not a list of targets`,
        `a table with one target per row; if the document is one, declare which column holds the targets in seeds/<file>.meta.json "columns" (e.g. {"${table.headings[i] ?? '…'}": "goal", "项目": "target"})`,
      );
    }
  }

  /**
   * A table whose title says it reports progress (2023年…1-9月进展情况表) but
   * whose headings name no progress column (政务公开内容): the one column kept
   * under its heading whose cells are long texts is the progress.
   */
  readProgressByContent(header: RowBlock, title: string | null): void {
    const table = this.table;
    if (!table || !title || table.columns.some((c) => ['progress', 'status', 'reached', 'share'].includes(c.field))) return;
    if (!readPeriod(title) || !/(进展|推进|完成|落实|进度)(情况)?/.test(title)) return;
    const long = table.columns
      .map((c, i) => ({ c, i, values: c.field === 'other' && c.by === 'heading' ? this.columnValues(header, i) : [] }))
      .filter((x) => x.values.length >= 1 && x.values.reduce((n, v) => n + v.length, 0) / x.values.length > 20);
    if (long.length !== 1) return;
    const only = long[0] as (typeof long)[number];
    Object.assign(only.c, { field: 'progress', by: 'content' });
    this.log.add({ kind: 'column-by-content', heading: table.headings[only.i] ?? '', field: '进展情况' }, header.pos);
  }

  /** The cells of one column under this header, in rows printed whole (only those tell which column a cell is in). */
  columnValues(header: RowBlock, column: number): string[] {
    const table = this.table;
    if (!table) return [];
    const start = this.source.blocks.indexOf(header);
    const values: string[] = [];
    for (const b of this.source.blocks.slice(start + 1)) {
      if (b.kind !== 'row') continue;
      if (isHeaderRow(b, this.options.columns) && b.table !== header.table) break;
      if (b.cells.length !== table.columns.length) continue;
      const t = cellText(b.cells[column]);
      if (t !== '' && !b.cells[column]?.merged) values.push(t);
    }
    return values;
  }

  /**
   * A column headed 完成情况 (or kept under its heading) whose every cell is a
   * status word (序时推进, 滞后, 超额完成), in a table with no status column: it
   * is the status, and is counted as one.
   */
  readStatusByContent(header: RowBlock): void {
    const table = this.table;
    if (!table || table.columns.some((c) => c.field === 'status')) return;
    table.columns.forEach((column, i) => {
      if (table.columns.some((c) => c.field === 'status') || column.by !== 'heading' || (column.field !== 'progress' && column.field !== 'other')) return;
      const values = this.columnValues(header, i);
      if (values.length < 2 || !values.every((v) => this.options.isStatusWord(v))) return;
      Object.assign(column, { field: 'status', by: 'content' });
      this.log.add({ kind: 'column-by-content', heading: table.headings[i] ?? '', field: '推进状态' }, header.pos);
    });
  }

  /** Arabic where most rows under this header are numbered 1, 2… (a row numbered 一 is then a section over them); else 一, 二 or （一）. */
  serialStyleBelow(header: RowBlock, columns: readonly TableColumn[]): 'arabic' | 'cn' {
    const n = columns.findIndex((c) => c.field === 'number');
    if (n < 0) return 'arabic';
    const start = this.source.blocks.indexOf(header);
    let arabic = 0;
    let cn = 0;
    for (const b of this.source.blocks.slice(start + 1)) {
      if (b.kind !== 'row') continue;
      if (isHeaderRow(b, this.options.columns)) break;
      if (b.cells[n]?.merged) continue;
      const style = readSerial(cellText(b.cells[n]))?.style;
      if (style === 'arabic') arabic++;
      if (style === 'cn') cn++;
    }
    return cn > arabic ? 'cn' : 'arabic';
  }

  /** 备注 listing units in every row, in a table with no units column: read as its responsible units. */
  readUnitsByContent(header: RowBlock): void {
    const table = this.table;
    if (!table || table.columns.some((c) => c.field === 'units')) return;
    const note = table.columns.findIndex((c) => c.field === 'note' && c.by === 'heading');
    if (note < 0) return;
    const values = this.columnValues(header, note);
    if (values.length >= 2 && values.every(looksLikeUnitList)) {
      const column = table.columns[note];
      if (column) Object.assign(column, { field: 'units', role: 'responsible', by: 'content' });
      this.log.add({ kind: 'column-by-content', heading: table.headings[note] ?? '', field: '责任单位' }, header.pos);
    }
  }

  newGroup(label: string): void {
    this.group++;
    this.groupLabel = label;
    this.byNumber = new Map();
    this.current = null;
  }

  startSection(text: string, pos: Position): void {
    const heading = sectionHeading(text) ?? { numeral: '', title: text };
    this.section = heading;
    this.sectionPeople = headingPersons(text);
    for (const p of this.sectionPeople) this.log.add({ kind: 'person-title', published: `${p.published}${p.titled ?? ''}`, name: p.published, title: p.titled ?? '' }, pos);
    this.newGroup(text);
  }

  cut(pos: Position, text: string): void {
    const marker = TRUNCATION.exec(text)?.[0] ?? null;
    this.cutOff = { pos, text: withoutTruncation(text) };
    this.log.add({ kind: 'cut-off', text: withoutTruncation(text), marker, declared: this.options.truncated }, pos, this.current?.key ?? null);
  }

  /** The row's text per column, aligned by content where it does not fit its columns. */
  slots(row: RowBlock, table: Table, newTarget: boolean): { slots: Slot[]; realigned: 'shifted' | 'short' | null; trailing: number } {
    const width = table.columns.length;
    const fields = table.columns.map((c) => c.field);
    const isStatusWord = this.options.isStatusWord;
    const context = { newTarget, isStatusWord };
    if (this.source.format !== 'text' && this.source.format !== 'csv') {
      // the reader's grid is exact: a cell is the cell of its column
      const slots = fields.map((_, i): Slot => {
        const c = row.cells[i];
        const text = cellText(c);
        if (!c || text === '') return { text: '', html: '', how: 'empty', from: null };
        return { text, html: c.text, how: c.merged === 'row' ? 'merged-row' : c.merged === 'col' ? 'merged-col' : 'own', from: null };
      });
      return { slots, realigned: null, trailing: 0 };
    }
    const cells = row.cells.slice();
    let trailing = 0;
    while (cells.length > width && cellText(cells.at(-1)) === '') {
      cells.pop();
      trailing++;
    }
    const filled = cells.map((c, i) => [i, cellText(c)] as const).filter(([, t]) => t !== '');
    const fitsInPlace =
      cells.length <= width &&
      filled.every(([i, t]) => {
        const f = fields[i] ?? 'other';
        // in place, a cell needs only to be possible there (a long 单位 cell in a 民生实事 table stands where it is printed)
        return Number.isFinite(fitScore(t, f, context)) || f === 'measure';
      });
    const short = cells.length < width && this.isShortCopy(cells, width);
    if (fitsInPlace && !short) {
      const slots = fields.map((_, i): Slot => {
        const c = cells[i];
        const text = cellText(c);
        return text === '' ? { text: '', html: '', how: 'empty', from: null } : { text, html: c?.text ?? '', how: 'own', from: null };
      });
      return { slots, realigned: null, trailing };
    }
    const alignment = align(filled, fields, context);
    if (!alignment) {
      throw new SeedError(
        this.source.file,
        row.pos,
        `row has ${filled.length} filled cells that cannot be matched to the ${width} columns (${quote(row.cells, table.headings)
          .map((c) => `column ${c.column} “${c.text.slice(0, 16)}”`)
          .join(', ')})`,
        `a row whose cells can be matched to the header (${table.headings.filter(Boolean).join(' | ')}); check the row in the source, or declare how to read a column in seeds/<file>.meta.json "columns"`,
      );
    }
    const slots = fields.map((_, j): Slot => {
      const i = alignment.placed.get(j);
      if (i !== undefined) return { text: cellText(cells[i]), html: cells[i]?.text ?? '', how: 'own', from: null };
      const cover = alignment.covered.get(j);
      return { text: '', html: '', how: cover?.by === 'rowspan' ? 'covered-rowspan' : cover?.by === 'colspan' ? 'covered-colspan' : 'covered-none', from: cover?.from ?? null };
    });
    return { slots, realigned: cells.length < width || short ? 'short' : 'shifted', trailing: 0 };
  }

  /** A row with fewer cells than the header that a browser copy left short (not merely trailing empties dropped). */
  isShortCopy(cells: readonly Cell[], width: number): boolean {
    return cells.length < width && cells.some((c) => cellText(c) !== '');
  }

  row(row: RowBlock): void {
    const table = this.table;
    if (!table) return;
    const own = ownCells(row);
    if (own.length === 0) return;
    const columns = table.columns;
    const numberColumn = columns.findIndex((c) => c.field === 'number');
    const numberCell = numberColumn >= 0 ? row.cells[numberColumn] : undefined;
    const numberRaw = numberCell && numberCell.merged !== 'col' ? cellText(numberCell) : '';

    // a section row numbered 一、 over rows numbered 1, 2…: 一 | 汤飞帆市长牵头重点工作
    const serial = readSerial(numberRaw);
    if (serial?.style === 'cn' && table.serialStyle === 'arabic' && numberCell?.merged !== 'row') {
      const rest = own
        .filter((c) => c.index !== numberColumn)
        .map((c) => c.text)
        .join(' ');
      const numeral = unspaced(numberRaw).replace(/[、.．。]$/, '');
      this.startSection(/^[（(]/.test(numeral) ? `${numeral}${rest}` : `${numeral}、${rest}`, row.pos);
      return;
    }

    // a section row: one cell (across the table), not a numbered row
    const acrossTable = row.cells.filter((c) => c.merged === 'col').length >= Math.max(1, columns.length - 2);
    if (own.length === 1 && numberOf(numberRaw) === null && (acrossTable || looksLikeSectionText(own[0]?.text ?? '')) && !(numberCell?.merged === 'row')) {
      const text = own[0]?.text ?? '';
      if (TRUNCATION.test(text)) return this.cut(row.pos, text);
      this.startSection(text, row.pos);
      return;
    }

    const textFormat = this.source.format === 'text' || this.source.format === 'csv';
    let number = numberColumn >= 0 ? numberOf(numberRaw) : null;
    let inlineMark: string | null = null;
    const mergedNumber = numberCell?.merged === 'row';
    const roleOf = (n: number | null) => {
      const continuing = this.current !== null && (n === null || mergedNumber || n === this.current.number);
      const earlier = n !== null && !continuing ? (this.byNumber.get(n) ?? null) : null;
      return { continuing, earlier, newTarget: !continuing && earlier === null };
    };
    let read: ReturnType<TableReader['slots']>;
    if (numberColumn >= 0 && numberRaw !== '' && number === null && !mergedNumber) {
      // a text in the 序号 column: a row that slid left (its 序号 merged above and dropped by the copy), or a mistake
      if (!textFormat) {
        throw new SeedError(
          this.source.file,
          row.pos,
          `序号 “${numberRaw}” is not a number`,
          'a 序号 such as 1, 1., 1、, （1）, 一 or （一）, or an empty 序号 on a continuation row (if this column is not the 序号, declare what it is in seeds/<file>.meta.json "columns", e.g. {"编号": "other"})',
        );
      }
      read = this.slots(row, table, false);
      const slot = read.slots[numberColumn];
      number = slot?.how === 'own' ? numberOf(slot.text) : null;
      if (number !== null && roleOf(number).newTarget) read = this.slots(row, table, true);
    } else {
      if (numberColumn < 0) {
        // no 序号 column: a number printed before the target's text (14.改扩建…) is its 序号; else the rows count on
        const targetCell = cellText(row.cells[columns.findIndex((c) => c.field === 'target')]);
        const inline = INLINE_NUMBER.exec(targetCell);
        inlineMark = inline ? (inline[1] ?? '') + (inline[2] ?? '') : null;
        number = inline ? Number(inline[1]) : (this.current?.number ?? 0) + 1;
      }
      read = this.slots(row, table, roleOf(number).newTarget);
    }
    const { continuing, earlier, newTarget } = roleOf(number);
    if (!newTarget && !continuing && !earlier) return;
    if (number === null && !this.current) {
      throw new SeedError(this.source.file, row.pos, 'continuation row (empty 序号) before any numbered row', 'a numbered row first');
    }

    const { slots, realigned, trailing } = read;
    const owner = newTarget ? null : (earlier ?? this.current);
    const previous = owner?.assignments.at(-1) ?? null;
    const key = (): string => (newTarget ? `${this.group}-${number}` : (owner?.key ?? ''));

    // truncated copy: the row holding the marker is not published
    const joinedOwn = own.map((c) => c.text).join(' ');
    if (TRUNCATION.test(joinedOwn)) return this.cut(row.pos, joinedOwn);

    const a = emptyAssignment(row.pos);
    const inherited: string[] = [];
    const emptyCovered: string[] = [];
    let targetText: { text: string; html: string } | null = null;
    const figures = { measure: null as string | null, goal: null as string | null, reached: null as string | null, share: null as string | null };
    let hasFigures = false;
    const unitParts: string[] = [];

    columns.forEach((column, j) => {
      const slot = slots[j] ?? { text: '', html: '', how: 'empty', from: null };
      const carried = slot.how === 'merged-row' || (!newTarget && (slot.how === 'covered-rowspan' || (textFormat && (slot.how === 'covered-none' || slot.how === 'empty'))));
      const fromPrevious = !newTarget && textFormat && slot.how !== 'own' && slot.how !== 'merged-row';
      switch (column.field) {
        case 'number':
          return;
        case 'target':
          if (slot.how === 'own') {
            targetText = inlineMark
              ? { text: slot.text.replace(INLINE_NUMBER, ''), html: slot.html.replace(new RegExp(`^((?:\\s*<[^>]+>)*)\\s*${inlineMark.replace(/[.]/g, '\\.')}\\s*`), '$1') }
              : { text: slot.text, html: slot.html };
          }
          return;
        case 'people': {
          if (slot.how === 'own' || slot.how === 'merged-row') {
            // the cell's markup, so names on lines of their own (<p>, <br>) stay apart
            for (const name of splitNames(slot.html || slot.text)) a.people.push(this.person(name, column.heading, slot.how === 'merged-row', row.pos));
          } else if (fromPrevious && previous && previous.people.length > 0 && (slot.how === 'covered-rowspan' || slot.how === 'empty' || slot.how === 'covered-none')) {
            for (const p of previous.people.filter((x) => x.from === 'column')) a.people.push({ ...p, inherited: true });
            if (a.people.length > 0) {
              inherited.push(column.heading);
              this.log.add({ kind: 'merged-cell', how: 'inherited', field: column.heading, text: a.people.map((p) => p.published).join('、'), from: previous.pos.line }, row.pos, key());
            }
          }
          return;
        }
        case 'units': {
          if (slot.how === 'own' || slot.how === 'merged-row') {
            const read = readUnitList(slot.text, { role: column.role ?? 'responsible', label: column.heading, joinedForms: this.options.joinedUnitForms, convention: null, bold: null });
            for (const u of read.units) a.units.push({ ...u, inherited: slot.how === 'merged-row' });
            unitParts.push(slot.text);
          } else if (carried && fromPrevious && previous) {
            const before = previous.units.filter((u) => u.label === column.heading);
            if (before.length > 0) {
              for (const u of before) a.units.push({ ...u, inherited: true });
              unitParts.push(before.map((u) => u.published).join(' '));
              inherited.push(column.heading);
              this.log.add({ kind: 'merged-cell', how: 'inherited', field: column.heading, text: before.map((u) => u.published).join('、'), from: previous.pos.line }, row.pos, key());
            }
          } else if (slot.how === 'covered-none' || slot.how === 'covered-colspan') emptyCovered.push(column.heading);
          return;
        }
        case 'deadline':
          if (slot.how === 'own' || slot.how === 'merged-row') a.deadlineRaw = squeeze(slot.text);
          else if (carried && fromPrevious && previous?.deadlineRaw && slot.how === 'covered-rowspan') {
            a.deadlineRaw = previous.deadlineRaw;
            inherited.push(column.heading);
          } else if (slot.how === 'covered-colspan' || (slot.how === 'covered-none' && newTarget)) {
            a.gaps.push({ field: 'deadline', reason: 'cell-missing' });
            emptyCovered.push(column.heading);
          }
          return;
        case 'progress':
          if (slot.how === 'own') {
            a.progress = this.rich(slot.html, column.heading, row.pos, key());
          } else if (slot.how === 'merged-row' || (!newTarget && slot.how === 'covered-rowspan')) {
            a.gaps.push({ field: 'progress', reason: 'merged-above' });
          } else if (slot.how === 'covered-colspan') {
            const by = slot.from === null ? null : columns[slot.from];
            a.gaps.push({ field: 'progress', reason: by?.field === 'target' ? 'in-target-cell' : 'cell-missing' });
            emptyCovered.push(column.heading);
          }
          return;
        case 'status':
          if (slot.how === 'own' || slot.how === 'merged-row') a.statusRaw = slot.text.trim();
          else if (!newTarget && slot.how === 'covered-rowspan' && previous?.statusRaw) {
            a.statusRaw = previous.statusRaw;
            inherited.push(column.heading);
          } else if (slot.how === 'covered-colspan' || slot.how === 'covered-none') a.gaps.push({ field: 'status', reason: 'cell-missing' });
          return;
        case 'measure':
        case 'goal':
        case 'reached':
        case 'share':
          hasFigures = true;
          if (slot.how === 'own' || slot.how === 'merged-row') figures[column.field] = squeeze(slot.text);
          return;
        case 'note':
          if (slot.how === 'own' || slot.how === 'merged-row') a.note = squeeze(slot.text);
          return;
        case 'other':
          if (column.heading === '' && slot.text === '') return;
          a.cells.push({ heading: column.heading || `第${j + 1}列`, text: slot.how === 'own' || slot.how === 'merged-row' ? squeeze(slot.text) : '' });
          if (slot.how === 'own' && column.heading === '') this.log.add({ kind: 'column-kept', heading: `第${j + 1}列（无表头）`, column: j + 1 }, row.pos, key());
          return;
      }
    });
    if (hasFigures) a.figures = figures;
    a.unitsRaw = unitParts.join(' ');
    if (a.people.length === 0 && this.sectionPeople.length > 0) a.people.push(...this.sectionPeople.map((p) => ({ ...p })));

    if (realigned) {
      const placed: Placement[] = columns.map((c, j) => ({ field: c.heading || FIELD_LABEL[c.field], text: slots[j]?.how === 'own' ? (slots[j]?.text ?? '') : '' })).filter((p) => p.text !== '');
      if (realigned === 'short') {
        this.log.add({ kind: 'cell-missing', cells: ownCells(row).length, columns: columns.length, placed, empty: emptyCovered, inherited }, row.pos, key());
      } else {
        const text = !targetText && !a.progress ? 'none' : targetText && a.progress ? 'two' : targetText ? 'one-target' : 'one-progress';
        this.log.add({ kind: 'shifted-row', cells: quote(row.cells, table.headings), placed, text, personMissing: a.people.length === 0 && columns.some((c) => c.field === 'people') }, row.pos, key());
      }
    } else if (trailing > 0) this.log.add({ kind: 'trailing-empty-cells', count: trailing }, row.pos, key());

    const text = targetText as { text: string; html: string } | null;
    if (newTarget && number !== null) {
      if (this.current && number < this.current.number) this.log.add({ kind: 'number-out-of-order', how: 'after', number, after: this.current.number }, row.pos, `${this.group}-${number}`);
      const target: ParsedTarget = {
        number,
        printedNumber: inlineMark ?? (numberRaw.trim() || String(number)),
        key: `${this.group}-${number}`,
        group: { index: this.group, label: this.groupLabel },
        table: table.index,
        text: text ? this.rich(text.html, table.headings[columns.findIndex((c) => c.field === 'target')] ?? '', row.pos, `${this.group}-${number}`) : { text: '', html: '' },
        section: this.section,
        headings: [],
        assignmentClause: null,
        notes: [],
        pos: row.pos,
        assignments: [a],
      };
      this.targets.push(target);
      this.byNumber.set(number, target);
      this.current = target;
      this.lastRow = { row, target, started: true };
      return;
    }
    const target = owner as ParsedTarget;
    if (text && unspaced(text.text) !== unspaced(target.text.text)) {
      a.targetText = this.rich(text.html, '', row.pos, target.key);
      if (!a.people.some((p) => !p.inherited)) a.kind = 'indicator';
    }
    target.assignments.push(a);
    this.lastRow = { row, target, started: false };
    const index = target.assignments.length;
    if (a.kind === 'indicator') {
      this.log.add({ kind: 'indicator-row', owner: target.number, index, text: a.targetText?.text ?? '' }, row.pos, target.key);
    } else if (number !== null && !mergedNumber && a.targetText) {
      this.log.add({ kind: 'repeated-number', number, ownerLine: target.pos.line, index }, row.pos, target.key);
    } else {
      const person = a.people.find((p) => !p.inherited)?.published ?? null;
      this.log.add({ kind: 'continuation-row', how: mergedNumber ? 'merged' : number === null ? 'empty' : 'repeated', number, owner: target.number, index, person }, row.pos, target.key);
    }
    if (earlier) this.log.add({ kind: 'number-out-of-order', how: 'again', number: target.number, firstLine: target.pos.line }, row.pos, target.key);
  }

  person(printed: string, heading: string, inherited: boolean, pos: Position): ParsedPerson {
    const { name, title } = splitPersonTitle(printed);
    if (title) this.log.add({ kind: 'person-title', published: squeeze(printed), name, title }, pos);
    // 分 管 县领导: a heading spaced out to fill its cell is one word
    const role = /^[\p{Script=Han}\s]+$/u.test(heading) ? unspaced(heading) : heading;
    return { published: title ? name : squeeze(printed), role: title ?? role, from: 'column', inherited, titled: title };
  }

  rich(html: string, what: string, pos: Position, target: string | null): { text: string; html: string } {
    const c = readCell(html);
    if (c.markup && (c.markup.removed.length > 0 || !this.source.nativeMarkup)) {
      const removed = c.markup.removed.length > 0;
      this.log.add(
        removed
          ? { kind: 'markup-removed', what: what || '单元格', tags: c.markup.tags, removed: c.markup.removed, raw: squeeze(html).slice(0, 200) }
          : { kind: 'markup-in-cell', what: what || '单元格', tags: c.markup.tags },
        pos,
        target,
      );
    }
    return c.value;
  }

  /**
   * A copy the webmaster declares cut off (`"truncated": true`) with no mark
   * where: its last row is where it stops, so that row is not published —
   * the document page shows its text as where the copy ends.
   */
  cutLastRow(): void {
    const last = this.lastRow;
    if (!last) return;
    if (last.started) {
      this.targets.splice(this.targets.indexOf(last.target), 1);
      if (this.current === last.target) this.current = null;
    } else last.target.assignments.pop();
    this.cut(
      last.row.pos,
      ownCells(last.row)
        .map((c) => c.text)
        .join(' '),
    );
  }

  finish(): Interpretation {
    if (this.options.truncated && !this.cutOff) this.cutLastRow();
    // numbering: keys are the 序号 unless some 序号 comes again in another table or section
    const seen = new Map<number, number>();
    let restarts = false;
    for (const t of this.targets) {
      const g = seen.get(t.number);
      if (g !== undefined && g !== t.group?.index) restarts = true;
      seen.set(t.number, t.group?.index ?? 0);
    }
    if (this.cutOff && !restarts) {
      // a cut-off row of a later table counts: the key scheme must not change when the rest of the copy arrives
      const cutGroup = this.group;
      if (this.targets.some((t) => (t.group?.index ?? 0) !== cutGroup) && this.targets.every((t) => (t.group?.index ?? 0) !== cutGroup)) restarts = true;
    }
    const groupIndex = new Map<number, number>();
    for (const t of this.targets) if (t.group && !groupIndex.has(t.group.index)) groupIndex.set(t.group.index, groupIndex.size + 1);
    const rename = (key: string): string => {
      const [g, n] = key.split('-');
      return restarts ? `${groupIndex.get(Number(g)) ?? g}-${n}` : `${n}`;
    };
    for (const t of this.targets) {
      t.key = rename(t.key);
      if (t.group) t.group = restarts ? { index: groupIndex.get(t.group.index) ?? t.group.index, label: t.group.label } : null;
    }
    this.log.renameTargets(rename);
    if (restarts) this.log.add({ kind: 'numbering-restarts', groups: [...new Set(this.targets.map((t) => t.group?.label ?? ''))] }, this.targets[0]?.pos ?? { line: 1, at: null });
    if (this.repeatedHeaders.length > 0) this.log.add({ kind: 'repeated-header', lines: this.repeatedHeaders }, { line: this.repeatedHeaders[0] ?? 1, at: null });

    const title = pickTitle(this.frontMatter, this.source.facts.title);
    let declaredTotal: number | null = null;
    for (const { text: t } of this.frontMatter) {
      const m = /确定的\s*(\d+)\s*项/.exec(t) ?? /(\d+)\s*项[^，。,]*责任目标/.exec(t);
      if (m) declaredTotal = Number(m[1]);
    }
    const numbers = this.targets.map((t) => t.number);
    const first = numbers[0];
    const last = numbers.at(-1);
    if (first !== undefined && last !== undefined) {
      if (declaredTotal !== null && this.targets.length < declaredTotal) {
        this.log.add({ kind: 'partial-table', declared: declaredTotal, first, last, count: this.targets.length }, { line: this.frontMatter.find((f) => /项/.test(f.text))?.line ?? 1, at: null });
      } else if (first > 1) {
        this.log.add({ kind: 'partial-table', declared: null, first, last, count: this.targets.length }, this.targets[0]?.pos ?? { line: 1, at: null });
      }
    }
    const fields = new Set(this.tables.flatMap((t) => t.columns.map((c) => c.field)));
    // a 分解表 template prints a 完成情况 column for later; left empty in every row, it reports nothing
    const reported = this.targets.some((t) => t.assignments.some((a) => a.progress !== null || a.statusRaw !== null || a.figures?.reached != null || a.figures?.share != null));
    const kind: DocumentKind = (fields.has('progress') || fields.has('status') || fields.has('reached') || fields.has('share')) && reported ? 'progress' : 'assignment';
    const textDate = this.textDate();
    return {
      layout: 'table',
      kind,
      title: title ? title : null,
      docNumber: this.frontMatter.map((f) => /[\p{Script=Han}]+〔\d{4}〕\s*\d+\s*号/u.exec(f.text)?.[0]).find(Boolean) ?? null,
      declaredTotal,
      columns: this.tables.flatMap((t) => t.columns),
      tables: this.tables.map((t) => ({ index: t.index, caption: t.caption })),
      textDate,
      frontMatter: this.frontMatter.filter((f) => f.text !== title),
      backMatter: this.backMatter,
      sections: [],
      reportHtml: null,
      passages: [],
      targets: this.targets,
      cutOff: this.cutOff,
      conventions: [],
      reportYear: null,
    };
  }

  textDate(): string | null {
    let date: string | null = null;
    for (const f of [...this.frontMatter, ...this.backMatter]) {
      const d = readDateLine(f.text);
      if (d.date && !date) date = d.date;
      else if (!d.date && d.dateLike) this.log.add({ kind: 'date-unreadable', text: f.text }, { line: f.line, at: null });
    }
    return date;
  }
}
