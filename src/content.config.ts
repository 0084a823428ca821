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
 * period), report (a work report). See src/lib/period.ts.
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
export const columnField = z.enum([
  'number', 'people', 'target', 'deadline', 'progress', 'status', 'units', 'note',
  'measure', 'goal', 'reached', 'share', 'other',
]);

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
  gaps: z.array(z.object({
    field: z.enum(['deadline', 'progress', 'status', 'units', 'people']),
    /** cell-missing: the row has no cell there; in-target-cell: printed inside the target's cell; merged-above: one cell with the row above, shown there */
    reason: z.enum(['cell-missing', 'in-target-cell', 'merged-above']),
  })),
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
  /**
   * the terms the open data is published under, shown on /data/ and in
   * datapackage.json `licenses`: an SPDX id or the portal's own name for them
   * (CC-BY-4.0, 政府信息公开数据使用条款), a title to show, and the page that says them
   */
  dataLicence: z
    .strictObject({ name: optionalText, title: optionalText, path: optionalUrl })
    .default({ name: '', title: '', path: '' }),
});

export type Portal = z.infer<typeof portalSchema>;

/* ---- Reviewed input files in seeds/ (not collections, but validated the same way) ---- */

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
  publishedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
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
  series: z.string().regex(/^[a-z][a-z0-9]*$/, 'lower-case letters and digits, starting with a letter').optional(),
  /** 文号, where the portal page shows it and the text does not */
  docNumber: z.string().min(1).optional(),
  /** the day the progress is reported to (截至), where neither the title nor the period says it: ISO date */
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
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
export type LinkFile = z.infer<typeof linkFileSchema>;
export type LinkReviewFile = z.infer<typeof linkReviewFileSchema>;
export type AliasFile = z.infer<typeof aliasFileSchema>;
export type JurisdictionFile = z.infer<typeof jurisdictionFileSchema>;
export type Sidecar = z.infer<typeof sidecarSchema>;
export type VocabularyFile = z.infer<typeof vocabularyFileSchema>;
export type TopicFile = z.infer<typeof topicFileSchema>;
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
