/** Helpers every layout uses: plain text of a block, section headings, where a copy is cut off. */
import { cell } from '../cell.ts';
import { chineseNumeral, squeeze, unspaced } from '../text.ts';
import type { TextLine } from './types.ts';

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

/**
 * The document's title among the lines before its table or items: the line a saved
 * page's <meta name="ArticleTitle"> names, else the first that reads like a
 * title (a year, or 一览表, 情况, 通知, 分解…), else the first line.
 */
export function pickTitle(lines: readonly TextLine[], metaTitle: string | null): string | null {
  if (metaTitle) {
    const meta = unspaced(metaTitle);
    // the title line, or most of it (a portal's <title> may add the site's name); the issuer's signature alone is not the title
    const named = lines.find((l) => unspaced(l.text) === meta) ?? lines.find((l) => unspaced(l.text).length >= Math.max(8, meta.length * 0.6) && meta.includes(unspaced(l.text)));
    if (named) return named.text;
  }
  // not the portal's 发布日期/浏览次数 line, not a sentence of the notice
  const candidates = lines.filter(
    (l) =>
      !/(发布日期|发布时间|浏览次数|字体|分享|来源|索引号|发文机关|发文字号|文号|主题分类|成文日期|信息分类|所属机构)[:：]/.test(l.text) &&
      !/[。！]$/.test(l.text) &&
      !/^\s*(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/.test(l.text),
  );
  const titled = candidates.find(
    (l) =>
      l.text.length >= 8 &&
      l.text.length <= 80 &&
      !/[：:]$/.test(l.text) &&
      (/(19|20)\d{2}\s*年/.test(l.text) || /(一览表|情况|情况表|通知|方案|分解|任务|目标|实事|安排|清单|台账|通报)$/.test(l.text)),
  );
  return titled?.text ?? metaTitle ?? candidates[0]?.text ?? null;
}
