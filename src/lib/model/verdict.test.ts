import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixture-collections.ts';
import { targetVerdict } from './verdict.ts';

const target = (id: string) => {
  const t = fixture.targets.find((x) => x.id === id);
  if (!t) throw new Error(id);
  return t;
};

describe('the verdict a target page opens with', () => {
  it('is behind when one of two parts is, and says how the parts differ (菏泽 2022 Q3 #47)', () => {
    const v = targetVerdict(target('heze/2022-q3/47'), true);
    expect(v.status).toBe('behind');
    expect(v.parts).toEqual([
      { status: 'on_plan', count: 1 },
      { status: 'behind', count: 1 },
    ]);
    expect(v.people.map((p) => p.name)).toEqual(['聂元科', '张鹏']);
    expect(v.units.map((u) => u.name)).toEqual(['菏泽鲁西新区管委会', '市商务局']);
  });

  it('names the lead units first where the document marks them, and no status where it reports none (海盐 2022)', () => {
    const v = targetVerdict(target('haiyan/2022-plan/1-1'), false);
    expect(v.status).toBeNull();
    expect(v.parts).toEqual([]);
    expect([v.unitsRole, v.units.map((u) => u.name)]).toEqual(['lead', ['县发改局']]);
    expect(v.people.map((p) => p.name)).toEqual(['王丹']);
  });

  it('lists no breakdown where every part agrees', () => {
    const one = fixture.targets.find((t) => t.document === 'heze/2023-h1' && t.assignments.length > 1 && new Set(t.assignments.map((a) => a.status.value)).size === 1);
    if (!one) throw new Error('no such target');
    expect(targetVerdict(one, true).parts).toEqual([]);
  });
});
