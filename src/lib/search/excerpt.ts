/**
 * Where the reader's terms occur in a text as published, found through the
 * same normalisation the index uses (so 5g marks 5G and 曹临 marks 曹 临),
 * and the text cut into plain and marked segments for rendering as text
 * nodes, never as HTML.
 */
import { normalize, type FoldRule } from './normalize.ts';
import type { Term } from './query.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** UTF-16 ranges of `text` that match a term, sorted and merged. */
export function matchSpans(text: string, terms: readonly Term[], folds: readonly FoldRule[] = []): [number, number][] {
  const { chars, spans } = normalize(text, folds);
  const found: [number, number][] = [];
  for (const { chars: term } of terms) {
    if (term.length === 0) continue;
    for (let i = 0; i + term.length <= chars.length; i += 1) {
      if (term.every((c, k) => chars[i + k] === c)) {
        const first = spans[i];
        const last = spans[i + term.length - 1];
        if (first && last) found.push([first[0], last[1]]);
      }
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const span of found) {
    const prev = merged[merged.length - 1];
    if (prev && span[0] <= prev[1]) prev[1] = Math.max(prev[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/** `text[from, to)` as segments, the matched ranges marked. */
export function segments(text: string, spans: readonly [number, number][], from = 0, to = text.length): Segment[] {
  const out: Segment[] = [];
  let at = from;
  for (const [s, e] of spans) {
    const start = Math.max(s, from);
    const end = Math.min(e, to);
    if (end <= start) continue;
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < to) out.push({ text: text.slice(at, to), mark: false });
  return out;
}

export function highlight(text: string, terms: readonly Term[], folds: readonly FoldRule[] = []): Segment[] {
  return segments(text, matchSpans(text, terms, folds));
}

export const ELLIPSIS = '…';

/**
 * About `length` characters of `text` around its first match, with every
 * match in that stretch marked; null when no term occurs in the text.
 */
export function excerpt(text: string, terms: readonly Term[], folds: readonly FoldRule[] = [], length = 90): Segment[] | null {
  const spans = matchSpans(text, terms, folds);
  const [first] = spans;
  if (!first) return null;
  let from = Math.max(0, first[0] - Math.floor(length / 3));
  let to = Math.min(text.length, from + length);
  from = Math.max(0, Math.min(from, to - length));
  // a match is shown whole, never cut at the end of the excerpt
  for (const [s, e] of spans) if (s < to && e > to) to = e;
  // never cut a surrogate pair
  if (from > 0 && /[\uDC00-\uDFFF]/.test(text.charAt(from))) from -= 1;
  const out = segments(text, spans, from, to);
  if (from > 0) out.unshift({ text: ELLIPSIS, mark: false });
  if (to < text.length) out.push({ text: ELLIPSIS, mark: false });
  return out;
}
