/**
 * What the search index holds for each page (written by recordDocument):
 * weighted zones of search tokens, the fields a result shows, the filter
 * values and the sort keys. Target pages are the primary results, so their
 * target text weighs most, then progress, then names; leader and unit pages
 * carry only their names, so they lead for a name and never crowd out
 * targets for anything else; document pages carry their titles (and the work
 * report its text), never the tables whose rows are target pages.
 *
 * The records are made from the collections, not read back from the built
 * pages: src/lib/search/index-files.ts hands Pagefind one small document per page
 * (recordDocument), which it indexes in a third of the time it took to parse
 * the pages themselves, and the pages carry no hidden index text.
 */
import type { Jurisdiction, Leader, SiteDocument, Target, Unit } from '../../schemas/records.ts';
import { must, type SiteRecords } from '../model/site-model.ts';
import { paths } from '../site/urls.ts';
import { leaderTargets, unitTargets, type EntityDocumentGroup } from '../model/queries.ts';
import { foldsFromAliases } from './folds.ts';
import { documentKindLabel, documentLabel, documentMeta, entitySummary, searchStrings, strings, statusLabel, targetLabel, yearLabel } from '../../i18n/zh-CN.ts';
import { STATUS_ORDER, targetStatus } from '../model/status.ts';
import { escapeHtml } from '../site/html.ts';
import { periodRank } from '../model/period.ts';
import type { FoldRule } from './normalize.ts';
import type { FilterKey } from './state.ts';
import { indexTokens } from './tokens.ts';

/** Spelling folds (鄆城 → 郓城) from the reviewed leader and unit aliases; the index and the search page use the same list. */
export function searchFolds(s: SiteRecords): FoldRule[] {
  return foldsFromAliases([...s.leader.values(), ...s.unit.values()]);
}

const weights = { text: 10, name: 10, progress: 4, names: 2, context: 1, body: 1 } as const;

interface Zone {
  weight: number;
  tokens: string[];
}

/** Fields a result shows; all plain text. */
export interface ResultMeta {
  kind: 'target' | 'leader' | 'unit' | 'document';
  title: string;
  place: string;
  leaders?: string;
  units?: string;
  status?: string;
  /** text the excerpt is cut from */
  body?: string;
}

export interface SearchRecord {
  zones: Zone[];
  meta: ResultMeta;
  filters: Partial<Record<FilterKey, string[]>>;
  sort: { newest: string; oldest: string };
}

const SEP = strings.listSeparator;
const unique = (values: readonly string[]): string[] => [...new Set(values.filter((v) => v !== ''))];

/** Tokens stay in text order: the search page checks that a term's bigrams stand side by side (an exact search). */
function zone(weight: number, texts: readonly (string | null | undefined)[], folds: readonly FoldRule[]): Zone {
  return { weight, tokens: texts.flatMap((t) => (t ? indexTokens(t, folds) : [])) };
}

