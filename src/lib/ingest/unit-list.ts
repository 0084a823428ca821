/**
 * A 责任单位 / 承办单位 cell → the units it lists, as published.
 *
 * Heze separates units with spaces; Yanzhou with 、 and ，, and its unit names
 * may themselves contain parentheses (区委统筹…领导小组（指挥部）). A trailing 等
 * ("and others") marks the list as not exhaustive. Some units were printed
 * with a space inside their name (菏泽鲁西新区 管委会); the reviewed alias file
 * lists those forms so the space does not split them.
 */
import { squeeze } from './text.ts';

export interface UnitList {
  /** each unit as printed (trimmed), 等 kept where it was printed */
  published: string[];
  /** the list ends in 等 */
  etAl: boolean;
  /** forms with an inner space that were kept whole */
  joined: string[];
}

const OPEN = new Set(['（', '(', '〔', '【', '《']);
const CLOSE = new Set(['）', ')', '〕', '】', '》']);

/**
 * Splits at separators outside brackets; parts trimmed, empty ones dropped.
 * `separators` is a character class without the g flag. Brackets and
 * separators are all in the BMP, so stepping by UTF-16 unit finds the same
 * places as stepping by character and never cuts a surrogate pair.
 */
export function splitTopLevel(text: string, separators: RegExp): string[] {
  // most cells hold no separator at all: one test of the whole text (this function took 0.6 s of the ingest's 4.7 s at scale 20)
  if (!separators.test(text)) {
    const whole = text.trim();
    return whole === '' ? [] : [whole];
  }
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** What a unit name ends with: a 局, 委, 办, 政府, 管委会, 公司… (a joiner between two of these separates them). */
const UNIT_END = /(局|委|办|厅|院|会|部|中心|政府|集团|公司|所|站|队|处|室|社|行|署|馆|团|联|校|区|县|市|镇|街道|乡|指挥部|管委会|小组|平台|园区)$/;
/** Where a second unit starts after 和/及/与: a place or level prefix, or 各. */
const UNIT_START = /^(市|区|县|省|各|镇|乡|街道|有关|相关)/;

/**
 * 和, 及, 与 join two units where the left one ends as a unit name does and
 * the right one starts as one does (市科技局和市教育局, 市发改委及各区县（市）政府);
 * inside a name they do not (住房和城乡建设局: 住房 is no unit).
 */
function splitJoined(part: string): string[] {
  const out: string[] = [];
  let rest = part;
  for (;;) {
    const m = /[和及与]/.exec(rest.slice(1));
    if (!m) break;
    let found = false;
    for (let i = 1; i < rest.length; i++) {
      const ch = rest[i] ?? '';
      if (!'和及与'.includes(ch)) continue;
      const left = rest.slice(0, i);
      const right = rest.slice(i + 1);
      if (UNIT_END.test(left) && UNIT_START.test(right) && left.length >= 2 && right.length >= 2) {
        out.push(left);
        rest = right;
        found = true;
        break;
      }
    }
    if (!found) break;
  }
  out.push(rest);
  return out;
}

/** 各县、市、区政府: bare levels after 各 share the body's name that closes them — one collective entry, its 、 not a separator. */
const LEVEL_RUN = /各(?:省|市|县|区|旗|镇|乡)(?:[、，,](?:省|市|县|区|旗|镇|乡))+[^、，,；;\s]*/g;

export function splitUnits(raw: string, joinedForms: readonly string[] = []): UnitList {
  let text = squeeze(raw);
  const joined: string[] = [];
  // Protect known forms with an inner space by swapping the space for a private-use mark.
  const MARK = '\uE000';
  for (const form of joinedForms) {
    if (text.includes(form)) {
      joined.push(form);
      text = text.split(form).join(form.replace(/ /g, MARK));
    }
  }
  const KEPT: Record<string, string> = { '、': '\uE001', '，': '\uE002', ',': '\uE003' };
  text = text.replace(LEVEL_RUN, (run) => run.replace(/[、，,]/g, (c) => KEPT[c] ?? c));
  const restore = (p: string): string => p.replace(/[\uE001-\uE003]/g, (c) => Object.keys(KEPT).find((k) => KEPT[k] === c) ?? c);
  const published = splitTopLevel(text, /[\s、，,；;/／]/)
    .flatMap(splitJoined)
    .map((p) => restore(p.split(MARK).join(' ')).replace(/[。.；;，,]+$/, ''))
    .filter((p) => p !== '');
  const etAl = published.some(hasEtAl);
  return { published, etAl, joined };
}

/** 等 closing a name, or 等 followed by what the rest are (等市级有关部门, 等相关单位, 等成员单位). */
const ET_AL = /等(?:(?:市|区|县|省|镇|乡)级)?(?:其他|有关|相关|各)?(?:部门|单位|成员单位|镇街|乡镇|街道|责任单位)?$/;

export function hasEtAl(published: string): boolean {
  return withoutEtAl(published) !== published;
}

/** The unit name without a trailing 等 (and what the 等 says the rest are). */
export function withoutEtAl(published: string): string {
  const m = ET_AL.exec(published);
  return m && m.index > 1 ? published.slice(0, m.index) : published;
}
