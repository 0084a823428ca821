/**
 * One status for a target with several assignments, used for every count on
 * the site: behind if any assignment is behind; else on plan if any is on
 * plan; else not applicable if any is; else not reported.
 */
import type { StatusValue, Target } from '../content.config.ts';

export const STATUS_ORDER: readonly StatusValue[] = ['on_plan', 'behind', 'not_applicable', 'not_reported'];

export function targetStatus(target: Pick<Target, 'assignments'>): StatusValue {
  const values = new Set(target.assignments.map((a) => a.status.value));
  if (values.has('behind')) return 'behind';
  if (values.has('on_plan')) return 'on_plan';
  if (values.has('not_applicable')) return 'not_applicable';
  return 'not_reported';
}
