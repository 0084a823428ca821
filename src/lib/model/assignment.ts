/**
 * Who an assignment names: one rule for "this assignment concerns this
 * leader or unit", used by the pages, the charts, the downloads and search.
 */
import type { Assignment, PersonRef, UnitRef, UnitRole } from '../../schemas/records.ts';

export function namesPerson(a: Pick<Assignment, 'people'>, id: string): boolean {
  return a.people.some((p) => p.id === id);
}

export function namesUnit(a: Pick<Assignment, 'units'>, id: string): boolean {
  return a.units.some((u) => u.id === id);
}

/** Each person once, in order of first mention, over several assignments. */
export function peopleOf(assignments: readonly Pick<Assignment, 'people'>[]): PersonRef[] {
  const seen = new Map<string, PersonRef>();
  for (const a of assignments) for (const p of a.people) if (!seen.has(p.id)) seen.set(p.id, p);
  return [...seen.values()];
}

/** Each unit once, in order of first mention, over several assignments. */
export function unitsOf(assignments: readonly Pick<Assignment, 'units'>[], role?: UnitRole): UnitRef[] {
  const seen = new Map<string, UnitRef>();
  for (const a of assignments) for (const u of a.units) if ((!role || u.role === role) && !seen.has(u.id)) seen.set(u.id, u);
  return [...seen.values()];
}

/** The roles units are listed under in an assignment, in the order lead, responsible, cooperating, each with its units. */
export function unitsByRole(a: Pick<Assignment, 'units'>): Array<{ role: UnitRole; label: string | null; units: UnitRef[] }> {
  const order: UnitRole[] = ['lead', 'responsible', 'cooperating'];
  return order
    .map((role) => {
      const units = a.units.filter((u) => u.role === role);
      return { role, label: units.find((u) => u.roleFrom === 'label')?.label ?? units[0]?.label ?? null, units };
    })
    .filter((g) => g.units.length > 0);
}
