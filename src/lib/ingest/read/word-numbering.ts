/**
 * Word's automatic numbering is not in the text. A numbered paragraph names a
 * list and a level (w:numPr, or its paragraph style's), word/numbering.xml
 * says how that level counts and prints (w:start, w:numFmt, w:lvlText such as
 * `%1.`, `%1、`, `（%1）`), and Word works the number out as it lays the page.
 * mammoth reads such paragraphs as <ol><li>, and starts a new list wherever
 * an ordinary paragraph interrupts one, so the tasks of a notice with a
 * `牵头单位：…` line under each come out all numbered 1, and （一） and 一、
 * come out as 1. So before mammoth reads the file, every numbered paragraph
 * gets the number Word shows written into it as text, and is taken off its
 * list (numId 0, OOXML's “not numbered”). Bullets are left to mammoth.
 *
 * Counting as Word counts (ECMA-376 Part 1 §17.9): one counter per abstract
 * numbering definition and level, so lists that share a definition continue
 * one another across interruptions; a list (w:num) whose level carries a
 * w:startOverride sets the counter to that value where it is first used at
 * that level; a level starts at its w:start (0 when omitted) and starts again
 * after a higher level is used, unless w:lvlRestart says otherwise.
 * @xmldom/xmldom (mammoth's own XML parser) reads and writes the parts, fflate
 * the zip.
 */
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { posix } from 'node:path';
import { OfficeFileError } from './zip-guard.ts';

// ── Word's automatic numbering, written out ────────────────────────────────

/** WordprocessingML, transitional and strict; the parts of one file use one of them. */
const WORDML = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** One level of a list as numbering.xml defines it. */
interface Level {
  start: number;
  /** w:numFmt: decimal, chineseCounting, upperRoman, bullet, none… */
  format: string;
  /** w:lvlText: `%1.`, `（%1）`, `%1.%2`; %n is level n's counter */
  text: string;
  /** w:isLgl: every level's counter in arabic digits */
  legal: boolean;
  /** w:lvlRestart: the level starts again where a level at or above this one-based level is used; 0: never; null: where any level above it is */
  restartAfter: number | null;
  /** what Word puts between the number and the text */
  suffix: 'tab' | 'space' | 'nothing';
  /** w:pStyle: the paragraph style this level numbers */
  style: string | null;
}

interface AbstractNum {
  levels: Map<number, Level>;
  /** w:numStyleLink: the definition is the one a numbering style points to */
  styleLink: string | null;
}

interface Num {
  abstract: string;
  overrides: Map<number, { start: number | null; level: Level | null }>;
}

interface Style {
  numId: string | null;
  ilvl: number | null;
  basedOn: string | null;
}

function xmlDocument(text: string, part: string): Document {
  const fail = (message: unknown): never => {
    throw new OfficeFileError(`not a readable Word document (${part}: ${String(message).split('\n')[0]})`);
  };
  return new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(text, 'text/xml');
}

function elements(parent: Element | Document, ns: string, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name) out.push(n as Element);
  return out;
}

/** Package relationships of a part: type (its last path segment) → target part. */
function relationships(files: Record<string, Uint8Array>, part: string): Map<string, string> {
  const dir = posix.dirname(part);
  const rels = files[posix.join(dir, '_rels', `${posix.basename(part)}.rels`)];
  const out = new Map<string, string>();
  if (!rels) return out;
  const doc = xmlDocument(strFromU8(rels), `${part} relationships`);
  for (const r of Array.from(doc.getElementsByTagNameNS(RELATIONSHIPS, 'Relationship'))) {
    const target = r.getAttribute('Target') ?? '';
    if (r.getAttribute('TargetMode') === 'External' || target === '') continue;
    const type = (r.getAttribute('Type') ?? '').split('/').at(-1) ?? '';
    if (!out.has(type)) out.set(type, posix.normalize(target.startsWith('/') ? target.slice(1) : posix.join(dir, target)));
  }
  return out;
}

/**
 * The file with each numbered paragraph's number written in as text, or the
 * file itself where nothing is numbered.
 */
