import { describe, expect, it } from 'vitest';
import { documentFullTitle, tasksCount } from './zh-CN.ts';

describe('reader-facing labels', () => {
  it('names place and year in a document title only where the title lacks them', () => {
    const table = { title: '菏泽市人民政府2022年经济社会发展责任目标第三季度工作推进情况一览表', year: 2022, periodLabel: '第三季度' };
    expect(documentFullTitle(table, '菏泽市')).toBe(table.title);
    const report = { title: '政府工作报告（摘要）', year: 2023, periodLabel: '政府工作报告' };
    expect(documentFullTitle(report, '菏泽市')).toBe('菏泽市 2023年 政府工作报告（摘要）');
    const other = { title: '一览表', year: 2021, periodLabel: '上半年' };
    expect(documentFullTitle(other, '菏泽市')).toBe('菏泽市 2021年 上半年 一览表');
  });

  it('counts a notice’s tasks as tasks', () => {
    expect(tasksCount(66)).toBe('66项任务');
  });
});
