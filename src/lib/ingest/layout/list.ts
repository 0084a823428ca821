/**
 * Targets as numbered paragraphs: task-assignment notices and plans
 * (`1、坚持…（牵头领导：…。承办单位：…）`), paragraph lists with 责任领导 and 牵头单位
 * (`1.地区生产总值增长8%以上。(责任领导:杜新国;牵头单位:区发改局)`), plans grouped
 * by leader (`一、王丹县长牵头重点工作` over items each followed by a line
 * `责任单位:…`), and progress reports in paragraphs (`进展情况：…`).
 *
 * - Headings: `一、` sections (a section that names a leader covers every
 *   item under it), `（一）` sub-sections and bare sub-heading lines.
 * - Items: a line starting `1、` `1.` `1．`; a line that continues an
 *   unfinished item is joined to it (a page break).
 * - Who answers for an item: its closing clause, label lines under it, or the
 *   section over it (responsibility.ts); notes that state how to read the
 *   unit lists (首位单位为牵头单位, 黑体为主办单位) apply to that item, or to every
 *   later one where they say 下同.
 * - Numbering that starts again in each section gives keys `{section}-{n}`.
 */
import type { DocumentKind } from '../../../schemas/records.ts';
import { cell as readCell } from '../cell.ts';
import { SeedError } from '../errors.ts';
import {
  boldMap,
  clauseParts,
  headingPeople,
  headingPersons,
  readConvention,
  readUnitList,
  splitClause,
  splitLabel,
  headingUnit,
  splitNames,
  splitPersonTitle,
  namesUnitsByRole,
  takeBracketNotes,
  type Convention,
  type ParsedPerson,
} from '../responsibility.ts';
import type { Position, SourceDocument } from '../source.ts';
import { splitTopLevel } from '../unit-list.ts';
import { escapeHtml } from '../../site/html.ts';
import { chineseNumeral, squeeze, unspaced } from '../text.ts';
import { pickTitle, plainText, readDateLine, sectionHeading, subsectionHeading, TRUNCATION, withoutTruncation } from './common.ts';
import { emptyAssignment, type Fit, type Interpretation, type Layout, type LayoutOptions, type ParsedTarget, type TextLine } from './types.ts';

/**
 * How a list numbers its items: 1. / 1、 (arabic), （1） (paren-arabic), （一）
 * (paren-cn) or 一、 (cn). A document's items are the numbering whose lines
 * name who answers for them; coarser numbering above it is its headings.
 */
export type ItemStyle = 'arabic' | 'paren-arabic' | 'paren-cn' | 'cn';
const DIGITS = '[0-9０-９]+';
const CN_NUMERAL = '[一二三四五六七八九十]+';
const ITEM_STYLES: Record<ItemStyle, RegExp> = {
  // 1.5万人 is a number, not item 1
  arabic: new RegExp(`^\\s*(${DIGITS})\\s*([、.．])\\s*(?![0-9０-９])(.+)$`, 's'),
  'paren-arabic': new RegExp(`^\\s*([（(]\\s*${DIGITS}\\s*[）)])\\s*()(.+)$`, 's'),
  'paren-cn': new RegExp(`^\\s*([（(]\\s*${CN_NUMERAL}\\s*[）)])\\s*()(.+)$`, 's'),
  cn: new RegExp(`^\\s*(${CN_NUMERAL})\\s*([、.．])\\s*(.+)$`, 's'),
};
const STYLE_ORDER: readonly ItemStyle[] = ['arabic', 'paren-arabic', 'paren-cn', 'cn'];

export interface ItemMark {
  number: number;
  /** the mark as printed: 1. 1、 （1） （一） 一、 */
  printed: string;
  rest: string;
}

export function itemMark(text: string, style: ItemStyle): ItemMark | null {
  const m = ITEM_STYLES[style].exec(text);
  if (!m) return null;
  const mark = m[1] ?? '';
  const core = mark.normalize('NFKC').replace(/[()\s]/g, '');
  const number = /^\d+$/.test(core) ? Number(core) : chineseNumeral(core);
  if (!Number.isFinite(number)) return null;
  const rest = m[3] ?? '';
  // 1、金寨县；2、金安区；3、裕安区 is a ranking on one line, not item 1
  if (style === 'arabic' && new RegExp(`[；;，,]\\s*${number + 1}\\s*[、.．]`).test(rest)) return null;
  return { number, printed: `${mark}${m[2] ?? ''}`, rest };
}

/** Arabic items (1. 1、), the common case. */
export const ITEM = ITEM_STYLES.arabic;
/** A line that ends a sentence or a clause: the next line starts a new paragraph, not its continuation. */
const CLOSED = /[。！？!?：:；;”’」』）)]$/;

