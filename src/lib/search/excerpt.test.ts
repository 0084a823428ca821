import { describe, expect, it } from 'vitest';
import { ELLIPSIS, excerpt, highlight } from './excerpt.ts';
import { parseQuery } from './query.ts';

const marks = (segments: { text: string; mark: boolean }[]) => segments.filter((s) => s.mark).map((s) => s.text);

describe('highlight', () => {
  it('marks the match in the text as published, spaces and width included', () => {
    expect(marks(highlight('新增 3 岁以下婴幼儿照护服务托位 1 万个', parseQuery('托位 1万个')))).toEqual(['托位', '1 万个']);
    expect(marks(highlight('领导：曹 临', parseQuery('曹临')))).toEqual(['曹 临']);
    expect(marks(highlight('开通5G基站', parseQuery('５ｇ基站')))).toEqual(['5G基站']);
    expect(marks(highlight('开工建设郟城新河航道', parseQuery('郓城', [{ from: '郟城', to: '郓城' }]), [{ from: '郟城', to: '郓城' }]))).toEqual(['郟城']);
  });

  it('gives back the whole text, in order', () => {
    const text = '托位托位，托位';
    const segments = highlight(text, parseQuery('托位'));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(marks(segments)).toEqual(['托位托位', '托位']);
  });
});

describe('excerpt', () => {
  it('cuts about the given length around the first match, with ellipses where it cuts', () => {
    const text = `${'甲'.repeat(100)}托位${'乙'.repeat(100)}`;
    const cut = excerpt(text, parseQuery('托位'), [], 40);
    expect(cut).not.toBeNull();
    const joined = (cut ?? []).map((s) => s.text).join('');
    expect(joined.startsWith(ELLIPSIS) && joined.endsWith(ELLIPSIS)).toBe(true);
    expect(joined.length).toBe(42);
    expect(marks(cut ?? [])).toEqual(['托位']);
  });

  it('is null when the text does not contain the query', () => {
    expect(excerpt('雄商高铁', parseQuery('托位'))).toBeNull();
  });

  it('never cuts a character outside the basic plane in half', () => {
    const text = `${'𠀀'.repeat(30)}托位`;
    for (let length = 5; length < 20; length += 1) {
      const joined = (excerpt(text, parseQuery('托位'), [], length) ?? []).map((s) => s.text).join('');
      expect(joined).not.toMatch(/^…?[\uDC00-\uDFFF]/);
      expect(joined).not.toMatch(/[\uD800-\uDBFF]…?$/);
    }
  });
});

describe('excerpt ends', () => {
  it('never cuts a match at the end of the excerpt', () => {
    const text = `${'甲'.repeat(30)}生物医药${'乙'.repeat(30)}`;
    for (let length = 4; length < 40; length += 1) {
      const cut = excerpt(text, parseQuery('生物医药'), [], length) ?? [];
      expect(marks(cut)).toEqual(['生物医药']);
    }
  });
});
