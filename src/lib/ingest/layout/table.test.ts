import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../../../tests/test-site.ts';
import { ingestFixture, interpretText, vocabulary } from '../../../../tests/ingest-helpers.ts';
import { SeedError } from '../errors.ts';
import { looksLikeName } from './cell-kinds.ts';
import { readHeading } from './columns.ts';

const parse = (name: string) => interpretText(ingestFixture(name), `fixtures/${name}`, 'table');
const example = (name: string): string => readFileSync(join(FIXTURE_SITE, 'seeds', name), 'utf8');
const names = (a: { people: { published: string }[] } | undefined) => a?.people.map((p) => p.published);
const units = (a: { units: { published: string }[] } | undefined) => a?.units.map((u) => u.published);

describe('progress table: 2021 H1 (shifted row #49, partial table)', () => {
  const { r, anomalies } = parse('heze-2021-h1-shifted.txt');

  it('reads title, the declared total and every column with what it holds', () => {
    expect(r.title).toBe('菏泽市人民政府2021年经济社会发展责任目标上半年工作推进情况一览表');
    expect(r).toMatchObject({ kind: 'progress', declaredTotal: 207 });
    expect(r.columns.map((c) => [c.heading, c.field])).toEqual([
      ['序号', 'number'],
      ['市政府领导', 'people'],
      ['责任目标内容', 'target'],
      ['完成时限', 'deadline'],
      ['完成情况', 'progress'],
      ['是否完成计划进度', 'status'],
      ['责任单位', 'units'],
    ]);
  });

  it('keeps the shifted row whole: one text cell as the target, status and units realigned, leader kept, and says why progress and deadline are empty', () => {
    const t49 = r.targets.find((t) => t.number === 49);
    expect(t49?.text.text.startsWith('进一步拓展延伸“一链办理”覆盖面')).toBe(true);
    expect(t49?.text.text.endsWith('现正在对接接入“爱山东”APP')).toBe(true);
    const [a] = t49?.assignments ?? [];
    expect(a).toMatchObject({ statusRaw: '是', deadlineRaw: null, progress: null });
    expect(names(a)).toEqual(['王磊']);
    expect(units(a)).toEqual(['市行政审批服务局', '市大数据局']);
    expect(a?.gaps).toEqual([
      { field: 'deadline', reason: 'cell-missing' },
      { field: 'progress', reason: 'in-target-cell' },
    ]);
    expect(anomalies.find((x) => x.kind === 'shifted-row')).toMatchObject({ line: 5, target: '49', severity: 'warning' });
  });

  it('leaves the rows around it alone', () => {
    expect(r.targets.map((t) => t.number)).toEqual([48, 49, 50]);
    expect(units(r.targets[2]?.assignments[0])).toEqual(['市税务局', '市财政局']);
    expect(anomalies.filter((x) => x.kind === 'shifted-row')).toHaveLength(1);
  });

  it('says the file holds only part of the declared table', () => {
    const partial = anomalies.find((x) => x.kind === 'partial-table');
    expect(partial?.found).toContain('207');
    expect(partial?.found).toContain('第 48—50 项');
  });
});

describe('progress table: 2022 Q3 (repeated 序号 = second leader)', () => {
  const { r, anomalies } = parse('heze-2022-q3-continuation.txt');

  it('makes a repeated 序号 with an empty target cell a further assignment', () => {
    expect(r.targets.map((t) => t.number)).toEqual([41, 47]);
    const t41 = r.targets[0];
    expect(t41?.assignments.map(names)).toEqual([['聂元科'], ['王昌华']]);
    expect(t41?.assignments[1]).toMatchObject({ kind: 'assignment', targetText: null, deadlineRaw: '年底', statusRaw: '是' });
    expect(units(t41?.assignments[1])).toEqual(['市市场监管局']);
    expect(anomalies.filter((x) => x.kind === 'continuation-row').map((x) => x.target)).toEqual(['41', '47']);
  });

  it('reads 否 as published', () => {
    expect(r.targets[1]?.assignments.map((a) => [names(a)?.[0], a.statusRaw])).toEqual([
      ['聂元科', '否'],
      ['张鹏', '是'],
    ]);
    expect(units(r.targets[1]?.assignments[0])).toEqual(['鲁西新区管委会']);
  });

  it('flags a table that starts after 1', () => {
    expect(r.declaredTotal).toBeNull();
    expect(anomalies.find((x) => x.kind === 'partial-table')?.found).toContain('从第 41 项开始');
  });
});