export function withPrintedNumbers(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const main = relationships(files, '').get('officeDocument') ?? 'word/document.xml';
  const related = relationships(files, main);
  const numberingPart = related.get('numbering');
  const documentXml = files[main];
  const numberingXml = numberingPart ? files[numberingPart] : undefined;
  if (!documentXml || !numberingXml) return bytes;
  const doc = xmlDocument(strFromU8(documentXml), main);
  const w = doc.documentElement?.namespaceURI ?? '';
  if (!WORDML.includes(w)) return bytes;
  const stylesPart = related.get('styles');
  const stylesXml = stylesPart ? files[stylesPart] : undefined;
  const numbering = new WordNumbering(w, xmlDocument(strFromU8(numberingXml), numberingPart ?? ''), stylesXml ? xmlDocument(strFromU8(stylesXml), stylesPart ?? '') : null);

  let changed = false;
  const visit = (node: Element): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      // mammoth reads an mc:AlternateContent's fallback, never its choice; deleted and moved-away text not at all
      if (el.namespaceURI === MARKUP_COMPATIBILITY && el.localName === 'Choice') continue;
      if (el.namespaceURI === w && (el.localName === 'del' || el.localName === 'moveFrom')) continue;
      if (el.namespaceURI === w && el.localName === 'p' && numbering.printNumber(el)) changed = true;
      visit(el);
    }
  };
  const body = doc.documentElement ? elements(doc.documentElement, w, 'body')[0] : undefined;
  if (body) visit(body);
  if (!changed) return bytes;
  return zipSync({ ...files, [main]: strToU8(new XMLSerializer().serializeToString(doc)) });
}

class WordNumbering {
  readonly w: string;
  readonly abstracts = new Map<string, AbstractNum>();
  readonly nums = new Map<string, Num>();
  readonly styles = new Map<string, Style>();
  defaultStyle: string | null = null;
  /** counters by abstract definition, one a level; undefined: not used since it last started again */
  readonly counters = new Map<string, Array<number | undefined>>();
  /** `numId level` pairs already used, so a w:startOverride applies where its list is first used */
  readonly used = new Set<string>();

  constructor(w: string, numbering: Document, styles: Document | null) {
    this.w = w;
    const root = numbering.documentElement;
    if (root) {
      for (const a of elements(root, w, 'abstractNum')) {
        const levels = new Map<number, Level>();
        for (const lvl of elements(a, w, 'lvl')) levels.set(this.int(lvl.getAttributeNS(w, 'ilvl')) ?? 0, this.level(lvl));
        this.abstracts.set(a.getAttributeNS(w, 'abstractNumId') ?? '', { levels, styleLink: this.val(a, 'numStyleLink') });
      }
      for (const n of elements(root, w, 'num')) {
        const overrides = new Map<number, { start: number | null; level: Level | null }>();
        for (const o of elements(n, w, 'lvlOverride')) {
          const lvl = elements(o, w, 'lvl')[0];
          overrides.set(this.int(o.getAttributeNS(w, 'ilvl')) ?? 0, { start: this.int(this.val(o, 'startOverride')), level: lvl ? this.level(lvl) : null });
        }
        this.nums.set(n.getAttributeNS(w, 'numId') ?? '', { abstract: this.val(n, 'abstractNumId') ?? '', overrides });
      }
    }
    const stylesRoot = styles?.documentElement;
    if (stylesRoot) {
      for (const s of elements(stylesRoot, w, 'style')) {
        const id = s.getAttributeNS(w, 'styleId') ?? '';
        const numPr = this.first(this.first(s, 'pPr'), 'numPr');
        this.styles.set(id, { numId: this.val(numPr, 'numId'), ilvl: this.int(this.val(numPr, 'ilvl')), basedOn: this.val(s, 'basedOn') });
        if (s.getAttributeNS(w, 'type') === 'paragraph' && /^(1|true|on)$/.test(s.getAttributeNS(w, 'default') ?? '')) this.defaultStyle = id;
      }
    }
  }

  /** A new WordprocessingML element, under the prefix the paragraph's own part gives the namespace. */
  make(near: Element, name: string): Element {
    return near.ownerDocument.createElementNS(this.w, near.prefix ? `${near.prefix}:${name}` : name);
  }

  first(parent: Element | null | undefined, name: string): Element | null {
    return parent ? (elements(parent, this.w, name)[0] ?? null) : null;
  }

  /** The w:val of a child element; null when there is none. */
  val(parent: Element | null | undefined, name: string): string | null {
    const el = this.first(parent, name);
    return el?.hasAttributeNS(this.w, 'val') ? el.getAttributeNS(this.w, 'val') : null;
  }

  int(text: string | null | undefined): number | null {
    const n = Number.parseInt(text ?? '', 10);
    return Number.isFinite(n) ? n : null;
  }

