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
import type { DocumentKind } from '../../../content.config.ts';
import { cell as readCell } from '../cell.ts';
import { SeedError } from '../errors.ts';
import {
  boldMap,
  clauseParts,
  headingPeople,
  readConvention,
  readUnitList,
  splitClause,
  splitLabel,
  splitNames,
  splitPersonTitle,
  takeBracketNotes,
  type Convention,
  type ParsedPerson,
} from '../responsibility.ts';
import type { Position, SourceDocument } from '../source.ts';
import { splitTopLevel } from '../unit-list.ts';
import { squeeze, unspaced } from '../text.ts';
import { plainText, readDateLine, sectionHeading, subsectionHeading, TRUNCATION, withoutTruncation } from './common.ts';
import type { Fit, Interpretation, Layout, LayoutOptions, ParsedAssignment, ParsedTarget, TextLine } from './types.ts';

export const ITEM = /^\s*(\d+)\s*([、.．])\s*(.+)$/s;
/** A line that ends a sentence or a clause: the next line starts a new paragraph, not its continuation. */
const CLOSED = /[。！？!?：:；;”’」』）)]$/;

interface Line {
  text: string;
  html: string;
  pos: Position;
}

function linesOf(source: SourceDocument): Line[] {
  return source.blocks
    .map((b): Line => (b.kind === 'text' ? { text: plainText(b.text), html: b.text, pos: b.pos } : { text: b.cells.map((c) => plainText(c.text)).filter(Boolean).join(' '), html: b.cells.map((c) => c.text).join(' '), pos: b.pos }))
    .filter((l) => l.text !== '');
}

/** A line of labels only: `责任单位:…`, `责任领导：…；牵头单位：…`. */
function labelParts(text: string): Array<{ label: string; kind: NonNullable<ReturnType<typeof splitLabel>>['kind']; body: string }> | null {
  // parts split at ；; (or, in a clause-like line, also at 。), each with its label; else one label whose text runs on (进展情况：…。…)
  for (const separators of [/[；;]/, /[。；;]/]) {
    const parts = splitTopLevel(text, separators);
    const read = parts.map(splitLabel);
    if (parts.length > 1 && read.every((r) => r !== null)) return read as NonNullable<ReturnType<typeof splitLabel>>[];
  }
  const whole = splitLabel(text);
  return whole ? [whole] : null;
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
    if (depth > 0 || !/[。；;\s]/.test(ch)) continue;
    const body = text.slice(0, ch === '。' ? i + 1 : i).trimEnd();
    const rest = text.slice(i + 1).trim();
    if (body === '' || rest === '') continue;
    const first = labelParts(rest)?.[0]?.kind.kind;
    if (first === 'people' || first === 'units') return { body, labels: rest };
  }
  return null;
}

function hasResponsibility(text: string, next: string | undefined): boolean {
  const { clause } = splitClause(text);
  if (clause || splitRunOnLabels(text)) return true;
  return next !== undefined && labelParts(next)?.some((p) => p.kind.kind === 'people' || p.kind.kind === 'units') === true;
}

