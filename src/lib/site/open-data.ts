/**
 * The downloads under /data/: CSV (one row per target × assignment), JSON
 * (every target with its assignments, history and report source) and a
 * Frictionless Data Package describing every file. Pure: records and URL
 * builders in, file contents out; the endpoints in src/pages/data/ only
 * choose which records go in which file.
 */
import { createHash } from 'node:crypto';
import { csvFormat } from 'd3-dsv';
import { z } from 'astro/zod';
import { openReportFileSchema, openTargetsFileSchema, type OpenDocument, type OpenReportFile, type OpenTarget, type OpenTargetsFile } from '../../schemas/open-data.ts';
import { type Assignment, type Jurisdiction, type NameRef, type SiteDocument, type Target } from '../../schemas/records.ts';
import { dataFieldText } from '../../i18n/zh-CN.ts';
import type { Commitment, LinkIndex } from '../model/links.ts';
import { reportedStatus } from '../model/status.ts';

export const TARGET_COLUMNS = [
  'id',
  'url',
  'jurisdiction',
  'document',
  'year',
  'period',
  'number',
  'key',
  'row_kind',
  'target',
  'people',
  'people_roles',
  'units',
  'lead_units',
  'responsible_units',
  'cooperating_units',
  'units_et_al',
  'deadline_raw',
  'deadline',
  'status',
  'status_raw',
  'progress',
  'measure',
  'goal',
  'reached',
  'share',
  'note',
  'other_columns',
  'topics',
] as const;
export type TargetColumn = (typeof TARGET_COLUMNS)[number];
export type TargetRow = Record<TargetColumn, string>;

export const COMMITMENT_COLUMNS = ['id', 'url', 'jurisdiction', 'document', 'section', 'passage', 'sentence', 'heading', 'targets', 'target_count'] as const;
export type CommitmentColumn = (typeof COMMITMENT_COLUMNS)[number];
export type CommitmentRow = Record<CommitmentColumn, string>;

/** The separator between names in one cell, as the sources themselves separate units. */
export const NAME_SEPARATOR = '；';

/** Absolute URLs of pages, built from site/urls.ts's `paths` by the caller (this module stays free of astro:content). */
export interface PageUrls {
  target(target: Pick<Target, 'id'>): string;
  document(document: Pick<SiteDocument, 'id'>): string;
  leader(id: string): string;
  unit(id: string): string;
  passage(reportId: string, anchor: string): string;
}

export interface OpenDataContext {
  title: string;
  /** ISO time of the build */
  built: string;
  urls: PageUrls;
  documents: ReadonlyMap<string, SiteDocument>;
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
  targets: ReadonlyMap<string, Target>;
  links: LinkIndex;
}

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a tab or carriage
 * return that some programs strip first) gets a leading apostrophe, the
 * usual CSV-injection defence; the /data/ page tells readers so.
 */
export function formulaSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export const BOM = '\uFEFF';

/** UTF-8 with a byte-order mark, so Excel and WPS read the Chinese right; RFC 4180 quoting by d3-dsv. */
export function toCsv<C extends string>(rows: ReadonlyArray<Record<C, string>>, columns: readonly C[]): string {
  const safe = rows.map((row) => {
    const out = {} as Record<C, string>;
    for (const c of columns) out[c] = formulaSafe(row[c]);
    return out;
  });
  return `${BOM}${csvFormat(safe, [...columns])}\n`;
}

function must<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const v = map.get(key);
  if (v === undefined) throw new Error(`open data: unknown ${what} ${String(key)}`);
  return v;
}

