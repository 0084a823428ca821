/**
 * The ingest on documents of governments it was not built from
 * (tests/fixtures/other-places/, sources in its README): the general
 * mechanisms — labels under items, numbering styles, role words, offices,
 * tables inside cells, declared cut-offs — each on the real text that needs it.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReviewedFiles, readSeedFile } from '../../../scripts/ingest.ts';
import type { Sidecar } from '../../content.config.ts';
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
    expect(c.leaders.filter((l) => l.office).map((l) => l.name).sort()).toEqual(['各区区长', '相关管委会主任'].sort());
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
    expect(c.leaders.map((l) => [l.name, l.office]).sort()).toEqual([['副市长', true], ['市长', true], ['陈仲朝', false], ['陈炳荣', false]].sort());
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
    expect(c.targets.map((t) => t.assignments[0]?.units.map((u) => u.name))).toEqual([['市科技局', '市教育局'], ['市发改委', '各区县（市）政府'], ['市发改委', '市统计局']]);
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
      ['1-1', ['汤飞帆/市长']], ['1-2', ['汤飞帆/市长']],
      ['2-1', ['赵海滨/常务副市长']], ['2-2', ['赵海滨/常务副市长']], ['2-3', ['赵海滨/常务副市长']], ['2-4', ['赵海滨/常务副市长']],
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
