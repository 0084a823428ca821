/**
 * Questions the pages ask of the site model: a leader's or unit's targets by
 * document, a document's name indexes, a place's topics. Pure functions of
 * the model.
 */
import { combinedStatus, STATUS_ORDER } from './status.ts';
import { namesPerson, namesUnit } from './assignment.ts';
import type { Anomaly, AnomalyKind, Assignment, Leader, SiteDocument, StatusValue, Target, Unit } from '../../schemas/records.ts';
import { bySource, groupBy, must, type SiteRecords } from './site-model.ts';

export type StatusCounts = Record<StatusValue, number>;

export function emptyCounts(): StatusCounts {
  return { on_plan: 0, behind: 0, not_applicable: 0, not_reported: 0 };
}

const zh = new Intl.Collator('zh-CN');

/** A target as it concerns one leader or unit. */
export interface EntityTarget {
  target: Target;
  assignments: Assignment[];
  status: StatusValue;
  /** the unit shares the assignment with other units */
  shared: boolean;
  /** the roles the leader or unit holds in it, as the source names them (市政府领导, 县长; 牵头, 配合) */
  roles: string[];
}

export interface EntityDocumentGroup {
  document: SiteDocument;
  items: EntityTarget[];
  counts: StatusCounts;
}

export interface NameIndexEntry {
  id: string;
  name: string;
  /** keys of the targets, in source order */
  numbers: string[];
}

export interface DocumentIndexes {
  byLeader: NameIndexEntry[];
  byUnit: NameIndexEntry[];
  byStatus: { status: StatusValue; numbers: string[] }[];
}

/** Previous and next target in the document's source order. */
export function neighbours(s: SiteRecords, target: Target): { prev: Target | null; next: Target | null } {
  const list = must(s.targetsByDocument, target.document, 'document');
  const i = list.findIndex((t) => t.id === target.id);
  return { prev: list[i - 1] ?? null, next: list[i + 1] ?? null };
}

/**
 * The targets a leader or unit appears in, grouped by document (newest
 * first), each with only the assignments that name it.
 */
export function entityTargets(s: SiteRecords, targetIds: readonly string[], concerns: (assignment: Assignment) => boolean, isUnit: boolean, entityId: string): EntityDocumentGroup[] {
  const items: EntityTarget[] = targetIds.map((id) => {
    const target = must(s.target, id, 'target');
    const assignments = target.assignments.filter(concerns);
    const roles = isUnit
      ? assignments.flatMap((a) => a.units.filter((u) => u.id === entityId).map((u) => u.role))
      : assignments.flatMap((a) => a.people.filter((p) => p.id === entityId).map((p) => p.role ?? ''));
    return {
      target,
      assignments,
      status: combinedStatus(assignments.map((a) => a.status.value)),
      shared: isUnit && assignments.some((a) => a.units.some((u) => u.id !== entityId)),
      roles: [...new Set(roles.filter(Boolean))],
    };
  });
  const groups = groupBy(items, (item) => item.target.document);
  return s.documents
    .filter((d) => groups.has(d.id))
    .map((document) => {
      const list = must(groups, document.id, 'document').sort((a, b) => bySource(a.target, b.target));
      const counts = emptyCounts();
      for (const item of list) counts[item.status] += 1;
      return { document, items: list, counts };
    });
}

/** How many places in the sources anomalies stand for: 曹 临 printed 27 times is one anomaly and 27 places. */
export function anomalyPlaces(anomalies: readonly Anomaly[]): number {
  return anomalies.reduce((n, a) => n + a.occurrences.length, 0);
}

/** Anomalies grouped by kind, the kind found in most places first (ties in order of first appearance). */
export function anomalyKindGroups(anomalies: readonly Anomaly[]): [AnomalyKind, Anomaly[]][] {
  return [...groupBy(anomalies, (a) => a.kind)].sort((a, b) => anomalyPlaces(b[1]) - anomalyPlaces(a[1]));
}

export function leaderTargets(s: SiteRecords, leader: Leader): EntityDocumentGroup[] {
  return entityTargets(s, leader.targetIds, (a) => namesPerson(a, leader.id), false, leader.id);
}

export function unitTargets(s: SiteRecords, unit: Unit): EntityDocumentGroup[] {
  return entityTargets(s, unit.targetIds, (a) => namesUnit(a, unit.id), true, unit.id);
}

/** The static by-leader, by-unit and by-status lists on a document page. */
export function documentIndexes(s: SiteRecords, document: SiteDocument): DocumentIndexes {
  const targets = s.targetsByDocument.get(document.id) ?? [];
  const leaders = new Map<string, NameIndexEntry>();
  const units = new Map<string, NameIndexEntry>();
  const statuses = new Map<StatusValue, string[]>();
  const add = (map: Map<string, NameIndexEntry>, id: string, name: string, t: Target) => {
    const entry = map.get(id) ?? { id, name, numbers: [] };
    if (!entry.numbers.includes(t.key)) entry.numbers.push(t.key);
    map.set(id, entry);
  };
  for (const t of targets) {
    for (const a of t.assignments) {
      for (const p of a.people) add(leaders, p.id, p.name, t);
      for (const u of a.units) add(units, u.id, u.name, t);
      const list = statuses.get(a.status.value) ?? [];
      if (!list.includes(t.key)) list.push(t.key);
      statuses.set(a.status.value, list);
    }
  }
  const byName = (a: NameIndexEntry, b: NameIndexEntry) => zh.compare(a.name, b.name);
  return {
    byLeader: [...leaders.values()].sort(byName),
    byUnit: [...units.values()].sort(byName),
    byStatus: STATUS_ORDER.filter((v) => statuses.has(v)).map((status) => ({ status, numbers: statuses.get(status) ?? [] })),
  };
}

/** The address segment of the targets no topic rule reaches. */
export const UNCLASSIFIED_TOPIC = 'unclassified';

export interface TopicSummary {
  id: string;
  name: string;
  targetIds: string[];
}

/** A place's topics, most targets first, with 未归类 last where any target has none. */
export function jurisdictionTopics(s: SiteRecords, jurisdiction: string, unclassifiedName: string): TopicSummary[] {
  const topics = new Map<string, TopicSummary>();
  const none: string[] = [];
  for (const t of s.target.values()) {
    if (t.jurisdiction !== jurisdiction) continue;
    if (t.topics.length === 0) none.push(t.id);
    for (const topic of t.topics) {
      const entry = topics.get(topic.id) ?? { id: topic.id, name: topic.name, targetIds: [] };
      entry.targetIds.push(t.id);
      topics.set(topic.id, entry);
    }
  }
  const list = [...topics.values()].sort((a, b) => b.targetIds.length - a.targetIds.length || a.id.localeCompare(b.id));
  return none.length > 0 ? [...list, { id: UNCLASSIFIED_TOPIC, name: unclassifiedName, targetIds: none }] : list;
}

/** The targets of one topic of a place, by document (newest first), with status counts. */
export function topicTargets(s: SiteRecords, topic: TopicSummary): EntityDocumentGroup[] {
  return entityTargets(s, topic.targetIds, () => true, false, '');
}
