/**
 * Who answers for a target, however the source prints it: a cell, a clause
 * at the end of an item (`（牵头领导：…。承办单位：…）`, `(责任领导:…;牵头单位:…)`),
 * a line of its own (`责任单位:…`), or a heading over the items
 * (`一、王丹县长牵头重点工作`). One vocabulary of labels for every layout:
 * people under any title, units by role (牵头 lead, 责任/承办 responsible,
 * 配合/协办 cooperating), and the rules a document states for reading its
 * unit lists (首位单位为牵头单位, 黑体为主办单位). Pure: text in, records out.
 */
import type { ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { PersonRef, UnitRole } from '../../schemas/records.ts';
import { squeeze, unspaced } from './text.ts';
import { splitTopLevel, splitUnits, withoutEtAl } from './unit-list.ts';

export interface ParsedPerson {
  /** as printed, title removed where the title was printed with the name */
  published: string;
  role: string | null;
  from: PersonRef['from'];
  inherited: boolean;
  /** the name was printed with a title (王丹县长): the title is the role */
  titled: string | null;
}

export interface ParsedUnit {
  published: string;
  role: UnitRole;
  label: string | null;
  roleFrom: 'label' | 'convention';
  inherited: boolean;
  /** printed with an inner space that the reviewed aliases say is one name */
  joined: boolean;
  /** the level (省, 市) printed once before the list and carried to this unit (省商务厅、财政厅 → 财政厅 is 省财政厅) */
  level?: string;
}

/** A label a source puts before names: 牵头领导, 责任单位… */
export type LabelKind = { kind: 'people'; role: string } | { kind: 'units'; role: UnitRole; label: string } | { kind: 'progress' } | { kind: 'status' } | { kind: 'deadline' } | { kind: 'other' };

const UNIT_WORD = '(?:单位|部门|处室|科室|责任单位)';

/** What a label (the words before ：) says the names after it are. */
export function labelKind(rawLabel: string): LabelKind | null {
  // 市级责任单位, 区级牵头单位: the level says where, not what
  const label = unspaced(rawLabel)
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/^(省|市|区|县|镇|乡)级?(?=(牵头|配合|协办|责任|承办|主办)(单位|部门))/, '')
    .replace(/^(省|市|区|县|镇|乡)级(?=.{2})/, '');
  if (/^(牵头|主办|主责|主管|总牵头)/.test(label) && new RegExp(`${UNIT_WORD}$`).test(label)) return { kind: 'units', role: 'lead', label: rawLabel.trim() };
  if (/^(配合|协办|协同|参与|协助|配合责任)/.test(label) && new RegExp(`${UNIT_WORD}$`).test(label)) return { kind: 'units', role: 'cooperating', label: rawLabel.trim() };
  if (/^(主要|具体)?(责任|承办|实施|落实|主体|具体责任|责任主体)(单位|部门|处室|科室)$/.test(label)) return { kind: 'units', role: 'responsible', label: rawLabel.trim() };
  // 部门分工, 任务分工: the list says each unit's role in its own words (X牵头，Y配合)
  if (/^(部门|单位|任务|责任|职责)?分工$/.test(label)) return { kind: 'units', role: 'responsible', label: rawLabel.trim() };
  // 责任主体与协同单位, 牵头及配合单位: two roles under one heading; the cell's own role words say which is which
  if (/^(牵头|主办|主责|责任|责任主体|承办|实施)(单位|部门)?(与|及|和|、)(配合|协办|协同|参与|协助)(单位|部门)$/.test(label)) return { kind: 'units', role: 'responsible', label: rawLabel.trim() };
  if (/(领导|领导同志|负责同志|分管领导)$/.test(label) || /(责任人|负责人|牵头人|联系人|包保人)$/.test(label)) return { kind: 'people', role: rawLabel.trim() };
  if (/^(是否按计划|是否完成|完成状态|推进状态|进度状态|状态|是否按进度|是否达到|是否|评价)/.test(label)) return { kind: 'status' };
  // 进展情况, 实际完成情况, 一季度进展情况, 截至6月底完成情况, 工作推进情况; not 完成时限
  if (/^(.{0,8}?)(进展|推进|完成|落实|进度)(情况)?$/.test(label) && label !== '完成' && !/(时限|时间|期限)/.test(label)) return { kind: 'progress' };
  if (/^(完成时限|时限|完成时间|时间节点|完成期限)$/.test(label)) return { kind: 'deadline' };
  return null;
}

