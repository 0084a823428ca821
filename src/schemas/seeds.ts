/** The reviewed input files in seeds/ (not collections, but validated the same way). */
import { z } from 'astro/zod';
import { columnField, documentKind, documentLayout, periodCode, statusValue, unitRole } from './records.ts';
import { JURISDICTION_ID, SITE_FOLDERS } from '../lib/model/site-folders.ts';

/** seeds/jurisdictions.json: a new place needs only `id` and `name`. */
export const jurisdictionFileSchema = z.object({
  jurisdictions: z.array(
    z.strictObject({
      id: z
        .string()
        .regex(JURISDICTION_ID, 'a jurisdiction id is lower-case letters, digits and hyphens, starting with a letter (it is the first segment of its permalinks)')
        .refine((id) => !SITE_FOLDERS.includes(id), { error: (issue) => `“${String(issue.input)}” is a folder the site builds for itself (${SITE_FOLDERS.join(', ')}); choose another id` }),
      /** the full name, as the place's own documents print it (菏泽市, 济宁市兖州区) */
      name: z.string().min(2),
      parent: z.string().nullable().default(null),
      /** default: 市/区/县政府领导 from the last character of the name */
      leaderTitle: z.string().optional(),
      /** further words that identify the place's documents (济兖政, a 文号 prefix); the name and its last part (兖州区) always count */
      markers: z.array(z.string().min(2)).default([]),
    }),
  ),
});

const aliasEntry = z.object({
  /** canonical name */
  name: z.string(),
  /** other printed forms that mean the same leader or unit */
  forms: z.array(z.string()).min(1),
  /** why, in one sentence a reader can check */
  reason: z.string(),
});

/** seeds/aliases.json */
export const aliasFileSchema = z.object({
  rules: z.object({
    collapseSpacesInLeaderNames: z.object({ enabled: z.boolean(), reason: z.string() }),
    stripTrailingEtAl: z.object({ enabled: z.boolean(), reason: z.string() }),
    /** unit entries starting with these stand for a group of bodies (各县区人民政府, 各镇街) */
    collectivePrefixes: z.array(z.string()),
  }),
  jurisdictions: z.record(
    z.string(),
    z.object({
      leaders: z.array(aliasEntry),
      units: z.array(aliasEntry),
      /** unit names printed with an inner space that must not split the unit list */
      joinedUnitForms: z.array(z.string()),
    }),
  ),
  /** pinned slugs, "jurisdiction/名称" → slug */
  slugs: z.record(z.string(), z.string()),
});

/**
 * Optional sidecar next to a seed, `seeds/<seed name>.meta.json`: facts the
 * text does not carry. What is declared here beats what the text says, and
 * the document page says which facts were declared.
 */
export const sidecarSchema = z.strictObject({
  /** ISO date the document was published on the portal */
  publishedAt: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** the page it was published at; http(s) only, so a javascript: or file: address never becomes a link */
  sourceUrl: z.url({ protocol: /^https?$/, error: 'an http:// or https:// address of the page the document was published at' }).optional(),
  /** the jurisdiction's id in seeds/jurisdictions.json, where the text says only 全市 or 我区 */
  jurisdiction: z.string().optional(),
  /** the year the targets are for, where the text prints none */
  year: z.number().int().min(1949).max(2100).optional(),
  /** the period code (h1, q3, q1-3, m1-11, year, plan …), where the title does not name it */
  period: periodCode.optional(),
  kind: documentKind.optional(),
  /** which interpreter reads it, where the text fits more than one */
  layout: documentLayout.optional(),
  /** a second document of the same place and period (a 民生实事 list beside the targets): its id becomes {year}-{period}-{series} */
  series: z
    .string()
    .regex(/^[a-z][a-z0-9]*$/, 'lower-case letters and digits, starting with a letter')
    .optional(),
  /** 文号, where the portal page shows it and the text does not */
  docNumber: z.string().min(1).optional(),
  /** the day the progress is reported to (截至), where neither the title nor the period says it: ISO date */
  asOf: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** the document's title as the portal lists it, where the copy prints none */
  title: z.string().min(1).optional(),
  /** the copy is an excerpt: its last item, if unfinished, is shown as cut off, not published as a target */
  truncated: z.boolean().optional(),
  /** how to read a column the headings do not say: printed heading → field (备注 → units) */
  columns: z.record(z.string(), z.union([columnField, z.templateLiteral(['units:', unitRole])])).optional(),
  /** shown on the document page: why something was declared (the year is printed nowhere; it is known from …) */
  note: z.string().min(1).optional(),
});

/**
 * seeds/vocabulary.json — reviewed: how printed status words read. The
 * printed word is always shown; an unknown word is published as printed,
 * counted as 未报告 and recorded as an anomaly.
 */
export const vocabularyFileSchema = z.object({
  status: z.array(
    z.strictObject({
      /** as printed, spaces ignored */
      words: z.array(z.string().min(1)).min(1),
      value: statusValue,
      /** why, in one sentence a reader can check */
      reason: z.string().min(1),
    }),
  ),
});

/**
 * seeds/topics.json — the reviewed topic vocabulary targets are browsed by,
 * with the keywords that assign them and per-target overrides
 * (src/lib/ingest/topics.ts reads it).
 */
export const topicFileSchema = z.object({
  topics: z.array(
    z.strictObject({
      /** the address segment: /heze/topics/economy/ */
      id: z.string().regex(/^[a-z][a-z0-9-]*$/),
      name: z.string().min(1),
      keywords: z.array(z.string().min(1)).min(1),
    }),
  ),
  overrides: z.array(
    z.strictObject({
      target: z.string(),
      /** topic ids; empty for “no topic” */
      topics: z.array(z.string()),
      /** why, in one sentence a reader can check */
      reason: z.string().min(1),
    }),
  ),
});

/**
 * seeds/links.json — reviewed decisions about links between targets that
 * the text-similarity matcher (src/lib/model/links.ts) gets wrong or cannot find.
 * A decision here always wins over the matcher.
 */
export const linkFileSchema = z.object({
  /** the same or a continuing target in two documents of one jurisdiction */
  history: z.array(
    z.object({
      targets: z.tuple([z.string(), z.string()]),
      /** link: they are the same or a continuing target; unlink: they only look alike */
      decision: z.enum(['link', 'unlink']),
      /** why, in one sentence a reader can check */
      reason: z.string().min(1),
    }),
  ),
  /** the passage of a work report that set a target */
  provenance: z.array(
    z.object({
      target: z.string(),
      /** `{report document id}#{passage anchor}`, e.g. heze/2023-report#s3-5; null: no passage sets it */
      passage: z.string().nullable(),
      /** words of the sentence in that passage that set the target, as published; needed with a passage */
      quote: z.string().nullable(),
      reason: z.string().min(1),
    }),
  ),
});

export type LinkFile = z.infer<typeof linkFileSchema>;
export type AliasFile = z.infer<typeof aliasFileSchema>;
export type JurisdictionFile = z.infer<typeof jurisdictionFileSchema>;
export type Sidecar = z.infer<typeof sidecarSchema>;
export type VocabularyFile = z.infer<typeof vocabularyFileSchema>;
export type TopicFile = z.infer<typeof topicFileSchema>;