/** One row per assignment of each target (only the assignments `concerns` keeps: a leader's or unit's own). */
export function targetRows(targets: readonly Target[], ctx: Pick<OpenDataContext, 'documents' | 'urls'>, concerns: (a: Assignment) => boolean = () => true): TargetRow[] {
  return targets.flatMap((t) => {
    const doc = must(ctx.documents, t.document, 'document');
    return t.assignments.filter(concerns).map((a) => ({
      id: `${t.id}#${a.index}`,
      url: ctx.urls.target(t),
      jurisdiction: t.jurisdiction,
      document: t.document,
      year: String(doc.year),
      period: doc.period,
      number: String(t.number),
      key: t.key,
      row_kind: a.kind,
      target: a.targetText?.text ?? t.text.text,
      people: a.people.map((p) => p.name).join(NAME_SEPARATOR),
      people_roles: a.people.map((p) => p.role ?? '').join(NAME_SEPARATOR),
      units: a.units.map((u) => u.name).join(NAME_SEPARATOR),
      lead_units: a.units
        .filter((u) => u.role === 'lead')
        .map((u) => u.name)
        .join(NAME_SEPARATOR),
      responsible_units: a.units
        .filter((u) => u.role === 'responsible')
        .map((u) => u.name)
        .join(NAME_SEPARATOR),
      cooperating_units: a.units
        .filter((u) => u.role === 'cooperating')
        .map((u) => u.name)
        .join(NAME_SEPARATOR),
      // 等: the source's list was not exhaustive
      units_et_al: a.unitsEtAl ? '等' : '',
      deadline_raw: a.deadline.raw ?? '',
      deadline: a.deadline.date ?? '',
      status: a.status.value,
      status_raw: a.status.raw ?? '',
      progress: a.progress?.text ?? '',
      measure: a.figures?.measure ?? '',
      goal: a.figures?.goal ?? '',
      reached: a.figures?.reached ?? '',
      share: a.figures?.share ?? '',
      note: a.note ?? '',
      other_columns: a.cells.map((c) => `${c.heading}：${c.text}`).join(NAME_SEPARATOR),
      topics: t.topics.map((x) => x.name).join(NAME_SEPARATOR),
    }));
  });
}

export function openDocument(doc: SiteDocument, ctx: Pick<OpenDataContext, 'urls' | 'jurisdictions'>): OpenDocument {
  return {
    id: doc.id,
    url: ctx.urls.document(doc),
    jurisdiction: doc.jurisdiction,
    jurisdictionName: must(ctx.jurisdictions, doc.jurisdiction, 'jurisdiction').name,
    kind: doc.kind,
    year: doc.year,
    period: doc.period,
    periodLabel: doc.periodLabel,
    title: doc.title,
    docNumber: doc.docNumber,
    textDate: doc.textDate,
    publishedAt: doc.publishedAt,
    sourceUrl: doc.sourceUrl,
    sourceFile: doc.sourceFile,
    sourceSha256: doc.sourceSha256,
    targetCount: doc.targetCount,
    declaredTotal: doc.declaredTotal,
    status: doc.status,
  };
}

/** A target's status for the downloads: none for a task notice, which reports no progress. */
export function downloadStatus(target: Target, documents: ReadonlyMap<string, SiteDocument>): OpenTarget['status'] {
  return reportedStatus(target, must(documents, target.document, 'document'));
}

function openName(ref: NameRef, url: string) {
  return { name: ref.name, published: ref.published, url };
}

export function openTarget(t: Target, ctx: OpenDataContext): OpenTarget {
  const doc = must(ctx.documents, t.document, 'document');
  const source = ctx.links.provenance.get(t.id);
  return {
    id: t.id,
    url: ctx.urls.target(t),
    jurisdiction: t.jurisdiction,
    document: t.document,
    year: doc.year,
    period: doc.period,
    number: t.number,
    key: t.key,
    text: t.text.text,
    deadline: t.deadline,
    status: downloadStatus(t, ctx.documents),
    section: t.section,
    assignmentClause: t.assignmentClause,
    notes: t.notes,
    topics: t.topics,
    source: t.source,
    assignments: t.assignments.map((a) => ({
      index: a.index,
      kind: a.kind,
      people: a.people.map((p) => ({ ...openName(p, ctx.urls.leader(p.id)), role: p.role, inherited: p.inherited })),
      units: a.units.map((u) => ({ ...openName(u, ctx.urls.unit(u.id)), role: u.role, label: u.label, etAl: u.etAl, inherited: u.inherited })),
      unitsRaw: a.unitsRaw,
      unitsEtAl: a.unitsEtAl,
      rowText: a.targetText?.text ?? null,
      figures: a.figures,
      note: a.note,
      cells: a.cells,
      gaps: a.gaps,
      deadline: a.deadline,
      progress: a.progress?.text ?? null,
      status: a.status,
      source: a.source,
    })),
    history: (ctx.links.history.get(t.id) ?? []).map(({ other, link }) => {
      const o = must(ctx.targets, other, 'target');
      return {
        id: o.id,
        url: ctx.urls.target(o),
        document: o.document,
        status: downloadStatus(o, ctx.documents),
        basis: link.basis,
        score: link.score === null ? null : Number(link.score.toFixed(3)),
        reason: link.reason,
      };
    }),
    reportSource: source
      ? {
          document: source.commitment.document,
          anchor: source.commitment.anchor,
          url: ctx.urls.passage(source.commitment.document, source.commitment.anchor),
          sentence: source.commitment.text,
          basis: source.basis,
          score: source.score === null ? null : Number(source.score.toFixed(3)),
          reason: source.reason,
        }
      : null,
  };
}

