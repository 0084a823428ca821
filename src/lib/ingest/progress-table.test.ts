import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { looksLikeName, parseProgressTable } from './progress-table.ts';
import { SeedError } from './types.ts';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const parse = (name: string) =>
  parseProgressTable(fixture(name), { file: `fixtures/${name}`, joinedUnitForms: ['菏泽鲁西新区 管委会'] });

describe('progress table: 2021 H1 (shifted row #49, partial table)', () => {
  const r = parse('heze-2021-h1-shifted.txt');

  it('reads title, year, period and the declared total', () => {
    expect(r.document.title).toBe('菏泽市人民政府2021年经济社会发展责任目标上半年工作推进情况一览表');
    expect(r.document).toMatchObject({ year: 2021, period: 'h1', periodLabel: '上半年', declaredTotal: 207 });
    expect(r.document.columns).toEqual(['序号', '市政府领导', '责任目标内容', '完成时限', '完成情况', '是否完成计划进度', '责任单位']);
  });

  it('keeps the shifted row whole: one text cell as the target, status and units realigned, leader kept', () => {
    const t49 = r.targets.find((t) => t.number === 49);
    expect(t49?.text.text.startsWith('进一步拓展延伸“一链办理”覆盖面')).toBe(true);
    expect(t49?.text.text.endsWith('现正在对接接入“爱山东”APP')).toBe(true);
    const [a] = t49?.assignments ?? [];
    expect(a).toMatchObject({ leader: '王磊', statusRaw: '是', deadlineRaw: null, progress: null });
    expect(a?.units.published).toEqual(['市行政审批服务局', '市大数据局']);
    const shifted = r.anomalies.find((x) => x.kind === 'shifted-row');
    expect(shifted).toMatchObject({ line: 5, target: 49, severity: 'warning' });
  });

  it('leaves the rows around it alone', () => {
    expect(r.targets.map((t) => t.number)).toEqual([48, 49, 50]);
    expect(r.targets[2]?.assignments[0]?.units.published).toEqual(['市税务局', '市财政局']);
    expect(r.anomalies.filter((x) => x.kind === 'shifted-row')).toHaveLength(1);
  });

  it('says the file holds only part of the declared table', () => {
    const partial = r.anomalies.find((x) => x.kind === 'partial-table');
    expect(partial?.found).toContain('207');
    expect(partial?.found).toContain('第 48—50 项');
  });
});

describe('progress table: 2022 Q3 (repeated 序号 = second leader)', () => {
  const r = parse('heze-2022-q3-continuation.txt');

  it('makes a repeated 序号 with an empty target cell a further assignment', () => {
    expect(r.targets.map((t) => t.number)).toEqual([41, 47]);
    const t41 = r.targets[0];
    expect(t41?.assignments.map((a) => a.leader)).toEqual(['聂元科', '王昌华']);
    expect(t41?.assignments[1]).toMatchObject({ targetText: null, deadlineRaw: '年底', statusRaw: '是' });
    expect(t41?.assignments[1]?.units.published).toEqual(['市市场监管局']);
    expect(r.anomalies.filter((x) => x.kind === 'continuation-row').map((x) => x.target)).toEqual([41, 47]);
  });

  it('reads 否 as published', () => {
    expect(r.targets[1]?.assignments.map((a) => [a.leader, a.statusRaw])).toEqual([['聂元科', '否'], ['张鹏', '是']]);
    expect(r.targets[1]?.assignments[0]?.units.published).toEqual(['鲁西新区管委会']);
  });

  it('flags a table that starts after 1', () => {
    expect(r.document.declaredTotal).toBeNull();
    expect(r.anomalies.find((x) => x.kind === 'partial-table')?.found).toContain('从第 41 项开始');
  });
});