/** `label：text`, the colon full- or half-width; null when the text starts with no known label. */
export function splitLabel(text: string): { label: string; kind: LabelKind; body: string } | null {
  const m = /^\s*([^：:，,。；;（）()]{2,12})\s*[：:]\s*([\s\S]*)$/.exec(text);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const body = m[2] ?? '';
  const kind = labelKind(label) ?? (listsOnlyUnitsByRole(body) ? ({ kind: 'units', role: 'responsible', label } as const) : null);
  return kind ? { label, kind, body } : null;
}

/**
 * A label the vocabulary does not know, over a text that is nothing but units
 * with their role words (`工作分解：省发展改革委牵头，各地、各部门配合。`): the
 * roles are printed, so the units are read; a sentence that merely mentions a
 * lead unit (`完成…，市财政局牵头`) is not.
 */
function listsOnlyUnitsByRole(body: string): boolean {
  const segments = roleWordSegments(body.replace(/[。.]$/, ''));
  return segments !== null && segments.length <= 6 && segments.every((seg) => seg.role !== null || (UNIT_TAIL.test(seg.text.trim()) && [...seg.text.trim()].length <= 40));
}

const OPEN = '（(';
const CLOSE = '）)';

/** The closing parenthesis of an item, matched from the end so nested （指挥部） stays inside. */
export function splitClause(text: string): { body: string; clause: string | null } {
  const t = text.trimEnd();
  // an item may end with its full stop after the clause: …。（责任领导：…）。
  const trailing = /[。.；;]$/.exec(t)?.[0] ?? '';
  const core = trailing ? t.slice(0, -1).trimEnd() : t;
  if (!CLOSE.includes(core.at(-1) ?? '')) return { body: t, clause: null };
  let depth = 0;
  for (let i = core.length - 1; i >= 0; i--) {
    const ch = core[i] ?? '';
    if (CLOSE.includes(ch)) depth++;
    if (OPEN.includes(ch)) depth--;
    if (depth === 0) {
      const clause = core.slice(i);
      // only a clause that names someone is a responsibility clause; （沥青） is part of the text
      if (!clauseParts(clause).some((p) => splitLabel(p) !== null || namesUnitsByRole(p))) return { body: t, clause: null };
      return { body: core.slice(0, i).trimEnd(), clause };
    }
  }
  return { body: t, clause: null };
}

/** The inside of a clause split at top-level 。；; into its parts (leaders, units, notes). */
export function clauseParts(clause: string): string[] {
  return splitTopLevel(clause.slice(1, -1), /[。；;]/);
}

/** Official titles printed after a name (王丹县长, 曹惠明常务副县长). */
const TITLE = '(?:(?:常务)?副)?(?:(?:省|市|州|盟|县|区|旗|镇|乡)长|(?:省|市|州|县|区)?(?:委)?(?:书记|主席|主任)|秘书长|党组成员)';
const TITLED_NAME = new RegExp(`^([\\p{Script=Han}·]{2,4}?)(${TITLE})(?:同志)?$`, 'u');

/** What precedes a title but is not a person's name: 各区区长, 相关管委会主任, 市政府分管副市长. */
const NOT_A_NAME = /^(各|相关|有关|全体|所属|分管|主管|市政府|区政府|县政府|政府|常务|第一|执行|专职)|[省市区县镇乡委局办会]$/;