/** Year and period as one whole number: 2023 上半年 → 2023082 (the period's rank is fractional: ×10). */
function documentOrdinal(doc: Pick<SiteDocument, 'year' | 'period'>): number {
  return doc.year * 1000 + Math.round(periodRank(doc.period) * 10);
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * Ascending keys: newest document first or oldest first, then 序号 within a
 * document. Fixed-width text with a letter in front, so Pagefind compares
 * them as strings: read as numbers they pass through 32-bit floats and
 * neighbouring 序号 would tie.
 */
function sortValues(doc: Pick<SiteDocument, 'year' | 'period'> | null, number = 0): SearchRecord['sort'] {
  if (!doc) return { newest: 'z', oldest: 'z' };
  const ordinal = documentOrdinal(doc);
  return { newest: `d${pad(9_999_999 - ordinal, 7)}n${pad(number, 5)}`, oldest: `d${pad(ordinal, 7)}n${pad(number, 5)}` };
}

function documentFilterValue(doc: SiteDocument, j: Jurisdiction): string {
  return `${j.name} ${documentLabel(doc)}`;
}

function kindLabel(kind: ResultMeta['kind']): string {
  return {
    target: searchStrings.searchKindTarget,
    leader: searchStrings.searchKindLeader,
    unit: searchStrings.searchKindUnit,
    document: searchStrings.searchKindDocument,
  }[kind];
}

function targetRecord(target: Target, doc: SiteDocument, j: Jurisdiction, folds: readonly FoldRule[]): SearchRecord {
  const a = target.assignments;
  const leaders = unique(a.flatMap((x) => x.people.map((p) => p.name)));
  const units = unique(a.flatMap((x) => x.units.map((u) => u.name)));
  const progress = a.map((x) => x.progress?.text ?? '').filter((t) => t !== '');
  const hasStatus = doc.kind === 'progress';
  const status = targetStatus(target);
  return {
    zones: [
      zone(weights.text, [target.text.text, ...a.map((x) => x.targetText?.text)], folds),
      zone(weights.progress, progress, folds),
      zone(weights.names, unique(a.flatMap((x) => [...x.people.flatMap((p) => [p.published, p.name]), ...x.units.flatMap((u) => [u.published, u.name])])), folds),
      // short on purpose: what every target of a document repeats (its long title) would bloat the index
      zone(weights.context, [j.name, documentLabel(doc), target.section?.title, target.assignmentClause, ...target.notes, ...unique(a.map((x) => x.deadline.raw ?? ''))], folds),
    ],
    meta: {
      kind: 'target',
      title: target.text.text,
      place: [j.name, documentLabel(doc), targetLabel(target)].join(' · '),
      leaders: leaders.join(SEP),
      units: units.join(SEP),
      ...(hasStatus ? { status } : {}),
      body: progress.join(' '),
    },
    filters: {
      kind: [kindLabel('target')],
      jurisdiction: [j.name],
      year: [yearLabel(doc.year)],
      document: [documentFilterValue(doc, j)],
      ...(hasStatus ? { status: [statusLabel(status)] } : {}),
      topic: target.topics.length > 0 ? target.topics.map((t) => t.name) : [strings.topicNone],
      leader: leaders,
      unit: units,
    },
    // where numbering restarts in each part, the part first: 二、第1项 after 一、第9项
    sort: sortValues(doc, (target.group?.index ?? 0) * 1000 + target.number),
  };
}

function entityRecord(kind: 'leader' | 'unit', entity: Leader | Unit, j: Jurisdiction, summary: string, folds: readonly FoldRule[]): SearchRecord {
  return {
    zones: [zone(weights.name, [entity.name, ...entity.aliases.map((x) => x.form)], folds)],
    meta: {
      kind,
      title: entity.name,
      place: [j.name, kind === 'leader' ? j.leaderTitle : strings.unitsIndex].join(' · '),
      body: [summary, ...entity.aliases.map((x) => x.form)].join(' '),
    },
    filters: { kind: [kindLabel(kind)], jurisdiction: [j.name], [kind]: [entity.name] },
    sort: sortValues(null),
  };
}

function documentRecord(doc: SiteDocument, j: Jurisdiction, folds: readonly FoldRule[]): SearchRecord {
  const body = doc.passages.map((p) => p.text);
  return {
    zones: [zone(weights.name, [doc.title, doc.docNumber], folds), zone(weights.context, [j.name, documentLabel(doc), documentKindLabel(doc.kind)], folds), zone(weights.body, body, folds)],
    meta: {
      kind: 'document',
      title: doc.title,
      place: [j.name, documentMeta(doc)].join(' · '),
      body: body.join(' '),
    },
    filters: {
      kind: [kindLabel('document')],
      jurisdiction: [j.name],
      year: [yearLabel(doc.year)],
      document: [documentFilterValue(doc, j)],
    },
    sort: sortValues(doc, 0),
  };
}

/** The order filter values are listed in on the search page where collation would be wrong. */
export function filterValueOrder(s: SiteRecords): Partial<Record<FilterKey, string[]>> {
  return {
    kind: (['target', 'leader', 'unit', 'document'] as const).map(kindLabel),
    jurisdiction: s.jurisdictions.map((j) => j.name),
    year: [...new Set(s.documents.map((d) => yearLabel(d.year)))],
    document: s.documents.map((d) => documentFilterValue(d, must(s.jurisdiction, d.jurisdiction, 'jurisdiction'))),
    status: STATUS_ORDER.map(statusLabel),
  };
}

/** A page the search can return, at its site path (without the base). */
export interface PageRecord {
  path: string;
  record: SearchRecord;
}

/** The line under a leader's or unit's name (its page shows the same), the excerpt of its result. */
const summaryOf = (groups: readonly EntityDocumentGroup[]): string =>
  entitySummary(
    groups.reduce((n, g) => n + g.items.length, 0),
    groups.length,
  );

/** Every target, leader, unit and document page with its record; no other page is indexed. */
export function siteRecords(s: SiteRecords): PageRecord[] {
  const folds = searchFolds(s);
  const out: PageRecord[] = [];
  for (const doc of s.documents) {
    const j = must(s.jurisdiction, doc.jurisdiction, 'jurisdiction');
    out.push({ path: paths.document(doc), record: documentRecord(doc, j, folds) });
    for (const t of s.targetsByDocument.get(doc.id) ?? []) out.push({ path: paths.target(t), record: targetRecord(t, doc, j, folds) });
  }
  for (const leader of s.leader.values()) {
    const j = must(s.jurisdiction, leader.jurisdiction, 'jurisdiction');
    out.push({ path: paths.leader(leader.id), record: entityRecord('leader', leader, j, summaryOf(leaderTargets(s, leader)), folds) });
  }
  for (const unit of s.unit.values()) {
    const j = must(s.jurisdiction, unit.jurisdiction, 'jurisdiction');
    out.push({ path: paths.unit(unit.id), record: entityRecord('unit', unit, j, summaryOf(unitTargets(s, unit)), folds) });
  }
  return out;
}

/**
 * The document Pagefind indexes for one page: weighted zones of tokens (the
 * only text it indexes), and, ignored for words, the result's fields, filter
 * values and sort keys. Every value is escaped: cell text never becomes markup.
 */
export function recordDocument(record: SearchRecord): string {
  const zones = record.zones.filter((z) => z.tokens.length > 0).map((z) => `<p data-pagefind-weight="${z.weight}">${escapeHtml(z.tokens.join(' '))}</p>`);
  const span = (attr: string, key: string, value: string) => `<span ${attr}="${escapeHtml(key)}">${escapeHtml(value)}</span>`;
  const meta = Object.entries(record.meta)
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .map(([key, value]) => span('data-pagefind-meta', key, value));
  const filters = Object.entries(record.filters).flatMap(([key, values]) => (values ?? []).map((value) => span('data-pagefind-filter', key, value)));
  const sorts = Object.entries(record.sort).map(([key, value]) => span('data-pagefind-sort', key, value));
  return [
    '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title></title></head><body><div data-pagefind-body>',
    ...zones,
    '<div data-pagefind-ignore>',
    ...meta,
    ...filters,
    ...sorts,
    '</div></div></body></html>\n',
  ].join('');
}
