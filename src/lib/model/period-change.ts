/**
 * What changed from one document of a place to the next: targets carried
 * over (through the reviewed history links: the same or a continuing target),
 * new, and no longer listed, and the status changes of those carried over.
 * A table that publishes only part of its targets cannot say a target was
 * dropped: the pair says which side is partial, and the page says so. Pure.
 */
import type { SiteDocument, StatusValue, Target } from '../../schemas/records.ts';
import { chronological } from './period.ts';
import { coverageOf, type Coverage } from './coverage.ts';

export interface CarriedTarget {
  before: Target;
  after: Target;
  /** null where a side is a task notice (no status) */
  statusBefore: StatusValue | null;
  statusAfter: StatusValue | null;
}

export interface PeriodChange {
  older: SiteDocument;
  newer: SiteDocument;
  carried: CarriedTarget[];
  /** carried targets whose status moved (on plan → behind, behind → on plan…) */
  changed: CarriedTarget[];
  added: Target[];
  /** older targets no newer target continues; not “dropped” where the newer table is partial */
  notListed: Target[];
  partial: { older: Coverage | null; newer: Coverage | null };
}

/**
 * Consecutive documents of one place that list targets (tables and task
 * lists, not work reports), oldest first, as pairs.
 */
export function consecutivePairs(documents: readonly SiteDocument[]): Array<[SiteDocument, SiteDocument]> {
  const byPlace = new Map<string, SiteDocument[]>();
  for (const d of documents) if (d.kind !== 'report' && d.targetCount > 0) byPlace.set(d.jurisdiction, [...(byPlace.get(d.jurisdiction) ?? []), d]);
  return [...byPlace.values()].flatMap((list) => {
    const sorted = [...list].sort(chronological);
    return sorted.slice(1).map((d, i) => [sorted[i] as SiteDocument, d] as [SiteDocument, SiteDocument]);
  });
}

export function periodChange(
  older: SiteDocument,
  newer: SiteDocument,
  olderTargets: readonly Target[],
  newerTargets: readonly Target[],
  /** target id → the ids of the targets the reviewed history links it to */
  linked: (id: string) => readonly string[],
  status: (target: Target, document: SiteDocument) => StatusValue | null,
): PeriodChange {
  const olderIds = new Map(olderTargets.map((t) => [t.id, t]));
  const carried: CarriedTarget[] = [];
  const continued = new Set<string>();
  const added: Target[] = [];
  for (const after of newerTargets) {
    const befores = linked(after.id)
      .map((id) => olderIds.get(id))
      .filter((t): t is Target => t !== undefined);
    if (befores.length === 0) added.push(after);
    for (const before of befores) {
      continued.add(before.id);
      carried.push({ before, after, statusBefore: status(before, older), statusAfter: status(after, newer) });
    }
  }
  const changed = carried.filter((c) => c.statusBefore !== null && c.statusAfter !== null && c.statusBefore !== c.statusAfter);
  return {
    older,
    newer,
    carried,
    changed,
    added,
    notListed: olderTargets.filter((t) => !continued.has(t.id)),
    partial: { older: coverageOf(older), newer: coverageOf(newer) },
  };
}
