/**
 * All seeds → all collections. Pure: the caller reads the files and writes
 * the output (scripts/ingest.ts); this module only turns text into records.
 *
 * 1. each seed is assigned a jurisdiction and a format, and parsed by the
 *    parser for that format;
 * 2. names as printed are resolved to leaders and units through the reviewed
 *    alias file; every normalisation becomes an anomaly;
 * 3. deadlines and statuses are read; ids and slugs are made.
 */
import type {
  AliasFile,
  Anomaly,
  Assignment,
  Jurisdiction,
  JurisdictionFile,
  Leader,
  NameRef,
  SiteDocument,
  Sidecar,
  StatusValue,
  Target,
  Unit,
} from '../../content.config.ts';
import { parseDeadline } from './deadline.ts';
import { parseProgressTable } from './progress-table.ts';
import { pinyinSlug } from './slug.ts';
import { parseStatus } from './status.ts';
import { parseTaskNotice } from './task-notice.ts';
import { splitLines, unspaced } from './text.ts';
import { SeedError, type ParseResult, type ParsedAnomaly } from './types.ts';
import { withoutEtAl } from './unit-list.ts';
import { parseWorkReport } from './work-report.ts';
import { PERIOD_ORDER } from '../period.ts';
import { targetStatus } from '../status.ts';

export interface SeedFile {
  /** path relative to the project, e.g. seeds/000_x.txt */
  path: string;
  text: string;
  sha256: string;
  encoding: SiteDocument['sourceEncoding'];
  sidecar: Sidecar | null;
}

export interface IngestInput {
  seeds: SeedFile[];
  aliases: AliasFile;
  jurisdictions: JurisdictionFile;
}

export interface Collections {
  jurisdictions: Jurisdiction[];
  documents: SiteDocument[];
  targets: Target[];
  leaders: Leader[];
  units: Unit[];
  anomalies: Anomaly[];
}

export type SeedFormat = 'progress' | 'assignment' | 'report';

