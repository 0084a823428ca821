import { describe, expect, it } from 'vitest';
import { ingestFixture, interpretText } from '../../../../tests/ingest-helpers.ts';
import { reportLayout } from './report.ts';
import { readText } from '../read/text.ts';

const { r, anomalies } = interpretText(ingestFixture('heze-2023-report.txt'), 'fixtures/heze-2023-report.txt', 'report');

describe('work report (Heze, delivered 2022-12-27)', () => {
  it('reads title, dateline date, and the year it sets targets for', () => {
    expect(r).toMatchObject({ kind: 'report', layout: 'report', title: '政府工作报告（摘要）', textDate: '2022-12-27', reportYear: 2023 });
    expect(r.frontMatter.map((l) => l.text)).toEqual(['——2022年12月27日在菏泽市第二十届人民代表大会第二次会议上', '菏泽市市长 张 伦']);
  });

  it('gives every paragraph a stable anchor under its section', () => {
    expect(r.passages.map((p) => p.anchor)).toEqual(['s1-1', 's1-2', 's1-3', 's1-4', 's1-5', 's1-6', 's2-1']);
    expect(r.reportHtml).toContain('<h2 id="s1">一、2022 年工作回顾</h2>');
    expect(r.reportHtml).toContain('<p id="s2-1">2023 年是全面贯彻落实党的二十大精神开局之年');
  });

  it('joins a paragraph cut by a page break, words unchanged, and records it', () => {
    const joined = r.passages.find((p) => p.lines.length === 2);
    expect(joined?.text).toContain('鄆城县被认定为国家级小麦制种大县');
    expect(anomalies).toEqual([expect.objectContaining({ kind: 'text-joined', line: 19 })]);
  });

  it('renders source text as text: nothing in it is read as Markdown or HTML', () => {
    const hostile = '政府工作报告\n——2022年12月27日在会议上\n一、回顾\n**加粗** <script>alert(1)</script> # 标题。\n';
    const html = interpretText(hostile, 'x', 'report').r.reportHtml ?? '';
    expect(html).toContain('**加粗** &#x3C;script>alert(1)&#x3C;/script> # 标题。');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<strong>');
  });

  it('fits a 政府工作报告, and not a notice about one or a document that names who answers for tasks', () => {
    expect(reportLayout.fit(readText(ingestFixture('heze-2023-report.txt'), 'r.txt'), { isStatusWord: () => false, columns: {} }).score).toBe(1);
    const notice = '关于印发2022年区政府工作报告目标任务的通知\n一、总体\n二、任务\n1.地区生产总值增长。（责任领导：张三；牵头单位：区发改局）\n';
    expect(reportLayout.fit(readText(notice, 'n.txt'), { isStatusWord: () => false, columns: {} })).toMatchObject({ score: 0 });
    const titled = '政府工作报告\n一、回顾\n二、安排\n责任单位：区发改局\n';
    expect(reportLayout.fit(readText(titled, 't.txt'), { isStatusWord: () => false, columns: {} }).reason).toMatch(/names who answers/);
  });
});
