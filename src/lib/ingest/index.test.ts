/** The whole ingest over the five real seeds: counts, leaders, aliases, anomalies. */
import { describe, expect, it } from 'vitest';
import { readIngestInput } from '../../../scripts/ingest.ts';
import { detectFormat, ingest } from './index.ts';
import { SeedError } from './types.ts';

const c = ingest(readIngestInput(process.cwd()));
const doc = (id: string) => c.documents.find((d) => d.id === id);
const target = (id: string) => c.targets.find((t) => t.id === id);

describe('ingest of the five real seeds', () => {
  it('makes one document per seed at its permalink id', () => {
    expect(c.documents.map((d) => d.id)).toEqual(['heze/2021-h1', 'heze/2022-q3', 'heze/2023-report', 'heze/2023-h1', 'yanzhou/2021-plan']);
    expect(c.jurisdictions.map((j) => [j.id, j.name])).toEqual([['heze', '菏泽市'], ['yanzhou', '济宁市兖州区']]);
  });

  it('counts 57, 48 and 200 targets and 66 tasks — 371 in all', () => {
    expect(['heze/2021-h1', 'heze/2022-q3', 'heze/2023-h1', 'yanzhou/2021-plan'].map((id) => doc(id)?.targetCount)).toEqual([57, 48, 200, 66]);
    expect(c.targets).toHaveLength(371);
    expect(doc('heze/2021-h1')).toMatchObject({ declaredTotal: 207, numberRange: { first: 1, last: 57 } });
    expect(doc('heze/2022-q3')?.numberRange).toEqual({ first: 39, last: 86 });
  });

  it('finds 11 Heze and 14 Yanzhou leaders, none from spacing or shifted cells', () => {
    const names = (j: string) => c.leaders.filter((l) => l.jurisdiction === j).map((l) => l.name).sort();
    expect(names('heze')).toEqual(['刘连栋', '姜凌刚', '张伦', '张鹏', '曹升灵', '曹临', '李春英', '王昌华', '王磊', '聂元科', '肖友华'].sort());
    expect(names('yanzhou')).toHaveLength(14);
    expect(c.leaders.map((l) => l.name)).not.toContain('年底');
    expect(c.leaders.map((l) => l.name)).not.toContain('是');
    expect(c.leaders.find((l) => l.name === '曹临')?.aliases).toEqual([expect.objectContaining({ form: '曹 临', count: 27 })]);
  });

  it('merges units as the reviewed alias file says, and shows each printed form', () => {
    const unit = (name: string) => c.units.find((u) => u.jurisdiction === 'heze' && u.name === name);
    expect(unit('郓城县人民政府')?.aliases.map((a) => a.form).sort()).toEqual(['郟城县人民政府', '鄆城县人民政府'].sort());
    expect(unit('市应急管理局')?.aliases.map((a) => a.form)).toEqual(['市应急局']);
    expect(unit('市行政审批服务局')?.aliases.map((a) => a.form)).toEqual(['行政审批服务局']);
    expect(unit('菏泽鲁西新区管委会')?.aliases.map((a) => a.form).sort()).toEqual(['菏泽鲁西新区 管委会', '鲁西新区管委会'].sort());
    for (const gone of ['市应急局', '鄆城县人民政府', '郟城县人民政府', '鲁西新区管委会', '管委会', '菏泽鲁西新区']) expect(unit(gone)).toBeUndefined();
    const yz = c.units.find((u) => u.jurisdiction === 'yanzhou' && u.name === '区应急管理局');
    expect(yz?.aliases.map((a) => a.form)).toEqual(['区应急管理局等']);
    expect(c.units.find((u) => u.name === '各镇街')?.collective).toBe(true);
  });

  it('gives every leader and unit a unique readable slug', () => {
    for (const list of [c.leaders, c.units]) {
      const ids = list.map((x) => x.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const x of list) expect(x.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
    expect(c.leaders.find((l) => l.name === '曹临')?.id).toBe('heze/cao-lin');
  });

  it('links assignments to the canonical ids and keeps the printed form', () => {
    const t = target('heze/2023-h1/10');
    expect(t?.assignments.map((a) => [a.leader?.published, a.leader?.id])).toEqual([['聂元科', 'heze/nie-yuan-ke'], ['曹 临', 'heze/cao-lin']]);
    expect(target('heze/2023-h1/88')?.assignments[0]).toMatchObject({ deadline: { raw: '年底', kind: 'date', date: '2023-12-31' }, status: { raw: '是', value: 'on_plan' } });
    expect(target('heze/2023-h1/113')?.assignments[0]?.status).toEqual({ raw: '—', value: 'not_applicable' });
    expect(target('heze/2022-q3/43')?.deadline).toEqual({ raw: '长期坚持', kind: 'ongoing', date: null });
    expect(target('yanzhou/2021-plan/12')?.assignments.map((a) => a.leader?.name)).toEqual(['屈耀武', '王天祥']);
  });

  it('records each anomaly at file:line', () => {
    const shifted = c.anomalies.filter((a) => a.kind === 'shifted-row').map((a) => `${a.source.file}:${a.source.line} ${a.target}`);
    expect(shifted).toEqual([
      'seeds/000_7009f1592a7ab6e1.txt:58 heze/2021-h1/49',
      'seeds/002_d77621546935b0d7.txt:48 heze/2023-h1/26',
      'seeds/002_d77621546935b0d7.txt:51 heze/2023-h1/28',
      'seeds/002_d77621546935b0d7.txt:71 heze/2023-h1/40',
    ]);
    const assignment = target('heze/2023-h1/26')?.assignments[1];
    expect(assignment?.anomalies).toContain('heze/2023-h1/48-shifted-row');
  });

  it('refuses a file it cannot read, naming it', () => {
    expect(() => detectFormat('随便一段文字\n', 'seeds/note.txt')).toThrow(SeedError);
    expect(() => detectFormat('随便一段文字\n', 'seeds/note.txt')).toThrow(/^seeds\/note\.txt:1: unknown layout/);
  });
});
