/**
 * Series on the real seeds, checked against what the ingest counted
 * independently (document status counts, each leader's and unit's target
 * ids), plus the edge cases: no targets, one target, all one status.
 */
import { namesPerson } from '../model/assignment.ts';
import { describe, expect, it } from 'vitest';
import type { Assignment, Target } from '../../schemas/records.ts';
import { realCollections, realDocument, realTarget, realTargets, realTargetsByDocument, realEntityDocuments } from './fixtures.ts';
import { deadlineRows, entityByDocument, leaderDocumentMatrix, partnersOfUnit, shareOverTime, statusBreakdown, targetsByLeader, unitsOfLeader } from './series.ts';
import { chronological } from '../model/period.ts';

const c = realCollections();
const progressIds = ['heze/2021-h1', 'heze/2022-q3', 'heze/2023-h1'];

/** A copy of a real target whose every assignment has the given status. */
function withStatus(t: Target, value: Assignment['status']['value']): Target {
  return { ...t, assignments: t.assignments.map((a) => ({ ...a, status: { raw: null, value } })) };
}

describe('statusBreakdown', () => {
  it('agrees with the status counts the ingest stored on each document', () => {
    for (const id of [...progressIds, 'yanzhou/2021-plan']) {
      const counts = Object.fromEntries(statusBreakdown(realTargets(id)).map((r) => [r.status, r.count]));
      expect(counts, id).toEqual(realDocument(id).status);
    }
  });

  it('lists every status, zeros included, for no targets and for all one status', () => {
    expect(statusBreakdown([]).map((r) => r.count)).toEqual([0, 0, 0, 0]);
    const all = realTargets('heze/2021-h1');
    expect(statusBreakdown(all).filter((r) => r.count > 0)).toEqual([{ status: 'on_plan', count: 57 }]);
    expect(statusBreakdown([withStatus(realTarget('heze/2023-h1/88'), 'behind')])).toContainEqual({ status: 'behind', count: 1 });
  });
});

describe('targetsByLeader', () => {
  it('gives each leader as many targets as the ingest linked to them in that document', () => {
    for (const id of [...progressIds, 'yanzhou/2021-plan']) {
      const rows = targetsByLeader(realDocument(id).kind, realTargets(id));
      for (const row of rows.filter((r) => r.key !== '')) {
        const leader = c.leaders.find((l) => l.id === row.key);
        expect(row.total, `${id} ${row.name}`).toBe(leader?.targetIds.filter((t) => t.startsWith(`${id}/`)).length);
      }
      // biggest first
      expect(rows.map((r) => r.total)).toEqual([...rows.map((r) => r.total)].sort((a, b) => b - a));
    }
  });

  it('splits by the status of the leader’s own assignments', () => {
    const rows = targetsByLeader('progress', realTargets('heze/2022-q3'));
    const behind = rows.reduce((n, r) => n + (r.counts.behind ?? 0), 0);
    expect(behind).toBeGreaterThanOrEqual(realDocument('heze/2022-q3').status.behind);
    expect(rows.every((r) => r.counts.assigned === undefined)).toBe(true);
  });

  it('counts the tasks of a notice as assigned, never as not reported', () => {
    const rows = targetsByLeader('assignment', realTargets('yanzhou/2021-plan'));
    expect(rows.length).toBe(14);
    for (const r of rows) expect(Object.keys(r.counts)).toEqual(['assigned']);
  });

  it('counts rows that name no leader under the empty key', () => {
    const t = realTarget('heze/2023-h1/88');
    const anonymous = { ...t, assignments: t.assignments.map((a) => ({ ...a, people: [] })) };
    expect(targetsByLeader('progress', [anonymous])).toEqual([{ key: '', name: null, counts: { on_plan: 1 }, total: 1 }]);
    expect(targetsByLeader('progress', [])).toEqual([]);
  });
});

describe('deadlineRows', () => {
  it('lists every month from the first deadline to the last, empty ones included', () => {
    const rows = deadlineRows(realTargets('heze/2023-h1'));
    expect(rows.map((r) => (r.bucket.kind === 'month' ? r.bucket.month : r.bucket.kind))).toEqual(['2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12', 'ongoing']);
    expect(rows.reduce((n, r) => n + r.count, 0)).toBe(200);
    expect(rows.find((r) => r.bucket.kind === 'month' && r.bucket.month === '2023-07')?.count).toBe(0);
  });

  it('crosses into the next year where a deadline does (2023年6月底 in the 2022 table)', () => {
    const months = deadlineRows(realTargets('heze/2022-q3')).flatMap((r) => (r.bucket.kind === 'month' ? [r.bucket.month] : []));
    expect(months[0]).toBe('2022-08');
    expect(months[months.length - 1]).toBe('2023-06');
    expect(months).toHaveLength(11);
  });

  it('has only “none” for a notice without deadlines, and nothing for no targets', () => {
    expect(deadlineRows(realTargets('yanzhou/2021-plan'))).toEqual([{ bucket: { kind: 'none' }, count: 66 }]);
    expect(deadlineRows([])).toEqual([]);
  });
});

