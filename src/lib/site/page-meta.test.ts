import { describe, expect, it } from 'vitest';
import { documentDate, govMeta, keywords, pagePubDate, pubDateTime } from './page-meta.ts';

const base = {
  siteName: '责任目标推进情况',
  siteDomain: 'www.example.gov.cn',
  siteIdCode: '',
  columnName: '菏泽市',
  pubDate: '2023-08-01',
  contentSource: '菏泽市人民政府',
  keywords: ['菏泽市', '2023年 上半年', '菏泽市', ' '],
  description: '菏泽市 2023年 上半年 第88项',
};

describe('government page metadata', () => {
  it('writes the 规范 names in order and leaves empty fields out', () => {
    const tags = govMeta(base);
    expect(tags.map((t) => t.name)).toEqual(['SiteName', 'SiteDomain', 'ColumnName', 'PubDate', 'ContentSource', 'Keywords', 'Description']);
    expect(tags.find((t) => t.name === 'Keywords')?.content).toBe('菏泽市,2023年 上半年');
  });

  it('adds SiteIDCode and ArticleTitle when there are some', () => {
    const names = govMeta({ ...base, siteIdCode: '3717000001', articleTitle: '第88项' }).map((t) => t.name);
    expect(names).toContain('SiteIDCode');
    expect(names).toContain('ArticleTitle');
  });

  it('dedupes keywords and drops blanks', () => {
    expect(keywords(['a', ' b ', 'a', ''])).toBe('a,b');
  });

  it('gives PubDate in China time', () => {
    // 2024-01-31 17:30 UTC is 2024-02-01 01:30 in Beijing
    expect(pubDateTime(new Date('2024-01-31T17:30:00Z'))).toBe('2024-02-01 01:30');
  });

  it('prefers the publication date, then the date the text carries, else the build time', () => {
    expect(documentDate({ publishedAt: '2023-08-01', textDate: '2023-07-30' })).toEqual({ kind: 'published', iso: '2023-08-01' });
    expect(documentDate({ publishedAt: null, textDate: '2021-01-21' })).toEqual({ kind: 'written', iso: '2021-01-21' });
    expect(documentDate({ publishedAt: null, textDate: null })).toBeNull();
    const built = new Date('2025-03-04T02:05:00Z');
    expect(pagePubDate(null, built)).toBe('2025-03-04 10:05');
    expect(pagePubDate({ kind: 'written', iso: '2021-01-21' }, built)).toBe('2021-01-21');
  });
});
