/**
 * What a cell's text looks like, for telling which column a cell that slid
 * out of place belongs to (a browser's copy of a table drops merged cells and
 * shifts the rest left). Pure predicates over the plain text.
 */
import { looksLikeDeadline } from '../deadline.ts';
import { isOffice, splitNames, splitPersonTitle } from '../responsibility.ts';
import { chineseNumeral, squeeze, unspaced } from '../text.ts';

/** A person's name: two to four Han characters, maybe with stray spaces, and not a deadline or status word. */
export function looksLikeName(raw: string, isStatusWord: (raw: string) => boolean): boolean {
  const t = unspaced(raw);
  return /^[\p{Script=Han}·]{2,4}$/u.test(t) && !looksLikeDeadline(t) && !isStatusWord(t);
}

/**
 * Who a people cell names: each part (as splitNames splits it) a name, a
 * name with its title (李春英副市长), or an office (市长, 各区区长, 相关管委会主任).
 */
export function looksLikeNames(raw: string, isStatusWord: (raw: string) => boolean): boolean {
  const parts = splitNames(raw);
  return parts.length > 0 && parts.every((p) => looksLikeName(p, isStatusWord) || splitPersonTitle(p).title !== null || (isOffice(p) && !isStatusWord(p)));
}

/** The words a body's name ends with (局, 委员会, 人民政府, 公司 …). */
const ORG_END =
  /(局|委|办|厅|院|部|会|司|团|队|中心|所|站|室|处|府|公司|集团|联|社|行|校|馆|台|署|科|组|街道|镇|乡|街|区|县|市|指挥部|分局|支队|大队|银行|法院|检察院|协会|商会|医院|学院|大学|机构|单位|部门|企业|镇街|乡镇|办事处|工委|党委|总工会)(等)?$/;

export function looksLikeUnitName(raw: string): boolean {
  const t = unspaced(raw);
  return t.length >= 2 && t.length <= 40 && ORG_END.test(t.replace(/[（(][^（）()]*[）)]$/, ''));
}

/** A units cell: no sentence punctuation, not a status or deadline word, at most 120 characters. */
export function looksLikeUnits(raw: string, isStatusWord: (raw: string) => boolean): boolean {
  // ；between units is a separator where every part is a body's name
  return (
    !isStatusWord(raw) && !looksLikeDeadline(raw) && (!/[。；;]/.test(raw) || (!/。/.test(raw) && looksLikeUnitList(raw))) && squeeze(raw).length <= 120 && !/^\d+([.．]\d+)?%?$/.test(squeeze(raw))
  );
}

/** Every name in the cell ends like a body's name: a 备注 column that lists units. */
export function looksLikeUnitList(raw: string): boolean {
  const parts = squeeze(raw)
    .split(/[\s、，,；;]+/)
    .filter(Boolean);
  return parts.length > 0 && parts.every(looksLikeUnitName);
}

export function isWholeNumber(raw: string): boolean {
  return /^\d+$/.test(unspaced(raw));
}

/**
 * A 序号 as tables print one: 1, 1., 1、, （1）, full-width １, or a Chinese
 * numeral 一, 一、, （一）; null for anything else. `style` tells an arabic
 * item from a Chinese-numbered one (a section row over arabic items).
 */
export function readSerial(raw: string): { number: number; style: 'arabic' | 'cn' } | null {
  // 1* or 1★: a mark beside the 序号 (a lead task, a key task) is the document's note, not the number
  const t = unspaced(raw)
    .normalize('NFKC')
    .replace(/[*★☆▲△※#]+$/, '')
    .replace(/^\(/, '')
    .replace(/[)、.。]$/, '')
    .replace(/\)$/, '');
  if (/^\d+$/.test(t)) return { number: Number(t), style: 'arabic' };
  const cn = chineseNumeral(t);
  return Number.isFinite(cn) && cn > 0 ? { number: cn, style: 'cn' } : null;
}

/** A quantity as tables print one: 5.2, 1361.92, 12,800, 不低于60元, 约3万. */
export function looksLikeQuantity(raw: string): boolean {
  const t = unspaced(raw);
  return /^(不低于|不少于|不高于|达到|超过|约|近|完成|新增)?[\d.,，]+(万|亿|千|百)?[\p{Script=Han}/a-zA-Z%]{0,6}$/u.test(t);
}

/** A share: 139.1%, 100.0％, 达到目标60元. */
export function looksLikeShare(raw: string): boolean {
  const t = unspaced(raw);
  return /^[\d.]+\s*[%％]$/.test(t) || /^(达到|已达|完成)(目标|年度目标)?/.test(t);
}

/** A dash or slash printed for “none” (-, —, /). */
export function isDash(raw: string): boolean {
  return /^[-－—–/／]+$/.test(unspaced(raw));
}

/** A short unit of measure: 万人, 公里, 元/月/人, 个. */
export function looksLikeMeasure(raw: string): boolean {
  const t = unspaced(raw);
  return t.length > 0 && t.length <= 8 && !/\d/.test(t) && !/[。；;，,]/.test(t);
}