interface Line {
  text: string;
  html: string;
  pos: Position;
  /** a row of a table (its cells joined by “ | ”), not a paragraph */
  row: boolean;
}

/** An issuing body's name on a line of its own: a signature, or the masthead (…人民政府文件). */
const ISSUER_LINE = /(人民政府|办公室|办公厅|委员会)(文件)?$/;

/** Heading of the rows of a table printed inside an item. */
const TABLE_IN_ITEM = '表';

const CN_DIGITS = '一二三四五六七八九十';

/**
 * A copy that joined paragraphs (a mirror that stores a list on one line):
 * `（一）…（省发改委负责）（二）…` is split before each next numeral that follows
 * a closing bracket or a full stop, where it counts on from the line's own.
 */
function splitJoinedItems(text: string): string[] {
  const first = /^\s*[（(]([一二三四五六七八九十]+)[）)]/.exec(text);
  if (!first) return [text];
  let n = chineseNumeral(first[1] ?? '');
  const parts: string[] = [];
  let rest = text;
  for (;;) {
    const next = CN_DIGITS[n] && n < 10 ? CN_DIGITS[n] : null;
    if (!next) break;
    const at = rest.search(new RegExp(`[）)。](?=[（(]${next}[）)])`));
    if (at < 0) break;
    parts.push(rest.slice(0, at + 1));
    rest = rest.slice(at + 1);
    n++;
  }
  return [...parts, rest];
}

function linesOf(source: SourceDocument): Line[] {
  return source.blocks
    .flatMap((b): Line[] => {
      if (b.kind === 'text') {
        const text = plainText(b.text);
        const parts = splitJoinedItems(text);
        return parts.length === 1 ? [{ text, html: b.text, pos: b.pos, row: false }] : parts.map((p) => ({ text: p, html: escapeHtml(p), pos: b.pos, row: false }));
      }
      const cells = b.cells.map((c) => plainText(c.text)).filter(Boolean);
      // a row of one cell is a paragraph laid out in a table (old portal pages)
      return [{ text: cells.join(cells.length > 1 ? ' | ' : ''), html: b.cells.map((c) => c.text).join(' '), pos: b.pos, row: cells.length > 1 }];
    })
    .filter((l) => l.text !== '');
}

/** `X：…` under a label the site does not model (一季度目标, 存在问题, 下步打算): kept as printed. */
function otherLabel(text: string): { label: string; kind: { kind: 'other' }; body: string } | null {
  const m = /^\s*([^：:，,。；;、（）()\s]{2,10})\s*[：:]\s*([\s\S]+)$/.exec(text);
  return m ? { label: m[1] ?? '', kind: { kind: 'other' }, body: m[2] ?? '' } : null;
}

/** Where `ch` first stands outside brackets, or -1. */
function topLevelIndex(text: string, ch: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if ('（(《“'.includes(c)) depth++;
    else if ('）)》”'.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ch) return i;
  }
  return -1;
}

/** A line of labels only: `责任单位:…`, `责任领导：…；牵头单位：…`. */
function labelParts(text: string): Array<{ label: string; kind: NonNullable<ReturnType<typeof splitLabel>>['kind']; body: string }> | null {
  // parts split at ；; (or, in a clause-like line, also at 。), each with its label; else one label whose text runs on (进展情况：…。…)
  for (const separators of [/[；;]/, /[。；;]/]) {
    const parts = splitTopLevel(text, separators);
    const read = parts.map(splitLabel);
    if (parts.length > 1 && read.every((r) => r !== null)) return read;
  }
  const whole = splitLabel(text);
  if (!whole) return null;
  // 牵头部门：市交通局。建设进度相对较慢的县区为舒城县。 — names end at the full stop; what follows is what the item reports
  if (whole.kind.kind === 'units' || whole.kind.kind === 'people') {
    const stop = topLevelIndex(whole.body, '。');
    const after = stop >= 0 ? whole.body.slice(stop + 1).trim() : '';
    if (after !== '')
      return [
        { ...whole, body: whole.body.slice(0, stop) },
        { label: '', kind: { kind: 'progress' }, body: after },
      ];
  }
  return [whole];
}

/**
 * Labels run on at the end of the item's own paragraph, after a full stop or
 * ；: `…增长6%。牵头单位：区发改局；配合单位：区统计局`. The earliest such point
 * whose rest reads as labels, the first naming people or units, is the split.
 */