export function targetsFile(targets: readonly Target[], docs: readonly SiteDocument[], url: string, ctx: OpenDataContext): OpenTargetsFile {
  return {
    title: ctx.title,
    url,
    built: ctx.built,
    documents: docs.map((d) => openDocument(d, ctx)),
    targets: targets.map((t) => openTarget(t, ctx)),
  };
}

/** The sentences of a report with the targets that track each, as ids. */
function tracking(report: SiteDocument, ctx: OpenDataContext): Map<string, string[]> {
  const byCommitment = new Map<string, string[]>();
  for (const [target, link] of ctx.links.provenance) {
    if (link.commitment.document !== report.id) continue;
    byCommitment.set(link.commitment.id, [...(byCommitment.get(link.commitment.id) ?? []), target]);
  }
  for (const list of byCommitment.values()) {
    list.sort((a, b) => must(ctx.targets, a, 'target').number - must(ctx.targets, b, 'target').number);
  }
  return byCommitment;
}

export function reportFile(report: SiteDocument, commitments: readonly Commitment[], url: string, ctx: OpenDataContext): OpenReportFile {
  const tracked = tracking(report, ctx);
  return {
    title: ctx.title,
    url,
    built: ctx.built,
    document: openDocument(report, ctx),
    passages: report.passages.map((p) => {
      const sentences = commitments.filter((c) => c.document === report.id && c.anchor === p.anchor);
      return {
        anchor: p.anchor,
        url: ctx.urls.passage(report.id, p.anchor),
        section: p.section,
        text: p.text,
        forwardLooking: sentences.length > 0,
        sentences: sentences.map((c) => ({ id: c.id, text: c.text, heading: c.heading, trackedBy: tracked.get(c.id) ?? [] })),
      };
    }),
  };
}

export function commitmentRows(report: SiteDocument, commitments: readonly Commitment[], ctx: OpenDataContext): CommitmentRow[] {
  const tracked = tracking(report, ctx);
  const section = new Map(report.passages.map((p) => [p.anchor, p.section]));
  return commitments
    .filter((c) => c.document === report.id)
    .map((c) => {
      const ids = tracked.get(c.id) ?? [];
      return {
        id: c.id,
        url: ctx.urls.passage(report.id, c.anchor),
        jurisdiction: report.jurisdiction,
        document: report.id,
        section: section.get(c.anchor) ?? '',
        passage: c.anchor,
        sentence: c.text,
        heading: String(c.heading),
        targets: ids.join(NAME_SEPARATOR),
        target_count: String(ids.length),
      };
    });
}

/* ---- Frictionless Data Package ---- */

type FieldType = 'string' | 'integer' | 'date' | 'boolean';

