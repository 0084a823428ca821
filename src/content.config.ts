/**
 * Every collection the site renders, and the one place their shape is defined.
 *
 * `scripts/ingest.ts` turns `seeds/` into `content/*.json` and validates each
 * record against these schemas before writing; Astro validates them again when
 * it loads them. Types elsewhere are inferred from here (`z.infer`), never
 * restated.
 *
 * Imports come from `astro/content/config` and `astro/zod` (not
 * `astro:content`), and the loader module uses only Node built-ins, so that
 * plain Node scripts can import this module too.
 */
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { jsonArray } from './lib/json-loader.ts';
import { JURISDICTION_ID, SITE_FOLDERS } from './lib/site-folders.ts';

/** Where a fact came from in the seeds: file path relative to the project, and 1-based line. */
export const sourceRef = z.object({
  file: z.string(),
  line: z.number().int().positive(),
});

/**
 * A free-text cell as published. `html` is the cell after the allow-list
 * sanitizer (bold, paragraphs, line breaks only) and is the only form ever
 * written into a page; `text` is its plain text, for search, CSV and titles.
 */
export const richText = z.object({
  text: z.string(),
  html: z.string(),
});

export const periodCode = z.enum(['h1', 'h2', 'q1', 'q2', 'q3', 'q4', 'year', 'plan', 'report']);
export const documentKind = z.enum(['progress', 'assignment', 'report']);
export const statusValue = z.enum(['on_plan', 'behind', 'not_applicable', 'not_reported']);

export const deadline = z.object({
  /** as published in the 完成时限 cell; null where the source gives none */
  raw: z.string().nullable(),
  /** date: a calendar date; ongoing: 长期坚持/持续推进; none: not given; unparsed: text we could not read */
  kind: z.enum(['date', 'ongoing', 'none', 'unparsed']),
  /** ISO date (YYYY-MM-DD) when kind is date */
  date: z.string().nullable(),
});

export const status = z.object({
  /** as published in the 是否按计划 cell; null where the source has no such cell */
  raw: z.string().nullable(),
  value: statusValue,
});

/** A name as it was printed, and the canonical entity it resolves to. */
export const nameRef = z.object({
  /** exactly as printed in the source (may carry stray spaces, variants, a trailing 等) */
  published: z.string(),
  /** canonical display name after the reviewed aliases in seeds/aliases.json */
  name: z.string(),
  /** collection id of the leader or unit, `{jurisdiction}/{slug}` */
  id: z.string(),
});

export const assignment = z.object({
  /** 1-based position within the target, in source order */
  index: z.number().int().positive(),
  /** null where the source row names no leader (e.g. a shifted continuation row) */
  leader: nameRef.nullable(),
  /** column heading the leader was listed under: 市政府领导, 牵头领导, 责任领导 */
  leaderRole: z.string().nullable(),
  /** the target text printed on this row when it differs from the target's first row (a continuation row that repeats or rewords it) */
  targetText: richText.nullable(),
  deadline,
  /** the units cell as printed, separators and 等 included */
  unitsRaw: z.string(),
  units: z.array(nameRef),
  /** the unit list ended in 等 ("and others"): the list is not exhaustive */
  unitsEtAl: z.boolean(),
  progress: richText.nullable(),
  status,
  source: sourceRef,
  /** ids of anomalies recorded for this row */
  anomalies: z.array(z.string()),
});

export const targetSchema = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  document: z.string(),
  /** 序号 as published */
  number: z.number().int().nonnegative(),
  /** section of the source this target sits under (task-assignment notices) */
  section: z.object({ numeral: z.string(), title: z.string() }).nullable(),
  text: richText,
  deadline,
  assignments: z.array(assignment).min(1),
  /** the raw assignment clause of a task-assignment notice, as published: （牵头领导：…。承办单位：…） */
  assignmentClause: z.string().nullable(),
  /** notes the source attaches to this target (e.g. 黑体为主办单位…) */
  notes: z.array(z.string()),
  source: sourceRef,
});

