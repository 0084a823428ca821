/** 完成时限 as published → a date, ongoing, none, or unparsed. */
import type { Deadline } from '../../schemas/records.ts';
import { squeeze, unspaced } from './text.ts';

/** Words that mean "no end date": the work goes on. */
const ONGOING = new Set(['长期坚持', '持续推进', '长期', '持续', '常态化']);

function lastDayOfMonth(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Does this cell read like a deadline? Used to spot cells that slid into the wrong column. */
export function looksLikeDeadline(raw: string): boolean {
  return parseDeadline(raw, 2000).kind === 'date' || ONGOING.has(unspaced(raw));
}

/**
 * @param year the document's year: 年底 and 9月底 are read within it
 */
export function parseDeadline(raw: string | null, year: number): Deadline {
  if (raw === null || squeeze(raw) === '') return { raw: null, kind: 'none', date: null };
  const published = squeeze(raw);
  // 年底前, 6月30日前, 2023年12月底以前: "by" the date is the date; full-width digits read as digits
  const t = unspaced(raw)
    .normalize('NFKC')
    .replace(/(之前|以前|前)$/, '');
  if (ONGOING.has(t)) return { raw: published, kind: 'ongoing', date: null };
  const date = readDate(t, year);
  return date ? { raw: published, kind: 'date', date } : { raw: published, kind: 'unparsed', date: null };
}

const QUARTER_END: Record<string, number> = { 一: 3, 二: 6, 三: 9, 四: 12, '1': 3, '2': 6, '3': 9, '4': 12 };

function readDate(t: string, year: number): string | null {
  let m = /^(?:(\d{4})年)?(?:年底|年末|年内|全年|底|末)$/.exec(t);
  if (m && t !== '底' && t !== '末') return `${m[1] ?? year}-12-31`;
  m = /^(?:(\d{4})年)?(上半年|下半年)(?:底|末)?$/.exec(t);
  if (m) return m[2] === '上半年' ? `${m[1] ?? year}-06-30` : `${m[1] ?? year}-12-31`;
  m = /^(?:(\d{4})年)?(?:第)?([一二三四1-4])季度(?:底|末)?$/.exec(t);
  if (m) return lastDayOfMonth(Number(m[1] ?? year), QUARTER_END[m[2] ?? ''] ?? 12);
  // 5月底, 2023年6月底, 2019年12月 (a month named alone is the month's end)
  m = /^(?:(\d{4})年)?(\d{1,2})月(?:底|末|份)?$/.exec(t);
  if (m && (m[1] || /[底末份]$/.test(t))) {
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) return lastDayOfMonth(m[1] ? Number(m[1]) : year, month);
  }
  m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/.exec(t) ?? /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(t);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= Number(lastDayOfMonth(y, month).slice(8))) {
      return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    }
  }
  return null;
}