/** Which parser reads this text: decided by what the text contains, not by its file name. */
export function detectFormat(text: string, file: string): SeedFormat {
  const lines = splitLines(text).map((l) => l.text);
  if (lines.some((l) => /^\s*序号\s*\t/.test(l))) return 'progress';
  if (lines.some((l) => /^\d+[、.．].*[（(](牵头领导|责任领导)[：:]/.test(l))) return 'assignment';
  if (lines.slice(0, 10).some((l) => /政府工作报告/.test(l))) return 'report';
  throw new SeedError(
    file, 1, 'unknown layout',
    'a progress table (tab-separated, header row starting with 序号), a task-assignment notice (tasks ending in （牵头领导：…。承办单位：…）) or a 政府工作报告',
  );
}

function detectJurisdiction(text: string, file: string, jurisdictions: JurisdictionFile['jurisdictions']): string {
  const opening = splitLines(text).slice(0, 12).map((l) => l.text).join('\n');
  const found = jurisdictions.find((j) => j.markers.some((m) => opening.includes(m)));
  if (!found) {
    throw new SeedError(file, 1, 'no known jurisdiction named in the opening lines', `one of ${jurisdictions.map((j) => j.markers.join('/')).join(', ')} (add new ones to seeds/jurisdictions.json)`);
  }
  return found.id;
}


/** Documents in reading order: by jurisdiction, then year and period. */
export function compareDocuments(a: Pick<SiteDocument, 'jurisdiction' | 'year' | 'period'>, b: Pick<SiteDocument, 'jurisdiction' | 'year' | 'period'>): number {
  return a.jurisdiction.localeCompare(b.jurisdiction) || a.year - b.year || PERIOD_ORDER[a.period] - PERIOD_ORDER[b.period];
}

interface EntityForms {
  name: string;
  forms: Map<string, { count: number; reason: string }>;
  targetIds: Set<string>;
}

/** Resolves printed names to canonical leaders/units of one kind, and makes their slugs. */
class Registry {
  readonly byName = new Map<string, EntityForms>();
  readonly jurisdiction: string;
  constructor(jurisdiction: string) {
    this.jurisdiction = jurisdiction;
  }

  add(name: string, published: string, reason: string | null, targetId: string): void {
    let entity = this.byName.get(name);
    if (!entity) {
      entity = { name, forms: new Map(), targetIds: new Set() };
      this.byName.set(name, entity);
    }
    entity.targetIds.add(targetId);
    if (published !== name) {
      const form = entity.forms.get(published) ?? { count: 0, reason: reason ?? '' };
      form.count++;
      entity.forms.set(published, form);
    }
  }

  /** name → slug, unique within this registry; homophones get a numbered suffix in name order and an anomaly. */
  slugs(pinned: Record<string, string>): { slugs: Map<string, string>; collisions: string[][] } {
    const bySlug = new Map<string, string[]>();
    for (const name of [...this.byName.keys()].sort()) {
      const slug = pinned[`${this.jurisdiction}/${name}`] ?? (pinyinSlug(name) || 'x');
      bySlug.set(slug, [...(bySlug.get(slug) ?? []), name]);
    }
    const slugs = new Map<string, string>();
    const collisions: string[][] = [];
    for (const [slug, names] of bySlug) {
      if (names.length === 1) slugs.set(names[0] ?? '', slug);
      else {
        collisions.push(names);
        names.forEach((n, i) => slugs.set(n, i === 0 ? slug : `${slug}-${i + 1}`));
      }
    }
    return { slugs, collisions };
  }
}

export function ingest(input: IngestInput): Collections {
  const { seeds, aliases, jurisdictions } = input;
  const documents: SiteDocument[] = [];
  const targets: Target[] = [];
  const anomalies: Anomaly[] = [];
  const leaderRegistries = new Map<string, Registry>();
  const unitRegistries = new Map<string, Registry>();
  const registry = (map: Map<string, Registry>, j: string): Registry => {
    let r = map.get(j);
    if (!r) map.set(j, (r = new Registry(j)));
    return r;
  };
  const anomalyIds = new Set<string>();
  const addAnomaly = (documentId: string, file: string, a: ParsedAnomaly): string => {
    let id = `${documentId}/${a.line}-${a.kind}`;
    for (let n = 2; anomalyIds.has(id); n++) id = `${documentId}/${a.line}-${a.kind}-${n}`;
    anomalyIds.add(id);
    anomalies.push({
      id, kind: a.kind, severity: a.severity, document: documentId,
      target: a.target === null ? null : `${documentId}/${a.target}`,
      source: { file, line: a.line }, found: a.found, action: a.action,
    });
    return id;
  };

  const rules = aliases.rules;
  const parsed: Array<{ seed: SeedFile; jurisdiction: string; result: ParseResult }> = [];
  for (const seed of [...seeds].sort((a, b) => a.path.localeCompare(b.path))) {
    const jurisdiction = detectJurisdiction(seed.text, seed.path, jurisdictions.jurisdictions);
    const joinedUnitForms = aliases.jurisdictions[jurisdiction]?.joinedUnitForms ?? [];
    const format = detectFormat(seed.text, seed.path);
    const options = { file: seed.path, joinedUnitForms };
    const result =
      format === 'progress' ? parseProgressTable(seed.text, options)
      : format === 'assignment' ? parseTaskNotice(seed.text, options)
      : parseWorkReport(seed.text, options);
    parsed.push({ seed, jurisdiction, result });
  }

  const seenDocuments = new Map<string, string>();
  for (const { seed, jurisdiction, result } of parsed) {
    const d = result.document;
    const documentId = `${jurisdiction}/${d.year}-${d.period}`;
    const clash = seenDocuments.get(documentId);
    if (clash) {
      throw new SeedError(seed.path, 1, `document ${documentId} is also built from ${clash}`, 'one seed per jurisdiction, year and period');
    }
    seenDocuments.set(documentId, seed.path);
    const lineAnomalies = new Map<number, string[]>();
    const record = (a: ParsedAnomaly): void => {
      const id = addAnomaly(documentId, seed.path, a);
      lineAnomalies.set(a.line, [...(lineAnomalies.get(a.line) ?? []), id]);
    };
    result.anomalies.forEach(record);

    const leaderAliases = aliases.jurisdictions[jurisdiction]?.leaders ?? [];
    const unitAliases = aliases.jurisdictions[jurisdiction]?.units ?? [];
    const leaders = registry(leaderRegistries, jurisdiction);
    const units = registry(unitRegistries, jurisdiction);
    // One anomaly per printed form per document: where it first appears.
    const reportedForms = new Set<string>();

    const resolveLeader = (published: string, line: number, targetNumber: number, targetId: string): { name: string } => {
      let name = published;
      let reason: string | null = null;
      if (rules.collapseSpacesInLeaderNames.enabled && unspaced(published) !== published) {
        name = unspaced(published);
        reason = rules.collapseSpacesInLeaderNames.reason;
      }
      const entry = leaderAliases.find((e) => e.forms.includes(name) || e.forms.includes(published));
      if (entry) {
        name = entry.name;
        reason = entry.reason;
      }
      leaders.add(name, published, reason, targetId);
      if (name !== published && !reportedForms.has(`leader:${published}`)) {
        reportedForms.add(`leader:${published}`);
        record({ kind: 'leader-alias', severity: 'info', line, target: targetNumber, found: `领导姓名印作“${published}”`, action: `归并为“${name}”：${reason}` });
      }
      return { name };
    };

    const resolveUnit = (published: string, line: number, targetNumber: number, targetId: string, joined: boolean): { name: string } => {
      let name = published;
      let reason: string | null = null;
      if (rules.stripTrailingEtAl.enabled && withoutEtAl(published) !== published) {
        name = withoutEtAl(published);
        reason = rules.stripTrailingEtAl.reason;
        if (!reportedForms.has(`etal:${published}`)) {
          reportedForms.add(`etal:${published}`);
          record({ kind: 'unit-et-al', severity: 'info', line, target: targetNumber, found: `单位列表以“${published}”结束`, action: `单位记为“${name}”，并注明列举未尽（等）` });
        }
      }
      const entry = unitAliases.find((e) => e.forms.includes(name) || e.forms.includes(published));
      if (entry && entry.name !== name) {
        const before = name;
        name = entry.name;
        reason = entry.reason;
        if (!reportedForms.has(`unit:${before}`)) {
          reportedForms.add(`unit:${before}`);
          record({
            kind: joined ? 'unit-joined' : 'unit-alias', severity: 'info', line, target: targetNumber,
            found: `责任单位印作“${before}”`, action: `归并为“${name}”：${reason}`,
          });
        }
      }
      units.add(name, published, reason, targetId);
      return { name };
    };

    const documentTargets: Target[] = [];
    for (const t of result.targets) {
      const targetId = `${documentId}/${t.number}`;
      const assignments: Assignment[] = t.assignments.map((a, i) => {
        const deadline = parseDeadline(a.deadlineRaw, d.year);
        if (deadline.kind === 'unparsed') {
          record({ kind: 'deadline-unparsed', severity: 'warning', line: a.line, target: t.number, found: `完成时限“${deadline.raw}”`, action: '原样显示，不换算为日期' });
        }
        const { status, known } = parseStatus(a.statusRaw);
        if (!known) {
          record({ kind: 'status-unknown', severity: 'warning', line: a.line, target: t.number, found: `是否按计划一栏为“${status.raw}”`, action: '原样显示，统计时记为“未报告”' });
        }
        const leader: NameRef | null = a.leader === null ? null : (() => {
          const { name } = resolveLeader(a.leader, a.line, t.number, targetId);
          return { published: a.leader, name, id: name };
        })();
        const unitRefs: NameRef[] = a.units.published.map((p) => {
          const { name } = resolveUnit(p, a.line, t.number, targetId, a.units.joined.includes(p));
          return { published: p, name, id: name };
        });
        return {
          index: i + 1,
          leader,
          leaderRole: a.leaderRole,
          targetText: a.targetText,
          deadline,
          unitsRaw: a.unitsRaw,
          units: unitRefs,
          unitsEtAl: a.units.etAl,
          progress: a.progress,
          status,
          source: { file: seed.path, line: a.line },
          anomalies: [],
        };
      });
      const first = assignments[0];
      if (!first) throw new SeedError(seed.path, t.line, `target ${t.number} has no row`, 'at least one row per target');
      documentTargets.push({
        id: targetId,
        jurisdiction,
        document: documentId,
        number: t.number,
        section: t.section,
        text: t.text,
        deadline: first.deadline,
        assignments,
        assignmentClause: t.assignmentClause,
        notes: t.notes,
        source: { file: seed.path, line: t.line },
      });
    }
    for (const target of documentTargets) {
      for (const a of target.assignments) a.anomalies = lineAnomalies.get(a.source.line) ?? [];
    }
    targets.push(...documentTargets);

    const counts: Record<StatusValue, number> = { on_plan: 0, behind: 0, not_applicable: 0, not_reported: 0 };
    for (const target of documentTargets) counts[targetStatus(target)]++;
    const numbers = documentTargets.map((t) => t.number);
    documents.push({
      id: documentId,
      jurisdiction,
      kind: d.kind,
      year: d.year,
      period: d.period,
      periodLabel: d.periodLabel,
      title: d.title,
      docNumber: d.docNumber,
      declaredTotal: d.declaredTotal,
      targetCount: documentTargets.length,
      numberRange: numbers.length > 0 ? { first: Math.min(...numbers), last: Math.max(...numbers) } : null,
      columns: d.columns,
      textDate: d.textDate,
      publishedAt: seed.sidecar?.publishedAt ?? null,
      sourceUrl: seed.sidecar?.sourceUrl ?? null,
      sourceFile: seed.path,
      sourceSha256: seed.sha256,
      sourceEncoding: seed.encoding,
      frontMatter: d.frontMatter,
      backMatter: d.backMatter,
      sections: d.sections,
      reportHtml: d.reportHtml,
      passages: d.passages,
      status: counts,
    });
  }

  // Canonical names → ids with slugs, per jurisdiction.
  const pinned = Object.fromEntries(Object.entries(aliases.slugs).filter(([k]) => !k.startsWith('$')));
  const leaderOut: Leader[] = [];
  const unitOut: Unit[] = [];
  const ids = { leader: new Map<string, string>(), unit: new Map<string, string>() };
  const targetOrder = new Map(targets.map((t, i) => [t.id, i]));
  const byOrder = (a: string, b: string): number => (targetOrder.get(a) ?? 0) - (targetOrder.get(b) ?? 0);
  for (const [kind, map] of [['leader', leaderRegistries], ['unit', unitRegistries]] as const) {
    for (const [jurisdiction, reg] of [...map].sort(([a], [b]) => a.localeCompare(b))) {
      const { slugs, collisions } = reg.slugs(pinned);
      for (const names of collisions) {
        const doc = documents.find((d) => d.jurisdiction === jurisdiction);
        if (doc) {
          addAnomaly(doc.id, doc.sourceFile, {
            kind: 'slug-collision', severity: 'warning', line: 1, target: null,
            found: `${names.join('、')} 的拼音相同`, action: '网址依次加序号区分；如需固定网址，请在 seeds/aliases.json 的 slugs 中指定',
          });
        }
      }
      for (const entity of [...reg.byName.values()].sort((a, b) => a.name.localeCompare(b.name))) {
        const slug = slugs.get(entity.name) ?? pinyinSlug(entity.name);
        const id = `${jurisdiction}/${slug}`;
        ids[kind].set(`${jurisdiction}\u0000${entity.name}`, id);
        const aliasList = [...entity.forms].map(([form, f]) => ({ form, count: f.count, reason: f.reason })).sort((a, b) => a.form.localeCompare(b.form));
        const targetIds = [...entity.targetIds].sort(byOrder);
        if (kind === 'leader') leaderOut.push({ id, jurisdiction, slug, name: entity.name, aliases: aliasList, targetIds });
        else {
          const collective = rules.collectivePrefixes.some((p) => entity.name.startsWith(p));
          unitOut.push({ id, jurisdiction, slug, name: entity.name, aliases: aliasList, collective, targetIds });
        }
      }
    }
  }
  for (const t of targets) {
    for (const a of t.assignments) {
      if (a.leader) a.leader.id = ids.leader.get(`${t.jurisdiction}\u0000${a.leader.name}`) ?? a.leader.id;
      for (const u of a.units) u.id = ids.unit.get(`${t.jurisdiction}\u0000${u.name}`) ?? u.id;
    }
  }

  const usedJurisdictions = new Set(documents.map((d) => d.jurisdiction));
  return {
    jurisdictions: jurisdictions.jurisdictions
      .filter((j) => usedJurisdictions.has(j.id))
      .map(({ id, name, parent, leaderTitle }) => ({ id, name, parent, leaderTitle })),
    documents: documents.sort(compareDocuments),
    targets,
    leaders: leaderOut,
    units: unitOut,
    anomalies,
  };
}
