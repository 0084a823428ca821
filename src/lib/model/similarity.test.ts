import { describe, expect, it } from 'vitest';
import { clauses, containment, corpus, cosine, features, normalise, quantities } from './similarity.ts';

describe('normalise', () => {
  it('folds full-width forms, the seeds’ variant place-name characters and white space', () => {
    expect(normalise('新增 ３ 岁以下，鄆城 县')).toBe('新增3岁以下,郓城县');
  });
});

describe('clauses', () => {
  it('makes one symbol of each CJK character, each Latin word and each number', () => {
    expect(clauses('新建并开通 5G 基站 1700 个以上')).toEqual([['新', '建', '并', '开', '通', '5g', '基', '站', '#', '个', '以', '上']]);
  });

  it('breaks clauses at punctuation', () => {
    expect(clauses('加快实施“双千兆”工程,年内建成').map((c) => c.join(''))).toEqual(['加快实施', '双千兆', '工程', '年内建成']);
  });
});

describe('quantities', () => {
  it('reads numbers with their unit, spaced or not', () => {
    expect(quantities('新增 3 岁以下婴幼儿照护服务托位 1 万个')).toEqual(['3岁', '1万']);
    expect(quantities('地区生产总值增长 5.5%左右')).toEqual(['5.5%']);
    expect(quantities('市区新增公共停车位 10,000 个')).toEqual(['10000个']);
  });
});

describe('features', () => {
  it('leaves quantities and number bigrams out when asked, so 7% and 5.5% do not matter', () => {
    const withQ = features('生产总值增长7%左右');
    const withoutQ = features('生产总值增长7%左右', { quantities: false });
    expect(withQ.has('=7%')).toBe(true);
    expect(withQ.has('长#')).toBe(true);
    expect([...withoutQ.keys()].some((k) => k.includes('#') || k.includes('%') || k.startsWith('='))).toBe(false);
    expect(withoutQ.has('增长')).toBe(true);
  });
});

describe('cosine and containment', () => {
  const c = corpus(['新增3岁以下婴幼儿照护服务托位1万个', '新增 3 岁以下婴幼儿照护服务托位 1 万个', '推动海绵城市建设', '加快建设雄商高铁菏泽段工程']);
  const v = (t: string) => c.vector(t);

  it('scores the same text printed with and without spaces as identical', () => {
    expect(cosine(v('新增3岁以下婴幼儿照护服务托位1万个'), v('新增 3 岁以下婴幼儿照护服务托位 1 万个'))).toBeCloseTo(1, 10);
  });

  it('is symmetric, and 0 when nothing is shared', () => {
    const a = v('推动海绵城市建设');
    const b = v('加快建设雄商高铁菏泽段工程');
    expect(cosine(a, b)).toBeCloseTo(cosine(b, a), 12);
    expect(cosine(v('推动海绵城市建设'), v('新增3岁以下婴幼儿照护服务托位1万个'))).toBe(0);
  });

  it('finds a short target whole inside a long sentence, but not the reverse', () => {
    const sentence = '推动海绵城市建设,完善城市防洪排涝体系,不断提高城市防灾减灾能力。';
    expect(containment(v('推动海绵城市建设'), v(sentence))).toBe(1);
    expect(containment(v(sentence), v('推动海绵城市建设'))).toBeLessThan(0.5);
  });
});
