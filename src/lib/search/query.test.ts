import { describe, expect, it } from 'vitest';
import { exactQuery, pagefindQuery, parseQuery } from './query.ts';

const words = (raw: string) => parseQuery(raw).map((t) => t.chars.join(''));

describe('parseQuery', () => {
  it('splits at spaces, full-width ones too; every term must match', () => {
    expect(words('托位 2023')).toEqual(['托位', '2023']);
    expect(words('托位\u30002023')).toEqual(['托位', '2023']);
    expect(words('  ')).toEqual([]);
    expect(words('，。')).toEqual([]);
  });

  it('joins a name typed with stray spaces back into one term', () => {
    expect(words('曹 临')).toEqual(['曹临']);
    expect(words('曹 临 托位')).toEqual(['曹临', '托位']);
    expect(words('张鹏 商务')).toEqual(['张鹏', '商务']);
    // not Chinese characters: left as they are
    expect(words('5 g')).toEqual(['5', 'g']);
  });

  it('keeps a quoted phrase as one term and drops the quotation marks the source prints', () => {
    expect(words('"雄商 高铁" 菏泽')).toEqual(['雄商高铁', '菏泽']);
    expect(words('“八五”普法')).toEqual(['八五普法']);
  });

  it('normalises width, case and the county spellings', () => {
    const folds = [{ from: '鄆城', to: '郓城' }];
    expect(parseQuery('５Ｇ 鄆城', folds).map((t) => t.chars.join(''))).toEqual(['5g', '郓城']);
    expect(parseQuery('鄆 城', folds).map((t) => t.chars.join(''))).toEqual(['郓城']);
  });

  it('hands Pagefind each token once', () => {
    const q = pagefindQuery(parseQuery('托位 托位'));
    expect(q.split(' ')).toHaveLength(1);
  });
});

describe('exactQuery', () => {
  it('quotes the bigrams of one short term in order, repeats kept', () => {
    const q = exactQuery(parseQuery('托位托位'));
    expect(q).toMatch(/^"_\w{8} _\w{8} _\w{8}"$/);
    expect(q?.split(' ')[0]?.slice(1)).toBe(q?.split(' ')[2]?.slice(0, -1));
  });

  it('leaves several terms, one character and long terms to the bigram search', () => {
    expect(exactQuery(parseQuery('托位 2023'))).toBeNull();
    expect(exactQuery(parseQuery('碳'))).toBeNull();
    expect(exactQuery(parseQuery('加快推进黄河滩区居民迁建工作'))).toBeNull();
  });
});
