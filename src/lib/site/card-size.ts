/**
 * How tall a target's card is on a phone, in lines, estimated from its text.
 * The document table lets the browser skip laying out off-screen cards
 * (content-visibility: auto, see global.css), which keeps a 200-target page
 * responsive on slow phones; a skipped card takes this estimated height.
 * It errs high (the narrowest phone, 320px, fits about 16 Chinese characters
 * a line): a card placed in too small a box would overlap the next one until
 * rendered, which tools that hit-test off-screen content report as
 * overlapping links.
 */
import type { Target } from '../../schemas/records.ts';

const linesOf = (text: string, perLine: number): number => Math.max(1, Math.ceil(Array.from(text).length / perLine));

export function cardLines(target: Pick<Target, 'text' | 'assignments'>, perLine = 16): number {
  // number line, text label and text
  let lines = 2 + linesOf(target.text.text, perLine);
  for (const a of target.assignments) {
    const progress = a.progress?.text ?? '';
    const rowText = a.targetText?.text ?? '';
    lines += 1; // leader
    lines += 1 + linesOf(a.deadline.raw ?? '', perLine);
    lines += 1 + linesOf(progress, perLine) + (rowText ? linesOf(rowText, perLine) : 0);
    lines += 2; // status: its long heading wraps beside the badge
    lines += 1 + Math.max(1, a.units.length); // one unit a line
    lines += 1; // separation between rows
  }
  // paddings, borders and the card margin
  return Math.ceil(lines * 1.1) + 2;
}
