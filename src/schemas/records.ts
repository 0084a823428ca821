/**
 * The records the site is built from — targets, documents, jurisdictions,
 * leaders, units, anomalies — as the ingest writes them (content/*.json) and
 * the content layer loads them. Every record type elsewhere is inferred from
 * here (`z.infer`), never restated. Imports come from `astro/zod`, not
 * `astro:content`, so plain Node scripts can import this module too.
 */
import { z } from 'astro/zod';

/**
 * Where a fact came from in the seeds: file path relative to the project and a
 * 1-based line. For text, CSV and HTML the line is the file's own line; for
 * Excel and Word, whose bytes have no lines, it is the reader's running count
 * of rows and paragraphs, and `at` says where to look (`Sheet1!B12`,
 * `table 2 row 5`, `paragraph 14`).
 */
export const sourceRef = z.object({
  file: z.string(),
  line: z.number().int().positive(),
  /** the position in the file's own terms, where lines are not how to find it; null for text files */
  at: z.string().nullable(),
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

/**
 * The period a document reports, as a permalink segment: h1/h2 (half-years),
 * q1–q4 (quarters), q1-3 (前三季度), m{a}-{b} (months a to b, cumulative: 1—11月
 * is m1-11), m{n} (one month), year, plan (a task breakdown, no reporting
 * period), report (a work report). See src/lib/model/period.ts.
 */
export const periodCode = z.string().regex(/^(h[12]|q[1-4]|q1-3|m(?:[1-9]|1[0-2])(?:-(?:[1-9]|1[0-2]))?|year|plan|report)$/, 'a period code: h1, h2, q1–q4, q1-3, m1-11, m5, year, plan or report');
/** progress: a table or list that reports progress; assignment: a task breakdown (任务分解) that reports none; report: a 政府工作报告 */
export const documentKind = z.enum(['progress', 'assignment', 'report']);
export const statusValue = z.enum(['on_plan', 'behind', 'not_applicable', 'not_reported']);
/** 牵头 (lead), 责任/承办 (responsible), 配合/协办 (cooperating) */
export const unitRole = z.enum(['lead', 'responsible', 'cooperating']);
/** the reader that turned the seed's bytes into rows and paragraphs */
export const sourceFormat = z.enum(['text', 'csv', 'html', 'xlsx', 'docx']);
/** the interpreter that read the rows and paragraphs as targets */
export const documentLayout = z.enum(['table', 'list', 'report']);

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

/** A person who answers for an assignment: a leader of any title, or a 责任人 who may not be one. */
export const personRef = nameRef.extend({
  /** the title or label the source gives them, as printed: 市政府领导 (a column heading), 牵头领导 (a clause label), 县长 (a section heading), 责任人 */
  role: z.string().nullable(),
  /** column: a cell of their own; clause: a label in the item's text (责任领导：…); heading: a section heading or section row above; line: a line of its own under the item */
  from: z.enum(['column', 'clause', 'heading', 'line']),
  /** not printed on this row: carried from a merged cell above or from the heading over it */
  inherited: z.boolean(),
});

export const unitRef = nameRef.extend({
  role: unitRole,
  /** the heading or label it is listed under, as printed (牵头单位, 配合单位, 承办单位, 备注); null where the source gives none */
  label: z.string().nullable(),
  /** label: the label says the role; convention: a rule the document states (首位单位为牵头单位, 黑体为主办单位) */
  roleFrom: z.enum(['label', 'convention']),
  /** printed with a trailing 等 (“and others”): the list is not exhaustive */
  etAl: z.boolean(),
  /** not printed on this row: carried from a merged cell above */
  inherited: z.boolean(),
});

/** A column of a source table, as published, and what the site reads it as. */
export const columnField = z.enum(['number', 'people', 'target', 'deadline', 'progress', 'status', 'units', 'note', 'measure', 'goal', 'reached', 'share', 'other']);

export const tableColumn = z.object({
  /** 1-based table of the document it belongs to (a notice may carry several) */
  table: z.number().int().positive(),
  /** the heading as printed (a two-row heading joined: 责任单位·牵头单位) */
  heading: z.string(),
  field: columnField,
  /** units columns: the role their heading names */
  role: unitRole.nullable(),
  /** heading: matched by its words; content: read from what its cells hold (备注 listing units); declared: seeds/<file>.meta.json */
  by: z.enum(['heading', 'content', 'declared']),
});

/** Figures a 民生实事-style row carries, each exactly as printed. */
export const figures = z.object({
  /** 单位: the unit of measure (万人, 公里, 元/月/人) */
  measure: z.string().nullable(),
  /** 工作目标, 目标值: the quantity aimed for */
  goal: z.string().nullable(),
  /** 已完成数, 累计完成: the quantity reached */
  reached: z.string().nullable(),
  /** 占年任务之比, 完成比例: the share as printed (139.1%, 达到目标60元) */
  share: z.string().nullable(),
});

export const assignment = z.object({
  /** 1-based position within the target, in source order */
  index: z.number().int().positive(),
  /** assignment: one part of the target with its own people or units; indicator: a sub-indicator line (分项指标) of the target, its own text and figures under the same people and units */
  kind: z.enum(['assignment', 'indicator']),
  /** who answers for it, in source order; empty where the source names units only */
  people: z.array(personRef),
  /** the target text printed on this row when it differs from the target's first row (a continuation row that rewords it, or a sub-indicator) */
  targetText: richText.nullable(),
  deadline,
  /** the unit cells or labels as printed, separators and 等 included (several roles: 牵头单位：…；配合单位：…) */
  unitsRaw: z.string(),
  /** every unit, by role, in source order */
  units: z.array(unitRef),
  /** some unit list ended in 等 ("and others"): the list is not exhaustive */
  unitsEtAl: z.boolean(),
  progress: richText.nullable(),
  status,
  /** quantities the row prints; null where the table has no such columns */
  figures: figures.nullable(),
  /** 备注 as printed, where it is a note rather than a list of units */
  note: z.string().nullable(),
  /** every other column of the row, under its printed heading, in column order */
  cells: z.array(z.object({ heading: z.string(), text: z.string() })),
  /** fields the row lacks for a reason the reader should see: a cell missing from the row, or printed inside another cell */
  gaps: z.array(
    z.object({
      field: z.enum(['deadline', 'progress', 'status', 'units', 'people']),
      /** cell-missing: the row has no cell there; in-target-cell: printed inside the target's cell; merged-above: one cell with the row above, shown there */
      reason: z.enum(['cell-missing', 'in-target-cell', 'merged-above']),
    }),
  ),
  source: sourceRef,
  /** ids of anomalies recorded for this row */
  anomalies: z.array(z.string()),
});

/** A topic of a target and the rule that gave it. */
export const topicRef = z.object({
  id: z.string(),
  name: z.string(),
  /** keyword: the target's text holds `evidence`; section: its section or heading does; override: seeds/topics.json says so (evidence is the reason) */
  from: z.enum(['keyword', 'section', 'override']),
  evidence: z.string(),
});

export const targetSchema = z.object({
  id: z.string(),
  jurisdiction: z.string(),
  document: z.string(),
  /** 序号 as published */
  number: z.number().int().nonnegative(),
  /** the 序号 with its punctuation as printed (1、, 1., 88), for showing a list as published */
  printedNumber: z.string(),
  /** the permalink segment: the 序号 (`88`), or `{group}-{序号}` (`2-1`) where numbering starts again in each table or section */
  key: z.string().regex(/^\d+(-\d+)?$/),
  /** the table or section whose numbering the key counts in, where numbering restarts; null otherwise */
  group: z.object({ index: z.number().int().positive(), label: z.string() }).nullable(),
  /** 1-based table of the document the target is a row of; null for lists */
  table: z.number().int().positive().nullable(),
  /** section of the source this target sits under (一、… headings, section rows of a table) */
  section: z.object({ numeral: z.string(), title: z.string() }).nullable(),
  /** lower headings over the target, as printed: （一）坚定不移做强增长引擎, a bare sub-heading */
  headings: z.array(z.string()),
  text: richText,
  deadline,
  assignments: z.array(assignment).min(1),
  /** the raw assignment clause of a task-assignment notice, as published: （牵头领导：…。承办单位：…） */
  assignmentClause: z.string().nullable(),
  /** notes the source attaches to this target (e.g. 黑体为主办单位…) */
  notes: z.array(z.string()),
  /** the topics of seeds/topics.json the rules give it, in vocabulary order; empty: 未归类 */
  topics: z.array(topicRef),
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
  /** table columns as published, in order, with what each is read as (tables only) */
  columns: z.array(tableColumn),
  /** each table's caption as printed (附件1 …一览表), where the document has one; in table order */
  tables: z.array(z.object({ index: z.number().int().positive(), caption: z.string().nullable() })),
  format: sourceFormat,
  layout: documentLayout,
  /** where the place, year, period and kind came from: declared in seeds/<file>.meta.json, or read from the text */
  identity: z.object({
    jurisdiction: z.object({ from: z.enum(['declared', 'text']), evidence: z.string().nullable() }),
    year: z.object({ from: z.enum(['declared', 'text']), evidence: z.string().nullable() }),
    period: z.object({ from: z.enum(['declared', 'text']), evidence: z.string().nullable() }),
    kind: z.object({ from: z.enum(['declared', 'text']), evidence: z.string().nullable() }),
  }),
  /** the copy ends inside an item (an excerpt, a page saved half-loaded): where, and the unfinished text as printed; that item is not published as a target */
  cutOff: z.object({ line: z.number().int(), at: z.string().nullable(), text: z.string() }).nullable(),
  /** rules the document states for reading its units, as printed (首位单位为牵头单位, 黑体为主办单位，其他为协办单位) */
  conventions: z.array(z.object({ text: z.string(), applied: z.boolean() })),
  /** the webmaster's note on what was declared and why (seeds/<file>.meta.json `note`), shown on the document page */
  declaredNote: z.string().nullable(),
  /** date the text itself carries (signature date of a notice, date a report was delivered) */
  textDate: z.string().nullable(),
  /** publication date from the sidecar metadata file; unknown stays null */
  publishedAt: z.string().nullable(),
  /**
   * the day the progress is reported to (截至): declared, printed in the title
   * (截至5月15日), or the end of the reporting period (第三季度 → 9月30日); null
   * for task breakdowns and work reports, which report none
   */
  asOf: z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), from: z.enum(['declared', 'text', 'period']) }).nullable(),
  sourceUrl: z.string().nullable(),
  sourceFile: z.string(),
  /** SHA-256 of the seed file's bytes: what this page was built from */
  sourceSha256: z.string(),
  /** how a text seed's bytes were decoded (detected; see src/lib/ingest/encoding.ts); null for Excel and Word files */
  sourceEncoding: z.enum(['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'gb18030']).nullable(),
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
      /** keys of the targets under it, in source order */
      targets: z.array(z.string()),
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
  /** an office or a group of office-holders printed where a name would be (市长, 各区区长), not a named person */
  office: z.boolean(),
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
  'merged-cell',
  'cell-missing',
  'cut-off',
  'indicator-row',
  'column-kept',
  'column-by-content',
  'header-joined',
  'person-title',
  'role-convention',
  'numbering-restarts',
  'date-unreadable',
  'link-dropped',
  'formula-no-value',
  'no-responsibility',
  'table-leader',
  'unit-level-carried',
]);

export const anomalySchema = z.object({
  id: z.string(),
  kind: anomalyKind,
  /** every place the same thing was found, in source order (the first is `source`): 曹 临 printed 27 times is one anomaly with 27 occurrences */
  occurrences: z.array(z.object({ line: z.number().int().positive(), at: z.string().nullable(), target: z.string().nullable() })).min(1),
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

export type TopicRef = z.infer<typeof topicRef>;
export type SourceRef = z.infer<typeof sourceRef>;
export type RichText = z.infer<typeof richText>;
export type Deadline = z.infer<typeof deadline>;
export type Status = z.infer<typeof status>;
export type StatusValue = z.infer<typeof statusValue>;
export type NameRef = z.infer<typeof nameRef>;
export type PersonRef = z.infer<typeof personRef>;
export type UnitRef = z.infer<typeof unitRef>;
export type UnitRole = z.infer<typeof unitRole>;
export type ColumnField = z.infer<typeof columnField>;
export type TableColumn = z.infer<typeof tableColumn>;
export type Figures = z.infer<typeof figures>;
export type SourceFormat = z.infer<typeof sourceFormat>;
export type DocumentLayout = z.infer<typeof documentLayout>;
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

/*
 * content/links.json: links between records that the sources never state but a
 * reader needs — the same target across periods, the report sentence that set
 * a target — made by the ingest from the records and the reviewed
 * seeds/links.json (src/lib/model/links.ts), validated and cached with the
 * other collections, read by the site model.
 */
const linkBasis = z.enum(['text', 'reviewed']);

/** One sentence of a work report's forward-looking sections. */
export const commitmentSchema = z.object({
  /** `{report id}#{anchor}.{index}`, e.g. heze/2023-report#s3-8.12 */
  id: z.string(),
  document: z.string(),
  /** the passage's anchor on the report page (s3-8) */
  anchor: z.string(),
  /** 1-based position of the sentence within its passage */
  index: z.number().int().positive(),
  /** the sentence as published */
  text: z.string(),
  /** an item heading such as 一是坚持就业优先 or （七）聚焦保障改善民生…: matched, but not a commitment of its own */
  heading: z.boolean(),
});

export const historyLinkSchema = z.object({
  /** ids of the two targets, the earlier document first */
  targets: z.tuple([z.string(), z.string()]),
  /** the matcher's score; null for a reviewed link it scored below 0.05 */
  score: z.number().nullable(),
  basis: linkBasis,
  /** the reviewer's reason, for reviewed links */
  reason: z.string().nullable(),
});

export const provenanceLinkSchema = z.object({
  target: z.string(),
  commitment: commitmentSchema,
  /** the matcher's score; null for a reviewed link to a sentence the matcher did not pick */
  score: z.number().nullable(),
  basis: linkBasis,
  reason: z.string().nullable(),
});

export const linksSchema = z.object({
  history: z.array(historyLinkSchema),
  provenance: z.array(provenanceLinkSchema),
  /** targets a reviewer found no report sentence for, with the reason */
  noSource: z.array(z.object({ target: z.string(), reason: z.string() })),
  /** every commitment of every report, in report order */
  commitments: z.array(commitmentSchema),
});

export type Commitment = z.infer<typeof commitmentSchema>;
export type HistoryLink = z.infer<typeof historyLinkSchema>;
export type ProvenanceLink = z.infer<typeof provenanceLinkSchema>;
export type Links = z.infer<typeof linksSchema>;

/** Written by the ingest beside the collections; not a content collection (the site model reads it whole). */
export const LINKS_CONTENT = 'content/links.json';

/** Generated by `npm run ingest`; one JSON array per collection. */
export const contentFiles = {
  jurisdictions: 'content/jurisdictions.json',
  documents: 'content/documents.json',
  targets: 'content/targets.json',
  leaders: 'content/leaders.json',
  units: 'content/units.json',
  anomalies: 'content/anomalies.json',
} as const;
