/**
 * The real documents of the test fixtures (tests/fixtures/site/seeds/),
 * ingested in memory, for the chart tests: the same pure ingest the build
 * runs, so tests see exactly what the site shows.
 */
import type { SiteDocument, Target } from '../../schemas/records.ts';
import type { EntityDocument } from './series.ts';
import type { Collections } from '../ingest/index.ts';
import { fixture } from '../../../tests/fixture-collections.ts';

export function realCollections(): Collections {
  return fixture;
}

export function realDocument(id: string): SiteDocument {
  const doc = realCollections().documents.find((d) => d.id === id);
  if (!doc) throw new Error(`no document ${id} in the seeds`);
  return doc;
}

export function realTargets(documentId: string): Target[] {
  return realCollections().targets.filter((t) => t.document === documentId);
}

export function realTarget(id: string): Target {
  const target = realCollections().targets.find((t) => t.id === id);
  if (!target) throw new Error(`no target ${id} in the seeds`);
  return target;
}

export function realTargetsByDocument(): Map<string, Target[]> {
  const map = new Map<string, Target[]>();
  for (const t of realCollections().targets) map.set(t.document, [...(map.get(t.document) ?? []), t]);
  return map;
}

/** Real targets by id, grouped by their document as a leader or unit page groups them. */
export function realEntityDocuments(targetIds: readonly string[]): EntityDocument[] {
  const byDocument = new Map<string, Target[]>();
  for (const id of targetIds) {
    const t = realTarget(id);
    byDocument.set(t.document, [...(byDocument.get(t.document) ?? []), t]);
  }
  return [...byDocument].map(([document, targets]) => ({ document: realDocument(document), targets }));
}