describe('shareOverTime', () => {
  it('follows Heze’s progress tables 2021 H1 → 2022 Q3 → 2023 H1, leaving out the work report', () => {
    const points = shareOverTime(c.documents.filter((d) => d.jurisdiction === 'heze'));
    expect(points.map((p) => p.document.id)).toEqual(progressIds);
    expect(points.map((p) => p.share)).toEqual([1, 46 / 48, 1]);
  });

  it('has nothing for a jurisdiction with only a task-assignment notice', () => {
    expect(shareOverTime(c.documents.filter((d) => d.jurisdiction === 'yanzhou'))).toEqual([]);
  });

  it('has no share (not 0%) where nothing is on plan or behind', () => {
    const doc = { ...realDocument('heze/2023-h1'), status: { on_plan: 0, behind: 0, not_applicable: 3, not_reported: 2 } };
    expect(shareOverTime([doc])[0]?.share).toBeNull();
  });
});

describe('leaderDocumentMatrix', () => {
  it('has one column per document with targets, oldest first, and each leader’s total matches the ingest', () => {
    const m = leaderDocumentMatrix(
      c.documents.filter((d) => d.jurisdiction === 'heze'),
      realTargetsByDocument(),
    );
    expect(m.documents.map((d) => d.id)).toEqual(progressIds);
    expect(m.rows).toHaveLength(11);
    for (const row of m.rows) {
      expect(row.total).toBe(c.leaders.find((l) => l.id === row.key)?.targetIds.length);
      expect(row.cells.reduce((a, b) => a + b, 0)).toBe(row.total);
    }
  });

  it('is empty without documents', () => {
    expect(leaderDocumentMatrix([], new Map())).toEqual({ documents: [], rows: [], older: 0 });
  });

  it('keeps only the newest documents when asked, and only the leaders in them', () => {
    const heze = c.documents.filter((d) => d.jurisdiction === 'heze');
    const all = leaderDocumentMatrix(heze, realTargetsByDocument());
    const m = leaderDocumentMatrix(heze, realTargetsByDocument(), 2);
    expect(m.documents.map((d) => d.id)).toEqual(progressIds.slice(1));
    expect(m.older).toBe(1);
    expect(all.older).toBe(0);
    // 2021's leaders who lead nothing later (王磊, 曹升灵) are not rows
    const names = m.rows.map((r) => r.name);
    expect(names).not.toContain('王磊');
    expect(all.rows.map((r) => r.name)).toContain('王磊');
    for (const row of m.rows) {
      expect(row.cells).toHaveLength(2);
      expect(row.cells.reduce((a, b) => a + b, 0)).toBe(row.total);
      expect(row.total).toBeGreaterThan(0);
    }
  });
});

describe('entityByDocument', () => {
  it('counts every target of every leader and unit once, oldest document first', () => {
    for (const e of [...c.leaders, ...c.units]) {
      const concerns = (a: Assignment) => namesPerson(a, e.id) || a.units.some((u) => u.id === e.id);
      const rows = entityByDocument(realEntityDocuments(e.targetIds), concerns);
      expect(
        rows.reduce((n, r) => n + r.row.total, 0),
        e.id,
      ).toBe(e.targetIds.length);
      const docs = rows.map((r) => r.document);
      expect(docs).toEqual([...docs].sort(chronological));
    }
  });

  it('marks a Yanzhou leader’s tasks as assigned', () => {
    const leader = c.leaders.find((l) => l.jurisdiction === 'yanzhou');
    const rows = entityByDocument(realEntityDocuments(leader?.targetIds ?? []), (a) => namesPerson(a, leader?.id ?? ''));
    expect(rows.map((r) => Object.keys(r.row.counts))).toEqual([['assigned']]);
  });
});

describe('partners', () => {
  it('lists the units of a leader’s own assignments, most targets first', () => {
    const leader = c.leaders.find((l) => l.id === 'heze/cao-lin');
    const units = unitsOfLeader(leader?.targetIds.map(realTarget) ?? [], 'heze/cao-lin');
    expect(units[0]?.name).toBe('市农业农村局');
    expect(units.map((u) => u.count)).toEqual([...units.map((u) => u.count)].sort((a, b) => b - a));
    // a unit counts once per target, however many of the target's rows name it
    for (const u of units) expect(u.count).toBeLessThanOrEqual(leader?.targetIds.length ?? 0);
  });

  it('never lists a unit as its own partner, and counts shared targets', () => {
    for (const unit of c.units) {
      const targets = unit.targetIds.map(realTarget);
      const partners = partnersOfUnit(targets, unit.id);
      expect(partners.some((p) => p.id === unit.id)).toBe(false);
      for (const p of partners) {
        const shared = targets.filter((t) => t.assignments.some((a) => a.units.some((u) => u.id === p.id)));
        expect(p.count, `${unit.id} ~ ${p.id}`).toBe(shared.length);
      }
    }
  });

  it('is empty for no targets', () => {
    expect(partnersOfUnit([], 'x')).toEqual([]);
    expect(unitsOfLeader([], 'x')).toEqual([]);
  });
});
