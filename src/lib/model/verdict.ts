/**
 * What a reader comes to a target page for, computed once: is it on plan (the
 * site's one rule, src/lib/model/status.ts), how its parts differ where they do,
 * and who answers for it first — its people and its lead units (else the
 * units responsible). Pure: the page renders it above everything else.
 */
import type { PersonRef, StatusValue, Target, UnitRef, UnitRole } from '../../schemas/records.ts';
import { peopleOf, unitsOf } from './assignment.ts';
import { STATUS_ORDER, targetStatus } from './status.ts';

export interface TargetVerdict {
  /** null where the document reports no status (a task breakdown, a table of figures) */
  status: StatusValue | null;
  /** each status with how many assignments have it, where they differ */
  parts: Array<{ status: StatusValue; count: number }>;
  assignments: number;
  people: PersonRef[];
  /** the units who answer first: the lead units where the document names them, else those responsible */
  units: UnitRef[];
  unitsRole: UnitRole | null;
}

export function targetVerdict(target: Pick<Target, 'assignments'>, reportsStatus: boolean): TargetVerdict {
  const counts = new Map<StatusValue, number>();
  for (const a of target.assignments) counts.set(a.status.value, (counts.get(a.status.value) ?? 0) + 1);
  const parts = STATUS_ORDER.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status) ?? 0 }));
  const lead = unitsOf(target.assignments, 'lead');
  const responsible = lead.length > 0 ? lead : unitsOf(target.assignments, 'responsible');
  const units = responsible.length > 0 ? responsible : unitsOf(target.assignments);
  return {
    status: reportsStatus ? targetStatus(target) : null,
    parts: reportsStatus && parts.length > 1 ? parts : [],
    assignments: target.assignments.length,
    people: peopleOf(target.assignments),
    units,
    unitsRole: units[0]?.role ?? null,
  };
}
