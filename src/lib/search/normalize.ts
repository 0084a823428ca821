/**
 * The one text normalisation search uses, at index time (build) and at query
 * time (browser), so that what a reader types and what a page says meet in
 * the same form:
 *
 * - NFKC, so full-width letters and digits (５Ｇ) read as half-width (5G);
 * - lower case, so 5g finds 5G;
 * - white space and punctuation dropped, so a name printed with a stray
 *   space (曹 临) and a sentence pasted with other punctuation still match;
 *   a decimal point between digits and % are kept (87.5%);
 * - reviewed spelling folds (鄆城, 郟城 → 郓城), derived from the alias file.
 *
 * Every normalised character remembers where it came from, so a match can be
 * highlighted in the text as published.
 */

/** Replace `from` by `to` wherever it occurs; both the same number of characters. */
export interface FoldRule {
  from: string;
  to: string;
}

export interface Normalized {
  /** normalised text, one array element per character (code point) */
  chars: string[];
  /** for each normalised character, the UTF-16 start and end of the source character it came from */
  spans: [number, number][];
}

const letterOrNumber = /[\p{L}\p{N}\p{S}%]/u;
const digit = /\p{Nd}/u;

function isDecimalPoint(source: string[], i: number): boolean {
  const prev = source[i - 1];
  const next = source[i + 1];
  return prev !== undefined && next !== undefined && digit.test(prev) && digit.test(next);
}

export function normalize(input: string, folds: readonly FoldRule[] = []): Normalized {
  const chars: string[] = [];
  const spans: [number, number][] = [];
  // NFKC one code point at a time keeps the link to the source text.
  const original = Array.from(input);
  const source = original.map((c) => c.normalize('NFKC').toLowerCase());
  let offset = 0;
  for (let i = 0; i < source.length; i += 1) {
    const width = (original[i] ?? '').length;
    for (const c of Array.from(source[i] ?? '')) {
      if (letterOrNumber.test(c) || (c === '.' && isDecimalPoint(source, i))) {
        chars.push(c);
        spans.push([offset, offset + width]);
      }
    }
    offset += width;
  }
  for (const rule of folds) applyFold(chars, rule);
  return { chars, spans };
}

/** Folds keep length, so the character-to-source map stays valid. */
function applyFold(chars: string[], rule: FoldRule): void {
  const from = Array.from(rule.from);
  const to = Array.from(rule.to);
  if (from.length === 0 || from.length !== to.length) return;
  for (let i = 0; i + from.length <= chars.length; i += 1) {
    if (from.every((c, k) => chars[i + k] === c)) {
      to.forEach((c, k) => {
        chars[i + k] = c;
      });
      i += from.length - 1;
    }
  }
}

/** Normalised text as a plain string. */
export function normalizedText(input: string, folds: readonly FoldRule[] = []): string {
  return normalize(input, folds).chars.join('');
}