describe('progress table: 2023 H1 (continuations, shifted rows, markup, —)', () => {
  const { r, anomalies } = parse('heze-2023-h1-mixed.txt');
  const byNumber = (n: number) => r.targets.find((t) => t.number === n);

  it('strips the Markdown marker from the title and says so', () => {
    expect(r.title).toBe('菏泽市人民政府 2023 年经济社会发展责任目标上半年工作推进情况一览表');
    expect(anomalies.find((x) => x.kind === 'marker-removed')?.found.startsWith('## ')).toBe(true);
  });

  it('keeps names as printed (曹 临, 张 鹏); resolution happens later', () => {
    expect(byNumber(10)?.assignments.map(names)).toEqual([['聂元科'], ['曹 临']]);
    expect(byNumber(13)?.assignments.map(names)).toEqual([['聂元科'], ['王昌华'], ['张 鹏'], ['肖友华']]);
  });

  it('keeps bold as meaning and never passes raw HTML through', () => {
    const p = byNumber(10)?.assignments[1]?.progress;
    expect(p?.html).toContain('<b>减排：</b>');
    expect(p?.text.startsWith('减排： 下达 2023 年度')).toBe(true);
    expect(p?.text).not.toContain('<');
    expect(byNumber(33)?.assignments[0]?.progress?.html.startsWith('<p><b>产业突破工程：</b>')).toBe(true);
  });

  it('realigns the shifted continuation rows after #26, #28 and #40, carrying the leader of the merged cell above', () => {
    const t26 = byNumber(26)?.assignments[1];
    expect(t26).toMatchObject({ deadlineRaw: '年底', statusRaw: '是' });
    expect(t26?.people).toEqual([expect.objectContaining({ published: '聂元科', inherited: true, from: 'column' })]);
    expect(t26?.progress?.text.startsWith('20个重点镇国土空间规划已全部形成初步成果')).toBe(true);
    expect(units(t26)).toEqual(['市自然资源和规划局', '市住房城乡建设局']);
    const t28 = byNumber(28)?.assignments[1];
    expect(t28).toMatchObject({ statusRaw: '是', progress: null, gaps: [{ field: 'progress', reason: 'merged-above' }] });
    expect(names(t28)).toEqual(['聂元科']);
    expect(units(t28)).toEqual(['市市场监管局']);
    const t40 = byNumber(40)?.assignments[1];
    expect(t40).toMatchObject({ deadlineRaw: '年底', statusRaw: '是' });
    expect(units(t40)).toEqual(['市退役军人事务局']);
    expect(anomalies.filter((x) => x.kind === 'shifted-row').map((x) => x.target)).toEqual(['26', '28', '40']);
    expect(anomalies.filter((x) => x.kind === 'merged-cell').map((x) => [x.target, x.found])).toEqual([
      ['26', '本行“市政府领导”一栏为空，与第 12 行同属一个合并单元格（复制时只留在第一行）'],
      ['28', '本行“市政府领导”一栏为空，与第 15 行同属一个合并单元格（复制时只留在第一行）'],
      ['40', '本行“市政府领导”一栏为空，与第 20 行同属一个合并单元格（复制时只留在第一行）'],
    ]);
    const leaders = r.targets.flatMap((t) => t.assignments.flatMap((a) => names(a) ?? []));
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
    expect(r.targets.flatMap((t) => t.assignments.flatMap((a) => units(a) ?? []))).not.toContain('管委会');
  });
});