const FIELD_TYPES: Record<TargetColumn | CommitmentColumn, { type: FieldType; format?: string; enum?: string[]; pattern?: string }> = {
  id: { type: 'string' },
  url: { type: 'string', format: 'uri' },
  jurisdiction: { type: 'string' },
  document: { type: 'string' },
  year: { type: 'integer' },
  period: { type: 'string', pattern: '^(h[12]|q[1-4]|q1-3|m\\d{1,2}(-\\d{1,2})?|year|plan|report)$' },
  number: { type: 'integer' },
  key: { type: 'string' },
  row_kind: { type: 'string', enum: ['assignment', 'indicator'] },
  target: { type: 'string' },
  people: { type: 'string' },
  people_roles: { type: 'string' },
  units: { type: 'string' },
  lead_units: { type: 'string' },
  responsible_units: { type: 'string' },
  cooperating_units: { type: 'string' },
  units_et_al: { type: 'string', enum: ['', '等'] },
  measure: { type: 'string' },
  goal: { type: 'string' },
  reached: { type: 'string' },
  share: { type: 'string' },
  note: { type: 'string' },
  other_columns: { type: 'string' },
  topics: { type: 'string' },
  deadline_raw: { type: 'string' },
  deadline: { type: 'date' },
  status: { type: 'string', enum: ['on_plan', 'behind', 'not_applicable', 'not_reported'] },
  status_raw: { type: 'string' },
  progress: { type: 'string' },
  section: { type: 'string' },
  passage: { type: 'string' },
  sentence: { type: 'string' },
  heading: { type: 'boolean' },
  targets: { type: 'string' },
  target_count: { type: 'integer' },
};

/** A Table Schema for CSV files with these columns; titles and descriptions are the ones /data/ shows. */
export function tableSchema(columns: ReadonlyArray<TargetColumn | CommitmentColumn>) {
  return {
    fields: columns.map((name) => {
      const t = FIELD_TYPES[name];
      const text = dataFieldText[name];
      return {
        name,
        type: t.type,
        ...(t.format ? { format: t.format } : {}),
        title: text?.title ?? name,
        description: text?.description ?? '',
        ...(name === 'id' || t.enum || t.pattern
          ? { constraints: { ...(name === 'id' ? { required: true, unique: true } : {}), ...(t.enum ? { enum: t.enum } : {}), ...(t.pattern ? { pattern: t.pattern } : {}) } }
          : {}),
      };
    }),
    // an empty cell is a missing value (no deadline date, no leader printed)
    missingValues: [''],
    primaryKey: 'id',
  };
}

export const JSON_SCHEMAS = {
  targets: z.toJSONSchema(openTargetsFileSchema),
  report: z.toJSONSchema(openReportFileSchema),
};

/** A file to publish: its path under /data/, what it is, and its bytes. */
export interface DataFile {
  /** relative to /data/, e.g. heze/2023-h1.csv */
  path: string;
  title: string;
  content: string;
  /** CSV: the schema file (relative path) describing its columns; JSON: which JSON Schema */
  schema: { table: string } | { json: keyof typeof JSON_SCHEMAS } | null;
}

/** Resource names: lower case, digits and - . _ / only. */
export function resourceName(path: string): string {
  return path.toLowerCase().replace(/[^a-z0-9._/-]+/g, '-');
}

export function dataPackage(
  files: readonly DataFile[],
  meta: {
    name: string;
    title: string;
    description: string;
    homepage: string;
    created: string;
    sources: Array<{ title: string; path?: string }>;
    licence?: { name: string; title: string; path: string };
  },
) {
  const licence = meta.licence && meta.licence.name !== '' ? meta.licence : null;
  return {
    profile: 'data-package',
    name: meta.name,
    title: meta.title,
    description: meta.description,
    homepage: meta.homepage,
    created: meta.created,
    // the portal's terms where it states them (src/portal.json dataLicence); none is made up
    ...(licence ? { licenses: [{ name: licence.name, ...(licence.title ? { title: licence.title } : {}), ...(licence.path ? { path: licence.path } : {}) }] } : {}),
    sources: meta.sources,
    resources: files.map((f) => {
      const bytes = Buffer.from(f.content, 'utf8');
      const csv = f.path.endsWith('.csv');
      return {
        name: resourceName(f.path),
        path: f.path,
        title: f.title,
        profile: csv ? 'tabular-data-resource' : 'data-resource',
        format: csv ? 'csv' : 'json',
        mediatype: csv ? 'text/csv' : 'application/json',
        encoding: 'utf-8',
        bytes: bytes.length,
        hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
        ...(csv ? { dialect: { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\n' } } : {}),
        ...(f.schema && 'table' in f.schema ? { schema: f.schema.table } : {}),
        ...(f.schema && 'json' in f.schema ? { jsonSchema: JSON_SCHEMAS[f.schema.json] } : {}),
      };
    }),
  };
}
