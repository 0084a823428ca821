/** Text helpers shared by every source parser. Pure: strings in, strings out. */

/** One source line with its 1-based line number. */
export interface SourceLine {
  line: number;
  text: string;
}

/**
 * Splits a seed into lines, accepting LF, CRLF and lone CR line ends and a
 * leading byte-order mark, so a file saved on a Windows desk reads the same.
 */
export function splitLines(text: string): SourceLine[] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return body.split(/\r\n|\r|\n/).map((t, i) => ({ line: i + 1, text: t }));
}

/** White space of any width (ASCII, full-width U+3000, no-break) collapsed to one ASCII space and trimmed. */
export function squeeze(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();
}

/** All white space removed: the identifier form of a Chinese name printed with stray spaces (曹 临 → 曹临). */
export function unspaced(text: string): string {
  return text.replace(/[\s\u3000\u00a0]+/g, '');
}

export function isBlank(text: string): boolean {
  return squeeze(text) === '';
}

const CN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Chinese numerals up to 99 (一, 十, 十二, 二十三) as numbers; NaN when not a numeral. */
export function chineseNumeral(text: string): number {
  if (!/^[零一二三四五六七八九十]+$/.test(text)) return Number.NaN;
  if (!text.includes('十')) return text.length === 1 ? (CN_DIGITS[text] ?? Number.NaN) : Number.NaN;
  const [tens, ones] = text.split('十');
  const t = tens === '' ? 1 : (CN_DIGITS[tens ?? ''] ?? Number.NaN);
  const o = ones === '' ? 0 : (CN_DIGITS[ones ?? ''] ?? Number.NaN);
  return t * 10 + o;
}