describe('progress table: 2023 H1 (continuations, shifted rows, markup, —)', () => {
  const r = parse('heze-2023-h1-mixed.txt');
  const byNumber = (n: number) => r.targets.find((t) => t.number === n);

  it('strips the Markdown marker from the title and says so', () => {
    expect(r.document.title).toBe('菏泽市人民政府 2023 年经济社会发展责任目标上半年工作推进情况一览表');
    expect(r.anomalies.find((x) => x.kind === 'marker-removed')?.found.startsWith('## ')).toBe(true);
  });

  it('keeps names as printed (曹 临, 张 鹏); resolution happens later', () => {
    expect(byNumber(10)?.assignments.map((a) => a.leader)).toEqual(['聂元科', '曹 临']);
    expect(byNumber(13)?.assignments.map((a) => a.leader)).toEqual(['聂元科', '王昌华', '张 鹏', '肖友华']);
  });

  it('keeps bold as meaning and never passes raw HTML through', () => {
    const p = byNumber(10)?.assignments[1]?.progress;
    expect(p?.html).toContain('<b>减排：</b>');
    expect(p?.text.startsWith('减排： 下达 2023 年度')).toBe(true);
    expect(p?.text).not.toContain('<');
    const p33 = byNumber(33)?.assignments[0]?.progress;
    expect(p33?.html.startsWith('<p><b>产业突破工程：</b>')).toBe(true);
  });

  it('realigns the shifted continuation rows after #26, #28 and #40 without inventing leaders', () => {
    const t26 = byNumber(26)?.assignments[1];
    expect(t26).toMatchObject({ leader: null, deadlineRaw: '年底', statusRaw: '是' });
    expect(t26?.progress?.text.startsWith('20个重点镇国土空间规划已全部形成初步成果')).toBe(true);
    expect(t26?.units.published).toEqual(['市自然资源和规划局', '市住房城乡建设局']);
    const t28 = byNumber(28)?.assignments[1];
    expect(t28).toMatchObject({ leader: null, deadlineRaw: null, statusRaw: '是', progress: null });
    expect(t28?.units.published).toEqual(['市市场监管局']);
    const t40 = byNumber(40)?.assignments[1];
    expect(t40).toMatchObject({ leader: null, deadlineRaw: '年底', statusRaw: '是' });
    expect(t40?.units.published).toEqual(['市退役军人事务局']);
    expect(r.anomalies.filter((x) => x.kind === 'shifted-row').map((x) => x.target)).toEqual([26, 28, 40]);
    const leaders = r.targets.flatMap((t) => t.assignments.map((a) => a.leader));
    expect(leaders).not.toContain('年底');
    expect(leaders).not.toContain('是');
  });

  it('keeps — as published', () => {
    expect(byNumber(113)?.assignments[0]?.statusRaw).toBe('—');
  });

  it('does not count repeated headers as rows', () => {
    expect(r.targets.map((t) => t.number)).toEqual([10, 11, 12, 13, 26, 27, 28, 33, 39, 40, 113]);
  });

  it('keeps a unit printed with an inner space whole', () => {
    const units = r.targets.flatMap((t) => t.assignments.flatMap((a) => a.units.published));
    expect(units).not.toContain('管委会');
  });
});

describe('progress table: bad input', () => {
  it('stops on an unknown column with file:line and what it expected', () => {
    const text = '标题2023年上半年\n序号\t市政府领导\t责任目标内容\t备注\t责任单位\n1\t张三\t目标\t无\t市财政局\n';
    expect(() => parseProgressTable(text, { file: 'seeds/x.txt' })).toThrow(SeedError);
    expect(() => parseProgressTable(text, { file: 'seeds/x.txt' })).toThrow(/^seeds\/x\.txt:2: unknown column heading “备注”.*expected one of/);
  });

  it('stops on a 序号 that is not a number', () => {
    const text = '菏泽市2023年上半年\n序号\t市政府领导\t责任目标内容\t责任单位\n一\t张三\t目标\t市财政局\n';
    expect(() => parseProgressTable(text, { file: 'seeds/y.txt' })).toThrow(/seeds\/y\.txt:3: 序号 “一” is not a number/);
  });

  it('tells names from deadline and status words', () => {
    expect(looksLikeName('曹 临')).toBe(true);
    expect(looksLikeName('年底')).toBe(false);
    expect(looksLikeName('是')).toBe(false);
  });
});
