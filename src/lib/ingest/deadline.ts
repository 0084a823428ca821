/** 完成时限 as published → a date, ongoing, none, or unparsed. */
import type { Deadline } from '../../content.config.ts';
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
  const t = unspaced(raw);
  if (ONGOING.has(t)) return { raw: published, kind: 'ongoing', date: null };
  if (t === '年底' || t === '年内' || t === '全年') return { raw: published, kind: 'date', date: `${year}-12-31` };
  let m = /^(?:(\d{4})年)?(\d{1,2})月(?:底|末)$/.exec(t);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    const month = Number(m[2]);
    if (month >= 1 && month <= 12) return { raw: published, kind: 'date', date: lastDayOfMonth(y, month) };
  }
  m = /^(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) {
    const y = m[1] ? Number(m[1]) : year;
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) {
      return { raw: published, kind: 'date', date: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
    }
  }
  m = /^(\d{4})年(?:底|末)$/.exec(t);
  if (m) return { raw: published, kind: 'date', date: `${m[1]}-12-31` };
  return { raw: published, kind: 'unparsed', date: null };
}