export const documentSchema = z.object({
  /** `{jurisdiction}/{year}-{period}` — also the permalink path */
  id: z.string(),
  jurisdiction: z.string(),
  kind: documentKind,
  year: z.number().int(),
  period: periodCode,
  /** 上半年, 第三季度, 全年… as a reader says it */
  periodLabel: z.string(),
  /** title as published (layout line breaks joined, conversion markers removed; see anomalies) */
  title: z.string(),
  /** 文号, e.g. 济兖政发〔2021〕1号 */
  docNumber: z.string().nullable(),
  /** how many targets the source says it covers, where it says so (e.g. 207) */
  declaredTotal: z.number().int().nullable(),
  targetCount: z.number().int().nonnegative(),
  numberRange: z.object({ first: z.number().int(), last: z.number().int() }).nullable(),
  /** table column headings as published, in order (progress tables) */
  columns: z.array(z.string()),
  /** date the text itself carries (signature date of a notice, date a report was delivered) */
  textDate: z.string().nullable(),
  /** publication date from the sidecar metadata file; unknown stays null */
  publishedAt: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  sourceFile: z.string(),
  /** SHA-256 of the seed file's bytes: what this page was built from */
  sourceSha256: z.string(),
  /** how the seed's bytes were decoded (detected; see src/lib/ingest/encoding.ts) */
  sourceEncoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']),
  /** lines outside the table or task list, as published, with their line numbers */
  frontMatter: z.array(z.object({ line: z.number().int(), text: z.string() })),
  backMatter: z.array(z.object({ line: z.number().int(), text: z.string() })),
  /** notice body: sections with their paragraphs and the numbers of the targets under them */
  sections: z.array(
    z.object({
      numeral: z.string(),
      title: z.string(),
      line: z.number().int(),
      paragraphs: z.array(z.object({ line: z.number().int(), text: z.string() })),
      targets: z.array(z.number().int()),
    }),
  ),
  /** work report only: rendered body (remark/unified → sanitized HTML) with stable anchors */
  reportHtml: z.string().nullable(),
  /** work report only: its passages, one per paragraph, with their anchors */
  passages: z.array(
    z.object({
      anchor: z.string(),
      section: z.string(),
      text: z.string(),
      lines: z.array(z.number().int()),
    }),
  ),
  status: z.object({
    on_plan: z.number().int(),
    behind: z.number().int(),
    not_applicable: z.number().int(),
    not_reported: z.number().int(),
  }),
});

export const jurisdictionSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** the province/city it belongs to, for display (山东省, 济宁市) */
  parent: z.string().nullable(),
  /** title of the officials who lead targets here (市政府领导, 区政府领导) */
  leaderTitle: z.string(),
});

const entityAlias = z.object({
  form: z.string(),
  /** how many rows printed this form */
  count: z.number().int().positive(),
  /** why this form maps to the canonical name (rule from seeds/aliases.json) */
  reason: z.string(),
});

export const leaderSchema = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  slug: z.string(),
  name: z.string(),
  /** every form the name was printed in other than the canonical one */
  aliases: z.array(entityAlias),
  targetIds: z.array(z.string()),
});

export const unitSchema = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  slug: z.string(),
  name: z.string(),
  aliases: z.array(entityAlias),
  /** a collective entry such as 各县区人民政府 or 各镇街, not one body */
  collective: z.boolean(),
  targetIds: z.array(z.string()),
});

export const anomalyKind = z.enum([
  'partial-table',
  'repeated-header',
  'continuation-row',
  'repeated-number',
  'shifted-row',
  'markup-in-cell',
  'markup-removed',
  'trailing-empty-cells',
  'leader-alias',
  'unit-alias',
  'unit-et-al',
  'unit-joined',
  'deadline-unparsed',
  'status-unknown',
  'number-out-of-order',
  'text-joined',
  'marker-removed',
  'slug-collision',
  'stray-line',
]);

export const anomalySchema = z.object({
  id: z.string(),
  kind: anomalyKind,
  /** info: layout or spelling we normalised; warning: a judgment a reader should know about */
  severity: z.enum(['info', 'warning']),
  document: z.string(),
  target: z.string().nullable(),
  source: sourceRef,
  /** what was found, in the source's words */
  found: z.string(),
  /** what the ingest did with it */
  action: z.string(),
});

/* ---- src/portal.json: the hosting portal's identity, edited by its webmaster ---- */

/** Empty strings mean "not configured": the field is then simply not shown. */
const optionalText = z.string().trim().default('');

