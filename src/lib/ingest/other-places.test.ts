/**
 * The ingest on documents of governments it was not built from
 * (tests/fixtures/other-places/, sources in its README): the general
 * mechanisms — labels under items, numbering styles, role words, offices,
 * tables inside cells, declared cut-offs — each on the real text that needs it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReviewedFiles, readSeedFile } from './run.ts';
import type { Sidecar } from '../../schemas/seeds.ts';
import { ingest, type Collections } from './index.ts';

const ROOT = join(import.meta.dirname, '../../../tests/fixtures/other-places');
const reviewed = readReviewedFiles(ROOT);

async function read(name: string, sidecar?: Sidecar): Promise<Collections> {
  const seed = await readSeedFile(ROOT, `seeds/${name}`);
  return ingest({ ...reviewed, seeds: [sidecar ? { ...seed, sidecar } : seed] });
}
async function refusal(name: string, sidecar?: Sidecar): Promise<string> {
  try {
    await read(name, sidecar);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${name} was read`);
}
type Row = Collections['targets'][number]['assignments'][number];
const people = (a: Row | undefined) => a?.people.map((p) => `${p.name}/${p.role}`);
const units = (a: Row | undefined) => a?.units.map((u) => `${u.role}:${u.name}`);

describe('a progress report in paragraphs, one label per line (宁波 2014 民生实事 1—6月)', async () => {
  const c = await read('ningbo_2014_msss_paragraphs.txt');
  const a = (n: number) => c.targets[n - 1]?.assignments[0];

  it('is the 1—6月 progress report it says it is, not a plan', () => {
    expect(c.documents[0]).toMatchObject({ id: 'ningbo/2014-m1-6', kind: 'progress' });
    expect(c.targets.map((t) => t.number)).toEqual([1, 2, 3, 4]);
  });

  it('keeps every labelled line with its item: 项目责任人 as a person, 配合单位 by role, 实际完成情况 as the progress', () => {
    expect(people(a(1))).toEqual(['林静国/牵头领导', '尹文德/项目责任人']);
    expect(units(a(2))).toEqual(['responsible:市公安局', 'cooperating:市城管局', 'cooperating:市财政局']);
    expect(a(1)?.progress?.text).toMatch(/^轨道交通1号线一期工程已于2014年5月30日通车试运营/);
    expect(c.documents[0]?.frontMatter.map((l) => l.text).join('\n')).not.toMatch(/项目责任人|配合单位|实际完成情况/);
  });

  it('keeps the district table printed inside item 3 with item 3, row by row', () => {
    const table = a(3)?.cells.find((x) => x.heading === '表');
    expect(table?.text.split('\n')).toHaveLength(5);
    expect(table?.text.split('\n')[2]).toBe('实际完成 | 1 | 2 | 0 | 3 | 6');
    expect(c.targets[3]?.headings).toEqual([]);
  });

  it('publishes 各区区长 and 相关管委会主任 as offices, not as people named 各区', () => {
    expect(people(a(4))).toEqual(['王仁洲/牵头领导', '劳可军/项目责任人', '各区区长/项目责任人', '相关管委会主任/项目责任人']);
    expect(
      c.leaders
        .filter((l) => l.office)
        .map((l) => l.name)
        .sort(),
    ).toEqual(['各区区长', '相关管委会主任'].sort());
    expect(c.leaders.find((l) => l.name === '劳可军')?.office).toBe(false);
  });
});

describe('labels the site does not model, and a status word under a progress label', () => {
  it('reads 完成情况：滞后 as the status, beside the 进展情况 text (宁波 2014)', async () => {
    const c = await read('ningbo_2014_msss_status_lines.txt');
    expect(c.targets.map((t) => [t.assignments[0]?.status, t.assignments[0]?.progress?.text.slice(0, 6)])).toEqual([
      [{ raw: '已完成', value: 'on_plan' }, '轨道交通1号'],
      [{ raw: '序时推进', value: 'on_plan' }, '中心设备调试'],
      [{ raw: '超额完成', value: 'on_plan' }, '新辟线路实际'],
      [{ raw: '滞后', value: 'behind' }, '正在推进。'],
    ]);
    expect(c.documents[0]?.status).toMatchObject({ on_plan: 3, behind: 1 });
  });

  it('keeps 一季度目标 and 下步打算 under their labels, and counts 目标完成情况：顺利推进 (柯桥 2023 一季度)', async () => {
    const c = await read('keqiao_2023_q1_paragraphs.txt');
    expect(c.documents[0]).toMatchObject({ id: 'keqiao/2023-q1', kind: 'progress' });
    const first = c.targets[0]?.assignments[0];
    expect(first?.cells.map((x) => x.heading)).toEqual(['一季度目标', '下步打算']);
    expect(first?.status).toEqual({ raw: '顺利推进', value: 'on_plan' });
    expect(first?.progress?.text).toMatch(/^轻纺城第二小学/);
  });

  it('reads the first item whose text wraps onto a second line, with no heading over it', async () => {
    const c = await read('keqiao_2023_q1_item1_wrapped.txt');
    expect(c.targets.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(c.targets[0]?.text.text).toBe('新改扩建公办中小学校1所新增学位810个');
    expect(units(c.targets[0]?.assignments[0])).toEqual(['responsible:教体局']);
    expect(c.anomalies.find((x) => x.kind === 'text-joined')?.occurrences[0]?.line).toBe(3);
  });
});

describe('people in a cell', () => {
  it('reads a 责任人 column listing titles without realigning the row (宁波 2014 as a table)', async () => {
    const c = await read('ningbo_2014_leader_and_owner_columns.txt');
    const four = c.targets[3]?.assignments[0];
    expect(people(four)).toEqual(['王仁洲/责任领导', '劳可军/责任人', '各区区长/责任人', '相关管委会主任/责任人']);
    expect(units(four)?.slice(0, 4)).toEqual(['responsible:市交通委', 'responsible:各区政府', 'responsible:相关管委会', 'cooperating:市发改委']);
    expect(four?.progress).toBeNull();
    expect(c.anomalies.filter((x) => x.kind === 'shifted-row')).toEqual([]);
  });

  it('splits names printed one per paragraph, and keeps 市长 and 副市长 as offices (宁波 2019)', async () => {
    const c = await read('ningbo_2019_table_p_per_name.html');
    expect(people(c.targets[6]?.assignments[0])).toEqual(['陈仲朝/牵头领导', '陈炳荣/牵头领导']);
    expect(people(c.targets[0]?.assignments[0])).toEqual(['市长/牵头领导', '副市长/牵头领导']);
    expect(c.leaders.map((l) => [l.name, l.office]).sort()).toEqual(
      [
        ['副市长', true],
        ['市长', true],
        ['陈仲朝', false],
        ['陈炳荣', false],
      ].sort(),
    );
    // the title as printed on the page (its <title> shortens it), not the issuer's signature
    expect(c.documents[0]?.title).toBe('宁波市人民政府办公厅关于印发2019年政府工作报告目标任务责任分解和2019年市民生实事项目目标任务责任分解的通知');
  });
});

describe('units as offices print them', () => {
  it('takes the role each unit is marked with in its cell (宁波 2019, variant)', async () => {
    const c = await read('ningbo_2019_unit_cell_role_markers.html');
    expect(c.targets.map((t) => units(t.assignments[0]))).toEqual([
      ['lead:市发改委', 'responsible:各区县（市）政府', 'responsible:开发园区管委会'],
      ['lead:市人力社保局', 'cooperating:各区县（市）政府', 'cooperating:开发园区管委会'],
      ['lead:市发改委', 'cooperating:市生态环境局', 'cooperating:市经信局', 'cooperating:市科技局'],
    ]);
    expect(c.targets.map((t) => t.assignments[0]?.deadline)).toEqual([
      { raw: '年底前', kind: 'date', date: '2019-12-31' },
      { raw: '2019年12月', kind: 'date', date: '2019-12-31' },
      { raw: '12月底前', kind: 'date', date: '2019-12-31' },
    ]);
  });

  it('splits units joined by 和, 及 and /, and not 住房和城乡建设局-like names (宁波 2019, variant)', async () => {
    const c = await read('ningbo_2019_unit_joiners_variant.txt');
    expect(c.targets.map((t) => t.assignments[0]?.units.map((u) => u.name))).toEqual([
      ['市科技局', '市教育局'],
      ['市发改委', '各区县（市）政府'],
      ['市发改委', '市统计局'],
    ]);
  });

  it('reads 市水利局等市级有关部门 as 市水利局 with 等 (宁波 2025)', async () => {
    const c = await read('ningbo_2025_leader_section_rows.txt');
    const all = c.targets.flatMap((t) => t.assignments.flatMap((a) => a.units));
    expect(all.some((u) => u.name.includes('有关部门'))).toBe(false);
    const water = all.find((u) => u.published === '市水利局等市级有关部门');
    expect(water).toMatchObject({ name: '市水利局', etAl: true });
  });

  it('reads （X、Y牵头，Z按职责分工负责） closing an item (咸阳 2022)', async () => {
    const c = await read('xianyang_2022_fangguanfu_inline_clause.txt');
    expect(c.documents[0]?.cutOff?.text).toMatch(/^2\.持续深化相对集中行政许可权改革/);
    expect(units(c.targets[0]?.assignments[0])).toEqual(['lead:市政府办公室', 'lead:市行政审批制度改革工作领导小组办公室', 'responsible:市级各有关部门及各县市区政府']);
    expect(c.anomalies.filter((x) => x.kind === 'no-responsibility')).toEqual([]);
  });

  it('applies 列第一位者为牵头或汇总单位，下同 to every later item (桐乡 2020)', async () => {
    const c = await read('tongxiang_2020_mayor_sections_notice.txt');
    expect(c.targets.map((t) => t.assignments[0]?.units.filter((u) => u.role === 'lead').map((u) => u.name))).toEqual([['财政局'], ['发改局']]);
    expect(people(c.targets[0]?.assignments[0])).toEqual(['于会游/市长']);
    expect(c.documents[0]?.cutOff?.text).toMatch(/^3\.坚持政府过“紧日子”/);
  });
});

describe('how tables number and group their rows', () => {
  it.each(['guangzhou_2006_seq_dot.txt', 'guangzhou_2006_seq_fullwidth.txt', 'guangzhou_2006_section_rows_cn_numeral.txt'])('reads 序号 printed as in %s', async (name) => {
    const c = await read(name);
    expect(c.targets.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(units(c.targets[0]?.assignments[0])?.[0]).toBe('lead:市经贸委');
  });

  it('takes a row numbered 一 over rows numbered 1, 2 as their section (广州 2006)', async () => {
    const c = await read('guangzhou_2006_section_rows_cn_numeral.txt');
    expect(c.targets[0]?.section).toEqual({ numeral: '一', title: '努力构建现代产业体系，促进经济又快又好发展' });
  });

  it('numbers rows （一）（二）… where the whole table does, with the printed form kept (广州 2006 portal table)', async () => {
    const c = await read('guangzhou_2006_cn_numbered_table.html');
    expect(c.targets.map((t) => [t.number, t.printedNumber])).toEqual(['一', '二', '三', '四', '五', '六', '七', '八'].map((n, i) => [i + 1, `（${n}）`]));
  });

  it('takes a leader section row printed in the task column as the section, not as a second header (宁波 2025)', async () => {
    const c = await read('ningbo_2025_leader_section_in_task_column.txt');
    expect(c.anomalies.filter((x) => x.kind === 'header-joined')).toEqual([]);
    expect(c.targets.map((t) => [t.key, people(t.assignments[0])])).toEqual([
      ['1-1', ['汤飞帆/市长']],
      ['1-2', ['汤飞帆/市长']],
      ['2-1', ['赵海滨/常务副市长']],
      ['2-2', ['赵海滨/常务副市长']],
      ['2-3', ['赵海滨/常务副市长']],
      ['2-4', ['赵海滨/常务副市长']],
    ]);
  });

  it('reads a table with a table inside a progress cell, the inner rows kept as that cell’s lines (宁波 2014)', async () => {
    const c = await read('ningbo_2014_nested_subtable.html');
    expect(c.targets.map((t) => t.number)).toEqual([1, 2, 3]);
    expect(c.targets[2]?.assignments[0]?.progress?.text).toContain('实际完成 | 1 | 2 | 0 | 3 | 6');
  });

  it('counts a 完成情况 column of status words as the status (开化 2023 一季度, variant)', async () => {
    const c = await read('kaihua_2023_q1_status_column_variant.txt');
    expect(c.documents[0]?.columns.find((x) => x.heading === '完成情况')).toMatchObject({ field: 'status', by: 'content' });
    expect(c.targets.map((t) => t.assignments[0]?.status.value)).toEqual(['on_plan', 'behind', 'on_plan']);
  });

  it('does not publish the row a copy declared cut off stops in (开化 2023 一季度)', async () => {
    const c = await read('kaihua_2023_q1_cut_unmarked.txt');
    expect(c.targets.map((t) => t.number)).toEqual([1, 2]);
    expect(c.documents[0]?.cutOff?.text).toMatch(/^3 出境水II类以上水质天数占比/);
  });
});

describe('what a document is', () => {
  it('reads a 分解表 whose 完成情况 column is empty in every row as a plan, not a 全年 report (立山 2023)', async () => {
    const c = await read('lishan_2023_task_table_empty_progress_column.txt');
    expect(c.documents[0]).toMatchObject({ id: 'lishan/2023-plan', kind: 'assignment' });
    expect(c.documents[0]?.identity.kind.evidence).toMatch(/各行均未填写/);
  });

  it('reads 2025年度…（截至5月15日） as no whole year, and asks for the period (余姚 2025, variant)', async () => {
    expect(await refusal('yuyao_2025_niandu_title_variant.html')).toMatch(/names no reporting period .*declare "period"/);
  });

  it('names a county under a …州市 city by its own name (开化县 of 衢州市)', async () => {
    const c = await read('kaihua_2023_plan_schedule_nometa.txt');
    expect(c.documents[0]?.jurisdiction).toBe('kaihua');
    expect(c.documents[0]?.identity.jurisdiction.evidence).toBe('“开化县”');
  });

  it('reads items numbered （一） or （1） and finds the place in the signature (蔡甸 2023)', async () => {
    for (const name of ['caidian_2023_cn_paren_items.txt', 'caidian_2023_paren_digit_items.txt']) {
      const c = await read(name);
      expect(c.documents[0]?.jurisdiction).toBe('caidian');
      expect(c.targets.map((t) => units(t.assignments[0]))).toEqual([['responsible:区发展和改革局'], ['responsible:区科技和经信局'], ['responsible:区发展和改革局']]);
      expect(c.targets[0]?.text.text).toBe('地区生产总值增长7%以上');
    }
  });

  it('asks what a declared list of items that name no one is, and publishes it as the progress report it is declared (咸宁 2021 上半年通报)', async () => {
    expect(await refusal('xianning_2021_h1_tongbao.txt')).toMatch(/the numbered items name no leader or unit .*declare "kind": "progress"/);
    const c = await read('xianning_2021_h1_tongbao.txt', { layout: 'list', kind: 'progress' });
    expect(c.documents[0]).toMatchObject({ id: 'xianning/2021-h1', kind: 'progress' });
    expect(c.anomalies.filter((x) => x.kind === 'no-responsibility')).toHaveLength(c.targets.length);
  });

  it('reads a Word notice with a 红头 and automatic numbering: its title, not the masthead, and items 1 to 6 (立山 2023)', async () => {
    const c = await read('lishan_2023_notice_autonumbered.docx');
    expect(c.documents[0]?.title).toMatch(/^立山区人民政府关于印发/);
    expect(c.targets.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('a workbook as an office keeps it (宁波 2014)', () => {
  it('reads its two-row header, merged 序号 and notes rows', async () => {
    const c = await read('ningbo_2014_msss_m1-6_workbook.xlsx');
    expect(c.documents[0]).toMatchObject({ id: 'ningbo/2014-m1-6', format: 'xlsx' });
    expect(c.targets[2]?.assignments.map((a) => a.kind)).toEqual(['assignment', 'indicator']);
    expect(c.documents[0]?.backMatter[0]?.text).toMatch(/^注：完成目标\(%\)/);
  });

  it('refuses a hidden column that holds data, saying what to do', async () => {
    expect(await refusal('ningbo_2014_msss_hidden_column.xlsx')).toMatch(/has hidden columns F that hold data — expected unhide them \(to publish them\) or delete them/);
  });
});

describe('a second round of other places (绍兴, 丽水, 湖州, 杭州, 南陵, 芜湖, 滁州, 六安, 萧县, 眉山, 重庆, 招远)', () => {
  it('reads a 通报 whose items run 牵头单位 on after a comma, the rest of the line as what each reports (六安 2021 1至8月)', async () => {
    const c = await read('luan_2021_m1-8.txt');
    expect(c.documents[0]).toMatchObject({ id: 'luan/2021-m1-8', kind: 'progress' });
    expect(c.targets.map((t) => [t.text.text, units(t.assignments[0]), t.assignments[0]?.progress?.text])).toEqual([
      ['学前教育促进', ['lead:市教体局'], '其中，8月份督查暗访发现问题整改不到位的为舒城县。'],
      ['中小学及中职学校教师培训', ['lead:市教体局'], '其中，中小学教师培训进度较慢的为叶集区。'],
      ['城市社区卫生机构和村卫生室标准化建设', ['lead:市卫健委'], '其中，8月份督查暗访发现问题整改不到位的为叶集区。'],
    ]);
    // the county ranking on one line (1、金寨县；2、金安区；…) is the section's text, not a target
    expect(c.documents[0]?.sections?.flatMap((s) => s.paragraphs.map((p) => p.text)).join('')).toContain('1、金寨县；2、金安区');
  });

  it('does not publish an item cut inside its own 责任单位 line (丽水 2023, 湖州 2023)', async () => {
    const lishui = await read('lishui_2023_plan.txt');
    expect(lishui.targets.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(lishui.documents[0]?.cutOff?.text).toMatch(/^11\.紧盯/);
    expect(lishui.anomalies.filter((a) => a.kind === 'no-responsibility')).toEqual([]);
    const huzhou = await read('huzhou_2023_plan.txt');
    expect(huzhou.targets.map((t) => t.number)).toEqual([1]);
    expect(huzhou.documents[0]?.cutOff?.text).toMatch(/^2\.全面实施/);
  });

  it('drops the last item of a list declared cut off, even where its unit line was half printed (芜湖 2021, Word numbering)', async () => {
    const c = await read('wuhu_2021_plan_autonum.docx');
    expect(c.targets.map((t) => t.number)).toEqual([1]);
    expect(c.units.map((u) => u.name)).not.toContain('人行芜湖');
    expect(c.units.every((u) => !u.name.endsWith('。'))).toBe(true);
  });

  it('reads 分别牵头 as two lead units and the lead-unit conventions in other words (丽水, 湖州)', async () => {
    const lishui = await read('lishui_2023_plan.txt');
    expect(units(lishui.targets[5]?.assignments[0])).toEqual(['lead:市人力社保局', 'lead:市农业农村局']);
    const huzhou = await read('huzhou_2023_plan.txt');
    expect(huzhou.targets[0]?.assignments[0]?.units[0]).toMatchObject({ name: '市政府办公室', role: 'lead', roleFrom: 'convention' });
  });

  it('keeps 各县、市、区政府 one collective entry and takes the full stop off a unit list (滁州 2020)', async () => {
    for (const name of ['chuzhou_2020_plan.txt', 'chuzhou_2020_plan_table.html']) {
      const c = await read(name);
      const all = c.units.map((u) => u.name);
      expect(all, name).toContain('各县、市、区政府');
      expect(
        all.filter((u) => u === '市' || u === '各县' || u.endsWith('。')),
        name,
      ).toEqual([]);
    }
  });

  it('splits two leaders printed on lines of their own, each with a space (南陵 2024: a portal page and a CSV)', async () => {
    for (const name of ['nanling_2024_plan_portal.html', 'nanling_2024_plan.csv']) {
      const c = await read(name);
      expect(c.leaders.map((l) => l.name).sort(), name).toEqual(['俞悦', '陆明']);
      expect(people(c.targets.find((t) => t.number === 81)?.assignments[0]), name).toEqual(['陆明/分管县领导', '俞悦/分管县领导']);
    }
  });

  it('refuses a table of figures by place instead of publishing its numbers as targets (眉山 2019)', async () => {
    expect(await refusal('meishan_2019_region_matrix_declared.xlsx')).toMatch(/the column “目标任务” read as the targets holds numbers in 7 of 7 rows .* not a list of targets/);
  });

  it('reads a 1-9月 progress table whose progress column is headed 政务公开内容 (绍兴 2023)', async () => {
    const c = await read('shaoxing_2023_m1-9.xlsx');
    expect(c.documents[0]).toMatchObject({ id: 'shaoxing/2023-m1-9', kind: 'progress' });
    expect(c.documents[0]?.columns.find((x) => x.heading === '政务公开内容')).toMatchObject({ field: 'progress', by: 'content' });
  });

  it('takes the leader heading printed above a Word table, and 副市长重点工作 without 牵头 (绍兴 2021)', async () => {
    const c = await read('shaoxing_2021_plan_leader_section.docx');
    expect(c.targets.map((t) => people(t.assignments[0]))).toEqual([['徐国龙/副市长'], ['徐国龙/副市长']]);
  });

  it('reads 省牵头单位 on a second line of a unit cell as a role, a long heading beside 序号, and 序号 1* (杭州 2021)', async () => {
    const one = await read('hangzhou_2021_shexiang_table1.docx');
    expect(units(one.targets[0]?.assignments[0])?.at(-1)).toBe('lead:省农业农村厅');
    const two = await read('hangzhou_2021_shexiang_tables.docx');
    expect(two.documents[0]?.tables).toHaveLength(2);
    expect(two.documents[0]?.cutOff?.text).toMatch(/^1\* 大力推进杭州城西科创大走廊建设/);
  });

  it('takes the number printed before the text as the 序号 of a table without one, and asks for a title where none is printed (招远 2022)', async () => {
    expect(await refusal('zhaoyuan_2022_m1-9.xlsx')).toMatch(/the copy prints no title .*declare "title"/);
    const c = await read('zhaoyuan_2022_m1-9.xlsx', { jurisdiction: 'zhaoyuan', year: 2022, period: 'm1-9', title: '招远市2022年重点工作1-9月份完成情况' });
    expect(c.targets.map((t) => [t.number, t.printedNumber, t.text.text.slice(0, 6)])).toEqual([
      [14, '14.', '改扩建泉山学'],
      [15, '15.', expect.any(String)],
      [16, '16.', expect.any(String)],
    ]);
    expect(c.documents[0]?.title).toBe('招远市2022年重点工作1-9月份完成情况');
  });

  it('names a county of two characters (宿州市萧县) and asks for the year it does not print', async () => {
    expect(await refusal('xiaoxian_2025_m9.xlsx')).toMatch(/the year is printed nowhere/);
  });

  it('says that unnumbered paragraphs cannot be split into targets without guessing (重庆 2015)', async () => {
    expect(await refusal('chongqing_2015_h1_paragraphs.txt', { jurisdiction: 'chongqing', layout: 'list', kind: 'progress' })).toMatch(
      /no numbered items found: its paragraphs are not numbered .*cannot be split into targets without guessing/,
    );
  });
});

describe('third round: workbooks split by sheet, leaders above tables, headings that name units, lists that print their level once', () => {
  it('reads each sheet of a 通报 split by status group (黔东南州 2023 1—3月) as its own group, not as rows of the first', async () => {
    const c = await read('qiandongnan_2023_m1-3_sheets.xlsx');
    expect(c.targets.map((t) => t.key)).toEqual(['1-1', '1-2', '2-1', '2-2', '2-3', '2-4']);
    expect(c.targets.map((t) => t.group?.label)).toEqual(['已完成任务', '已完成任务', '已开工建设任务', '已开工建设任务', '已开工建设任务', '已开工建设任务']);
    expect(c.targets.every((t) => t.assignments.length === 1)).toBe(true);
    expect(c.targets[2]?.text.text).toMatch(/垃圾收运/);
    expect(c.anomalies.map((a) => a.kind)).not.toContain('repeated-header');
  });

  it('reads the same 通报 in paragraphs, numbered from 1 again under each （一） group, instead of refusing it as a repeated item', async () => {
    const c = await read('qiandongnan_2023_m1-3.txt');
    expect(c.targets.map((t) => t.key)).toEqual(['1-1', '1-2', '2-1', '2-2', '2-3', '2-4']);
    expect(c.targets[2]?.group?.label).toMatch(/^（二）已开工建设任务/);
  });

  it('takes the leader of each table from the label line printed above it (广东 2021 Word) and from sheets named after the leader', async () => {
    for (const file of ['guangdong_2021_leader_tables.docx', 'guangdong_2021_leader_sheets.xlsx']) {
      const c = await read(file);
      expect(c.targets.map((t) => t.assignments[0]?.people.map((p) => p.name))).toEqual([['林克庆'], ['林克庆'], ['林克庆'], ['张新']]);
      expect(units(c.targets[0]?.assignments[0])).toEqual(['lead:省发展改革委', 'cooperating:各地', 'cooperating:各部门']);
      expect(c.anomalies.some((a) => a.kind === 'table-leader')).toBe(true);
    }
  });

  it('reads 部门分工：省发展改革委牵头，各地、各部门配合 as units by role, though the label is not in the vocabulary', async () => {
    const c = await read('guangdong_2021_plan.txt');
    expect(units(c.targets[0]?.assignments[0])).toEqual(['lead:省发展改革委', 'cooperating:各地', 'cooperating:各部门']);
    expect(c.targets[0]?.assignments[0]?.cells.map((x) => x.heading)).not.toContain('部门分工');
  });

  it('publishes this month’s column of a cumulative report (1-11月 over 1-10月) and reads 责任主体与协同单位 as units (崇川 2023)', async () => {
    const c = await read('chongchuan_2023_m1-11.html');
    expect(c.documents[0]?.id).toBe('chongchuan/2023-m1-11');
    const a = c.targets[0]?.assignments[0];
    expect(a?.progress?.text).toBe('已进场施工，完成60%。');
    expect(a?.cells.find((x) => x.heading === '1-10月推进情况')?.text).toBe('已进场施工，完成30%。');
    expect(units(a)).toContain('responsible:市政局');
  });

  it('reads 当前进度 as the progress of a table dated 截至10月31日 (苍南 2022), not as a plan', async () => {
    const c = await read('cangnan_2022_asof1031.html');
    expect(c.documents[0]).toMatchObject({ id: 'cangnan/2022-m1-10', kind: 'progress' });
    expect(c.targets[0]?.assignments[0]?.progress?.text).toBe('80%(新区实验幼儿园进度滞后)');
  });

  it('names 财政厅 in （省商务厅、财政厅…） as 省财政厅, printed as it stands, and leaves 河南银保监局 alone (河南 2023)', async () => {
    const c = await read('henan_2023_plan.txt');
    const first = c.targets[0]?.assignments[0]?.units ?? [];
    expect(first.map((u) => u.name).slice(0, 3)).toEqual(['省商务厅', '省财政厅', '省发展改革委']);
    expect(first[1]?.published).toBe('财政厅');
    expect(c.units.map((u) => u.name)).not.toContain('财政厅');
    expect(c.units.map((u) => u.name)).toContain('河南银保监局');
    expect(c.anomalies.find((a) => a.kind === 'unit-level-carried')?.found).toMatch(/只在第一个单位前印“省”/);
  });

  it('gives the items under 一、县示范区管委会牵头工作（8项） their lead unit (沁县 2025) instead of 原文未列明', async () => {
    const c = await read('qinxian_2025_plan.txt');
    expect(c.targets.length).toBeGreaterThan(0);
    for (const t of c.targets) expect(units(t.assignments[0])?.[0]).toBe('lead:县示范区管委会');
    expect(c.anomalies.map((a) => a.kind)).not.toContain('no-responsibility');
  });

  it('reads lead units from sub-headings under leader sections: （一）省编办牵头的工作 under 一、孟学农省长负责的工作 (山西 2008)', async () => {
    const c = await read('shanxi_2008_plan.txt');
    const a = c.targets.find((t) => t.key === '1-1')?.assignments[0];
    expect(people(a)).toEqual(['孟学农/省长']);
    expect(units(a)?.[0]).toBe('lead:省编办');
  });

  it('dates a work report by its own year: delivered in January 2022, it plans 2022 (楚雄市)', async () => {
    const c = await read('chuxiong_2022_report_notice_declared.txt', { layout: 'report', truncated: true, note: '副本只含报告开头部分' });
    expect(c.documents[0]?.id).toBe('chuxiong/2022-report');
  });

  it('says the copy breaks off inside its first item, not that its paragraphs are unnumbered (大兴 2023)', async () => {
    expect(await refusal('daxing_2023_plan_portal.html')).toMatch(/breaks off inside its first item/);
  });
});

describe('offices printed alone and bare names (北京 districts name the office: 牵头领导：常务副区长)', async () => {
  const { isOffice, looksLikePersonName, splitPersonTitle } = await import('./responsibility.ts');
  it('keeps 常务副区长 and 第一副县长 whole as offices, never a person called 常务', () => {
    expect(splitPersonTitle('常务副区长')).toEqual({ name: '常务副区长', title: null });
    expect(splitPersonTitle('第一副县长')).toEqual({ name: '第一副县长', title: null });
    expect(isOffice('常务副区长')).toBe(true);
    expect(splitPersonTitle('曹惠明常务副县长')).toEqual({ name: '曹惠明', title: '常务副县长' });
  });
  it('takes a sheet name for a person only when it reads as one', () => {
    expect(['林克庆', '张新', '欧阳修文'].map(looksLikePersonName)).toEqual([true, true, true]);
    expect(['已完成任务', '汇总', '市直部门', '2023年', '民生实事'].map(looksLikePersonName)).toEqual([false, false, false, false, false]);
  });
});

describe('a year-end 通报 whose items carry their progress as plain paragraphs (安顺 2019 十件实事)', async () => {
  const c = await read('anshun_2019_year_declared.txt');
  it('is the progress report its title says, to 12月31日, each item with the paragraph printed under it as its progress', () => {
    expect(c.documents[0]).toMatchObject({ id: 'anshun/2019-m1-12', kind: 'progress' });
    expect(c.targets[0]?.assignments[0]?.progress?.text).toMatch(/^此项工作已完成。截至2019年12月底，全市完成减少农村扶贫对象7\.497万人/);
    expect(units(c.targets[0]?.assignments[0])).toEqual(['responsible:市扶贫办', 'responsible:各县区']);
  });
});

describe('a list stored on one line by a mirror: （一）…（省发改委负责）（二）…（…协办） (黑龙江 2013)', async () => {
  const c = await read('heilongjiang_2013_plan_as_stored.txt');
  it('splits it into its items, each with its own units', () => {
    const first = c.targets.find((t) => t.key === '1-1');
    expect(first?.text.text).toBe('地区生产总值增长11%左右。');
    expect(units(first?.assignments[0])).toEqual(['responsible:省发改委']);
    expect(units(c.targets.find((t) => t.key === '1-2')?.assignments[0])?.[0]).toBe('lead:省财政厅');
  });
});
