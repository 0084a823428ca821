import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../../../tests/test-site.ts';
import { ingestFixture, interpretText } from '../../../../tests/ingest-helpers.ts';
import { splitClause } from '../responsibility.ts';
import { listLayout } from './list.ts';
import { readText } from '../read/text.ts';

const example = (name: string): string => readFileSync(join(FIXTURE_SITE, 'seeds', name), 'utf8');
const peopleOf = (a: { people: { published: string; role: string | null; from: string }[] } | undefined) => a?.people.map((p) => [p.role, p.published, p.from]);
const unitsOf = (a: { units: { published: string; role: string }[] } | undefined) => a?.units.map((u) => [u.role, u.published]);

describe('task-assignment notice (Yanzhou 2021): clauses （牵头领导：…。承办单位：…）', () => {
  const { r, anomalies } = interpretText(ingestFixture('yanzhou-2021-notice.txt'), 'fixtures/yanzhou-2021-notice.txt', 'list');
  const task = (n: number) => r.targets.find((t) => t.number === n);

  it('reads 文号, title broken over two lines, and the signature date', () => {
    expect(r).toMatchObject({
      kind: 'assignment',
      layout: 'list',
      docNumber: '济兖政发〔2021〕1号',
      textDate: '2021-01-21',
      title: '济宁市兖州区人民政府关于分解落实2021年政府工作报告任务目标的通知',
    });
    expect(anomalies.find((a) => a.kind === 'text-joined')?.line).toBe(5);
  });

  it('puts tasks under their sections and keeps section paragraphs; numbers run through, so keys are the numbers', () => {
    expect(r.sections.map((s) => [s.numeral, s.targets])).toEqual([
      ['一', []],
      ['二', ['1', '2', '3', '4', '5']],
      ['三', ['16']],
      ['七', ['49']],
      ['九', ['61', '62', '63', '64', '65', '66']],
    ]);
    expect(r.sections[0]?.paragraphs[1]?.text.startsWith('全区经济社会发展主要预期目标为')).toBe(true);
    expect(task(49)?.section).toEqual({ numeral: '七', title: '守住风险底线' });
    expect(r.targets.every((t) => t.group === null && t.key === String(t.number))).toBe(true);
  });

  it('gives a task one assignment naming all its leaders, with their role as printed', () => {
    expect(task(1)?.assignments).toHaveLength(1);
    expect(peopleOf(task(1)?.assignments[0])).toEqual([
      ['牵头领导', '寇宁', 'clause'],
      ['牵头领导', '孙恒民', 'clause'],
    ]);
    expect(peopleOf(task(16)?.assignments[0])).toEqual([
      ['责任领导', '邱培友', 'clause'],
      ['责任领导', '戴宪亭', 'clause'],
    ]);
  });

  it('splits units on 、 and ，, keeps parentheses inside names, and keeps 等 as printed', () => {
    expect(task(1)?.assignments[0]?.units.map((u) => u.published)).toEqual(['区委统筹疫情防控和经济运行工作领导小组（指挥部）', '区卫生健康局', '区市场监督管理局', '区应急管理局等', '各镇街']);
    expect(task(49)?.assignments[0]?.units.map((u) => u.published)).toEqual(['社会稳定工作指挥部', '区社会治理服务中心', '区信访局', '区司法局等', '各镇街']);
    expect(task(61)?.assignments[0]?.units.map((u) => [u.published, u.role, u.label])).toEqual([['区司法局', 'responsible', '承办单位']]);
  });

  it('keeps the note about bold, and says the copy lost the bold it speaks of (units stay as listed)', () => {
    expect(task(1)?.notes).toEqual(['黑体为主办单位，其他为协办单位，下同']);
    expect(task(1)?.assignmentClause?.startsWith('（牵头领导：寇宁、孙恒民。承办单位：')).toBe(true);
    expect(task(1)?.text.text.endsWith('提升全员核酸检测能力。')).toBe(true);
    expect(r.conventions).toEqual([{ text: '黑体为主办单位，其他为协办单位，下同', applied: false }]);
    expect(r.targets.flatMap((t) => t.assignments.flatMap((a) => a.units)).every((u) => u.role === 'responsible' && u.roleFrom === 'label')).toBe(true);
    expect(anomalies.find((a) => a.kind === 'role-convention')).toMatchObject({ severity: 'warning' });
  });

  it('keeps the closing lines as published', () => {
    expect(r.backMatter.map((l) => l.text)).toContain('（此件公开发布）');
    expect(r.backMatter.at(-1)?.text).toBe('济宁市兖州区人民政府办公室 2021年1月21日印发');
  });

  it('matches the closing parenthesis from the end, and only a clause that names someone', () => {
    expect(splitClause('任务。（牵头领导：甲。承办单位：乙（指挥部）、丙）')).toEqual({ body: '任务。', clause: '（牵头领导：甲。承办单位：乙（指挥部）、丙）' });
    expect(splitClause('没有括号的任务。')).toEqual({ body: '没有括号的任务。', clause: null });
    expect(splitClause('自然村通水泥(沥青)')).toEqual({ body: '自然村通水泥(沥青)', clause: null });
  });

  it('publishes a task without a clause as printed and records that it names no one', () => {
    const bare = '济兖政发〔2021〕1号\n济宁市兖州区人民政府\n关于2021年任务的通知\n各单位：\n一、总体\n1、有分工的任务。（牵头领导：甲。承办单位：乙）\n2、没有分工的任务。\n';
    const read = interpretText(bare, 'seeds/bad.txt', 'list');
    expect(read.r.targets.map((t) => [t.number, t.assignments[0]?.people.length, t.assignments[0]?.units.length])).toEqual([
      [1, 1, 1],
      [2, 0, 0],
    ]);
    expect(read.anomalies.find((a) => a.kind === 'no-responsibility')).toMatchObject({ line: 7, target: '2' });
  });
});

