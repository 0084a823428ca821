/**
 * Text measured without a DOM. Charts are laid out at build time, so label
 * widths are estimated from character classes: CJK characters and full-width
 * punctuation take a full em, digits and Latin letters a little over half.
 * The estimate errs wide so that labels never overlap their bars.
 */

const FULL_WIDTH = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\u3000-\u303f\u2014\u2018-\u201d\u2026]/;
const NARROW = /[ilI.,:;'|!()[\]]/;

/** Estimated advance width of one character, in ems. */
export function charWidth(ch: string): number {
  if (FULL_WIDTH.test(ch)) return 1;
  if (ch === ' ') return 0.3;
  if (NARROW.test(ch)) return 0.32;
  if (/[A-Z%@#&MW]/.test(ch)) return 0.72;
  return 0.58;
}

/** Estimated width of `text` set at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize;
}

/** Characters that must not start a line in Chinese typesetting (closing punctuation). */
const NO_LINE_START = new Set([...'，。、；：？！）》」』】〕”’…%,.;:?!)]']);

export interface WrappedText {
  lines: string[];
  /** the text did not fit in the lines allowed and ends in … */
  truncated: boolean;
}

/**
 * Break `text` into at most `maxLines` lines no wider than `maxWidth`.
 * Chinese breaks between any two characters, except before closing
 * punctuation; a run of digits or Latin letters is kept whole when it fits.
 * What does not fit ends in an ellipsis (the caller shows the full text in a
 * <title>).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number): WrappedText {
  const chars = Array.from(text.trim());
  if (chars.length === 0) return { lines: [], truncated: false };
  const lines: string[] = [];
  let i = 0;
  while (i < chars.length && lines.length < maxLines) {
    let width = 0;
    let end = i;
    while (end < chars.length && width + charWidth(chars[end] ?? '') * fontSize <= maxWidth) {
      width += charWidth(chars[end] ?? '') * fontSize;
      end += 1;
    }
    if (end === i) end = i + 1; // one character wider than the line: take it anyway
    if (end < chars.length) end = adjustBreak(chars, i, end);
    lines.push(chars.slice(i, end).join('').trim());
    i = end;
  }
  if (i >= chars.length) return { lines, truncated: false };
  // Out of lines: shorten the last one until it fits with an ellipsis.
  const last = Array.from(lines.pop() ?? '');
  while (last.length > 1 && textWidth(`${last.join('')}…`, fontSize) > maxWidth) last.pop();
  lines.push(`${last.join('')}…`);
  return { lines, truncated: true };
}

/**
 * Move a break point back: to just after the last space on the line if there
 * is one (2022年 第三季度 breaks between year and period), else so the next
 * line does not start with closing punctuation or split a digit/Latin run.
 */
function adjustBreak(chars: string[], start: number, end: number): number {
  const space = chars.lastIndexOf(' ', end);
  if (space > start && space < end + 1) return space + 1;
  let b = end;
  // keep closing punctuation with the character before it
  while (b > start + 1 && NO_LINE_START.has(chars[b] ?? '')) b -= 1;
  // do not split 10587 or 5G across lines
  const isWordChar = (c: string | undefined) => c !== undefined && /[0-9A-Za-z.]/.test(c);
  if (isWordChar(chars[b]) && isWordChar(chars[b - 1])) {
    let w = b;
    while (w > start && isWordChar(chars[w - 1])) w -= 1;
    if (w > start) b = w;
  }
  return b;
}

/**
 * Wrap labels that sit side by side (axis ticks, column headings) alike:
 * all on one line when all fit; otherwise each broken at its spaces first
 * (2021年 / 上半年 under 2022年 / 第三季度), so neighbours line up.
 */
export function wrapAlike(labels: readonly string[], maxWidth: number, fontSize: number, maxLines: number): WrappedText[] {
  if (labels.every((l) => textWidth(l.trim(), fontSize) <= maxWidth)) {
    return labels.map((l) => ({ lines: l.trim() ? [l.trim()] : [], truncated: false }));
  }
  return labels.map((label) => {
    const lines: string[] = [];
    let truncated = false;
    for (const part of label.trim().split(/\s+/)) {
      const room = maxLines - lines.length;
      if (room <= 0) {
        truncated = true;
        break;
      }
      const w = wrapText(part, maxWidth, fontSize, room);
      lines.push(...w.lines);
      truncated ||= w.truncated;
    }
    return { lines, truncated };
  });
}
