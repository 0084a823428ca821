/**
 * Which pages a plain literal query must return, worked out from
 * content/*.json by substring search over the published fields, without the
 * search code: the yardstick for result sets and filter counts in the
 * browser tests. Only for queries with no spaces, width or spelling
 * variants (those are the evaluation set's business).
 */
import { readFileSync } from 'node:fs';
import type { Jurisdiction, Leader, SiteDocument, Target, Unit } from '../src/schemas/records.ts';
import { documentLabel, statusLabel, strings, yearLabel } from '../src/i18n/zh-CN.ts';

const read = <T>(name: string): T[] => JSON.parse(readFileSync(`content/${name}.json`, 'utf8')) as T[];
const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, '');

export interface Expected {
  /** permalinks of every page that must be found */
  pages: string[];
  /** filter group → value → how many of those pages carry it */
  counts: Record<string, Record<string, number>>;
  /** permalinks of the matching targets by leader name */
  byLeader: Map<string, string[]>;
}

const statusWeight = { behind: 3, on_plan: 2, not_applicable: 1, not_reported: 0 } as const;

export function expectedFor(query: string): Expected {
  const targets = read<Target>('targets');
  const documents = new Map(read<SiteDocument>('documents').map((d) => [d.id, d]));
  const jurisdictions = new Map(read<Jurisdiction>('jurisdictions').map((j) => [j.id, j]));
  const has = (...fields: (string | null | undefined)[]) => fields.some((f) => squash(f).includes(query));
  const pages: string[] = [];
  const counts: Record<string, Record<string, number>> = {};
  const byLeader = new Map<string, string[]>();
  const count = (group: string, value: string) => {
    counts[group] ??= {};
    counts[group][value] = (counts[group][value] ?? 0) + 1;
  };
  for (const t of targets) {
    const d = documents.get(t.document);
    const j = jurisdictions.get(t.jurisdiction);
    if (!d || !j) throw new Error(`oracle: ${t.id} has no document or jurisdiction`);
    const a = t.assignments;
    const hit = has(
      t.text.text,
      t.section?.title,
      t.assignmentClause,
      ...t.notes,
      j.name,
      documentLabel(d),
      ...a.flatMap((x) => [x.targetText?.text, x.progress?.text, ...x.people.flatMap((p) => [p.published, p.name]), x.deadline.raw, ...x.units.flatMap((u) => [u.published, u.name])]),
    );
    if (!hit) continue;
    pages.push(`/${t.id}/`);
    count('kind', '目标');
    count('jurisdiction', j.name);
    count('year', yearLabel(d.year));
    count('document', `${j.name} ${documentLabel(d)}`);
    if (d.kind === 'progress') {
      const worst = a.map((x) => x.status.value).reduce((m, v) => (statusWeight[v] > statusWeight[m] ? v : m), 'not_reported' as keyof typeof statusWeight);
      count('status', statusLabel(worst));
    }
    for (const topic of t.topics.length > 0 ? t.topics.map((x) => x.name) : [strings.topicNone]) count('topic', topic);
    for (const leader of new Set(a.flatMap((x) => x.people.map((p) => p.name)))) {
      count('leader', leader);
      byLeader.set(leader, [...(byLeader.get(leader) ?? []), `/${t.id}/`]);
    }
    for (const unit of new Set(a.flatMap((x) => x.units.map((u) => u.name)))) count('unit', unit);
  }
  for (const [kind, label, group] of [
    ['leaders', '领导', 'leader'],
    ['units', '责任单位', 'unit'],
  ] as const) {
    for (const e of read<Leader | Unit>(kind)) {
      if (!has(e.name, ...e.aliases.map((x) => x.form))) continue;
      pages.push(`/${e.jurisdiction}/${kind}/${e.slug}/`);
      count('kind', label);
      count('jurisdiction', jurisdictions.get(e.jurisdiction)?.name ?? '');
      count(group, e.name);
    }
  }
  for (const d of documents.values()) {
    const j = jurisdictions.get(d.jurisdiction);
    if (!j || !has(d.title, d.docNumber, j.name, documentLabel(d), ...d.passages.map((p) => p.text))) continue;
    pages.push(`/${d.id}/`);
    count('kind', '文件');
    count('jurisdiction', j.name);
    count('year', yearLabel(d.year));
    count('document', `${j.name} ${documentLabel(d)}`);
  }
  return { pages, counts, byLeader };
}
