import type { PeriodCode } from '../content.config.ts';

/**
 * Within a year: the work report and the assignment notice come first, then
 * the progress tables by how far into the year they report. One order for
 * the ingest, the document lists, the charts and search's newest-first sort.
 */
export const PERIOD_ORDER: Readonly<Record<PeriodCode, number>> = {
  report: 0,
  plan: 1,
  q1: 2,
  q2: 3,
  h1: 4,
  q3: 5,
  q4: 6,
  h2: 7,
  year: 8,
};
