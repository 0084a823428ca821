/**
 * One status for a target with several assignments, used for every count on
 * the site: behind if any assignment is behind; else on plan if any is on
 * plan; else not applicable if any is; else not reported.
 */
import type { SiteDocument, StatusValue, Target } from '../../schemas/records.ts';

/** The order statuses are listed in everywhere (tables, counts, charts, search filters): the order the published tables' 是/否 reads, then the two the site adds. */
export const STATUS_ORDER: readonly StatusValue[] = ['on_plan', 'behind', 'not_applicable', 'not_reported'];

/** How many targets a set of status counts covers. */
export function statusTotal(counts: Readonly<Record<StatusValue, number>>): number {
  return STATUS_ORDER.reduce((n, v) => n + counts[v], 0);
}

/** The same rule over any set of assignment statuses (e.g. one leader's part of a target). */
export function combinedStatus(values: Iterable<StatusValue>): StatusValue {
  const set = new Set(values);
  if (set.has('behind')) return 'behind';
  if (set.has('on_plan')) return 'on_plan';
  if (set.has('not_applicable')) return 'not_applicable';
  return 'not_reported';
}

export function targetStatus(target: Pick<Target, 'assignments'>): StatusValue {
  return combinedStatus(target.assignments.map((a) => a.status.value));
}

/** A target's status as its document reports it: none in a task notice or a report, which report no progress. The one rule for pages, downloads and feeds. */
export function reportedStatus(target: Pick<Target, 'assignments'>, document: Pick<SiteDocument, 'kind'>): StatusValue | null {
  return document.kind === 'progress' ? targetStatus(target) : null;
}