describe('paragraph list with 责任领导 and 牵头单位 (咸安区 2023, an excerpt)', () => {
  const { r, anomalies } = interpretText(example('xianan_2023_task_paragraphs.txt'), 'seeds/xianan.txt', 'list');
  const item = (n: number) => r.targets.find((t) => t.number === n)?.assignments[0];

  it('reads items 1–12 with ; and ; separated parts, leaders and lead units apart', () => {
    expect(r.targets.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(peopleOf(item(1))).toEqual([['责任领导', '杜新国', 'clause']]);
    expect(unitsOf(item(1))).toEqual([['lead', '区发改局']]);
    expect(peopleOf(item(7))?.map((p) => p[1])).toEqual(['杜新国', '丁玲']);
    expect(unitsOf(item(6))).toEqual([
      ['lead', '区财政局'],
      ['lead', '区税务局'],
    ]);
  });

  it('keeps 牵头单位 and 责任单位 of one clause both, each under its role', () => {
    expect(unitsOf(item(12))).toEqual([
      ['lead', '区交通运输局'],
      ['responsible', '区发改局'],
      ['responsible', '区自然资源和规划局'],
      ['responsible', '区林业局'],
      ['responsible', '区经发集团'],
      ['responsible', '相关乡镇办'],
    ]);
    expect(r.targets.at(-1)?.assignments[0]?.unitsRaw).toBe('牵头单位：区交通运输局；责任单位：区发改局、区自然资源和规划局、区林业局,区经发集团,相关乡镇办');
  });

  it('keeps the sub-section and the bare sub-heading over item 12', () => {
    expect(r.targets.at(-1)?.headings).toEqual(['(一)坚定不移做强增长引擎', '加强基础设施建设']);
    expect(r.targets.at(-1)?.section?.title).toBe('2023年七个方面主要工作安排');
  });

  it('does not publish the item the copy cuts off, and says where it stops', () => {
    expect(r.cutOff?.text.startsWith('13.加快实施流域综合治理统筹发展规划')).toBe(true);
    expect(r.cutOff?.text).not.toContain('truncated');
    expect(anomalies.find((a) => a.kind === 'cut-off')).toMatchObject({ line: 35, severity: 'warning' });
  });
});

describe('the same items with their labels run on in the paragraph, not in brackets (咸安区 2023, as other places print it)', () => {
  // items 1, 6 and 12 of the real list, the （…） around each clause dropped: `…增长8%以上。责任领导:杜新国;牵头单位:区发改局`
  const runOn = example('xianan_2023_task_paragraphs.txt')
    .split('\n')
    .map((l) => l.replace(/^(\s*\d+\..*?[。])\((责任领导[^)]*)\)$/, '$1$2'))
    .join('\n');
  const { r } = interpretText(runOn, 'seeds/xianan-run-on.txt', 'list');
  const bracketed = interpretText(example('xianan_2023_task_paragraphs.txt'), 'seeds/xianan.txt', 'list').r;

  it('reads every item’s leaders and units as from the bracketed clause, and ends the target text at its full stop', () => {
    expect(runOn).toContain('1.地区生产总值增长8%以上。责任领导:杜新国;牵头单位:区发改局');
    const who = (t: (typeof r.targets)[number]) => [t.key, t.text.text, peopleOf(t.assignments[0]), unitsOf(t.assignments[0])];
    expect(r.targets.map(who)).toEqual(bracketed.targets.map(who));
    expect(r.targets[0]?.text.text).toBe('地区生产总值增长8%以上。');
    expect(r.targets[0]?.assignmentClause).toBe('责任领导:杜新国;牵头单位:区发改局');
  });

  it('does not take a label word inside the text for a label', () => {
    const { r: one } = interpretText('某区重点工作任务分解\n\n1.建立责任单位考核机制，压实各方责任。牵头单位:区委组织部\n', 'x.txt', 'list');
    expect(one.targets[0]?.text.text).toBe('建立责任单位考核机制，压实各方责任。');
    expect(unitsOf(one.targets[0]?.assignments[0])).toEqual([['lead', '区委组织部']]);
  });
});

