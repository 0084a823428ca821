import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkReport } from './work-report.ts';

const text = readFileSync(new URL('./fixtures/heze-2023-report.txt', import.meta.url), 'utf8');
const r = parseWorkReport(text, { file: 'fixtures/heze-2023-report.txt' });

describe('work report (Heze, delivered 2022-12-27)', () => {
  it('reads title, dateline date, and the year it sets targets for', () => {
    expect(r.document).toMatchObject({ kind: 'report', period: 'report', title: '政府工作报告（摘要）', textDate: '2022-12-27', year: 2023 });
    expect(r.document.frontMatter.map((l) => l.text)).toEqual(['——2022年12月27日在菏泽市第二十届人民代表大会第二次会议上', '菏泽市市长 张 伦']);
  });

  it('gives every paragraph a stable anchor under its section', () => {
    expect(r.document.passages.map((p) => p.anchor)).toEqual(['s1-1', 's1-2', 's1-3', 's1-4', 's1-5', 's1-6', 's2-1']);
    expect(r.document.reportHtml).toContain('<h2 id="s1">一、2022 年工作回顾</h2>');
    expect(r.document.reportHtml).toContain('<p id="s2-1">2023 年是全面贯彻落实党的二十大精神开局之年');
  });

  it('joins a paragraph cut by a page break, words unchanged, and records it', () => {
    const joined = r.document.passages.find((p) => p.lines.length === 2);
    expect(joined?.text).toContain('鄆城县被认定为国家级小麦制种大县');
    expect(r.anomalies).toEqual([expect.objectContaining({ kind: 'text-joined', line: 19 })]);
  });

  it('renders source text as text: nothing in it is read as Markdown or HTML', () => {
    const hostile = '政府工作报告\n——2022年12月27日在会议上\n一、回顾\n**加粗** <script>alert(1)</script> # 标题。\n';
    const html = parseWorkReport(hostile, { file: 'x' }).document.reportHtml ?? '';
    expect(html).toContain('**加粗** &#x3C;script>alert(1)&#x3C;/script> # 标题。');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<strong>');
  });
});
