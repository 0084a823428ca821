/**
 * Reporting periods: the words documents print for them, their permalink
 * codes, and one order for the ingest, the document lists, the charts and
 * search's newest-first sort.
 *
 * Codes: h1, h2 (half-years), q1–q4 (quarters), q1-3 (前三季度), m{a}-{b}
 * (months a to b, cumulative: 1—11月 → m1-11), m{n} (one month), year, plan
 * (a task breakdown, no reporting period), report (a work report).
 */
import type { PeriodCode, SiteDocument } from '../../schemas/records.ts';

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

function month(text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : (CN[text] ?? Number.NaN);
  return n >= 1 && n <= 12 ? n : Number.NaN;
}

export interface PeriodReading {
  period: PeriodCode;
  /** the words the text printed for it */
  words: string;
}

const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九])';
const DASH = '\\s*[-－—–~～至到]+\\s*';

/**
 * The period a title names, or null. Order matters: 半年度 is a half-year,
 * not 全年; 前三季度 is months 1–9, not the third quarter; 1-11月 is a
 * cumulative span.
 */
export function readPeriod(title: string): PeriodReading | null {
  const t = title.replace(/\s+/g, '');
  let m = new RegExp(`${MONTH}${DASH}${MONTH}月(?:份)?`).exec(t);
  if (m) {
    const a = month(m[1] ?? '');
    const b = month(m[2] ?? '');
    if (Number.isFinite(a) && Number.isFinite(b) && a < b) return { period: `m${a}-${b}`, words: m[0] };
  }
  m = /前三季度|1—3季度|一至三季度/.exec(t);
  if (m) return { period: 'q1-3', words: m[0] };
  m = /(上半年|上半年度|半年度|年中)/.exec(t);
  if (m) return { period: 'h1', words: m[0] };
  m = /下半年/.exec(t);
  if (m) return { period: 'h2', words: m[0] };
  m = /第?([一二三四1-4])季度/.exec(t);
  if (m) {
    const q = { 一: 1, 二: 2, 三: 3, 四: 4, 1: 1, 2: 2, 3: 3, 4: 4 }[m[1] ?? ''] as 1 | 2 | 3 | 4;
    return { period: `q${q}`, words: m[0] };
  }
  // 截至5月底: months 1 to 5; 截至5月15日 is a date inside a month no period code names (declare one); 2025年度…（截至…） is not the whole year
  m = new RegExp(`(?:截至|截止)(?:\\d{4}年)?${MONTH}月(?:(\\d{1,2})日|底|末|份)?`).exec(t);
  if (m) {
    const n = month(m[1] ?? '');
    const day = m[2] ? Number(m[2]) : null;
    if (!Number.isFinite(n) || (day !== null && day < 28)) return null;
    return { period: n === 1 ? 'm1' : `m1-${n}`, words: m[0] };
  }
  m = /(全年|年度|年终|1-12月)/.exec(t);
  if (m) return { period: 'year', words: m[0] };
  // 10月份工作推进情况, 萧县9月份民生工程进展情况
  m = new RegExp(`${MONTH}月(?:份|底|末)?[^，。,；;]{0,12}?(?:推进|进展|落实|完成)`).exec(t);
  if (m) {
    const n = month(m[1] ?? '');
    if (Number.isFinite(n)) return { period: `m${n}`, words: m[0] };
  }
  return null;
}

/** The last day of a reporting period (第三季度 of 2022 → 2022-09-30); null for plans and reports, which report none. */
export function periodEnd(code: PeriodCode, year: number): string | null {
  const month = ((): number | null => {
    if (code === 'h1') return 6;
    if (code === 'h2' || code === 'year' || code === 'q4') return 12;
    if (code === 'q1-3') return 9;
    const q = /^q([1-3])$/.exec(code);
    if (q) return Number(q[1]) * 3;
    const m = /^m(\d+)(?:-(\d+))?$/.exec(code);
    if (m) return Number(m[2] ?? m[1]);
    return null;
  })();
  if (month === null) return null;
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date the title says the progress is reported to: 截至5月15日, 截至2023年9月底. */
export function readAsOf(title: string, year: number): string | null {
  const m = /(?:截至|截止)(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日|底|末)/.exec(title.replace(/\s+/g, ''));
  if (!m) return null;
  const y = m[1] ? Number(m[1]) : year;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const last = new Date(Date.UTC(y, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : last;
  if (day < 1 || day > last) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Where in the year a period ends, for ordering: reports and plans first, then by how far into the year. */
export function periodRank(code: PeriodCode): number {
  if (code === 'report') return 0;
  if (code === 'plan') return 1;
  if (code === 'year') return 14;
  const end = ((): number => {
    if (code === 'h1') return 6;
    if (code === 'h2') return 12;
    if (code === 'q1-3') return 9;
    const q = /^q([1-4])$/.exec(code);
    if (q) return Number(q[1]) * 3;
    const m = /^m(\d+)(?:-(\d+))?$/.exec(code);
    if (m) return Number(m[2] ?? m[1]);
    return 13;
  })();
  // at one month, a quarter before a half-year before a span of months (q2 before h1 before m1-6)
  const tie = code.startsWith('q') ? 0.1 : code.startsWith('h') ? 0.2 : 0.3;
  return 2 + end + tie;
}

/** The period as a reader says it (上半年, 第三季度, 1—11月); `printed` is the title's own words where there are some. */
export function periodLabel(code: PeriodCode, printed: string | null = null): string {
  const fixed: Record<string, string> = {
    h1: '上半年',
    h2: '下半年',
    q1: '第一季度',
    q2: '第二季度',
    q3: '第三季度',
    q4: '第四季度',
    'q1-3': '前三季度',
    year: '全年',
    plan: '任务分解',
    report: '政府工作报告',
  };
  if (fixed[code]) return fixed[code] ?? code;
  const m = /^m(\d+)(?:-(\d+))?$/.exec(code);
  if (m) return m[2] ? `${m[1]}—${m[2]}月` : `${m[1]}月`;
  return printed ?? code;
}

type Dated = Pick<SiteDocument, 'year' | 'period' | 'id'>;

/**
 * The site's one document order, oldest first: year, then the period's place
 * in the year (periodRank), then id (two documents of one place and period:
 * a 民生实事 list beside the targets).
 */
export function chronological(a: Dated, b: Dated): number {
  return a.year - b.year || periodRank(a.period) - periodRank(b.period) || a.id.localeCompare(b.id);
}

/** The same order, newest first (ids still in ascending order within a period). */
export function newestFirst(a: Dated, b: Dated): number {
  return b.year - a.year || periodRank(b.period) - periodRank(a.period) || a.id.localeCompare(b.id);
}