describe('民生实事 table (岳阳市 1—11月): figures, 备注 as units, sub-indicator rows a browser copy left short', () => {
  const { r, anomalies } = interpretText(example('yueyang_msss_m1-11_table.txt'), 'seeds/yueyang.txt', 'table');
  const t = (n: number) => r.targets.find((x) => x.number === n);

  it('reads every column: the unit of measure, the goal, the figure reached and the share, as printed', () => {
    expect(r.columns.map((c) => [c.heading, c.field, c.by])).toEqual([
      ['序号', 'number', 'heading'],
      ['考核指标', 'target', 'heading'],
      ['单 位', 'measure', 'heading'],
      ['工作目标', 'goal', 'heading'],
      ['已完成数', 'reached', 'heading'],
      ['占年任务之比', 'share', 'heading'],
      ['备  注', 'units', 'content'],
    ]);
    expect(t(1)?.assignments[0]).toMatchObject({ figures: { measure: '万人', goal: '5.2', reached: '7.23', share: '139.1%' } });
    expect(units(t(1)?.assignments[0])).toEqual(['人力资源社会保障局']);
    expect(anomalies.find((a) => a.kind === 'column-by-content')?.found).toBe('“备  注”一列各行所填均为单位名称');
    expect(r.kind).toBe('progress');
  });

  it('makes rows without 序号 lines of their target, with the merged 备注 carried down', () => {
    expect(t(2)?.assignments.map((a) => [a.kind, a.targetText?.text ?? null, a.figures?.reached, units(a), a.units[0]?.inherited])).toEqual([
      ['assignment', null, '1361.92', ['交通局'], false],
      ['indicator', '提质改造农村公路', '171.70', ['交通局'], true],
    ]);
    expect(t(6)?.assignments.map((a) => a.targetText?.text ?? t(6)?.text.text)).toEqual(['提高困难残疾人生活补贴发放标准', '提高重度残疾人护理补贴发放标准', '提高农村低保标准', '提高农村救助水平']);
    expect(t(6)?.assignments.every((a) => units(a)?.[0] === '民政局')).toBe(true);
    expect(anomalies.filter((a) => a.kind === 'indicator-row')).toHaveLength(8);
  });

  it('places the cells of a short row by what they hold: a number is not a unit of measure', () => {
    expect(t(4)?.assignments[0]?.figures).toEqual({ measure: null, goal: '869', reached: '1022', share: '117.6%' });
    expect(t(11)?.assignments[1]?.figures).toEqual({ measure: null, goal: '12800', reached: '7854', share: '61.4%' });
    expect(r.targets).toHaveLength(12);
    expect(r.targets.flatMap((x) => x.assignments)).toHaveLength(20);
  });
});

describe('task tables (沙坪坝区 2022, an excerpt): two tables, numbering from 1 in each', () => {
  const { r, anomalies } = interpretText(example('shapingba_2022_task_tables.txt'), 'seeds/shapingba.txt', 'table');

  it('reads units only (no leader column) and keys each row by table, so table 2 keeps its own permalinks', () => {
    expect(r.kind).toBe('assignment');
    expect(r.targets.map((x) => x.key)).toEqual(['1-1', '1-2', '1-3', '1-4', '1-5', '1-6', '1-7', '1-8', '1-9', '1-10']);
    expect(r.targets[0]?.group?.label).toBe('附件1 2022年区政府工作报告经济社会发展预期目标任务分解表');
    expect(r.targets.every((x) => x.assignments[0]?.people.length === 0)).toBe(true);
    expect(units(r.targets[0]?.assignments[0])).toEqual(['区发展改革委']);
  });

  it('reads table 2 with 牵头单位 apart from 配合单位, and does not publish its row the copy cut off', () => {
    expect(r.columns.filter((c) => c.table === 2).map((c) => [c.heading, c.field, c.role])).toEqual([
      ['序号', 'number', null],
      ['工作任务', 'target', null],
      ['牵头单位', 'units', 'lead'],
      ['配合单位', 'units', 'cooperating'],
    ]);
    expect(r.cutOff?.text.startsWith('1 联动共建科学城 推动量子通信器件国家重点实验室落地')).toBe(true);
    expect(r.tables).toEqual([
      { index: 1, caption: '附件1 2022年区政府工作报告经济社会发展预期目标任务分解表' },
      { index: 2, caption: '附件2 2022年区政府工作报告重点工作任务分解表' },
    ]);
  });

  it('says the signature date lost characters, and does not read it as a date', () => {
    expect(r.textDate).toBeNull();
    expect(anomalies.find((a) => a.kind === 'date-unreadable')?.found).toContain('2022121日');
  });
});

