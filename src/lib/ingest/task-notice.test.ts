import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTaskNotice, splitClause } from './task-notice.ts';

const text = readFileSync(new URL('./fixtures/yanzhou-2021-notice.txt', import.meta.url), 'utf8');
const r = parseTaskNotice(text, { file: 'fixtures/yanzhou-2021-notice.txt' });
const task = (n: number) => r.targets.find((t) => t.number === n);

describe('task-assignment notice (Yanzhou 2021)', () => {
  it('reads 文号, title broken over two lines, year and the signature date', () => {
    expect(r.document).toMatchObject({
      kind: 'assignment', period: 'plan', year: 2021, docNumber: '济兖政发〔2021〕1号', textDate: '2021-01-21',
      title: '济宁市兖州区人民政府关于分解落实2021年政府工作报告任务目标的通知',
    });
    expect(r.anomalies.find((a) => a.kind === 'text-joined')?.line).toBe(5);
  });

  it('puts tasks under their sections and keeps section paragraphs', () => {
    expect(r.document.sections.map((s) => [s.numeral, s.targets])).toEqual([
      ['一', []], ['二', [1, 2, 3, 4, 5]], ['三', [16]], ['七', [49]], ['九', [61, 62, 63, 64, 65, 66]],
    ]);
    expect(r.document.sections[0]?.paragraphs[1]?.text.startsWith('全区经济社会发展主要预期目标为')).toBe(true);
    expect(task(49)?.section).toEqual({ numeral: '七', title: '守住风险底线' });
  });

  it('splits leaders on 、, one assignment each, with their role as printed', () => {
    expect(task(1)?.assignments.map((a) => [a.leaderRole, a.leader])).toEqual([['牵头领导', '寇宁'], ['牵头领导', '孙恒民']]);
    expect(task(16)?.assignments.map((a) => [a.leaderRole, a.leader])).toEqual([['责任领导', '邱培友'], ['责任领导', '戴宪亭']]);
  });

  it('splits units on 、 and ，, keeps parentheses inside names, and marks 等', () => {
    const units = task(1)?.assignments[0]?.units;
    expect(units?.published).toEqual(['区委统筹疫情防控和经济运行工作领导小组（指挥部）', '区卫生健康局', '区市场监督管理局', '区应急管理局等', '各镇街']);
    expect(units?.etAl).toBe(true);
    expect(task(49)?.assignments[0]?.units.published).toEqual(['社会稳定工作指挥部', '区社会治理服务中心', '区信访局', '区司法局等', '各镇街']);
    expect(task(61)?.assignments[0]?.units).toMatchObject({ published: ['区司法局'], etAl: false });
  });

  it('keeps the note about bold in task 1 and the clause as published', () => {
    expect(task(1)?.notes).toEqual(['黑体为主办单位，其他为协办单位，下同']);
    expect(task(1)?.assignmentClause?.startsWith('（牵头领导：寇宁、孙恒民。承办单位：')).toBe(true);
    expect(task(1)?.text.text.endsWith('提升全员核酸检测能力。')).toBe(true);
  });

  it('keeps the closing lines as published', () => {
    expect(r.document.backMatter.map((l) => l.text)).toContain('（此件公开发布）');
    expect(r.document.backMatter.at(-1)?.text).toBe('济宁市兖州区人民政府办公室 2021年1月21日印发');
  });

  it('matches the closing parenthesis from the end', () => {
    expect(splitClause('任务。（牵头领导：甲。承办单位：乙（指挥部）、丙）')).toEqual({
      body: '任务。', clause: '（牵头领导：甲。承办单位：乙（指挥部）、丙）',
    });
    expect(splitClause('没有括号的任务。')).toEqual({ body: '没有括号的任务。', clause: null });
  });

  it('stops on a task without its clause, naming file:line', () => {
    const bad = '济兖政发〔2021〕1号\n济宁市兖州区人民政府\n关于2021年任务的通知\n各单位：\n一、总体\n1、没有分工的任务。\n';
    expect(() => parseTaskNotice(bad, { file: 'seeds/bad.txt' })).toThrow(/^seeds\/bad\.txt:6: task 1 has no closing/);
  });
});
