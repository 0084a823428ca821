/**
 * What a document prints for its targets, so pages show the fields it has
 * and no empty ones it never had: a 民生实事 table has no deadline and no
 * 是否按计划, a task breakdown no progress. From a table's columns, or for a
 * list from what any of its items carries.
 */
import type { SiteDocument, Target } from '../../schemas/records.ts';

export interface DocumentFields {
  deadline: boolean;
  progress: boolean;
  status: boolean;
}

export function documentFields(doc: Pick<SiteDocument, 'layout' | 'kind' | 'columns'>, targets: readonly Pick<Target, 'assignments'>[]): DocumentFields {
  if (doc.layout === 'table') {
    const fields = new Set(doc.columns.map((c) => c.field));
    return { deadline: fields.has('deadline'), progress: fields.has('progress'), status: fields.has('status') };
  }
  const rows = targets.flatMap((t) => t.assignments);
  return {
    deadline: rows.some((a) => a.deadline.raw !== null),
    progress: doc.kind === 'progress' && rows.some((a) => a.progress !== null),
    status: doc.kind === 'progress' && rows.some((a) => a.status.raw !== null),
  };
}
