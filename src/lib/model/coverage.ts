/**
 * How much of a document's targets its table publishes: a fact of the
 * document, read by the trend chart (a partial table is not joined into the
 * line) and by the change between periods (a target missing from a partial
 * table is not called dropped). Pure.
 */
import type { SiteDocument } from '../../schemas/records.ts';

/** What part of a document's targets a table publishes, where it says or shows it is not all. */
export interface Coverage {
  shown: number;
  /** the total the document says it covers (207), where it says so */
  of: number | null;
  /** the 序号 the table runs over (39–86) */
  first: number;
  last: number;
}

/** A table is partial when it says it covers more targets than it lists, or its numbering starts past 1. */
export function coverageOf(document: Pick<SiteDocument, 'numberRange' | 'declaredTotal' | 'targetCount'>): Coverage | null {
  const range = document.numberRange;
  const short = document.declaredTotal !== null && document.targetCount < document.declaredTotal;
  if (!range || (!short && range.first <= 1)) return null;
  return { shown: document.targetCount, of: short ? document.declaredTotal : null, first: range.first, last: range.last };
}