  level(lvl: Element): Level {
    // Word 2010 writes a custom format as mc:AlternateContent with a plain w:numFmt as fallback
    const alternate = elements(lvl, MARKUP_COMPATIBILITY, 'AlternateContent')[0];
    const fallback = alternate ? elements(alternate, MARKUP_COMPATIBILITY, 'Fallback')[0] : undefined;
    const legal = this.first(lvl, 'isLgl');
    const suffix = this.val(lvl, 'suff');
    return {
      start: this.int(this.val(lvl, 'start')) ?? 0,
      format: this.val(lvl, 'numFmt') ?? this.val(fallback, 'numFmt') ?? 'decimal',
      text: this.val(lvl, 'lvlText') ?? '',
      legal: legal !== null && !/^(0|false|off)$/.test(legal.getAttributeNS(this.w, 'val') ?? ''),
      restartAfter: this.int(this.val(lvl, 'lvlRestart')),
      suffix: suffix === 'space' || suffix === 'nothing' ? suffix : 'tab',
      style: this.val(lvl, 'pStyle'),
    };
  }

  /** The definition a list counts by, past numbering-style links: its id (the counter's key) and levels. */
  definition(numId: string): { key: string; abstract: AbstractNum } | null {
    const seen = new Set<string>();
    let id = numId;
    while (!seen.has(id)) {
      seen.add(id);
      const num = this.nums.get(id);
      const abstract = num ? this.abstracts.get(num.abstract) : undefined;
      if (!num || !abstract) return null;
      if (abstract.styleLink === null) return { key: num.abstract, abstract };
      const linked = this.styles.get(abstract.styleLink)?.numId;
      if (!linked) return null;
      id = linked;
    }
    return null;
  }

  /** numId and level from the paragraph's own w:numPr, else from its style and the styles it is based on. */
  reference(pPr: Element | null): { numId: string; ilvl: number | null; style: string | null } | null {
    const own = this.first(pPr, 'numPr');
    let numId = this.val(own, 'numId');
    let ilvl = this.int(this.val(own, 'ilvl'));
    const style = this.val(pPr, 'pStyle') ?? this.defaultStyle;
    const seen = new Set<string>();
    for (let s = style; s !== null && !seen.has(s) && (numId === null || ilvl === null); s = this.styles.get(s)?.basedOn ?? null) {
      seen.add(s);
      const def = this.styles.get(s);
      if (numId === null && def?.numId) numId = def.numId;
      if (ilvl === null && def?.ilvl !== null && def?.ilvl !== undefined) ilvl = def.ilvl;
    }
    return numId === null || numId === '0' ? null : { numId, ilvl, style };
  }

  /** Writes the number Word shows before the paragraph into it; false where Word shows none or a bullet. */
  printNumber(p: Element): boolean {
    const pPr = this.first(p, 'pPr');
    // a paragraph whose mark is deleted is one with the next (mammoth joins them): the next one's number stands
    if (this.first(this.first(pPr, 'rPr'), 'del')) return false;
    const ref = this.reference(pPr);
    const def = ref ? this.definition(ref.numId) : null;
    if (!ref || !def) return false;
    const num = this.nums.get(ref.numId);
    const levelOf = (i: number): Level | undefined => num?.overrides.get(i)?.level ?? def.abstract.levels.get(i);
    const ilvl = ref.ilvl ?? [...def.abstract.levels].find(([, l]) => l.style !== null && l.style === ref.style)?.[0] ?? 0;
    const level = levelOf(ilvl);
    if (!level || level.format === 'bullet') return false;

    const counters = this.counters.get(def.key) ?? [];
    this.counters.set(def.key, counters);
    const override = num?.overrides.get(ilvl)?.start ?? null;
    const firstUse = !this.used.has(`${ref.numId} ${ilvl}`);
    this.used.add(`${ref.numId} ${ilvl}`);
    const previous = counters[ilvl];
    counters[ilvl] = firstUse && override !== null ? override : previous === undefined ? level.start : previous + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const restartAfter = levelOf(deeper)?.restartAfter ?? deeper;
      if (ilvl < restartAfter) counters[deeper] = undefined;
    }
    const printed = level.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const other = levelOf(i);
      return formatNumber(counters[i] ?? other?.start ?? 0, level.legal ? 'decimal' : (other?.format ?? 'decimal'));
    });

    this.unlist(p, pPr);
    if (printed === '') return true;
    const run = this.make(p, 'r');
    const t = this.make(p, 't');
    t.setAttributeNS(XML_NS, 'xml:space', 'preserve');
    t.appendChild(p.ownerDocument.createTextNode(level.suffix === 'space' ? `${printed} ` : printed));
    run.appendChild(t);
    if (level.suffix === 'tab') run.appendChild(this.make(p, 'tab'));
    const props = this.first(p, 'pPr');
    p.insertBefore(run, props ? props.nextSibling : p.firstChild);
    return true;
  }

  /** Takes the paragraph off its list: numId 0 (“not numbered”), which also stops its style's numbering. */
  unlist(p: Element, pPr: Element | null): void {
    let props = pPr;
    if (!props) {
      props = this.make(p, 'pPr');
      p.insertBefore(props, p.firstChild);
    }
    for (const old of elements(props, this.w, 'numPr')) props.removeChild(old);
    const numPr = this.make(p, 'numPr');
    for (const [name, value] of [
      ['ilvl', '0'],
      ['numId', '0'],
    ] as const) {
      const el = this.make(p, name);
      el.setAttributeNS(this.w, p.prefix ? `${p.prefix}:val` : 'val', value);
      numPr.appendChild(el);
    }
    const style = this.first(props, 'pStyle');
    props.insertBefore(numPr, style ? style.nextSibling : props.firstChild);
  }
}

