/**
 * What a reader typed, as search terms: split at white space (all terms must
 * match), except inside straight quotation marks ("雄商 高铁"); each term
 * normalised. Chinese quotation marks are not operators: they come with
 * pasted text (“八五”普法) and are dropped like other punctuation. A run of
 * one-character Chinese terms is joined back together, because a name
 * printed or typed with stray spaces (曹 临) means one name, not two
 * characters that merely occur somewhere on the page.
 */
import { normalize, type FoldRule } from './normalize.ts';
import { THIN_FROM, termTokens, tokensOfChars } from './tokens.ts';

export interface Term {
  /** normalised characters */
  chars: string[];
}

const quoted = /"([^"]*)"|(\S+)/gu;
const han = /^\p{Script=Han}$/u;

export function parseQuery(raw: string, folds: readonly FoldRule[] = []): Term[] {
  // NFKC first so a full-width space (U+3000) separates terms like a space
  const text = raw.normalize('NFKC');
  const pieces: string[] = [];
  for (const m of text.matchAll(quoted)) {
    const piece = m.slice(1).find((g) => g !== undefined);
    if (piece !== undefined) pieces.push(piece);
  }
  const terms: Term[] = pieces.map((piece) => ({ chars: normalize(piece, folds).chars })).filter((t) => t.chars.length > 0);

  const joined: Term[] = [];
  let run: Term[] = [];
  const flush = () => {
    if (run.length > 0) joined.push({ chars: run.flatMap((t) => t.chars) });
    run = [];
  };
  for (const term of terms) {
    if (isSingleHan(term)) run.push(term);
    else {
      flush();
      joined.push(term);
    }
  }
  flush();
  // folds may apply across the joined characters (郟 城 → 郓城)
  return joined.map((t) => ({ chars: normalize(t.chars.join(''), folds).chars }));
}

function isSingleHan(term: Pick<Term, 'chars'>): boolean {
  const [c] = term.chars;
  return term.chars.length === 1 && c !== undefined && han.test(c);
}

/** The query string for Pagefind: every term's tokens, each once. */
export function pagefindQuery(terms: readonly Term[]): string {
  return [...new Set(terms.flatMap((t) => termTokens(t.chars)))].join(' ');
}

/**
 * Pagefind's exact search for a query of one term of 2 to THIN_FROM - 1
 * characters: its bigrams in order, quoted, so they must stand side by side
 * on the page. Co-occurring bigrams alone let a long text match 医专升本 with
 * 医专…专升…升本 far apart. Null where no exact check applies: several terms
 * (an exact search is one phrase), one character, or a long term whose
 * thinned bigrams are specific enough.
 */
export function exactQuery(terms: readonly Term[]): string | null {
  const [only] = terms;
  if (terms.length !== 1 || !only || only.chars.length < 2 || only.chars.length >= THIN_FROM) return null;
  return `"${tokensOfChars(only.chars).slice(0, -1).join(' ')}"`;
}