describe('table layout: headings, bad input', () => {
  it('reads the headings offices print, and keeps any other column under its own heading', () => {
    expect(
      ['牵头单位', '主办单位', '责任单位', '承办单位', '配合单位', '协办单位', '责任人', '分管领导', '单 位', '完成目标(%)', '报告任务编号', '主 要 工 作 任 务'].map((h) => {
        const r = readHeading(h);
        return `${h}:${r.field}${r.role ? `/${r.role}` : ''}`;
      }),
    ).toEqual([
      '牵头单位:units/lead',
      '主办单位:units/lead',
      '责任单位:units/responsible',
      '承办单位:units/responsible',
      '配合单位:units/cooperating',
      '协办单位:units/cooperating',
      '责任人:people',
      '分管领导:people',
      '单 位:measure',
      '完成目标(%):share',
      '报告任务编号:other',
      '主 要 工 作 任 务:target',
    ]);
    const text = '标题2023年上半年\n序号\t市政府领导\t责任目标内容\t督办人员\t责任单位\n1\t张三\t目标\t李四\t市财政局\n';
    const { r, anomalies } = interpretText(text, 'seeds/x.txt', 'table');
    expect(r.targets[0]?.assignments[0]?.cells).toEqual([{ heading: '督办人员', text: '李四' }]);
    expect(anomalies.find((a) => a.kind === 'column-kept')?.found).toBe('表格有“督办人员”一列（第 4 列）');
  });

  it('joins a two-row header (责任单位 over 牵头单位 | 配合单位)', () => {
    const text = '2022年重点任务\n序号\t工作任务\t责任单位\t\n\t\t牵头单位\t配合单位\n1\t建设某项目\t区发改局\t区财政局、区住建委\n';
    const { r, anomalies } = interpretText(text, 'seeds/two.txt', 'table');
    expect(r.columns.map((c) => [c.heading, c.field, c.role])).toEqual([
      ['序号', 'number', null],
      ['工作任务', 'target', null],
      ['责任单位·牵头单位', 'units', 'lead'],
      ['配合单位', 'units', 'cooperating'],
    ]);
    expect(r.targets[0]?.assignments[0]?.units.map((u) => [u.published, u.role])).toEqual([
      ['区发改局', 'lead'],
      ['区财政局', 'cooperating'],
      ['区住建委', 'cooperating'],
    ]);
    expect(anomalies.some((a) => a.kind === 'header-joined')).toBe(true);
  });

  it('reads a section row that names the leader of the rows under it', () => {
    const text = '2022年重点工作责任分解\n序号\t工作任务\t责任单位\n一、张三副市长牵头\n1\t建设某项目\t市发改委\n2\t推进某工作\t市财政局\n二、李四副市长牵头\n3\t另一项\t市住建局\n';
    const { r } = interpretText(text, 'seeds/sections.txt', 'table');
    expect(r.targets.map((t) => [t.number, t.section?.title, names(t.assignments[0]), t.assignments[0]?.people[0]?.role])).toEqual([
      [1, '张三副市长牵头', ['张三'], '副市长'],
      [2, '张三副市长牵头', ['张三'], '副市长'],
      [3, '李四副市长牵头', ['李四'], '副市长'],
    ]);
  });

  it('stops on a 序号 that is not a number in a file whose cells are exact', () => {
    const text = '菏泽市2023年上半年\n序号\t市政府领导\t责任目标内容\t责任单位\n甲\t张三\t目标\t市财政局\n';
    expect(() => interpretText(text, 'seeds/y.txt', 'table')).toThrow(SeedError);
    expect(() => interpretText(text, 'seeds/y.txt', 'table')).toThrow(/seeds\/y\.txt:3: row has 4 filled cells that cannot be matched|seeds\/y\.txt:3: 序号 “甲” is not a number/);
  });

  it('tells names from deadline and status words', () => {
    expect(looksLikeName('曹 临', vocabulary.isStatusWord)).toBe(true);
    expect(looksLikeName('年底', vocabulary.isStatusWord)).toBe(false);
    expect(looksLikeName('是', vocabulary.isStatusWord)).toBe(false);
  });
});
