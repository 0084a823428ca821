/**
 * A row whose cells do not stand under their headings — a browser's copy of
 * a table drops the cells a merge covers and shifts the rest left; a Word
 * export slides a row sideways — is read by what each cell holds. The filled
 * cells keep their order; each is placed under the column its content fits
 * best (dynamic programming over the monotone placements), a tie going to the
 * column it was printed in. Columns left without a cell are then *covered*:
 * before the first placed cell, by a merge from the row above (rowspan); after
 * a placed cell, by that cell spanning to its right (colspan); after the last,
 * by a merge from above or by nothing.
 */
import type { ColumnField } from '../../../schemas/records.ts';
import { looksLikeDeadline } from '../deadline.ts';
import { squeeze } from '../text.ts';
import { isDash, readSerial, looksLikeMeasure, looksLikeNames, looksLikeQuantity, looksLikeShare, looksLikeUnitList, looksLikeUnits } from './cell-kinds.ts';

const NO = Number.NEGATIVE_INFINITY;

export interface AlignContext {
  /** the row starts a target: its first text is the target's text */
  newTarget: boolean;
  isStatusWord: (raw: string) => boolean;
}

/** How well a cell's text fits a column: NO where it cannot stand there. */
export function fitScore(text: string, field: ColumnField, context: AlignContext): number {
  const t = squeeze(text);
  const long = t.length > 12;
  const status = context.isStatusWord(t);
  const deadline = looksLikeDeadline(t);
  switch (field) {
    case 'number':
      return readSerial(t) ? 5 : NO;
    case 'people':
      return looksLikeNames(t, context.isStatusWord) ? 4 : NO;
    case 'units':
      if (!looksLikeUnits(t, context.isStatusWord)) return NO;
      return looksLikeUnitList(t) ? 5 : 2;
    case 'deadline':
      if (deadline) return 5;
      return !status && t.length <= 12 ? 1 : NO;
    case 'status':
      if (status) return 5;
      return !deadline && t.length <= 8 ? 1 : NO;
    case 'measure':
      if (looksLikeMeasure(t)) return 3;
      if (isDash(t)) return 2;
      return t.length <= 40 && !looksLikeQuantity(t) ? 0.5 : NO;
    case 'goal':
    case 'reached':
      if (looksLikeQuantity(t)) return 4;
      if (isDash(t)) return 2;
      return t.length <= 20 ? 0.5 : 0.1;
    case 'share':
      if (looksLikeShare(t)) return 5;
      if (isDash(t)) return 2;
      return t.length <= 20 ? 0.5 : 0.1;
    case 'target':
      // a status or deadline word can be a text (完成情况：已完成), but rarely is: it fits its own column far better
      if (status || deadline) return 0.2;
      return (long ? 3 : 2) + (context.newTarget ? 2 : 0);
    case 'progress':
      if (status || deadline) return 0.2;
      return long ? 3 : 2;
    case 'note':
      return 1;
    case 'other':
      return 1;
  }
}

export interface Cover {
  /** rowspan: a merge from the row above; colspan: the placed cell to its left spans it; none: nothing stands there */
  by: 'rowspan' | 'colspan' | 'none';
  /** for colspan, the column of the cell that spans it */
  from: number | null;
}

export interface Alignment {
  /** column → index of the cell placed there */
  placed: Map<number, number>;
  /** columns without a cell, and what covers each */
  covered: Map<number, Cover>;
}

/**
 * Places the filled cells (`cells`: [printed index, text]) under `fields`.
 * Null when some cell fits no column in order.
 */
export function align(cells: ReadonlyArray<readonly [number, string]>, fields: readonly ColumnField[], context: AlignContext): Alignment | null {
  const n = cells.length;
  const m = fields.length;
  if (n > m) return null;
  // best[i][j]: best score placing the first i cells within the first j columns
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(NO));
  const took: boolean[][] = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  for (let j = 0; j <= m; j++) (best[0] as number[])[j] = 0;
  for (let i = 1; i <= n; i++) {
    const [printed, text] = cells[i - 1] ?? [0, ''];
    for (let j = i; j <= m; j++) {
      const skip = best[i]?.[j - 1] ?? NO;
      const s = fitScore(text, fields[j - 1] ?? 'other', context);
      // a tie goes to the column the cell was printed in
      const here = s === NO ? NO : (best[i - 1]?.[j - 1] ?? NO) + s + (printed === j - 1 ? 0.25 : 0);
      if (here > skip) {
        (best[i] as number[])[j] = here;
        (took[i] as boolean[])[j] = true;
      } else (best[i] as number[])[j] = skip;
    }
  }
  if ((best[n]?.[m] ?? NO) === NO) return null;
  const placed = new Map<number, number>();
  for (let i = n, j = m; i > 0 && j > 0; j--) {
    if (took[i]?.[j]) {
      placed.set(j - 1, cells[i - 1]?.[0] ?? 0);
      i--;
    }
  }
  const covered = new Map<number, Cover>();
  const columns = [...placed.keys()].sort((a, b) => a - b);
  const first = columns[0] ?? m;
  const last = columns.at(-1) ?? -1;
  for (let j = 0; j < m; j++) {
    if (placed.has(j)) continue;
    if (j < first) covered.set(j, { by: 'rowspan', from: null });
    else if (j > last) covered.set(j, { by: 'none', from: null });
    else {
      const left = columns.filter((c) => c < j).at(-1) ?? null;
      covered.set(j, { by: 'colspan', from: left });
    }
  }
  return { placed, covered };
}
