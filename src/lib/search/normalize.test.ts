import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURE_SITE } from '../../../tests/test-site.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AliasFile } from '../../schemas/seeds.ts';
import { foldsFromAliases } from './folds.ts';
import { normalize, normalizedText } from './normalize.ts';

const aliases = JSON.parse(readFileSync(join(FIXTURE_SITE, 'seeds/aliases.json'), 'utf8')) as AliasFile;
const entities = Object.values(aliases.jurisdictions).flatMap((j) => [...j.leaders, ...j.units].map((e) => ({ name: e.name, aliases: e.forms.map((form) => ({ form })) })));
const folds = foldsFromAliases(entities);

describe('normalize', () => {
  it('reads full-width letters and digits as half-width, and ignores case', () => {
    expect(normalizedText('５Ｇ基站')).toBe('5g基站');
    expect(normalizedText('G327')).toBe(normalizedText('ｇ３２７'));
  });

  it('drops white space and punctuation but keeps a decimal point and %', () => {
    expect(normalizedText('新增 3 岁以下婴幼儿照护服务托位 1 万个')).toBe('新增3岁以下婴幼儿照护服务托位1万个');
    expect(normalizedText('“八五”普法，增强全社会法治意识。')).toBe('八五普法增强全社会法治意识');
    expect(normalizedText('优良率达到87.5%以上')).toBe('优良率达到87.5%以上');
    expect(normalizedText('８７．５％')).toBe('87.5%');
    expect(normalizedText('1、2。')).toBe('12');
  });

  it('remembers where each character came from, so a match can be marked as published', () => {
    const n = normalize('曹 临');
    expect(n.chars).toEqual(['曹', '临']);
    expect(n.spans).toEqual([
      [0, 1],
      [2, 3],
    ]);
    const wide = normalize('a𠀀b');
    expect(wide.spans).toEqual([
      [0, 1],
      [1, 3],
      [3, 4],
    ]);
  });

  it('folds the county spellings the alias file merges, and nothing else', () => {
    expect(folds).toHaveLength(2);
    expect(folds).toContainEqual({ from: '鄆城', to: '郓城' });
    expect(folds).toContainEqual({ from: '郟城', to: '郓城' });
    expect(normalizedText('开工建设郟城新河航道复航工程', folds)).toBe('开工建设郓城新河航道复航工程');
    expect(normalizedText('鄆城县人民政府', folds)).toBe('郓城县人民政府');
    // 郟 on its own is another character (郏县 in Henan): left alone
    expect(normalizedText('郟县', folds)).toBe('郟县');
  });

  it('never keeps white space or punctuation, keeps its spans inside the input and in order, and is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (s) => {
        const n = normalize(s);
        expect(n.chars.length).toBe(n.spans.length);
        expect(n.chars.filter((c) => /[\s\p{P}]/u.test(c) && c !== '.' && c !== '%')).toEqual([]);
        let last = 0;
        for (const [a, b] of n.spans) {
          expect(a).toBeGreaterThanOrEqual(last);
          expect(b).toBeLessThanOrEqual(s.length);
          last = a;
        }
        expect(normalizedText(normalizedText(s))).toBe(normalizedText(s));
      }),
    );
  });
});
