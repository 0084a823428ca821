/**
 * Numbers in targets and progress reports: where a target states one
 * quantity (新增…托位 1 万个) and the progress reports one comparable figure
 * (新增…托位 10587 个), the share done. It refuses whenever the reading is
 * not unambiguous, because a wrong bar is worse than none:
 *
 * - the target must state exactly one quantity, at the end of its clause
 *   (新改建农村公路 1000 公里), not a number inside a name or a scope
 *   (推动 20 个重点镇…, 300 万吨/年…项目, 2—3 个), not a rate (每人…元)
 *   or an alternative (5000 或 10000 元), and not a percentage;
 * - the progress figure must have the same unit (个 is not 间, 名 is not 人)
 *   and stand at the end of a clause naming the same thing: the longest
 *   ending of the target's words found in the progress clause must be at least
 *   two characters and not a generic word (企业, 项目);
 * - a figure for another stage (已开工, 申报, 签约, 预计…) does not count
 *   towards a target to build, register or complete;
 * - among the best-matching figures there must be one value only.
 *
 * Pure: text in, reading out. quantity.test.ts holds its cases from the seeds.
 */

export interface Quantity {
  /** the clause as published, ending with the quantity and its 以上/左右 */
  phrase: string;
  /** the number as published (before 万/亿) */
  number: string;
  /** in base units: 1 万个 → 10000 */
  value: number;
  unit: string;
  /** the words before the number in its clause, spaces removed, trailing 超过/达到 removed */
  measure: string;
}

export interface ProgressQuantity extends Quantity {
  /** 1-based index of the assignment whose progress cell holds it */
  assignment: number;
}

export type Refusal =
  /** the target states no quantity we can read */
  | 'no-quantity'
  /** the target states several quantities */
  | 'several-quantities'
  /** no progress text at all */
  | 'no-progress'
  /** the progress gives no figure for the same thing */
  | 'no-figure'
  /** the progress gives the thing in another unit (个 vs 间) */
  | 'other-unit'
  /** the only figures are for another stage (已开工, 申报…) */
  | 'other-stage'
  /** several different figures match equally well */
  | 'several-figures';

export type QuantityReading = { kind: 'match'; target: Quantity; progress: ProgressQuantity; ratio: number } | { kind: 'refused'; reason: Refusal };

