/** The whole ingest over the fixture documents: the five real seeds read exactly as before, and the four documents of other governments. */
import { describe, expect, it } from 'vitest';
import { fixture as c, fixtureInput } from '../../../tests/fixture-collections.ts';
import { ingest, readDocument, type SeedFile } from './index.ts';
import { readHtml } from './read/html.ts';
import { readText } from './read/text.ts';
import { StatusVocabulary } from './status.ts';

const doc = (id: string) => c.documents.find((d) => d.id === id);
const target = (id: string) => c.targets.find((t) => t.id === id);
const HEZE_YANZHOU = ['heze/2021-h1', 'heze/2022-q3', 'heze/2023-report', 'heze/2023-h1', 'yanzhou/2021-plan'];

describe('ingest of the five real seeds', () => {
  it('makes one document per seed at its permalink id', () => {
    expect(c.documents.map((d) => d.id).filter((id) => HEZE_YANZHOU.includes(id))).toEqual(HEZE_YANZHOU);
    expect(c.jurisdictions.filter((j) => ['heze', 'yanzhou'].includes(j.id)).map((j) => [j.id, j.name])).toEqual([
      ['heze', '菏泽市'],
      ['yanzhou', '济宁市兖州区'],
    ]);
  });

  it('counts 57, 48 and 200 targets and 66 tasks — 371 in all, at the same permalinks', () => {
    expect(['heze/2021-h1', 'heze/2022-q3', 'heze/2023-h1', 'yanzhou/2021-plan'].map((id) => doc(id)?.targetCount)).toEqual([57, 48, 200, 66]);
    const theirs = c.targets.filter((t) => HEZE_YANZHOU.includes(t.document));
    expect(theirs).toHaveLength(371);
    expect(theirs.every((t) => t.id === `${t.document}/${t.number}` && t.key === String(t.number))).toBe(true);
    expect(doc('heze/2021-h1')).toMatchObject({ declaredTotal: 207, numberRange: { first: 1, last: 57 }, layout: 'table', format: 'text' });
    expect(doc('heze/2022-q3')?.numberRange).toEqual({ first: 39, last: 86 });
  });

  it('finds 11 Heze and 14 Yanzhou leaders, none from spacing or shifted cells', () => {
    const names = (j: string) =>
      c.leaders
        .filter((l) => l.jurisdiction === j)
        .map((l) => l.name)
        .sort();
    expect(names('heze')).toEqual(['刘连栋', '姜凌刚', '张伦', '张鹏', '曹升灵', '曹临', '李春英', '王昌华', '王磊', '聂元科', '肖友华'].sort());
    expect(names('yanzhou')).toHaveLength(14);
    expect(c.leaders.map((l) => l.name)).not.toContain('年底');
    expect(c.leaders.map((l) => l.name)).not.toContain('是');
    expect(c.leaders.find((l) => l.name === '曹临')?.aliases).toEqual([expect.objectContaining({ form: '曹 临', count: 27 })]);
  });

  it('merges units as the reviewed alias file says, and counts each printed form where it was printed', () => {
    const unit = (j: string, name: string) => c.units.find((u) => u.jurisdiction === j && u.name === name);
    expect(
      unit('heze', '郓城县人民政府')
        ?.aliases.map((a) => a.form)
        .sort(),
    ).toEqual(['郟城县人民政府', '鄆城县人民政府'].sort());
    expect(unit('heze', '市应急管理局')?.aliases.map((a) => a.form)).toEqual(['市应急局']);
    expect(unit('heze', '市行政审批服务局')?.aliases.map((a) => a.form)).toEqual(['行政审批服务局']);
    expect(
      unit('heze', '菏泽鲁西新区管委会')
        ?.aliases.map((a) => a.form)
        .sort(),
    ).toEqual(['菏泽鲁西新区 管委会', '鲁西新区管委会'].sort());
    for (const gone of ['市应急局', '鄆城县人民政府', '郟城县人民政府', '鲁西新区管委会', '管委会', '菏泽鲁西新区']) expect(unit('heze', gone)).toBeUndefined();
    expect(unit('yanzhou', '区应急管理局')?.aliases.map((a) => a.form)).toEqual(['区应急管理局等']);
    // a task with two leaders prints its units once: counted once, not once per leader
    expect(unit('yanzhou', '工业园区')?.aliases).toEqual([expect.objectContaining({ form: '工业园区等', count: 2 })]);
    expect(c.units.find((u) => u.name === '各镇街')?.collective).toBe(true);
  });

  it('records every normalisation where it happened, not once per document', () => {
    const alias = c.anomalies.find((a) => a.kind === 'leader-alias' && a.found.includes('曹 临'));
    expect(alias?.occurrences).toHaveLength(27);
    const etAl = c.anomalies.filter((a) => a.kind === 'unit-et-al' && a.document === 'yanzhou/2021-plan');
    const printed = c.targets.filter((t) => t.document === 'yanzhou/2021-plan').flatMap((t) => t.assignments.flatMap((a) => a.units.filter((u) => u.etAl)));
    expect(etAl.reduce((n, a) => n + a.occurrences.length, 0)).toBe(printed.length);
    const emergency = c.anomalies.find((a) => a.kind === 'unit-alias' && a.document === 'heze/2023-h1' && a.found.includes('市应急局'));
    expect(emergency?.occurrences.map((o) => o.line)).toEqual(expect.arrayContaining([67, 68]));
  });

  it('gives every leader and unit a unique readable slug', () => {
    for (const list of [c.leaders, c.units]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const x of list) expect(x.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(c.leaders.find((l) => l.name === '曹临')?.id).toBe('heze/cao-lin');
  });

  it('links assignments to the canonical ids and keeps the printed form and the role', () => {
    const t = target('heze/2023-h1/10');
    expect(t?.assignments.map((a) => a.people.map((p) => [p.published, p.id, p.role]))).toEqual([[['聂元科', 'heze/nie-yuan-ke', '市政府领导']], [['曹 临', 'heze/cao-lin', '市政府领导']]]);
    expect(target('heze/2023-h1/88')?.assignments[0]).toMatchObject({ deadline: { raw: '年底', kind: 'date', date: '2023-12-31' }, status: { raw: '是', value: 'on_plan' } });
    expect(target('heze/2023-h1/113')?.assignments[0]?.status).toEqual({ raw: '—', value: 'not_applicable' });
    expect(target('heze/2022-q3/43')?.deadline).toEqual({ raw: '长期坚持', kind: 'ongoing', date: null });
    expect(target('yanzhou/2021-plan/12')?.assignments.map((a) => a.people.map((p) => p.name))).toEqual([['屈耀武', '王天祥']]);
  });

  it('records each anomaly at file:line', () => {
    const shifted = c.anomalies.filter((a) => a.kind === 'shifted-row').map((a) => `${a.source.file}:${a.source.line} ${a.target}`);
    expect(shifted).toEqual([
      'seeds/000_7009f1592a7ab6e1.txt:58 heze/2021-h1/49',
      'seeds/002_d77621546935b0d7.txt:48 heze/2023-h1/26',
      'seeds/002_d77621546935b0d7.txt:51 heze/2023-h1/28',
      'seeds/002_d77621546935b0d7.txt:71 heze/2023-h1/40',
    ]);
    expect(target('heze/2023-h1/26')?.assignments[1]?.anomalies).toContain('heze/2023-h1/48-shifted-row');
  });

  it('says where the place, year and period came from', () => {
    expect(doc('heze/2023-h1')?.identity).toEqual({
      jurisdiction: { from: 'text', evidence: '“菏泽市”' },
      year: { from: 'text', evidence: '标题“2023 年”' },
      period: { from: 'text', evidence: '“上半年”' },
      kind: { from: 'text', evidence: '列“完成情况”“推进情况”“是否按计划完成进度”'.replace('“完成情况”', '') },
    });
  });
});

describe('ingest of four documents from other governments (../shared/examples)', () => {
  it('reads each as what it is, declaring only what its text lacks', () => {
    const rows = ['shapingba/2022-plan', 'xianan/2023-plan', 'yueyang/2018-m1-11', 'haiyan/2022-plan'].map((id) => {
      const d = doc(id);
      return [
        id,
        d?.layout,
        d?.kind,
        d?.targetCount,
        Object.entries(d?.identity ?? {})
          .filter(([, v]) => v.from === 'declared')
          .map(([k]) => k),
      ];
    });
    expect(rows).toEqual([
      ['shapingba/2022-plan', 'table', 'assignment', 10, []],
      ['xianan/2023-plan', 'list', 'assignment', 12, ['jurisdiction']],
      ['yueyang/2018-m1-11', 'table', 'progress', 12, ['year']],
      ['haiyan/2022-plan', 'list', 'assignment', 3, []],
    ]);
    expect(doc('yueyang/2018-m1-11')).toMatchObject({ period: 'm1-11', periodLabel: '1—11月', declaredNote: expect.stringContaining('原文未印年份') });
  });

  it('publishes every complete row and says where each copy is cut off', () => {
    expect(['shapingba/2022-plan', 'xianan/2023-plan', 'haiyan/2022-plan', 'yueyang/2018-m1-11'].map((id) => doc(id)?.cutOff?.text.slice(0, 12) ?? null)).toEqual([
      '1 联动共建科学城 推动',
      '13.加快实施流域综合治',
      '2.深化“亩均论英雄”“',
      null,
    ]);
  });

  it('answers for a target by unit where the document names no leader', () => {
    expect(target('shapingba/2022-plan/1-1')?.assignments[0]).toMatchObject({ people: [], units: [expect.objectContaining({ name: '区发展改革委', role: 'responsible', label: '责任单位' })] });
    expect(c.units.find((u) => u.id === 'shapingba/qu-fa-zhan-gai-ge-wei')?.targetIds).toEqual(['shapingba/2022-plan/1-1', 'shapingba/2022-plan/1-2', 'shapingba/2022-plan/1-10']);
  });

  it('gives leaders named in section headings their pages, with the title they are printed under', () => {
    const wang = c.leaders.find((l) => l.jurisdiction === 'haiyan' && l.name === '王丹');
    expect(wang?.targetIds).toEqual(['haiyan/2022-plan/1-1', 'haiyan/2022-plan/1-2']);
    expect(target('haiyan/2022-plan/2-1')?.assignments[0]?.people).toEqual([expect.objectContaining({ name: '曹惠明', role: '常务副县长', from: 'heading', inherited: true })]);
  });
});

describe('ingest: identity the webmaster declares, and refusals', () => {
  const vocabulary = new StatusVocabulary(fixtureInput.vocabulary);
  const seed = (text: string, sidecar: SeedFile['sidecar'] = null, path = 'seeds/new.txt'): SeedFile => ({ path, source: readText(text, path), sha256: 'x', encoding: 'utf-8', sidecar });
  const table = '全区2023年上半年重点任务推进情况\n序号\t工作任务\t责任单位\t完成情况\n1\t建设某项目\t区发改局\t已开工\n';

  it('asks for the place, naming the field and the file, where the text says only 全区', () => {
    expect(() => readDocument(seed(table), fixtureInput, vocabulary)).toThrow(
      /^seeds\/new\.txt:1: the place is not named in the title or opening lines \(they say 全市\/全区\/全县 or 我市\/我区\/我县\) — expected .*"jurisdiction": "<id>" in seeds\/new\.meta\.json/,
    );
  });

  it('takes a declared place, year and period over the text, and says so', () => {
    const r = readDocument(seed(table, { jurisdiction: 'xianan', period: 'q1-3' }), fixtureInput, vocabulary);
    expect(r.documentId).toBe('xianan/2023-q1-3');
    expect(r.identity.provenance).toMatchObject({ jurisdiction: { from: 'declared' }, year: { from: 'text' }, period: { from: 'declared' } });
  });

  it('asks for the year where none is printed, and for the period where the title names none', () => {
    expect(() => readDocument(seed('岳阳市民生实事落实情况\n序号\t考核指标\t已完成数\n1\t新增就业\t7.23\n'), fixtureInput, vocabulary)).toThrow(
      /the year is printed nowhere .* "year": 2023 \(say\) in seeds\/new\.meta\.json/,
    );
    expect(() => readDocument(seed('岳阳市2019年民生实事落实情况\n序号\t考核指标\t已完成数\n1\t新增就业\t7.23\n'), fixtureInput, vocabulary)).toThrow(/names no reporting period .* declare "period"/);
  });

  it('reads 半年度 as a half-year, 前三季度 and 1-8月 as what they are', () => {
    const period = (title: string) => readDocument(seed(`岳阳市2019年${title}重点工作推进情况\n序号\t工作任务\t完成情况\n1\t某项\t已开工\n`), fixtureInput, vocabulary).identity.period;
    expect(['半年度', '前三季度', '1-8月', '1—11月', '全年'].map(period)).toEqual(['h1', 'q1-3', 'm1-8', 'm1-11', 'year']);
  });

  it('never publishes a task list as a work report, and stops where no layout fits', () => {
    const notice = '关于印发2022年政府工作报告重点任务的通知\n一、总体\n二、任务\n1.地区生产总值增长。（责任领导：张三；牵头单位：区发改局）\n';
    const r = readDocument(seed(notice, { jurisdiction: 'xianan' }), fixtureInput, vocabulary);
    expect([r.choice.layout.name, r.identity.kind, r.interpretation.targets.length]).toEqual(['list', 'assignment', 1]);
    expect(() => readDocument(seed('随便一段文字\n'), fixtureInput, vocabulary)).toThrow(
      /^seeds\/new\.txt:1: no layout fits \(table: no table rows; list: no numbered items .*; report: .*\) — expected .*declare "layout"/,
    );
  });

  it('refuses two seeds for one document, and says how to publish both', () => {
    const both = { ...fixtureInput, seeds: [seed(table, { jurisdiction: 'xianan' }, 'seeds/a.txt'), seed(table, { jurisdiction: 'xianan' }, 'seeds/b.txt')] };
    expect(() => ingest(both)).toThrow(/^seeds\/b\.txt:1: document xianan\/2023-h1 is also built from seeds\/a\.txt — expected .*"series"/);
    const r = ingest({ ...both, seeds: [both.seeds[0] as SeedFile, seed(table, { jurisdiction: 'xianan', series: 'msss' }, 'seeds/b.txt')] });
    expect(r.documents.map((d) => d.id)).toEqual(['xianan/2023-h1', 'xianan/2023-h1-msss']);
  });

  it('reads a portal page whose header is two rows of merged cells, recording the header once and no merge that copies no data', () => {
    // 咸安区's first items, laid out as a portal table with 责任单位 over 牵头单位 | 配合单位
    const html = `<html><body><h1>咸安区2023年重点工作任务第一季度推进情况</h1><table>
      <tr><td rowspan="2">序号</td><td rowspan="2">工作任务</td><td colspan="2">责任单位</td><td rowspan="2">责任领导</td><td rowspan="2">推进情况</td></tr>
      <tr><td>牵头单位</td><td>配合单位</td></tr>
      <tr><td rowspan="2">1</td><td>地区生产总值增长8%以上</td><td>区发改局</td><td>区统计局</td><td rowspan="2">杜新国</td><td>一季度增长7.9%</td></tr>
      <tr><td>固定资产投资增长16%以上</td><td>区发改局</td><td></td><td>一季度增长16.8%</td></tr>
      <tr><td>2</td><td>规上工业增加值增长10%以上</td><td>区科经局</td><td></td><td>洪声耀</td><td>增长8.2%</td></tr>
    </table></body></html>`;
    const r = ingest({ ...fixtureInput, seeds: [{ path: 'seeds/q1.html', source: readHtml(html, 'seeds/q1.html'), sha256: 'x', encoding: 'utf-8', sidecar: null }] });
    expect(r.documents[0]?.columns.map((col) => [col.heading, col.field, col.role])).toEqual([
      ['序号', 'number', null],
      ['工作任务', 'target', null],
      ['责任单位·牵头单位', 'units', 'lead'],
      ['责任单位·配合单位', 'units', 'cooperating'],
      ['责任领导', 'people', null],
      ['推进情况', 'progress', null],
    ]);
    expect(r.targets[0]?.assignments.map((a) => [a.people.map((p) => p.name), a.units.map((u) => [u.role, u.name])])).toEqual([
      [
        ['杜新国'],
        [
          ['lead', '区发改局'],
          ['cooperating', '区统计局'],
        ],
      ],
      [['杜新国'], [['lead', '区发改局']]],
    ]);
    expect(r.anomalies.filter((a) => a.kind === 'header-joined')).toHaveLength(1);
    // the merged 序号 and 责任领导 of item 1 copy data into its second row: recorded, at that target; the header's merges are not
    const merged = r.anomalies.filter((a) => a.kind === 'merged-cell');
    expect(merged.flatMap((a) => a.occurrences.map((o) => o.target))).toEqual(['xianan/2023-q1/1', 'xianan/2023-q1/1']);
  });

  it('publishes a status word it does not know as printed, counted as 未报告, and records it', () => {
    const text = '菏泽市2023年上半年推进情况\n序号\t工作任务\t完成情况\t是否按计划\t责任单位\n1\t某项\t已开工\t基本完成\t市财政局\n2\t某项\t已完成\t已完成\t市财政局\n';
    const r = ingest({ ...fixtureInput, seeds: [seed(text)] });
    expect(r.targets.map((t) => t.assignments[0]?.status)).toEqual([
      { raw: '基本完成', value: 'not_reported' },
      { raw: '已完成', value: 'on_plan' },
    ]);
    expect(r.anomalies.find((a) => a.kind === 'status-unknown')?.found).toBe('是否按计划一栏为“基本完成”');
  });
});
