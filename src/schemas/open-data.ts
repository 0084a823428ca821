/** Open data: the JSON files under /data/ (src/lib/site/open-data.ts writes them), built from the record schemas. */
import { z } from 'astro/zod';
import { assignment, deadline, documentKind, documentSchema, figures, periodCode, sourceRef, status, statusValue, targetSchema, topicRef, unitRole } from './records.ts';

/** A leader or unit as the downloads name it: canonical name, the form printed, its page. */
const openName = z.object({ name: z.string(), published: z.string(), url: z.string() });
const linkBasis = z.enum(['text', 'reviewed']);

export const openDocumentSchema = z.object({
  id: z.string(),
  url: z.string(),
  jurisdiction: z.string(),
  jurisdictionName: z.string(),
  kind: documentKind,
  year: z.number().int(),
  period: periodCode,
  periodLabel: z.string(),
  title: z.string(),
  docNumber: z.string().nullable(),
  textDate: z.string().nullable(),
  publishedAt: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  sourceFile: z.string(),
  sourceSha256: z.string(),
  targetCount: z.number().int(),
  declaredTotal: z.number().int().nullable(),
  status: documentSchema.shape.status,
});

export const openTargetSchema = z.object({
  id: z.string(),
  url: z.string(),
  jurisdiction: z.string(),
  document: z.string(),
  year: z.number().int(),
  period: periodCode,
  number: z.number().int(),
  /** the permalink segment: 序号, or {part}-{序号} where numbering restarts */
  key: z.string(),
  /** plain text as published */
  text: z.string(),
  deadline,
  /** one status for the target (behind if any assignment is, …); null in a task notice, which reports none */
  status: statusValue.nullable(),
  section: targetSchema.shape.section,
  assignmentClause: z.string().nullable(),
  notes: z.array(z.string()),
  topics: z.array(topicRef),
  source: sourceRef,
  assignments: z.array(
    z.object({
      index: z.number().int(),
      kind: assignment.shape.kind,
      people: z.array(openName.extend({ role: z.string().nullable(), inherited: z.boolean() })),
      units: z.array(openName.extend({ role: unitRole, label: z.string().nullable(), etAl: z.boolean(), inherited: z.boolean() })),
      unitsRaw: z.string(),
      unitsEtAl: z.boolean(),
      /** the row's own target text, where it differs from the target's (a sub-indicator) */
      rowText: z.string().nullable(),
      figures: figures.nullable(),
      note: z.string().nullable(),
      cells: assignment.shape.cells,
      gaps: assignment.shape.gaps,
      deadline,
      progress: z.string().nullable(),
      status,
      source: sourceRef,
    }),
  ),
  /** the same or a continuing target in other documents, oldest first */
  history: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      document: z.string(),
      status: statusValue.nullable(),
      basis: linkBasis,
      score: z.number().nullable(),
      reason: z.string().nullable(),
    }),
  ),
  /** the work-report sentence that set the target */
  reportSource: z
    .object({
      document: z.string(),
      anchor: z.string(),
      url: z.string(),
      sentence: z.string(),
      basis: linkBasis,
      score: z.number().nullable(),
      reason: z.string().nullable(),
    })
    .nullable(),
});

/** /data/targets.json and /data/{jurisdiction}/{document}.json for tables and notices */
export const openTargetsFileSchema = z.object({
  title: z.string(),
  url: z.string(),
  built: z.string(),
  documents: z.array(openDocumentSchema),
  targets: z.array(openTargetSchema),
});

/** /data/{jurisdiction}/{year}-report.json: a work report's sentences and the targets that track them */
export const openReportFileSchema = z.object({
  title: z.string(),
  url: z.string(),
  built: z.string(),
  document: openDocumentSchema,
  passages: z.array(
    z.object({
      anchor: z.string(),
      url: z.string(),
      section: z.string(),
      text: z.string(),
      /** false for the look back at last year: its sentences are not commitments */
      forwardLooking: z.boolean(),
      sentences: z.array(
        z.object({
          id: z.string(),
          text: z.string(),
          heading: z.boolean(),
          /** ids of the targets that track this sentence */
          trackedBy: z.array(z.string()),
        }),
      ),
    }),
  ),
});

export type OpenDocument = z.infer<typeof openDocumentSchema>;
export type OpenTarget = z.infer<typeof openTargetSchema>;
export type OpenTargetsFile = z.infer<typeof openTargetsFileSchema>;
export type OpenReportFile = z.infer<typeof openReportFileSchema>;