export const listLayout: Layout = {
  name: 'list',

  fit(source): Fit {
    const lines = linesOf(source);
    let items = 0;
    let assigned = 0;
    let sectionPeople = false;
    lines.forEach((l, i) => {
      const section = sectionHeading(l.text);
      if (section) sectionPeople = headingPeople(l.text) !== null;
      const item = ITEM.exec(l.text);
      if (!item) return;
      items++;
      if (sectionPeople || hasResponsibility(item[3] ?? '', lines[i + 1]?.text)) assigned++;
    });
    if (assigned > 0) return { layout: 'list', score: assigned, reason: `${assigned} numbered items that name who answers for them` };
    return { layout: 'list', score: 0, reason: items === 0 ? 'no numbered items (1、 1. …)' : `${items} numbered items, none names a leader or unit (no （…领导：…） clause, no 责任单位：… line, no leader in a section heading)` };
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

  constructor(source: SourceDocument, options: LayoutOptions) {
    this.source = source;
    this.options = options;
    this.log = options.log;
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
      const section = sectionHeading(l.text);
      const item = ITEM.exec(l.text);
      if (this.phase === 'head') {
        if (section || (item && hasResponsibility(item[3] ?? '', lines[i + 1]?.text))) this.phase = 'body';
        else if (cut) {
          this.cut(l.pos, l.text);
          continue;
        } else {
          this.head.push(l);
          continue;
        }
      }
      if (cut) {
        // the copy ends here: an unfinished item is not published; a finished one with the mark after it is
        const unfinished = item ? true : this.item !== null && this.item.parts.length === 0 && !CLOSED.test(this.item.body);
        if (unfinished && !item && this.item) this.dropItem(this.item);
        this.cut(l.pos, item ? l.text : `${unfinished && this.item ? `${this.item.body}` : ''}${l.text}`);
        continue;
      }
      if (section) {
        this.startSection(section.numeral, section.title, l);
        continue;
      }
      const sub = subsectionHeading(l.text);
      if (sub) {
        this.item = null;
        this.headings = [sub];
        continue;
      }
      const labels = labelParts(l.text);
      if (labels && this.item) {
        this.item.printed.push(l.text);
        for (const p of labels) this.item.parts.push({ ...p, html: l.html, pos: l.pos, from: 'line' });
        continue;
      }
      if (item) {
        this.startItem(Number(item[1]), `${item[1]}${item[2]}`, item[3] ?? '', l);
        continue;
      }
      if (this.items.length > 0 && (readDateLine(l.text).dateLike || /(人民政府|办公室|委员会)$/.test(l.text) || /^抄送/.test(l.text))) {
        this.phase = 'tail';
        this.tail.push(l);
        continue;
      }
      if (this.item && this.item.parts.length === 0 && !splitClause(this.item.body).clause && !splitRunOnLabels(this.item.body) && !CLOSED.test(this.item.body)) {
        // an unfinished item continued on the next line (a page break)
        this.item.body += l.text;
        this.item.html += l.html;
        this.item.joined.push(l.pos.line);
        continue;
      }
      if (l.text.length <= 24 && !/[。；;，,：:！？]/.test(l.text) && !/^\d/.test(l.text)) {
        // a bare sub-heading over the items that follow
        this.item = null;
        this.headings = [...this.headings.filter((h) => subsectionHeading(h) !== null), l.text];
        continue;
      }
      this.item = null;
      const current = this.sections.at(-1);
      if (current) current.paragraphs.push({ line: l.pos.line, text: l.text });
      else this.head.push(l);
    }
    if (this.options.truncated && !this.cutOff) {
      const last = this.items.at(-1);
      if (last && !this.responsible(last)) {
        this.dropItem(last);
        this.cut(last.target.pos, `${last.target.number}.${last.body}`);
      }
    }
    return this.finish();
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
    const who = headingPeople(l.text);
    this.sectionPeople = who ? who.names.map((name) => ({ published: name, role: who.title, from: 'heading' as const, inherited: true, titled: who.title })) : [];
    if (who) for (const name of who.names) this.log.add({ kind: 'person-title', published: `${name}${who.title}`, name, title: who.title }, l.pos);
  }

  startItem(number: number, printedNumber: string, text: string, l: Line): void {
    const section = this.sections.at(-1) ?? null;
    const key = `${this.group}-${number}`;
    const previous = this.items.at(-1);
    if (this.items.some((x) => x.target.key === key)) {
      throw new SeedError(this.source.file, l.pos, `item number ${number} appears twice${section ? ` in section ${section.numeral}` : ''}`, 'each item number once in its section (if the copy repeats an item, delete one)');
    }
    if (previous && previous.target.group?.index === this.group && number !== previous.target.number + 1) {
      this.log.add({ kind: 'number-out-of-order', how: 'after', number, after: previous.target.number }, l.pos, key);
    }
    const html = l.html.replace(/^\s*\d+\s*[、.．]\s*/, '');
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
      this.log.add(removed ? { kind: 'markup-removed', what: '任务文字', tags: text.markup.tags, removed: text.markup.removed, raw: body.slice(0, 200) } : { kind: 'markup-in-cell', what: '任务文字', tags: text.markup.tags }, t.pos, t.key);
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

    const a: ParsedAssignment = {
      kind: 'assignment', people: [], targetText: null, deadlineRaw: null, unitsRaw: '', units: [], progress: null,
      statusRaw: null, figures: null, note: null, cells: [], gaps: [], pos: t.pos,
    };
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
        const read = readUnitList(listText, { role: k.role, label: p.label, joinedForms: this.options.joinedUnitForms, convention, bold: bold ? { map: bold, from } : null });
        if (read.applied && convention) {
          const c = this.conventions.get(convention.text);
          if (c) c.applied = true;
        }
        a.units.push(...read.units);
        unitTexts.push(parts.filter((x) => x.kind.kind === 'units').length > 1 ? `${p.label}：${squeeze(listText)}` : squeeze(listText));
      } else if (k.kind === 'progress') {
        a.progress = readCell(p.body).value;
      } else if (k.kind === 'status') {
        a.statusRaw = squeeze(p.body).replace(/[。.]$/, '');
      } else if (k.kind === 'deadline') {
        a.deadlineRaw = squeeze(p.body).replace(/[。.]$/, '');
      }
    }
    a.unitsRaw = unitTexts.join('；');
    if (a.people.length === 0) a.people.push(...this.sectionPeople.map((p) => ({ ...p })));
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
    // section people per group, recorded as the sections were read
    let group = 0;
    for (const s of this.sections) {
      group++;
      const who = headingPeople(`${s.numeral}、${s.title}`);
      if (who) this.peopleByGroup.set(group, who.names.map((name) => ({ published: name, role: who.title, from: 'heading' as const, inherited: true, titled: who.title })));
    }
    // settle items in source order, conventions flowing from earlier items to later ones
    this.onward = [];
    const targets = this.items.map((item) => {
      this.sectionPeople = this.peopleByGroup.get(this.groupOf(item.target)) ?? [];
      return this.settle(item);
    });
    if (targets.length === 0) throw new SeedError(this.source.file, this.head.at(-1)?.pos ?? 1, 'no numbered items found', 'items such as “1、…（牵头领导：…。承办单位：…）” or “1.…” followed by “责任单位：…”');

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
      this.log.add({ kind: 'role-convention', text: c.text, applied: c.applied, count: targets.filter((t) => t.assignments.some((a) => a.units.some((u) => u.roleFrom === 'convention'))).length }, targets[0]?.pos ?? { line: 1, at: null });
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
    for (const [i, l] of this.head.entries()) {
      if (!docNumber && !issuer && /〔\d{4}〕\s*\d+\s*号$/.test(l.text)) docNumber = l.text;
      // the issuing body heads the notice (after its 文号); the same words at the end are its signature
      else if (!issuer && i <= (docNumber ? 1 : 0) && /(人民政府|办公室|委员会)$/.test(l.text)) issuer = l.text;
      else if (issuer && !addressed && /[：:]$/.test(l.text)) addressed = true;
      else if (issuer && !addressed) titleLines.push(l);
    }
    if (issuer && titleLines.length > 0) {
      if (titleLines.length > 1) this.log.add({ kind: 'text-joined', how: 'title', lines: titleLines.map((l) => l.text) }, titleLines[0]?.pos ?? { line: 1, at: null });
      return { title: `${issuer}${titleLines.map((l) => l.text).join('')}`, docNumber };
    }
    const first = this.head.find((l) => !/〔\d{4}〕\s*\d+\s*号$/.test(l.text) && !/[：:]$/.test(l.text));
    return { title: first?.text ?? this.source.facts.title ?? null, docNumber };
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