export function splitRunOnLabels(text: string): { body: string; labels: string } | null {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if ('（('.includes(ch)) depth++;
    if ('）)'.includes(ch)) depth = Math.max(0, depth - 1);
    // after a full stop, a ；, a space or a comma: 农村道路畅通工程，牵头部门：市交通局。
    if (depth > 0 || !/[。；;，,\s]/.test(ch)) continue;
    const body = text.slice(0, ch === '。' ? i + 1 : i).trimEnd();
    const rest = text.slice(i + 1).trim();
    if (body === '' || rest === '') continue;
    const first = labelParts(rest)?.[0]?.kind.kind;
    if (first === 'people' || first === 'units') return { body, labels: rest };
  }
  return null;
}

/**
 * Does the item at `i` name who answers for it: in its own text (a closing
 * clause, run-on labels, units with role words) or in label lines under it,
 * looking past lines that continue its text (a page break, a wrapped line)?
 */
function hasResponsibility(lines: readonly Line[], i: number, style: ItemStyle): boolean {
  const first = lines[i];
  const mark = first ? itemMark(first.text, style) : null;
  if (!mark) return false;
  const { clause } = splitClause(mark.rest);
  if (clause || splitRunOnLabels(mark.rest)) return true;
  for (let j = i + 1; j < Math.min(lines.length, i + 6); j++) {
    const text = lines[j]?.text ?? '';
    if (itemMark(text, style) || sectionHeading(text) || subsectionHeading(text)) return false;
    const parts = labelParts(text);
    if (parts?.some((p) => p.kind.kind === 'people' || p.kind.kind === 'units')) return true;
    const standing = splitClause(text);
    if (standing.clause && standing.body === '') return true;
  }
  return false;
}

/** For each numbering, how many of its items name who answers for them; the items are the numbering with most. */
export function chooseItemStyle(lines: readonly Line[]): { style: ItemStyle; items: number; assigned: number } {
  const scores = STYLE_ORDER.map((style) => {
    let items = 0;
    let assigned = 0;
    let sectionPeople = false;
    lines.forEach((l, i) => {
      if (style !== 'cn' && sectionHeading(l.text)) sectionPeople = headingPeople(l.text) !== null || headingUnit(l.text) !== null;
      if (style !== 'cn' && style !== 'paren-cn' && subsectionHeading(l.text) && headingUnit(l.text)) sectionPeople = true;
      if (!itemMark(l.text, style)) return;
      items++;
      if ((sectionPeople && style !== 'cn') || hasResponsibility(lines, i, style)) assigned++;
    });
    return { style, items, assigned };
  });
  const best = scores.reduce((a, b) => (b.assigned > a.assigned ? b : a));
  return best.assigned > 0 ? best : (scores.find((x) => x.items > 0) ?? best);
}

export const listLayout: Layout = {
  name: 'list',

  fit(source): Fit {
    const { style, items, assigned } = chooseItemStyle(linesOf(source));
    const what = style === 'arabic' ? 'numbered items' : `items numbered ${style === 'paren-arabic' ? '（1）' : style === 'paren-cn' ? '（一）' : '一、'}`;
    if (assigned > 0) return { layout: 'list', score: assigned, reason: `${assigned} ${what} that name who answers for them` };
    return {
      layout: 'list',
      score: 0,
      reason:
        items === 0
          ? 'no numbered items (1、 1. （1） （一）…)'
          : `${items} ${what}, none names a leader or unit (no （…领导：…） clause, no 责任单位：… line, no “…牵头” units, no leader in a section heading)`,
    };
  },

  read(source, options): Interpretation {
    return new ListReader(source, options).read();
  },
};

interface Part {
  label: string;
  kind: NonNullable<ReturnType<typeof splitLabel>>['kind'];
  body: string;
  html: string;
  pos: Position;
  from: 'clause' | 'line';
}

interface Item {
  target: ParsedTarget;
  body: string;
  html: string;
  /** label lines and clause parts, as printed */
  printed: string[];
  parts: Part[];
  joined: number[];
}

class ListReader {
  readonly source: SourceDocument;
  readonly options: LayoutOptions;
  readonly log: LayoutOptions['log'];
  phase: 'head' | 'body' | 'tail' = 'head';
  readonly head: Line[] = [];
  readonly tail: Line[] = [];
  readonly sections: Interpretation['sections'] = [];
  readonly items: Item[] = [];
  item: Item | null = null;
  group = 0;
  groupLabel = '';
  headings: string[] = [];
  sectionPeople: ParsedPerson[] = [];
  onward: Convention[] = [];
  readonly conventions = new Map<string, { text: string; applied: boolean }>();
  cutOff: Interpretation['cutOff'] = null;

  readonly style: ItemStyle;
  /** declared a list whose items name no one (a 通报 in paragraphs): every item is one */
  readonly anyItem: boolean;

  constructor(source: SourceDocument, options: LayoutOptions) {
    this.source = source;
    this.options = options;
    this.log = options.log;
    const choice = chooseItemStyle(linesOf(source));
    this.style = choice.style;
    this.anyItem = options.declared === true && choice.assigned === 0;
  }

