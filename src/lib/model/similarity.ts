/**
 * Text similarity for Chinese target statements, pure and deterministic.
 *
 * Targets from different periods, and a report's sentences, say the same
 * thing in slightly different words: 新建并开通 5G 基站 1700 个以上 and
 * 年内建成并开通5G基站2000个. Word segmentation would need a dictionary;
 * character bigrams need none and work well on short official phrases. Each
 * text becomes a bag of features:
 *
 * - bigrams of symbols within a clause, where a symbol is one CJK character,
 *   a Latin/digit word with a letter in it (5G, UPC) or `#` for any number,
 *   so 增长7%左右 and 增长 5.5%左右 share 增长#, #%, %左, 左右;
 * - one feature per number with the character after it (its unit), so the
 *   same quantity (1万个, 1700个) is strong evidence, a different one is not.
 *
 * Features are weighted by inverse document frequency over the texts being
 * compared (common words such as 加快 or 建设 count little), and numbers
 * count double.
 */

export type Features = Map<string, number>;

/** Characters the seeds print in traditional or garbled forms of the same place names (鄆城, 郟城 for 郓城). */
const VARIANTS: Record<string, string> = { 鄆: '郓', 郟: '郓' };

/** How much more a number-with-unit counts than a bigram. */
export const NUMBER_WEIGHT = 2;

/** NFKC (full-width digits and punctuation to ASCII), known variant characters, no white space. */
export function normalise(text: string): string {
  return Array.from(text.normalize('NFKC'), (ch) => VARIANTS[ch] ?? ch)
    .join('')
    .replace(/\s+/g, '');
}

const CJK = /\p{Script=Han}/u;
/** a number (with decimals and thousands separators) or a Latin/digit word */
const WORD = /^[0-9A-Za-z][0-9A-Za-z.,]*/;

/** The symbols of one text, split into clauses at punctuation. */
export function clauses(text: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  const s = normalise(text);
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const word = WORD.exec(rest);
    if (word) {
      const w = word[0].replace(/[.,]+$/, '');
      current.push(/[A-Za-z]/.test(w) ? w.toLowerCase() : '#');
      i += w.length;
      continue;
    }
    const ch = String.fromCodePoint(s.codePointAt(i) ?? 0);
    if (CJK.test(ch) || ch === '%') current.push(ch);
    else flush();
    i += ch.length;
  }
  flush();
  return out;
}

/** Numbers with the character that follows them: 1700个, 5.5%, 1万. */
export function quantities(text: string): string[] {
  const s = normalise(text);
  return [...s.matchAll(/(\d[\d,]*(?:\.\d+)?)(\S?)/gu)].map((m) => {
    const value = (m[1] ?? '').replace(/,/g, '');
    const unit = m[2] ?? '';
    return `${value}${/[\d.,]/.test(unit) ? '' : unit}`;
  });
}

export interface FeatureOptions {
  /** keep quantities and the bigrams around numbers (#%, 增长#): right when comparing texts of the same year */
  quantities: boolean;
}

export function features(text: string, options: FeatureOptions = { quantities: true }): Features {
  const f: Features = new Map();
  const add = (key: string, n = 1) => f.set(key, (f.get(key) ?? 0) + n);
  for (const clause of clauses(text)) {
    // a clause of one character still says something (a lone number does not)
    const only = clause.length === 1 ? (clause[0] ?? '#') : '#';
    if (only !== '#' && only !== '%') add(only);
    for (let i = 0; i + 1 < clause.length; i += 1) {
      const gram = `${clause[i]}${clause[i + 1]}`;
      if (options.quantities || !/[#%]/.test(gram)) add(gram);
    }
  }
  if (options.quantities) for (const q of quantities(text)) add(`=${q}`);
  return f;
}

/** Inverse document frequency of every feature in a corpus: ln(1 + N / df). */
export function inverseFrequencies(corpus: readonly Features[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of corpus) for (const key of f.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const n = corpus.length;
  return new Map([...df].map(([key, d]) => [key, Math.log(1 + n / d)]));
}

export type Vector = Map<string, number>;

/** Feature counts → weights: idf × (numbers count NUMBER_WEIGHT times); unseen features get the rarest weight. */
export function weigh(f: Features, idf: ReadonlyMap<string, number>, maxIdf: number): Vector {
  const v: Vector = new Map();
  for (const [key, count] of f) {
    const w = (idf.get(key) ?? maxIdf) * (key.startsWith('=') ? NUMBER_WEIGHT : 1);
    v.set(key, count * w);
  }
  return v;
}

function norm(v: Vector): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

/** Cosine of two weighted vectors: symmetric, 1 for the same text, 0 for nothing shared. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [key, w] of small) dot += w * (large.get(key) ?? 0);
  const d = norm(a) * norm(b);
  return d === 0 ? 0 : dot / d;
}

/**
 * How much of `part` is found in `whole` (weighted): 1 when every feature of
 * a short target occurs in a long report sentence, whatever else the
 * sentence says. Not symmetric.
 */
export function containment(part: Vector, whole: Vector): number {
  let shared = 0;
  let total = 0;
  for (const [key, w] of part) {
    total += w;
    shared += Math.min(w, whole.get(key) ?? 0);
  }
  return total === 0 ? 0 : shared / total;
}

/** A corpus prepared once: every text's weighted vector, under one idf table. */
export interface Corpus {
  vector(text: string): Vector;
}

export function corpus(texts: readonly string[], options: FeatureOptions = { quantities: true }): Corpus {
  const idf = inverseFrequencies(texts.map((t) => features(t, options)));
  const maxIdf = Math.max(0, ...idf.values());
  const cache = new Map<string, Vector>();
  return {
    vector(text) {
      let v = cache.get(text);
      if (!v) {
        v = weigh(features(text, options), idf, maxIdf);
        cache.set(text, v);
      }
      return v;
    },
  };
}