/** `王丹县长` → 王丹 + 县长; a name without a title stands as printed. */
export function splitPersonTitle(printed: string): { name: string; title: string | null } {
  const m = TITLED_NAME.exec(unspaced(printed));
  if (!m || NOT_A_NAME.test(m[1] ?? '')) return { name: printed.trim(), title: null };
  return { name: m[1] ?? printed, title: m[2] ?? null };
}

const TITLE_ONLY = new RegExp(`^(?:分管|主管|相关|有关)?(?:${TITLE})$`, 'u');

/**
 * An office, not a named person: the text gives a title or a group of
 * office-holders where a name would stand (市长, 副市长, 各区区长, 相关管委会主任,
 * 市政府分管领导). Published as printed, its page says no name is given.
 */
export function isOffice(name: string): boolean {
  const t = unspaced(name);
  if (TITLE_ONLY.test(t)) return true;
  if (/^(各|相关|有关|全体|所属|分管|主管)/.test(t)) return true;
  return t.length > 4 && /(领导|负责人|负责同志|主任|长|书记|主席)$/.test(t);
}

/**
 * A heading that names who leads what is under it: `一、王丹县长牵头重点工作`,
 * `张三副市长分管（12项）`. The names and their title; null for a heading that names no one.
 */
/** A heading without its numeral (一、 1. （一）), as headingPeople and headingUnit read it. */
function headingWords(heading: string): string {
  return unspaced(heading)
    .replace(/^([一二三四五六七八九十]+|\d+)[、.．]/, '')
    .replace(/^[（(][一二三四五六七八九十\d]+[）)]/, '');
}

export function headingPeople(heading: string): { names: string[]; title: string } | null {
  const t = headingWords(heading);
  // 王丹县长牵头重点工作, 徐国龙副市长重点工作, 张三副市长分管工作（12项）
  const m = new RegExp(`^((?:[\\p{Script=Han}·]{2,4}[、，,])*[\\p{Script=Han}·]{2,4}?)(${TITLE})(?:同志)?(?:牵头|负责|分管|领衔|主抓|联系|(?:的)?(?:重点)?(?:工作|事项|任务))`, 'u').exec(t);
  if (!m) return null;
  return { names: (m[1] ?? '').split(/[、，,]/).filter(Boolean), title: m[2] ?? '' };
}

/** The people a heading names (一、王丹县长牵头重点工作), as inherited by the items under it. */
export function headingPersons(heading: string): ParsedPerson[] {
  const who = headingPeople(heading);
  return who ? who.names.map((name) => ({ published: name, role: who.title, from: 'heading' as const, inherited: true, titled: who.title })) : [];
}

/**
 * A heading that names the unit leading what is under it: `（一）省监察厅牵头的工作`,
 * `一、县示范区管委会牵头工作（8项）`. The unit and the role word; null for a
 * heading that names no unit (or names a person: see headingPeople).
 */
export function headingUnit(heading: string): { unit: string; word: string } | null {
  if (headingPeople(heading)) return null;
  const t = headingWords(heading)
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/[。：:]$/, '');
  const m = /^(.{2,30}?)(牵头|主办|主责|负责)的?(?:重点)?(?:工作|事项|任务)(?:清单)?$/.exec(t);
  if (!m || !UNIT_TAIL.test(m[1] ?? '')) return null;
  return { unit: m[1] ?? '', word: m[2] ?? '' };
}

/** The commonest single-character surnames (about nine in ten people in China bear one of them). */
const COMMON_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝',
]);

/**
 * A bare name where nothing says whether it is one (a sheet named 林克庆):
 * two or three characters after a common surname, or a compound surname and
 * one or two more, and no word an office, a place or a group ends with.
 */
export function looksLikePersonName(text: string): boolean {
  const t = unspaced(text);
  if (!/^\p{Script=Han}{2,4}$/u.test(t) || NOT_A_NAME.test(t) || /(任务|工作|项目|情况|完成|建设|开工|实事|目标|清单|汇总|附件)/.test(t)) return false;
  if (COMPOUND_SURNAMES.has(t.slice(0, 2))) return t.length >= 3;
  return t.length <= 3 && COMMON_SURNAMES.has(t[0] ?? '');
}