/** A site path under public/ (e.g. /conac.png): the site never loads anything from another host. */
const localAsset = z
  .string()
  .trim()
  .regex(/^(|\/(?!\/)[^:?#]*)$/, 'must be empty or a path under public/ starting with /, never another host')
  .default('');

const optionalUrl = z.union([z.literal(''), z.url()]).default('');

export const portalSchema = z.strictObject({
  /** shown in the header and every <title>, and as SiteName; empty: the project's default name */
  siteName: optionalText,
  /** SiteDomain, e.g. www.heze.gov.cn; empty: the host of SITE_URL */
  siteDomain: optionalText,
  /** 主办单位 */
  organizer: optionalText,
  /** 承办单位 (often the office that runs the portal) */
  operator: optionalText,
  contact: z
    .strictObject({
      /** 联系电话 */
      phone: optionalText,
      /** 电子邮箱 */
      email: optionalText,
      /** 通讯地址 */
      address: optionalText,
    })
    .default({ phone: '', email: '', address: '' }),
  /** 网站标识码: ten digits, issued with the site's registration (SiteIDCode) */
  siteIdCode: z.string().trim().regex(/^(\d{10})?$/, 'must be empty or the ten-digit 网站标识码').default(''),
  /** ICP备案号, e.g. 鲁ICP备05000000号; links to the MIIT record query */
  icp: optionalText,
  /** 公安机关备案号, e.g. 鲁公网安备 37170202000000号; links to the record by its digits */
  publicSecurity: optionalText,
  /** 党政机关网站标识: the image (served from public/) and the verification page it links to */
  partyGovLogo: z
    .strictObject({ image: localAsset, href: optionalUrl })
    .default({ image: '', href: '' }),
  /** 我为政府网站找错 / 纠错 link */
  errorReportUrl: optionalUrl,
});

export type Portal = z.infer<typeof portalSchema>;

/* ---- Reviewed input files in seeds/ (not collections, but validated the same way) ---- */

/** seeds/jurisdictions.json */
export const jurisdictionFileSchema = z.object({
  jurisdictions: z.array(
    jurisdictionSchema.extend({
      id: z
        .string()
        .regex(JURISDICTION_ID, 'a jurisdiction id is lower-case letters, digits and hyphens, starting with a letter (it is the first segment of its permalinks)')
        .refine((id) => !SITE_FOLDERS.includes(id), { error: (issue) => `“${String(issue.input)}” is a folder the site builds for itself (${SITE_FOLDERS.join(', ')}); choose another id` }),
      /** a seed belongs to the first jurisdiction whose marker appears in its opening lines */
      markers: z.array(z.string()).min(1),
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

/** Optional sidecar next to a seed, `seeds/<seed name>.meta.json`: facts the text does not carry. */
export const sidecarSchema = z.object({
  /** ISO date the document was published on the portal */
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  sourceUrl: z.url().optional(),
});

/**
 * seeds/links.json — reviewed decisions about links between targets that
 * the text-similarity matcher (src/lib/links.ts) gets wrong or cannot find.
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

/**
 * src/data/link-review.json — the pairs reviewed to measure the matcher's
 * precision (scripts/link-precision.ts). Not read by the site.
 */
export const linkReviewFileSchema = z.object({
  history: z.array(
    z.object({
      targets: z.tuple([z.string(), z.string()]),
      /** true: the same or a continuing target */
      same: z.boolean(),
      note: z.string().optional(),
    }),
  ),
  provenance: z.array(
    z.object({
      target: z.string(),
      /** the passage anchor that set the target (e.g. s3-8), or null where the report does not */
      anchor: z.string().nullable(),
      note: z.string().optional(),
    }),
  ),
});

/* ---- Open data: the JSON files under /data/ (src/lib/open-data.ts writes them) ---- */

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
  /** plain text as published */
  text: z.string(),
  deadline,
  /** one status for the target (behind if any assignment is, …); null in a task notice, which reports none */
  status: statusValue.nullable(),
  section: targetSchema.shape.section,
  assignmentClause: z.string().nullable(),
  notes: z.array(z.string()),
  source: sourceRef,
  assignments: z.array(
    z.object({
      index: z.number().int(),
      leader: openName.nullable(),
      leaderRole: z.string().nullable(),
      units: z.array(openName),
      unitsRaw: z.string(),
      unitsEtAl: z.boolean(),
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
export type LinkFile = z.infer<typeof linkFileSchema>;
export type LinkReviewFile = z.infer<typeof linkReviewFileSchema>;
export type AliasFile = z.infer<typeof aliasFileSchema>;
export type JurisdictionFile = z.infer<typeof jurisdictionFileSchema>;
export type Sidecar = z.infer<typeof sidecarSchema>;

export type SourceRef = z.infer<typeof sourceRef>;
export type RichText = z.infer<typeof richText>;
export type Deadline = z.infer<typeof deadline>;
export type Status = z.infer<typeof status>;
export type StatusValue = z.infer<typeof statusValue>;
export type NameRef = z.infer<typeof nameRef>;
export type Assignment = z.infer<typeof assignment>;
export type Target = z.infer<typeof targetSchema>;
export type SiteDocument = z.infer<typeof documentSchema>;
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;
export type Leader = z.infer<typeof leaderSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Anomaly = z.infer<typeof anomalySchema>;
export type AnomalyKind = z.infer<typeof anomalyKind>;
export type PeriodCode = z.infer<typeof periodCode>;
export type DocumentKind = z.infer<typeof documentKind>;

/** Generated by `npm run ingest`; one JSON array per collection. */
export const contentFiles = {
  jurisdictions: 'content/jurisdictions.json',
  documents: 'content/documents.json',
  targets: 'content/targets.json',
  leaders: 'content/leaders.json',
  units: 'content/units.json',
  anomalies: 'content/anomalies.json',
} as const;

/** Loaded with jsonArray (src/lib/json-loader.ts): like file(), but an unchanged file or record is not parsed and validated again on a rebuild. */
export const collections = {
  jurisdictions: defineCollection({ loader: jsonArray(contentFiles.jurisdictions), schema: jurisdictionSchema }),
  documents: defineCollection({ loader: jsonArray(contentFiles.documents), schema: documentSchema }),
  targets: defineCollection({ loader: jsonArray(contentFiles.targets), schema: targetSchema }),
  leaders: defineCollection({ loader: jsonArray(contentFiles.leaders), schema: leaderSchema }),
  units: defineCollection({ loader: jsonArray(contentFiles.units), schema: unitSchema }),
  anomalies: defineCollection({ loader: jsonArray(contentFiles.anomalies), schema: anomalySchema }),
};