const CN_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/** 1–9999 in Chinese counting (十一, 一百〇一, 三千二百); ten: 十 or 拾; `tenAlone`: 十一, not 一十一 */
function chineseCount(n: number, digits: readonly string[], units: readonly [string, string, string], zero: string, tenAlone: boolean): string {
  const parts = [Math.floor(n / 1000), Math.floor(n / 100) % 10, Math.floor(n / 10) % 10, n % 10];
  const names = [units[2], units[1], units[0], ''];
  let out = '';
  let gap = false;
  parts.forEach((d, i) => {
    if (d === 0) {
      gap = out !== '';
      return;
    }
    if (gap) out += zero;
    gap = false;
    out += tenAlone && i === 2 && out === '' && d === 1 ? (names[i] ?? '') : `${digits[d] ?? ''}${names[i] ?? ''}`;
  });
  return out;
}

const roman = (n: number): string => {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  let rest = n;
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s;
      rest -= v;
    }
  }
  return out;
};

/** A symbol from a run of Unicode code points (①…⑳), where the run has one for n. */
const fromRun =
  (first: number, count: number) =>
  (n: number): string | null =>
    n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : null;

const FORMATS: Record<string, (n: number) => string | null> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (d) => String.fromCodePoint(0xff10 + Number(d))),
  upperRoman: (n) => (n >= 1 && n < 4000 ? roman(n) : null),
  lowerRoman: (n) => (n >= 1 && n < 4000 ? roman(n).toLowerCase() : null),
  // Word: A…Z, then AA…ZZ, AAA…
  upperLetter: (n) => (n >= 1 ? String.fromCodePoint(64 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1) : null),
  lowerLetter: (n) => (n >= 1 ? String.fromCodePoint(96 + ((n - 1) % 26) + 1).repeat(Math.floor((n - 1) / 26) + 1) : null),
  // Word counts to 99 (十一, 九十九), then writes the digits (一〇一)
  chineseCounting: (n) => (n >= 1 && n < 100 ? chineseCount(n, CN_DIGITS, ['十', '百', '千'], '〇', true) : n >= 100 ? String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)] ?? d) : null),
  chineseCountingThousand: (n) => (n >= 1 && n < 10000 ? chineseCount(n, CN_DIGITS, ['十', '百', '千'], '〇', true) : null),
  chineseLegalSimplified: (n) => (n >= 1 && n < 10000 ? chineseCount(n, CN_LEGAL_DIGITS, ['拾', '佰', '仟'], '零', false) : null),
  ideographDigital: (n) => String(n).replace(/\d/g, (d) => CN_DIGITS[Number(d)] ?? d),
  ideographTraditional: (n) => (n >= 1 && n <= 10 ? ('甲乙丙丁戊己庚辛壬癸'[n - 1] ?? null) : null),
  ideographZodiac: (n) => (n >= 1 && n <= 12 ? ('子丑寅卯辰巳午未申酉戌亥'[n - 1] ?? null) : null),
  decimalEnclosedCircle: fromRun(0x2460, 20),
  decimalEnclosedCircleChinese: fromRun(0x2460, 20),
  decimalEnclosedFullstop: fromRun(0x2488, 20),
  decimalEnclosedParen: fromRun(0x2474, 20),
  ideographEnclosedCircle: fromRun(0x3220, 10),
  none: () => '',
};
/** Formats that print a list's numbers (to 99 at least) with the same characters as another. */
const SAME_AS: Record<string, string> = {
  decimalFullWidth2: 'decimalFullWidth',
  taiwaneseCounting: 'chineseCounting',
  taiwaneseCountingThousand: 'chineseCountingThousand',
  japaneseCounting: 'chineseCounting',
  taiwaneseDigital: 'ideographDigital',
  japaneseDigitalTenThousand: 'ideographDigital',
};

/** A counter as a level's w:numFmt prints it; arabic digits where the format has no symbol for it or is not known, as Word falls back. */
export function formatNumber(n: number, format: string): string {
  return FORMATS[SAME_AS[format] ?? format]?.(n) ?? String(n);
}