/** Two-character surnames: a space after one is inside a name (欧阳 修文), not between two names. */
const COMPOUND_SURNAMES = new Set(['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '夏侯', '轩辕', '令狐', '宇文', '司徒', '端木', '申屠', '西门', '南宫']);

/**
 * Names in one cell or after one label: 、，, ；; / and a line of their own
 * (<p>, <br>) separate them. A space separates them only where every part is a
 * name of two or more characters (李春英 王昌华); 曹 临 is one name printed with
 * a space, and so is 欧阳 修文.
 */
export function splitNames(text: string): string[] {
  const lines = text
    .replace(/<(?:br|\/p|\/div|\/li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(nbsp|#160|#xa0);/gi, ' ');
  return lines
    .split(/[\n、，,；;/／]/)
    .flatMap((part) => {
      const s = squeeze(part).replace(/[。.]$/, '');
      const pieces = s.split(' ');
      const spaced = pieces.length > 1 && pieces.every((p) => [...p].length >= 2) && !(pieces.length === 2 && COMPOUND_SURNAMES.has(pieces[0] ?? '') && [...unspaced(s)].length <= 4);
      if (spaced) return pieces;
      // 陆 明 俞 悦: two two-character names, each printed with a space (one name of four single characters is not printed so)
      if (pieces.length >= 4 && pieces.length % 2 === 0 && pieces.every((p) => [...p].length === 1)) {
        return pieces.flatMap((p, i) => (i % 2 === 0 ? [`${p} ${pieces[i + 1] ?? ''}`] : []));
      }
      return [s];
    })
    .filter((s) => s !== '');
}

/* ---- conventions a document states for its unit lists ---- */

export type ConventionRule = 'first-leads' | 'bold-leads';

export interface Convention {
  rule: ConventionRule;
  /** as printed */
  text: string;
  /** 下同: it holds for every later item, not only this one */
  onward: boolean;
  /** bold-leads: what the units not in bold are (其他为协办单位) */
  others: UnitRole;
}

const FIRST_LEADS = /(首位|第一位?|排名第一|排第一|排在首位|排序第一|列第一位|列首位|排在第一位|排名首位|居首)[的个者]?(单位|部门)?(为|是)(工作)?(牵头|主办|主责)/;
const BOLD_LEADS = /(黑体|加粗|粗体)[字的]*(标注|标出|标明)?[的]?(为|是)?(主办|牵头|主责)(单位|部门)?/;

/** A note that states how to read the unit lists, or null. */
export function readConvention(note: string): Convention | null {
  const t = unspaced(note);
  const onward = /下同/.test(t);
  if (FIRST_LEADS.test(t)) return { rule: 'first-leads', text: note.trim(), onward, others: 'responsible' };
  if (BOLD_LEADS.test(t)) return { rule: 'bold-leads', text: note.trim(), onward, others: /其[他余].{0,3}(协办|配合)/.test(t) ? 'cooperating' : 'responsible' };
  return null;
}

/** Notes printed inside a unit list, in brackets after a unit (县发改局(首位单位为牵头单位,下同)): taken out of the name. */
export function takeBracketNotes(text: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  const out = text.replace(/[（(]([^（）()]*)[）)]/g, (whole, inner: string) => {
    if (readConvention(inner) || /下同/.test(inner)) {
      notes.push(inner);
      return '';
    }
    return whole;
  });
  return { text: out, notes };
}

/* ---- bold in a unit list (HTML and Word sources keep it) ---- */

const fragment = unified().use(rehypeParse, { fragment: true });

/** A block's text without white space, with, for each character, whether it was printed bold. */
export interface BoldMap {
  text: string;
  bold: boolean[];
}

/** The bold map of an HTML fragment; null where nothing in it is bold (a text copy lost bold, or there was none). */
export function boldMap(html: string): BoldMap | null {
  if (!/<(b|strong)\b/i.test(html)) return null;
  let text = '';
  const bold: boolean[] = [];
  const visit = (node: Root | ElementContent, inBold: boolean): void => {
    if (node.type === 'text') {
      for (const ch of node.value) {
        if (/\s/.test(ch)) continue;
        text += ch;
        bold.push(inBold);
      }
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    const b = inBold || (node.type === 'element' && ['b', 'strong'].includes(node.tagName));
    for (const child of node.children) visit(child as ElementContent, b);
  };
  visit(fragment.parse(html), false);
  return { text, bold };
}

export interface UnitListOptions {
  role: UnitRole;
  label: string | null;
  joinedForms: readonly string[];
  /** the rule in force for this list, if any */
  convention: Convention | null;
  /** bold in the block the list is printed in, and where in it (unspaced) the list starts */
  bold: { map: BoldMap; from: number } | null;
}

export interface ReadUnits {
  units: ParsedUnit[];
  /** the convention was applied to this list */
  applied: boolean;
}

/** Words printed after units that say their role: `A、B牵头，C配合`, `D按职责分工负责`, `E（牵头）`. */
const ROLE_WORDS: ReadonlyArray<readonly [RegExp, UnitRole]> = [
  [/(分别牵头|总牵头|牵头抓总|牵头负责|牵头|主办|主责)$/, 'lead'],
  [/(配合实施|配合|协办|协助|参与|协同)$/, 'cooperating'],
  [/(按职责分工负责|按职能分工负责|按职责负责|分工负责|按职责落实|分别负责|具体负责|负责落实|负责实施|负责)$/, 'responsible'],
];
/** What a unit list ends with, so `…市财政局牵头` is read as units and a role, and `牵头抓好…` is not. */
const UNIT_TAIL = /(局|委|办|厅|院|会|部|中心|政府|集团|公司|所|站|队|处|室|社|行|署|馆|团|联|校|区|县|市|镇|街道|乡|指挥部|管委会|小组|平台|园区|部门|单位|镇街|乡镇)$/;

function roleWordOf(text: string): { units: string; role: UnitRole; word: string } | null {
  const t = text.trim();
  for (const [re, role] of ROLE_WORDS) {
    const m = re.exec(t);
    if (!m) continue;
    const units = t.slice(0, m.index).trim();
    if (units !== '' && UNIT_TAIL.test(units)) return { units, role, word: m[0] };
  }
  return null;
}

/** A unit list split where a label (牵头单位：, 配合单位：) or a role word (…牵头，…配合) says a new role starts. */
interface RoleSegment {
  text: string;
  role: UnitRole | null;
  label: string | null;
}

function labelledSegments(text: string): RoleSegment[] | null {
  const marks = [...text.matchAll(/([^\s：:，,。；;、/／（）()]{2,8})\s*[：:]/g)].filter((m) => labelKind(m[1] ?? '')?.kind === 'units');
  if (marks.length === 0) return null;
  // units before the first label stand under the list's own label (a second line `省牵头单位：…` under a 责任单位 cell)
  const before = text
    .slice(0, marks[0]?.index ?? 0)
    .replace(/[；;/／\s]+$/, '')
    .trim();
  const segments: RoleSegment[] = before === '' ? [] : [{ text: before, role: null, label: null }];
  return segments.concat(
    marks.map((m, i) => {
      const kind = labelKind(m[1] ?? '') as Extract<LabelKind, { kind: 'units' }>;
      const end = marks[i + 1]?.index ?? text.length;
      return { text: text.slice((m.index ?? 0) + m[0].length, end).replace(/[；;/／\s]+$/, ''), role: kind.role, label: kind.label };
    }),
  );
}

function roleWordSegments(text: string): RoleSegment[] | null {
  const clauses = splitTopLevel(text, /[，,；;。]/);
  const read = clauses.map((c) => ({ c, r: roleWordOf(c) }));
  if (!read.some((x) => x.r)) return null;
  return read.map(({ c, r }) => (r ? { text: r.units, role: r.role, label: r.word } : { text: c, role: null, label: null }));
}

/** Does this text list units with their roles (`A、B牵头，C按职责分工负责`)? For clauses with no label. */
export function namesUnitsByRole(text: string): boolean {
  return roleWordSegments(text) !== null;
}

/** A unit list under one label → units with their roles. */
export function readUnitList(text: string, options: UnitListOptions): ReadUnits {
  // roles the list prints itself beat the label it is under and any convention
  const segments = labelledSegments(text) ?? roleWordSegments(text);
  if (segments) {
    const units = segments.flatMap((seg) => readPlainList(seg.text, { ...options, role: seg.role ?? options.role, label: seg.label ?? options.label }));
    return { units, applied: false };
  }
  const units = readPlainList(text, options);
  if (units.some((u) => u.label !== options.label)) return { units, applied: false };
  return applyConvention(units, options);
}

/** Units split from one list, each `X（牵头）` taking the role it is marked with. */
/** Bodies of the central government's vertical lines, named after a place (河南银保监局, 郑州海关): never under the list's level. */
const VERTICAL_BODY = /(银保监|银监|证监|保监|金融监管总局|海关|人行|人民银行|调查总队|调查队|气象|邮政|烟草|电力|电网|铁路|税务|通信管理)/;

function readPlainList(text: string, options: UnitListOptions): ParsedUnit[] {
  const list = splitUnits(text, options.joinedForms);
  // a provincial list prints its level once: （省商务厅、财政厅、发展改革委…）
  const level = /^(省|市|州|县|区)(?!委|政府|人民政府)/.exec(list.published[0] ?? '')?.[1] ?? null;
  const carries = (p: string): boolean => {
    const name = withoutEtAl(p);
    return (
      level !== null &&
      !/[省市州盟县区旗镇乡]|^(各|有关|相关|中央|国家|国务院)/.test(p) &&
      /(厅|局|委|办|署|院)$/.test(name) &&
      !/(分局|支局|分院)$/.test(name) &&
      !VERTICAL_BODY.test(p) &&
      [...p].length <= 12
    );
  };
  return list.published.map((published, i) => {
    const carried = i > 0 && carries(published) ? { level: level ?? '' } : {};
    const marked = /^(.+?)\s*[（(]\s*(牵头|主办|主责|配合|协办|参与|负责)\s*[）)]$/.exec(published);
    const role = marked ? (ROLE_WORDS.find(([re]) => re.test(marked[2] ?? ''))?.[1] ?? options.role) : options.role;
    return {
      published: marked ? (marked[1] ?? published) : published,
      role,
      label: marked ? (marked[2] ?? null) : options.label,
      roleFrom: 'label',
      inherited: false,
      joined: list.joined.includes(published),
      ...carried,
    };
  });
}

function applyConvention(units: ParsedUnit[], options: UnitListOptions): ReadUnits {
  const c = options.convention;
  if (!c || units.length === 0 || options.role === 'cooperating') return { units, applied: false };
  if (c.rule === 'first-leads') {
    const first = units[0];
    if (first) Object.assign(first, { role: 'lead', roleFrom: 'convention' });
    return { units, applied: true };
  }
  // bold-leads: only where the copy kept bold
  const bold = options.bold;
  if (!bold) return { units, applied: false };
  let from = bold.from;
  for (const u of units) {
    const key = unspaced(u.published).replace(/等$/, '');
    const at = key === '' ? -1 : bold.map.text.indexOf(key, from);
    if (at < 0) continue;
    from = at + key.length;
    const isBold = bold.map.bold.slice(at, at + key.length).every(Boolean);
    Object.assign(u, { role: isBold ? 'lead' : c.others, roleFrom: 'convention' });
  }
  return { units, applied: true };
}
