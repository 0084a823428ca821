import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize } from './normalize.ts';
import { THIN_FROM, TOKEN, indexTokens, termTokens } from './tokens.ts';

/** A text of Chinese characters, digits and Latin letters, with some spaces and punctuation. */
const text = fc.array(fc.constantFrom(...'托位雄商高铁菏泽段郓城发展改革委托0123456789.%gGＧ５ ，、“”'), { minLength: 1, maxLength: 40 }).map((cs) => cs.join(''));

describe('search tokens', () => {
  it('are ASCII words of one shape that no word segmenter splits', () => {
    expect(indexTokens('托位')).toEqual(['_0jfc0fnx', '_0fnx0000']);
    fc.assert(
      fc.property(text, (t) => {
        for (const token of indexTokens(t)) expect(token).toMatch(TOKEN);
      }),
    );
  });

  it('find any stretch of a text: every query token is an index token, or (one character) a prefix of one', () => {
    fc.assert(
      fc.property(text, fc.nat(), fc.nat(), (t, a, b) => {
        const chars = normalize(t).chars;
        if (chars.length === 0) return;
        const start = a % chars.length;
        const end = start + 1 + (b % (chars.length - start));
        const index = new Set(indexTokens(t));
        const query = termTokens(chars.slice(start, end));
        for (const token of query) {
          if (token.length === 9) expect(index.has(token)).toBe(true);
          else expect([...index].some((i) => i.startsWith(token))).toBe(true);
        }
      }),
    );
  });

  it('cover every character of a long term with every other bigram and the last', () => {
    const chars = Array.from('加快推进黄河滩区居民迁建工作');
    expect(chars.length).toBeGreaterThanOrEqual(THIN_FROM);
    const tokens = termTokens(chars);
    expect(tokens.length).toBeLessThan(chars.length - 1);
    const covered = new Set<number>();
    const all = indexTokens(chars.join(''));
    for (const token of tokens) {
      const i = all.indexOf(token);
      covered.add(i).add(i + 1);
    }
    expect(covered.size).toBe(chars.length);
  });

  it('keep every bigram of a short term, so 发展改革委 needs 革委 and cannot match 发展…改革…委托', () => {
    const tokens = termTokens(Array.from('发展改革委'));
    expect(tokens).toHaveLength(4);
    const scattered = new Set(indexTokens('发展经济，深化改革，委托第三方'));
    expect(tokens.every((t) => scattered.has(t))).toBe(false);
  });
});
