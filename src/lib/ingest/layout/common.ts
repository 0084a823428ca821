/** Helpers every layout uses: plain text of a block, section headings, where a copy is cut off. */
import { cell } from '../cell.ts';
import { chineseNumeral, squeeze } from '../text.ts';

/** The plain text of a block or cell (an HTML fragment), white space squeezed. */
export function plainText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return squeeze(fragment);
  return squeeze(cell(fragment).value.text);
}

/** `一、总体要求` → 一 + 总体要求; null for anything else. */
export function sectionHeading(text: string): { numeral: string; title: string } | null {
  const m = /^\s*([一二三四五六七八九十]+)\s*[、.．]\s*(.+)$/.exec(text);
  if (!m || !Number.isFinite(chineseNumeral(m[1] ?? ''))) return null;
  return { numeral: m[1] ?? '', title: squeeze(m[2] ?? '') };
}

/** `（一）坚定不移做强增长引擎` → the heading as printed; null for anything else. */
export function subsectionHeading(text: string): string | null {
  const m = /^\s*[（(]\s*([一二三四五六七八九十]+)\s*[）)]\s*(.+)$/.exec(text);
  return m && Number.isFinite(chineseNumeral(m[1] ?? '')) ? squeeze(text) : null;
}

/**
 * Marks a copy leaves where it was cut off: an excerpt's `[...excerpt
 * truncated]`, `[…]`, `（未完）`, `（未完待续）`. The text before the mark is the
 * published text; the mark is not.
 */
export const TRUNCATION = /\s*(\[\s*(?:\.{3}|…)[^\]]*\]|[（(]\s*未完(?:待续)?\s*[）)])\s*$/;

export function withoutTruncation(text: string): string {
  return squeeze(text.replace(TRUNCATION, ''));
}

/** A line that reads like a date line: 2022年4月18日, and the date, or null when it reads like one but is not (2022121日). */
export function readDateLine(text: string): { date: string | null; dateLike: boolean } {
  const t = text.replace(/\s+/g, '');
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) {
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return { date: `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, dateLike: true };
  }
  return { date: null, dateLike: /^\d{4}年?[\d年月]*日$/.test(t) };
}