  /** 一、 sections, unless the items themselves are numbered 一、 */
  section(text: string): ReturnType<typeof sectionHeading> {
    return this.style === 'cn' ? null : sectionHeading(text);
  }

  /** （一） sub-sections, unless the items themselves are numbered （一）; 1. lines over （1） items */
  subsection(text: string): string | null {
    if (this.style === 'paren-cn') return null;
    if (this.style === 'paren-arabic' && itemMark(text, 'arabic')) return squeeze(text);
    return subsectionHeading(text);
  }

  read(): Interpretation {
    const lines = linesOf(this.source);
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i] as Line;
      if (this.cutOff) {
        this.tail.push(l);
        continue;
      }
      if (this.phase === 'tail') {
        this.tail.push(l);
        continue;
      }
      const cut = TRUNCATION.test(l.text);
      const section = this.section(l.text);
      const item = itemMark(l.text, this.style);
      if (this.phase === 'head') {
        // the body starts at a section, at an item that names who answers for it, or at a sub-heading right over one
        const sub = this.subsection(l.text);
        const overItem = sub !== null && itemMark(lines[i + 1]?.text ?? '', this.style) !== null && hasResponsibility(lines, i + 1, this.style);
        if (section || overItem || (item && (this.anyItem || hasResponsibility(lines, i, this.style)))) this.phase = 'body';
        else if (cut) {
          this.cut(l.pos, l.text);
          continue;
        } else {
          this.head.push(l);
          continue;
        }
      }
      if (cut) {
        // the copy ends here: an unfinished item is not published; a finished one with the mark on a line of its own after it is.
        // A mark inside a line of the item (its 责任单位：… line cut short) leaves the item unfinished.
        const inLine = withoutTruncation(l.text).trim() !== '';
        const unfinished = item ? true : this.item !== null && (inLine || (this.item.parts.length === 0 && !CLOSED.test(this.item.body)));
        const open = unfinished && !item ? this.item : null;
        if (open) this.dropItem(open);
        this.cut(l.pos, item ? l.text : open ? [`${open.target.printedNumber}${open.body}`, ...open.printed, l.text].join(' ') : l.text);
        continue;
      }
      if (section) {
        this.startSection(section.numeral, section.title, l);
        continue;
      }
      const sub = this.subsection(l.text);
      if (sub) {
        this.item = null;
        this.headings = [sub];
        continue;
      }
      if (l.row && this.item) {
        // a table printed inside the item (a district breakdown): kept with it, row by row
        this.keep(this.item, TABLE_IN_ITEM, l);
        continue;
      }
      const standing = this.item && this.item.parts.length === 0 && !splitClause(this.item.body).clause ? splitClause(l.text) : null;
      if (standing && standing.clause && standing.body === '' && this.item) {
        // the item's （牵头领导：…。承办单位：…） printed on a line of its own
        this.item.body += standing.clause;
        this.item.html += l.html;
        continue;
      }
      const labels = labelParts(l.text);
      if (labels && this.item) {
        this.item.printed.push(l.text);
        for (const p of labels) this.item.parts.push({ ...p, html: l.html, pos: l.pos, from: 'line' });
        continue;
      }
      if (item) {
        this.startItem(item.number, item.printed, item.rest, l);
        continue;
      }
      if (this.items.length > 0 && (readDateLine(l.text).dateLike || ISSUER_LINE.test(l.text) || /^抄送/.test(l.text))) {
        this.phase = 'tail';
        this.tail.push(l);
        continue;
      }
      const other = this.item && (this.item.parts.length > 0 || CLOSED.test(this.item.body)) ? otherLabel(l.text) : null;
      if (other && this.item) {
        // a label the site does not model (一季度目标：, 存在问题：, 下步打算：): kept under it, with the item
        this.item.printed.push(l.text);
        this.item.parts.push({ ...other, html: l.html, pos: l.pos, from: 'line' });
        continue;
      }
      const last = this.item?.parts.at(-1);
      if (this.item && last && last.from === 'line' && (last.kind.kind === 'progress' || last.kind.kind === 'other')) {
        // a further paragraph of the text under a label (进展情况 over several paragraphs)
        last.body += `\n${l.text}`;
        this.item.printed.push(l.text);
        continue;
      }
      if (this.item && this.item.parts.length === 0 && !splitClause(this.item.body).clause && !splitRunOnLabels(this.item.body) && !CLOSED.test(this.item.body)) {
        // an unfinished item continued on the next line (a page break)
        this.item.body += l.text;
        this.item.html += l.html;
        this.item.joined.push(l.pos.line);
        continue;
      }
      if (l.text.length <= 24 && !/[。；;，,：:！？]/.test(l.text) && !/^\d/.test(l.text) && !ISSUER_LINE.test(l.text) && !readDateLine(l.text).dateLike) {
        // a bare sub-heading over the items that follow
        this.item = null;
        this.headings = [...this.headings.filter((h) => this.subsection(h) !== null), l.text];
        continue;
      }
      if (this.item && this.reportsProgress() && !this.item.parts.some((p) => p.kind.kind === 'progress') && !otherLabel(l.text)) {
        // a 通报 prints what was done as a plain paragraph under each item (此项工作已完成。截至…): its progress
        this.item.printed.push(l.text);
        this.item.parts.push({ label: '', kind: { kind: 'progress' }, body: l.text, html: l.html, pos: l.pos, from: 'line' });
        continue;
      }
      this.item = null;
      const current = this.sections.at(-1);
      if (current) current.paragraphs.push({ line: l.pos.line, text: l.text });
      else this.head.push(l);
    }
    if (this.options.truncated && !this.cutOff) {
      // declared cut off with no mark: the copy stops somewhere in its last item, so that item is not published (as in tables)
      const last = this.items.at(-1);
      if (last) {
        this.dropItem(last);
        this.cut(last.target.pos, [`${last.target.printedNumber}${last.body}`, ...last.printed].join(' '));
      }
    }
    return this.finish();
  }

  /**
   * Does the document report progress, so that a plain paragraph under an
   * item is what was done? Declared (`"kind": "progress"`), or said by its
   * title (…完成情况, …进展情况, …通报) before the first item.
   */
  reportsProgress(): boolean {
    if (this.options.kind) return this.options.kind === 'progress';
    return [...(this.options.title ? [this.options.title] : []), ...this.head.slice(0, 6).map((l) => l.text)].some(
      (l) => /(完成情况|进展情况|推进情况|落实情况|进度情况|情况的?通报|工作通报)/.test(l) && !/(分解|分工|安排|方案|清单)/.test(l),
    );
  }

  /** A line kept with the item under a heading of its own; rows of one table under one heading. */
  keep(item: Item, label: string, l: Line): void {
    const last = item.parts.at(-1);
    item.printed.push(l.text);
    if (last && last.label === label && last.kind.kind === 'other') last.body += `\n${l.text}`;
    else item.parts.push({ label, kind: { kind: 'other' }, body: l.text, html: l.html, pos: l.pos, from: 'line' });
  }

  responsible(item: Item): boolean {
    return item.parts.some((p) => p.kind.kind === 'people' || p.kind.kind === 'units') || splitClause(item.body).clause !== null || splitRunOnLabels(item.body) !== null;
  }

  dropItem(item: Item): void {
    const i = this.items.indexOf(item);
    if (i >= 0) this.items.splice(i, 1);
    for (const s of this.sections) s.targets = s.targets.filter((k) => k !== item.target.key);
    if (this.item === item) this.item = null;
  }

  cut(pos: Position, text: string): void {
    this.cutOff = { pos, text: withoutTruncation(text) };
    this.log.add({ kind: 'cut-off', text: withoutTruncation(text), marker: TRUNCATION.exec(text)?.[0]?.trim() ?? null, declared: this.options.truncated }, pos);
  }

  startSection(numeral: string, title: string, l: Line): void {
    this.sections.push({ numeral, title, line: l.pos.line, paragraphs: [], targets: [] });
    this.item = null;
    this.headings = [];
    this.group++;
    this.groupLabel = `${numeral}、${title}`;
    // the items take the section's people when they are settled (finish), by group
    const people = headingPersons(`${numeral}、${title}`);
    if (people.length > 0) this.peopleByGroup.set(this.group, people);
    const who = headingPeople(l.text);
    if (who) for (const name of who.names) this.log.add({ kind: 'person-title', published: `${name}${who.title}`, name, title: who.title }, l.pos);
  }

  startItem(number: number, printedNumber: string, text: string, l: Line): void {
    const section = this.sections.at(-1) ?? null;
    let key = `${this.group}-${number}`;
    const same = this.items.find((x) => x.target.key === key);
    if (same && this.headings.length > 0 && same.target.headings.join('|') !== this.headings.join('|')) {
      // a 通报 grouped by （一）已完成任务 / （二）已开工任务 numbers each group from 1: the sub-heading starts a group of its own
      const people = this.peopleByGroup.get(this.group);
      for (const x of this.items) if (x.target.group?.index === this.group && x.target.group.label === '') x.target.group = { index: this.group, label: x.target.headings.at(-1) ?? '' };
      this.group++;
      this.groupLabel = this.headings.at(-1) ?? this.groupLabel;
      if (people) this.peopleByGroup.set(this.group, people);
      key = `${this.group}-${number}`;
    }
    const previous = this.items.at(-1);
    if (this.items.some((x) => x.target.key === key)) {
      throw new SeedError(
        this.source.file,
        l.pos,
        `item number ${number} appears twice${section ? ` in section ${section.numeral}` : ''}`,
        'each item number once in its section (if the copy repeats an item, delete one)',
      );
    }
    if (previous && previous.target.group?.index === this.group && number !== previous.target.number + 1) {
      this.log.add({ kind: 'number-out-of-order', how: 'after', number, after: previous.target.number }, l.pos, key);
    }
    // the item's mark off its HTML, past any tags that open the paragraph
    const mark = printedNumber.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*');
    const html = l.html.replace(new RegExp(`^((?:\\s*<[^>]+>)*)\\s*${mark}\\s*`), '$1');
    const target: ParsedTarget = {
      number,
      printedNumber,
      key,
      group: { index: this.group, label: this.groupLabel },
      table: null,
      text: { text: '', html: '' },
      section: section ? { numeral: section.numeral, title: section.title } : null,
      headings: [...this.headings],
      assignmentClause: null,
      notes: [],
      pos: l.pos,
      assignments: [],
    };
    this.item = { target, body: text, html, printed: [], parts: [], joined: [] };
    this.items.push(this.item);
    section?.targets.push(key);
  }

  /** Item → target with its one assignment: people and units from its clause, its label lines or its section. */
  settle(item: Item): ParsedTarget {
    const t = item.target;
    const closing = splitClause(item.body);
    const runOn = closing.clause ? null : splitRunOnLabels(item.body);
    const body = runOn ? runOn.body : closing.body;
    const clause = closing.clause;
    const parts: Part[] = [];
    if (clause) {
      item.printed.unshift(clause);
      for (const p of clauseParts(clause)) {
        const read = splitLabel(p);
        if (read) parts.push({ ...read, html: item.html, pos: t.pos, from: 'clause' });
        // （市政府办公室牵头，市级各有关部门按职责分工负责）: units with their roles, no label
        else if (namesUnitsByRole(p)) parts.push({ label: '', kind: { kind: 'units', role: 'responsible', label: '' }, body: p, html: item.html, pos: t.pos, from: 'clause' });
        else t.notes.push(p);
      }
    }
    if (runOn) {
      item.printed.unshift(runOn.labels);
      for (const p of labelParts(runOn.labels) ?? []) parts.push({ ...p, html: item.html, pos: t.pos, from: 'clause' });
    }
    parts.push(...item.parts);
    if (item.joined.length > 0) this.log.add({ kind: 'text-joined', how: 'item', lines: [t.pos.line, ...item.joined] }, t.pos, t.key);
    const bodyHtml = clause ? cutHtml(item.html, body) : runOn ? cutHtmlBefore(item.html, body, runOn.labels) : item.html;
    const text = readCell(bodyHtml);
    if (text.markup && (text.markup.removed.length > 0 || !this.source.nativeMarkup)) {
      const removed = text.markup.removed.length > 0;
      this.log.add(
        removed
          ? { kind: 'markup-removed', what: '任务文字', tags: text.markup.tags, removed: text.markup.removed, raw: body.slice(0, 200) }
          : { kind: 'markup-in-cell', what: '任务文字', tags: text.markup.tags },
        t.pos,
        t.key,
      );
    }
    t.text = text.value;
    t.assignmentClause = item.printed.length > 0 ? item.printed.join('\n') : null;

    // conventions: notes in the clause, and notes in brackets inside a unit list
    const local: Convention[] = [];
    const noteConventions = (note: string): void => {
      const c = readConvention(note);
      if (!c) return;
      if (c.onward) this.onward = [...this.onward.filter((x) => x.rule !== c.rule), c];
      else local.push(c);
      if (!this.conventions.has(c.text)) this.conventions.set(c.text, { text: c.text, applied: false });
    };
    t.notes.forEach(noteConventions);

    const a = emptyAssignment(t.pos);
    const unitTexts: string[] = [];
    const bold = this.source.nativeMarkup ? boldMap(item.html + item.parts.map((p) => p.html).join('')) : null;
    for (const p of parts) {
      const k = p.kind;
      if (k.kind === 'people') {
        for (const printed of splitNames(p.body)) {
          const { name, title } = splitPersonTitle(printed);
          if (title) this.log.add({ kind: 'person-title', published: printed, name, title }, p.pos, t.key);
          a.people.push({ published: title ? name : squeeze(printed), role: title ?? p.label, from: p.from, inherited: false, titled: title });
        }
      } else if (k.kind === 'units') {
        const { text: listText, notes } = takeBracketNotes(p.body);
        for (const n of notes) {
          t.notes.push(n);
          noteConventions(n);
        }
        const convention = [...local, ...this.onward].find(Boolean) ?? null;
        const from = bold ? Math.max(0, bold.text.indexOf(unspaced(p.label))) : 0;
        const read = readUnitList(listText, { role: k.role, label: p.label === '' ? null : p.label, joinedForms: this.options.joinedUnitForms, convention, bold: bold ? { map: bold, from } : null });
        if (read.applied && convention) {
          const c = this.conventions.get(convention.text);
          if (c) c.applied = true;
        }
        a.units.push(...read.units);
        unitTexts.push(parts.filter((x) => x.kind.kind === 'units').length > 1 && p.label !== '' ? `${p.label}：${squeeze(listText)}` : squeeze(listText));
      } else if (k.kind === 'progress' || k.kind === 'status') {
        const word = squeeze(p.body).replace(/[。.]$/, '');
        // 完成情况：已完成 is a status word under a progress label; a second text under one is kept under its label
        if ((k.kind === 'status' || this.options.isStatusWord(word)) && a.statusRaw === null) a.statusRaw = word;
        else if (k.kind === 'progress' && a.progress === null) a.progress = readCell(p.body).value;
        else a.cells.push({ heading: p.label, text: squeeze(p.body) });
      } else if (k.kind === 'deadline') {
        a.deadlineRaw = squeeze(p.body).replace(/[。.]$/, '');
      } else {
        a.cells.push({ heading: p.label, text: p.body.split('\n').map(squeeze).join('\n') });
      }
    }
    a.unitsRaw = unitTexts.join('；');
    if (a.people.length === 0) a.people.push(...this.sectionPeople.map((p) => ({ ...p })));
    // a heading that names the lead unit (（一）省监察厅牵头的工作) leads each item under it that names no lead of its own
    const headed = [...t.headings].reverse().map(headingUnit).find(Boolean) ?? (t.section ? headingUnit(`${t.section.numeral}、${t.section.title}`) : null);
    if (headed && !a.units.some((u) => u.role === 'lead')) {
      a.units.unshift({ published: headed.unit, role: headed.word === '负责' ? 'responsible' : 'lead', label: headed.word, roleFrom: 'label', inherited: true, joined: false });
    }
    if (a.people.length === 0 && a.units.length === 0) this.log.add({ kind: 'no-responsibility', number: t.number }, t.pos, t.key);
    t.assignments = [a];
    return t;
  }

  /** Section people by group, read from the section headings. */
  readonly peopleByGroup = new Map<number, ParsedPerson[]>();
  groupOf(t: ParsedTarget): number {
    return t.group?.index ?? 0;
  }

  finish(): Interpretation {
    // settle items in source order, conventions flowing from earlier items to later ones
    this.onward = [];
    const targets = this.items.map((item) => {
      this.sectionPeople = this.peopleByGroup.get(this.groupOf(item.target)) ?? [];
      return this.settle(item);
    });
    if (targets.length === 0 && this.cutOff) {
      // the only items were cut off: the copy holds the opening and the start of the first item, nothing whole to publish
      throw new SeedError(
        this.source.file,
        this.cutOff.pos,
        'read as a list but yields no targets: the copy breaks off inside its first item',
        'a fuller copy of the document (the portal page or the Word file it came from); an item cut short is never published as if it were whole',
      );
    }
    if (targets.length === 0) {
      throw new SeedError(
        this.source.file,
        this.head.at(-1)?.pos ?? 1,
        'no numbered items found: its paragraphs are not numbered',
        'targets as numbered items (1、 1. （1） （一）) or as rows of a table; a text whose paragraphs carry no numbers cannot be split into targets without guessing — publish the version with numbers (the Word or the portal page it came from), or number the items in a copy and say so in a "note"',
      );
    }

    // keys: the number, unless numbering starts again in a later section
    const seen = new Map<number, number>();
    let restarts = false;
    for (const t of targets) {
      const g = seen.get(t.number);
      if (g !== undefined && g !== this.groupOf(t)) restarts = true;
      seen.set(t.number, this.groupOf(t));
    }
    const cutNumber = this.cutOff ? Number(ITEM.exec(this.cutOff.text)?.[1] ?? Number.NaN) : Number.NaN;
    if (!restarts && Number.isFinite(cutNumber) && seen.has(cutNumber) && seen.get(cutNumber) !== this.group) restarts = true;
    const groupIndex = new Map<number, number>();
    for (const t of targets) if (!groupIndex.has(this.groupOf(t))) groupIndex.set(this.groupOf(t), groupIndex.size + 1);
    const rename = (key: string): string => {
      const [g, n] = key.split('-');
      return restarts ? `${groupIndex.get(Number(g)) ?? g}-${n}` : `${n}`;
    };
    for (const t of targets) {
      t.key = rename(t.key);
      t.group = restarts && t.group ? { index: groupIndex.get(t.group.index) ?? t.group.index, label: t.group.label } : null;
    }
    for (const s of this.sections) s.targets = s.targets.map(rename);
    this.log.renameTargets(rename);
    if (restarts) this.log.add({ kind: 'numbering-restarts', groups: [...new Set(targets.map((t) => t.group?.label ?? ''))] }, targets[0]?.pos ?? { line: 1, at: null });
    for (const c of this.conventions.values()) {
      this.log.add(
        { kind: 'role-convention', text: c.text, applied: c.applied, count: targets.filter((t) => t.assignments.some((a) => a.units.some((u) => u.roleFrom === 'convention'))).length },
        targets[0]?.pos ?? { line: 1, at: null },
      );
    }

    const { title, docNumber } = this.titleOf();
    const kind: DocumentKind = targets.some((t) => t.assignments.some((a) => a.progress !== null || a.statusRaw !== null)) ? 'progress' : 'assignment';
    let textDate: string | null = null;
    for (const l of [...this.head, ...this.tail]) {
      const d = readDateLine(l.text);
      if (d.date && !textDate) textDate = d.date;
      else if (!d.date && d.dateLike) this.log.add({ kind: 'date-unreadable', text: l.text }, l.pos);
    }
    const line = (l: Line): TextLine => ({ line: l.pos.line, text: l.text });
    return {
      layout: 'list',
      kind,
      title,
      docNumber,
      declaredTotal: null,
      columns: [],
      tables: [],
      textDate,
      frontMatter: this.head.map(line),
      backMatter: this.tail.map(line),
      sections: this.sections,
      reportHtml: null,
      passages: [],
      targets,
      cutOff: this.cutOff,
      conventions: [...this.conventions.values()],
      reportYear: null,
    };
  }

  /**
   * The title as published: the lines after the issuing body and before the
   * addressees (a title broken over lines is joined), else the first line
   * that reads as a title.
   */
  titleOf(): { title: string | null; docNumber: string | null } {
    let docNumber: string | null = null;
    let issuer: string | null = null;
    const titleLines: Line[] = [];
    let addressed = false;
    const masthead = /(人民政府|办公室|办公厅|委员会)文件$/.test(this.head[0]?.text ?? '');
    for (const [i, l] of this.head.entries()) {
      // the masthead (红头) names the issuer, not the document
      if (i === 0 && /(人民政府|办公室|办公厅|委员会)文件$/.test(l.text)) continue;
      if (!docNumber && !issuer && /〔\d{4}〕\s*\d+\s*号$/.test(l.text)) docNumber = l.text;
      // the issuing body heads the notice (after its 文号); the same words at the end are its signature
      else if (!issuer && i <= (docNumber ? 1 : 0) + (masthead ? 1 : 0) && /(人民政府|办公室|办公厅|委员会)$/.test(l.text)) issuer = l.text;
      else if (issuer && !addressed && /[：:]$/.test(l.text)) addressed = true;
      else if (issuer && !addressed) titleLines.push(l);
    }
    if (issuer && titleLines.length > 0) {
      if (titleLines.length > 1) this.log.add({ kind: 'text-joined', how: 'title', lines: titleLines.map((l) => l.text) }, titleLines[0]?.pos ?? { line: 1, at: null });
      return { title: `${issuer}${titleLines.map((l) => l.text).join('')}`, docNumber };
    }
    const rest = this.head.filter((l) => !/〔\d{4}〕\s*\d+\s*号$/.test(l.text) && !/[：:]$/.test(l.text) && !ISSUER_LINE.test(l.text));
    // a line that reads as a title beats a sentence of the notice or a portal's 索引号 line above it
    const title = pickTitle(
      rest.map((l) => ({ line: l.pos.line, text: l.text })),
      this.source.facts.title,
    );
    return { title: title ?? this.source.facts.title ?? rest[0]?.text ?? null, docNumber };
  }
}

/** The HTML of an item without its run-on labels: cut where the labels start. */
function cutHtmlBefore(html: string, body: string, labels: string): string {
  if (!/[<&]/.test(html)) return body;
  const at = html.lastIndexOf(labels.slice(0, 4));
  return at > 0 ? html.slice(0, at) : body;
}

/** The HTML of an item without its closing clause: cut where the plain text ends. */
function cutHtml(html: string, body: string): string {
  if (!/[<&]/.test(html)) return body;
  // keep the markup of the body by cutting the fragment at the clause's opening bracket, from the end
  const open = Math.max(html.lastIndexOf('（'), html.lastIndexOf('('));
  return open > 0 ? html.slice(0, open) : body;
}
