/**
 * Search tokens: overlapping character pairs (bigrams) of normalised text,
 * written as plain ASCII words so that Pagefind's Chinese word segmenters,
 * which cut differently at index time (ICU4X) and query time (the browser's
 * Intl.Segmenter), never see them.
 *
 * A token is `_` and two four-digit base-36 code points: 托位 → `_0jfc0fnx`.
 * Every character of a text starts exactly one token (the last one is
 * paired with 0000), so
 * - a query of two or more characters becomes its bigrams, all required,
 *   which finds it wherever it stands: inside a word, across word
 *   boundaries, or as a whole pasted sentence;
 * - a one-character query becomes the five-character prefix `_` + its code,
 *   which Pagefind's prefix matching extends to every token starting with it.
 */
import { normalize, type FoldRule } from './normalize.ts';

export const TOKEN = /^_[0-9a-z]{8}$/;
const END = '0000';

function code(c: string): string {
  return (c.codePointAt(0) ?? 0).toString(36).padStart(4, '0');
}

/** Tokens of already normalised characters. */
export function tokensOfChars(chars: readonly string[]): string[] {
  return chars.map((c, i) => {
    const next = chars[i + 1];
    return `_${code(c)}${next === undefined ? END : code(next)}`;
  });
}

/** Index side: the tokens of one text, in order (positions matter to nobody but stay natural). */
export function indexTokens(text: string, folds: readonly FoldRule[] = []): string[] {
  return tokensOfChars(normalize(text, folds).chars);
}

/** Terms this long are specific enough with every other bigram, which halves the index chunks a pasted sentence fetches. */
export const THIN_FROM = 8;

/**
 * Query side: the words to hand to Pagefind for one normalised term. Every
 * character is covered; from THIN_FROM characters on, by every other bigram
 * and the last one.
 */
export function termTokens(chars: readonly string[]): string[] {
  const [only] = chars;
  if (chars.length === 1 && only !== undefined) return [`_${code(only)}`];
  const bigrams = tokensOfChars(chars).slice(0, -1);
  if (chars.length < THIN_FROM) return bigrams;
  return bigrams.filter((_, i) => i % 2 === 0 || i === bigrams.length - 1);
}
