import { describe, expect, it } from 'vitest';
import { escapeXml, rfc822Day, rssFeed } from './feed.ts';

describe('RSS feed', () => {
  it('escapes text and dates items only when the date is known', () => {
    const xml = rssFeed({
      title: '责任目标推进情况',
      link: 'https://example.gov.cn/gk/zrmb/',
      description: 'd',
      self: 'https://example.gov.cn/gk/zrmb/feed.xml',
      built: new Date('2025-01-02T03:04:05Z'),
      items: [
        { title: '关于<分解>落实 & 通知', link: 'https://example.gov.cn/gk/zrmb/yanzhou/2021-plan/', description: 'x', date: '2021-01-21' },
        { title: '一览表', link: 'https://example.gov.cn/gk/zrmb/heze/2023-h1/', description: 'y', date: null },
      ],
    });
    expect(xml).toContain('<title>关于&lt;分解&gt;落实 &amp; 通知</title>');
    expect(xml.match(/<pubDate>/g)).toHaveLength(1);
    expect(xml).toContain('<pubDate>Thu, 21 Jan 2021 00:00:00 +0800</pubDate>');
    expect(xml).toContain('<lastBuildDate>Thu, 02 Jan 2025 03:04:05 GMT</lastBuildDate>');
  });

  it('escapes quotes for attributes', () => {
    expect(escapeXml(`a"b'c`)).toBe('a&quot;b&apos;c');
    expect(rfc822Day('2023-07-01')).toBe('Sat, 01 Jul 2023 00:00:00 +0800');
  });
});
