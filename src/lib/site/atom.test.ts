import { describe, expect, it } from 'vitest';
import { atom, escapeXml, rfc3339, type AtomFeed } from './atom.ts';

const feed: AtomFeed = {
  id: 'https://example.gov.cn/gk/',
  title: '责任目标 & 推进情况',
  updated: '2024-01-01T00:00:00.000Z',
  author: '站点',
  lang: 'zh-CN',
  links: [{ rel: 'self', type: 'application/atom+xml', href: 'https://example.gov.cn/gk/feed.xml?a=1&b=2' }],
  entries: [
    {
      id: 'https://example.gov.cn/gk/heze/2023-h1/',
      title: '<b>标题</b> "引号" \'单引号\'\u0007',
      updated: rfc3339('2023-08-01'),
      summary: '共200项 < 300 & > 100',
      links: [{ rel: 'alternate', type: 'text/html', href: 'https://example.gov.cn/gk/heze/2023-h1/' }],
      categories: [{ term: 'progress', label: '推进情况一览表' }],
    },
  ],
};

describe('escapeXml', () => {
  it('escapes the five XML special characters and drops characters XML 1.0 forbids', () => {
    expect(escapeXml(`<a href="x">&'\u0000\u0008\uFFFF</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
  });

  it('keeps Chinese text, tabs and new lines', () => {
    expect(escapeXml('新增\t3 岁\n以下')).toBe('新增\t3 岁\n以下');
  });
});

describe('rfc3339', () => {
  it('turns a calendar date into the start of that day in China time', () => {
    expect(rfc3339('2022-12-27')).toBe('2022-12-27T00:00:00+08:00');
    expect(rfc3339('2024-01-01T00:00:00.000Z')).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('atom', () => {
  const xml = atom(feed);

  // the built feed is parsed by Chromium's XML parser in tests/open-data.e2e.test.ts; here, the escaping
  it('escapes every hostile character in text and attributes', () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">')).toBe(true);
    expect(xml).toContain('<title>责任目标 &amp; 推进情况</title>');
    expect(xml).toContain('href="https://example.gov.cn/gk/feed.xml?a=1&amp;b=2"');
    expect(xml).toContain('<title>&lt;b&gt;标题&lt;/b&gt; &quot;引号&quot; &apos;单引号&apos;</title>');
    expect(xml).toContain('<summary type="text">共200项 &lt; 300 &amp; &gt; 100</summary>');
    expect(xml).not.toContain('\u0007');
    expect(xml.match(/<entry>/g)).toHaveLength(1);
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  });

  it('writes each required element once per entry: id, title, updated', () => {
    const entry = xml.slice(xml.indexOf('<entry>'), xml.indexOf('</entry>'));
    for (const name of ['id', 'title', 'updated', 'summary']) expect(entry.match(new RegExp(`<${name}[ >]`, 'g'))).toHaveLength(1);
    expect(entry).toContain('<category term="progress" label="推进情况一览表"/>');
  });
});