/** Counters and units, longest first so 人次 wins over 人 and 平方米 over 米. */
const UNITS = [
  '平方米',
  '千瓦时',
  '人次',
  '公里',
  '千米',
  '千瓦',
  '公顷',
  '个',
  '名',
  '人',
  '米',
  '亩',
  '户',
  '家',
  '所',
  '套',
  '处',
  '座',
  '件',
  '项',
  '吨',
  '条',
  '间',
  '张',
  '台',
  '辆',
  '床',
  '支',
  '批',
  '栋',
  '元',
];
const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };
/** What may follow a quantity for it to end its clause. */
const CLAUSE_END = /^[\s]*(?:以上|左右|以内|多)?[\s]*(?:$|[，,；;。、：:！!？?）)”"】])/;
/** Where a clause begins (、 is not one: 餐厅、宿舍 is one thing). */
const CLAUSE_START = /[，,；;。：:！!？?\n]/;
const QUANTITY = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(万|亿)?\\s*(?:余|多)?\\s*(${UNITS.join('|')})`, 'g');
const TRAILING_QUALIFIER = /(?:超过|达到|突破|不少于|不低于|累计|共|达|约|至)+$/;
/** Endings too general to say two clauses count the same thing. */
const GENERIC = new Set(['企业', '项目', '单位', '机构', '主体', '人员', '工作', '任务', '建设', '完成', '新增', '实现']);
/** Words that make a figure count another stage than the target's. */
const OTHER_STAGE = ['开工', '在建', '签约', '申报', '选址', '计划', '预计', '储备', '招募', '推荐', '库内', '培育库', '备案', '摸排'];

const unspaced = (s: string): string => s.replace(/\s+/g, '');

/** Every quantity in `text` that ends its clause. */
export function quantities(text: string): Quantity[] {
  const found: Quantity[] = [];
  // where the previous quantity ended: 投资 200 亿元以上、新增产值 100 亿元 is two phrases
  let previousEnd = 0;
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(0, start);
    const after = text.slice(end);
    // a range (2—3个), an ordinal (第3个), a decimal tail, or a rate (万吨/年) is not a quantity to reach
    if (/\d\s*[—–\-~～至到]\s*$/.test(before)) continue;
    if (/第\s*$/.test(before) || /[\d.]$/.test(before) || /^\s*\//.test(after)) continue;
    // one of two amounts (5000 或 10000 元) is not a quantity to reach
    if (/或\s*$/.test(before)) continue;
    const tail = CLAUSE_END.exec(after);
    if (!tail) continue;
    const afterPrevious = previousEnd + (/^[\s、]*/.exec(text.slice(previousEnd))?.[0].length ?? 0);
    const clauseStart = Math.max(lastIndexOf(before, CLAUSE_START) + 1, afterPrevious);
    const qualifier = /^[\s]*(?:以上|左右|以内|多)?/.exec(after)?.[0] ?? '';
    previousEnd = end + qualifier.length;
    const [, number = '', multiplier, unit = ''] = m;
    const measure = unspaced(before.slice(clauseStart)).replace(TRAILING_QUALIFIER, '');
    // a rate per person or per item (每人…元) is not an amount to add up
    if (measure.includes('每')) continue;
    found.push({
      phrase: text.slice(clauseStart, end + qualifier.length).trim(),
      number,
      value: Number(number) * (multiplier ? (MULTIPLIERS[multiplier] ?? 1) : 1),
      unit,
      measure,
    });
  }
  return found;
}

function lastIndexOf(text: string, pattern: RegExp): number {
  for (let i = text.length - 1; i >= 0; i -= 1) if (pattern.test(text[i] ?? '')) return i;
  return -1;
}

/** The longest ending of `measure` that occurs in `other` (characters, not words: Chinese has no spaces). */
export function sharedEnding(measure: string, other: string): string {
  const chars = Array.from(measure);
  for (let n = chars.length; n > 0; n -= 1) {
    const ending = chars.slice(chars.length - n).join('');
    if (other.includes(ending)) return ending;
  }
  return '';
}

function namesSameThing(ending: string): boolean {
  return Array.from(ending).length >= 2 && !GENERIC.has(ending);
}

function otherStage(target: Quantity, figure: Quantity): boolean {
  return OTHER_STAGE.some((w) => figure.measure.includes(w) && !target.measure.includes(w));
}

/**
 * Read a target's quantity and the comparable figure in its progress cells
 * (one per assignment, in order; null where a row has none).
 */
export function readQuantity(targetText: string, progress: readonly (string | null)[]): QuantityReading {
  const stated = quantities(targetText);
  if (stated.length === 0) return { kind: 'refused', reason: 'no-quantity' };
  if (stated.length > 1) return { kind: 'refused', reason: 'several-quantities' };
  const target = stated[0] as Quantity;
  if (progress.every((p) => p === null || p.trim() === '')) return { kind: 'refused', reason: 'no-progress' };

  const figures: (ProgressQuantity & { ending: number })[] = [];
  let otherUnit = false;
  let stageOnly = false;
  progress.forEach((text, i) => {
    for (const q of quantities(text ?? '')) {
      const ending = sharedEnding(target.measure, q.measure);
      if (!namesSameThing(ending)) continue;
      if (q.unit !== target.unit) {
        otherUnit = true;
        continue;
      }
      if (otherStage(target, q)) {
        stageOnly = true;
        continue;
      }
      figures.push({ ...q, assignment: i + 1, ending: Array.from(ending).length });
    }
  });
  if (figures.length === 0) {
    return { kind: 'refused', reason: stageOnly ? 'other-stage' : otherUnit ? 'other-unit' : 'no-figure' };
  }
  const longest = Math.max(...figures.map((f) => f.ending));
  const best = figures.filter((f) => f.ending === longest);
  if (new Set(best.map((f) => f.value)).size > 1) return { kind: 'refused', reason: 'several-figures' };
  const { ending: _ending, ...figure } = best[0] as ProgressQuantity & { ending: number };
  return { kind: 'match', target, progress: figure, ratio: figure.value / target.value };
}