describe('plan grouped by leader, units on a line of their own (海盐县 2022, an excerpt)', () => {
  const { r, anomalies } = interpretText(example('haiyan_2022_leader_sections.txt'), 'seeds/haiyan.txt', 'list');

  it('gives each item the leader its section heading names, under the title printed', () => {
    expect(r.targets.map((t) => [t.key, peopleOf(t.assignments[0])])).toEqual([
      ['1-1', [['县长', '王丹', 'heading']]],
      ['1-2', [['县长', '王丹', 'heading']]],
      ['2-1', [['常务副县长', '曹惠明', 'heading']]],
    ]);
    expect(r.targets[0]?.assignments[0]?.people[0]?.inherited).toBe(true);
  });

  it('numbers restart in each section: keys are {section}-{number}, and it is recorded once', () => {
    expect(r.targets.map((t) => [t.number, t.group?.index, t.group?.label])).toEqual([
      [1, 1, '一、王丹县长牵头重点工作'],
      [2, 1, '一、王丹县长牵头重点工作'],
      [1, 2, '二、曹惠明常务副县长牵头重点工作'],
    ]);
    expect(anomalies.filter((a) => a.kind === 'numbering-restarts')).toHaveLength(1);
  });

  it('reads 首位单位为牵头单位，下同 from inside the unit list, applies it to every later item, and keeps the note', () => {
    expect(unitsOf(r.targets[0]?.assignments[0])).toEqual([
      ['lead', '县发改局'],
      ['responsible', '县财政局'],
      ['responsible', '县税务局'],
      ['responsible', '县农业农村局'],
    ]);
    expect(unitsOf(r.targets[1]?.assignments[0])).toEqual([['lead', '县财政局']]);
    expect(unitsOf(r.targets[2]?.assignments[0])).toEqual([['lead', '县司法局']]);
    expect(r.targets[0]?.notes).toEqual(['首位单位为牵头单位,下同']);
    expect(r.conventions).toEqual([{ text: '首位单位为牵头单位,下同', applied: true }]);
    expect(r.targets[0]?.assignmentClause).toBe('责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县税务局、县农业农村局');
  });

  it('reads the notice around the plan: title, date, and where the copy stops', () => {
    expect(r).toMatchObject({ title: '海盐县人民政府办公室关于印发政府工作报告2022年重点工作责任分解的通知', textDate: '2022-04-18', kind: 'assignment' });
    expect(r.cutOff?.text.startsWith('2.深化“亩均论英雄”')).toBe(true);
    expect(anomalies.filter((a) => a.kind === 'person-title').map((a) => a.found)).toEqual(['姓名与职务连写：“王丹县长”', '姓名与职务连写：“曹惠明常务副县长”']);
  });
});

describe('list layout: fit and bad input', () => {
  it('fits numbered items that name who answers for them, and says why others do not fit', () => {
    const fit = (text: string) => listLayout.fit(readText(text, 'x.txt'), { isStatusWord: () => false, columns: {} });
    expect(fit('一、目标\n1.增长8%。(责任领导:甲;牵头单位:区发改局)\n').score).toBe(1);
    expect(fit('附件:1. 2022年分解表\n2. 2022年任务表\n').reason).toMatch(/none names a leader or unit/);
    expect(fit('没有编号的文字。\n').reason).toMatch(/no numbered items/);
  });

  it('stops on an item number printed twice in one section, with file:line', () => {
    const twice = '一、目标\n1.甲。(牵头单位:区发改局)\n1.乙。(牵头单位:区财政局)\n';
    expect(() => interpretText(twice, 'seeds/twice.txt', 'list')).toThrow(/^seeds\/twice\.txt:3: item number 1 appears twice in section 一/);
  });

  it('reads an item that says only its label lines, and a progress report in paragraphs', () => {
    const report = '2023年上半年重点工作推进情况\n一、经济发展\n1.地区生产总值增长8%。\n责任单位：区发改局\n进展情况：上半年增长7.5%。\n是否按计划：是\n';
    const { r } = interpretText(report, 'seeds/progress.txt', 'list');
    expect(r.kind).toBe('progress');
    expect(r.targets[0]?.assignments[0]).toMatchObject({ statusRaw: '是', progress: { text: '上半年增长7.5%。' } });
    expect(unitsOf(r.targets[0]?.assignments[0])).toEqual([['responsible', '区发改局']]);
  });
});
