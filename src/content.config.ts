/**
 * Astro's content collections: the record schemas (src/schemas/records.ts)
 * wired to the files the ingest writes. Loaded with jsonArray
 * (src/lib/model/json-loader.ts): like file(), but an unchanged file or record is
 * not parsed and validated again on a rebuild.
 */
import { defineCollection } from 'astro/content/config';
import { jsonArray } from './lib/model/json-loader.ts';
import { anomalySchema, contentFiles, documentSchema, jurisdictionSchema, leaderSchema, targetSchema, unitSchema } from './schemas/records.ts';

export const collections = {
  jurisdictions: defineCollection({ loader: jsonArray(contentFiles.jurisdictions), schema: jurisdictionSchema }),
  documents: defineCollection({ loader: jsonArray(contentFiles.documents), schema: documentSchema }),
  targets: defineCollection({ loader: jsonArray(contentFiles.targets), schema: targetSchema }),
  leaders: defineCollection({ loader: jsonArray(contentFiles.leaders), schema: leaderSchema }),
  units: defineCollection({ loader: jsonArray(contentFiles.units), schema: unitSchema }),
  anomalies: defineCollection({ loader: jsonArray(contentFiles.anomalies), schema: anomalySchema }),
};
