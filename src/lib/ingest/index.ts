/**
 * All seeds → all collections. Pure: the caller reads the files into
 * SourceDocuments (read/index.ts, one reader per format) and writes the
 * output (src/lib/ingest/run.ts); this module only turns blocks into records.
 *
 * For each seed:
 *   1. a layout interpreter is chosen by how well the document fits it
 *      (layout/index.ts) and reads its targets, names as printed;
 *   2. its place, year, period and kind are declared or read (identity.ts);
 *   3. names are resolved to leaders and units (resolve.ts), deadlines and
 *      statuses read, every judgement logged (anomalies.ts).
 * Then slugs are made per jurisdiction and the records assembled.
 */
import type { AliasFile, JurisdictionFile, Sidecar, VocabularyFile, TopicFile } from '../../schemas/seeds.ts';
import type { Anomaly, Assignment, Jurisdiction, Leader, PersonRef, SiteDocument, StatusValue, Target, Unit, UnitRef } from '../../schemas/records.ts';
import { anomalyMessage } from '../../i18n/zh-CN.anomalies.ts';
import { chronological, periodEnd, readAsOf } from '../model/period.ts';
import { targetStatus } from '../model/status.ts';
import { AnomalyLog, type LoggedAnomaly } from './anomalies.ts';
import { parseDeadline } from './deadline.ts';
import type { SeedEncoding } from './encoding.ts';
import { SeedError } from './errors.ts';
import { defaultLeaderTitle, identify, type Identity } from './identity.ts';
import { chooseLayout, type LayoutChoice } from './layout/index.ts';
import type { Interpretation, ParsedTarget } from './layout/types.ts';
import { NameResolver } from './resolve.ts';
import { hasEtAl } from './unit-list.ts';
import { isOffice } from './responsibility.ts';
import type { SourceDocument } from './source.ts';
import { assignTopics } from './topics.ts';
import { StatusVocabulary } from './status.ts';

export interface SeedFile {
  /** path relative to the project, e.g. seeds/000_x.txt */
  path: string;
  source: SourceDocument;
  sha256: string;
  /** how a text file's bytes were decoded; null for Excel and Word */
  encoding: SeedEncoding | null;
  sidecar: Sidecar | null;
}

export interface IngestInput {
  seeds: SeedFile[];
  aliases: AliasFile;
  jurisdictions: JurisdictionFile;
  vocabulary: VocabularyFile;
  /** seeds/topics.json; a site without one browses by no topic */
  topics?: TopicFile;
}

export interface Collections {
  jurisdictions: Jurisdiction[];
  documents: SiteDocument[];
  targets: Target[];
  leaders: Leader[];
  units: Unit[];
  anomalies: Anomaly[];
}

/** Documents in reading order: by jurisdiction, then year and period. */
export function compareDocuments(a: Pick<SiteDocument, 'jurisdiction' | 'year' | 'period' | 'id'>, b: Pick<SiteDocument, 'jurisdiction' | 'year' | 'period' | 'id'>): number {
  return a.jurisdiction.localeCompare(b.jurisdiction) || chronological(a, b);
}

/** seeds/000_x.txt → seeds/000_x.meta.json */
export function sidecarPath(seedPath: string): string {
  return seedPath.replace(/\.[^./]+$/, '') + '.meta.json';
}

/** How one seed reads, before names are resolved: what `npm run inspect` prints and the ingest builds on. */
export interface Reading {
  seed: SeedFile;
  choice: LayoutChoice;
  interpretation: Interpretation;
  identity: Identity;
  documentId: string;
  log: AnomalyLog;
}

/**
 * What the reader noted (merged cells, hidden rows, dropped links) into the
 * log, each at the target printed on its line. A merge over header cells, a
 * title or a section row duplicates no data, so it is not recorded (the
 * header-joined record says how a two-row header was read).
 */
export function logReaderNotes(source: SourceDocument, interpretation: Interpretation, log: AnomalyLog): void {
  const targetAtLine = new Map<number, string>();
  for (const t of interpretation.targets) for (const a of t.assignments) targetAtLine.set(a.pos.line, t.key);
  for (const note of source.notes) {
    const target = targetAtLine.get(note.pos.line) ?? null;
    if (note.fact.kind === 'merged-cell' && target === null) continue;
    log.add(note.fact, note.pos, target);
  }
}

/** 截至: declared, else printed in the title, else the end of the reporting period; none for what reports no progress. */
function asOfDate(identity: Identity, title: string, declared: string | undefined): SiteDocument['asOf'] {
  if (declared) return { date: declared, from: 'declared' };
  if (identity.kind !== 'progress') return null;
  const printed = readAsOf(title, identity.year);
  if (printed) return { date: printed, from: 'text' };
  const end = periodEnd(identity.period, identity.year);
  return end ? { date: end, from: 'period' } : null;
}

export function readDocument(seed: SeedFile, input: Pick<IngestInput, 'aliases' | 'jurisdictions'>, vocabulary: StatusVocabulary): Reading {
  const log = new AnomalyLog();
  const sidecar = seed.sidecar;
  const meta = sidecarPath(seed.path);
  const columns = sidecar?.columns ?? {};
  const choice = chooseLayout(seed.source, sidecar?.layout, { isStatusWord: vocabulary.isStatusWord, columns }, meta);
  // the place is known only after reading; forms printed with an inner space are exact strings, so every place's list is safe to use
  const joinedUnitForms = Object.values(input.aliases.jurisdictions).flatMap((j) => j.joinedUnitForms);
  const interpretation = choice.layout.read(seed.source, {
    file: seed.path,
    joinedUnitForms,
    truncated: sidecar?.truncated ?? false,
    columns,
    isStatusWord: vocabulary.isStatusWord,
    log,
    declared: choice.declared,
    ...(sidecar?.kind ? { kind: sidecar.kind } : {}),
    ...(sidecar?.title ? { title: sidecar.title } : {}),
  });
  logReaderNotes(seed.source, interpretation, log);
  const identity = identify({ file: seed.path, sidecarPath: meta, interpretation, facts: seed.source.facts, sidecar, jurisdictions: input.jurisdictions.jurisdictions });
  const documentId = `${identity.jurisdiction}/${identity.year}-${identity.period}${sidecar?.series ? `-${sidecar.series}` : ''}`;
  // items that name no one and report nothing by label may be tasks or a 通报 of progress: only the webmaster can say which
  if (
    choice.declared &&
    choice.layout.name === 'list' &&
    !sidecar?.kind &&
    interpretation.targets.length > 0 &&
    interpretation.targets.every((t) => t.assignments.every((a) => a.people.length === 0 && a.units.length === 0 && a.progress === null && a.statusRaw === null))
  ) {
    throw new SeedError(
      seed.path,
      interpretation.targets[0]?.pos ?? 1,
      'the numbered items name no leader or unit and no 进展情况',
      `what the document is: declare "kind": "progress" in ${meta} if each item reports how far a target got (a 通报 in paragraphs; the item's text is published whole), or "kind": "assignment" if they are tasks`,
    );
  }
  // a page needs the document's own title; a copy that prints none gets the one the webmaster declares, never the file name
  if (!sidecar?.title && !interpretation.title) {
    throw new SeedError(seed.path, 1, 'the copy prints no title (no line before the table or the items reads as one)', `the title as the portal lists it: declare "title": "…" in ${meta}`);
  }
  if (interpretation.targets.length === 0 && identity.kind !== 'report') {
    throw new SeedError(
      seed.path,
      1,
      `read as a ${choice.layout.name} but yields no targets`,
      `targets under the table header or numbered items; or, if the copy holds only the opening, a fuller copy of the document`,
    );
  }
  return { seed, choice, interpretation, identity, documentId, log };
}

export function ingest(input: IngestInput): Collections {
  const vocabulary = new StatusVocabulary(input.vocabulary);
  const resolver = new NameResolver(input.aliases);
  const documents: SiteDocument[] = [];
  const targets: Target[] = [];
  const anomalies: Anomaly[] = [];
  const anomalyIds = new Set<string>();
  const jurisdictionEntries = new Map(input.jurisdictions.jurisdictions.map((j) => [j.id, j]));

  const readings = [...input.seeds].sort((a, b) => a.path.localeCompare(b.path)).map((seed) => readDocument(seed, input, vocabulary));
  const seen = new Map<string, string>();
  for (const r of readings) {
    const clash = seen.get(r.documentId);
    if (clash) {
      throw new SeedError(
        r.seed.path,
        1,
        `document ${r.documentId} is also built from ${clash}`,
        `one seed per jurisdiction, year and period; if both are to be published (a 民生实事 list beside the targets, say), declare "series": "…" in ${sidecarPath(r.seed.path)}`,
      );
    }
    seen.set(r.documentId, r.seed.path);
  }

  const collect = (r: Reading, entries: readonly LoggedAnomaly[], targetIdOf: (key: string | null) => string | null): void => {
    for (const e of entries) {
      const first = e.occurrences[0];
      if (!first) continue;
      let id = `${r.documentId}/${first.pos.line}-${e.fact.kind}`;
      for (let n = 2; anomalyIds.has(id); n++) id = `${r.documentId}/${first.pos.line}-${e.fact.kind}-${n}`;
      anomalyIds.add(id);
      const { severity, found, action } = anomalyMessage(e.fact);
      anomalies.push({
        id,
        kind: e.fact.kind,
        occurrences: e.occurrences.map((o) => ({ line: o.pos.line, at: o.pos.at, target: targetIdOf(o.target) })),
        severity,
        document: r.documentId,
        target: targetIdOf(first.target),
        source: { file: r.seed.path, line: first.pos.line, at: first.pos.at },
        found,
        action,
      });
    }
  };

  for (const r of readings) {
    const { seed, interpretation: d, identity, documentId, log } = r;
    const j = identity.jurisdiction;
    const documentTargets: Target[] = [];
    for (const t of d.targets) documentTargets.push(buildTarget(t, r, resolver, vocabulary, log, input.topics ?? null));
    const keys = new Set(documentTargets.map((t) => t.id));
    const targetIdOf = (key: string | null): string | null => (key !== null && keys.has(`${documentId}/${key}`) ? `${documentId}/${key}` : null);
    const before = anomalies.length;
    collect(r, log.entries, targetIdOf);
    // a row's anomalies: those found at its line for its target (the document's own, such as a restarted numbering, stay with the document)
    const byLine = new Map<number, string[]>();
    for (const a of anomalies.slice(before)) {
      for (const o of a.occurrences) if (o.target !== null) byLine.set(o.line, [...(byLine.get(o.line) ?? []), a.id]);
    }
    for (const target of documentTargets) for (const a of target.assignments) a.anomalies = [...new Set(byLine.get(a.source.line) ?? [])];
    targets.push(...documentTargets);

    const counts: Record<StatusValue, number> = { on_plan: 0, behind: 0, not_applicable: 0, not_reported: 0 };
    for (const target of documentTargets) counts[targetStatus(target)]++;
    const numbers = documentTargets.map((t) => t.number);
    documents.push({
      id: documentId,
      jurisdiction: j,
      kind: identity.kind,
      year: identity.year,
      period: identity.period,
      periodLabel: identity.periodLabel,
      title: seed.sidecar?.title ?? d.title ?? seed.path,
      asOf: asOfDate(identity, seed.sidecar?.title ?? d.title ?? '', seed.sidecar?.asOf),
      docNumber: seed.sidecar?.docNumber ?? d.docNumber,
      declaredTotal: d.declaredTotal,
      targetCount: documentTargets.length,
      numberRange: numbers.length > 0 ? { first: Math.min(...numbers), last: Math.max(...numbers) } : null,
      columns: d.columns,
      tables: d.tables,
      format: seed.source.format,
      layout: d.layout,
      identity: identity.provenance,
      cutOff: d.cutOff ? { line: d.cutOff.pos.line, at: d.cutOff.pos.at, text: d.cutOff.text } : null,
      conventions: d.conventions,
      declaredNote: seed.sidecar?.note ?? null,
      textDate: d.textDate,
      publishedAt: seed.sidecar?.publishedAt ?? seed.source.facts.publishedAt ?? null,
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
  const pinned = Object.fromEntries(Object.entries(input.aliases.slugs).filter(([k]) => !k.startsWith('$')));
  const leaderOut: Leader[] = [];
  const unitOut: Unit[] = [];
  const ids = { leader: new Map<string, string>(), unit: new Map<string, string>() };
  const targetOrder = new Map(targets.map((t, i) => [t.id, i]));
  const byOrder = (a: string, b: string): number => (targetOrder.get(a) ?? 0) - (targetOrder.get(b) ?? 0);
  for (const [kind, map] of [
    ['leader', resolver.leaders],
    ['unit', resolver.units],
  ] as const) {
    for (const [jurisdiction, reg] of [...map].sort(([a], [b]) => a.localeCompare(b))) {
      const { slugs, collisions } = reg.slugs(pinned);
      for (const names of collisions) {
        const doc = documents.find((d) => d.jurisdiction === jurisdiction);
        if (!doc) continue;
        const id = `${doc.id}/1-slug-collision-${names[0]}`;
        const { severity, found, action } = anomalyMessage({ kind: 'slug-collision', names });
        anomalies.push({
          id,
          kind: 'slug-collision',
          occurrences: [{ line: 1, at: null, target: null }],
          severity,
          document: doc.id,
          target: null,
          source: { file: doc.sourceFile, line: 1, at: null },
          found,
          action,
        });
      }
      for (const entity of [...reg.byName.values()].sort((a, b) => a.name.localeCompare(b.name))) {
        const slug = slugs.get(entity.name) ?? 'x';
        const id = `${jurisdiction}/${slug}`;
        ids[kind].set(`${jurisdiction}\u0000${entity.name}`, id);
        const aliasList = [...entity.forms].map(([form, f]) => ({ form, count: f.count, reason: f.reason })).sort((a, b) => a.form.localeCompare(b.form));
        const targetIds = [...entity.targetIds].sort(byOrder);
        if (kind === 'leader') leaderOut.push({ id, jurisdiction, slug, name: entity.name, aliases: aliasList, office: isOffice(entity.name), targetIds });
        else unitOut.push({ id, jurisdiction, slug, name: entity.name, aliases: aliasList, collective: resolver.isCollective(entity.name), targetIds });
      }
    }
  }
  for (const t of targets) {
    for (const a of t.assignments) {
      for (const p of a.people) p.id = ids.leader.get(`${t.jurisdiction}\u0000${p.name}`) ?? p.id;
      for (const u of a.units) u.id = ids.unit.get(`${t.jurisdiction}\u0000${u.name}`) ?? u.id;
    }
  }

  const used = new Set(documents.map((d) => d.jurisdiction));
  return {
    jurisdictions: [...jurisdictionEntries.values()].filter((j) => used.has(j.id)).map((j) => ({ id: j.id, name: j.name, parent: j.parent, leaderTitle: j.leaderTitle ?? defaultLeaderTitle(j.name) })),
    documents: documents.sort(compareDocuments),
    targets,
    leaders: leaderOut,
    units: unitOut,
    anomalies,
  };
}

function buildTarget(t: ParsedTarget, r: Reading, resolver: NameResolver, vocabulary: StatusVocabulary, log: AnomalyLog, topicFile: TopicFile | null): Target {
  const { seed, identity, documentId } = r;
  const j = identity.jurisdiction;
  const targetId = `${documentId}/${t.key}`;
  const assignments: Assignment[] = t.assignments.map((a, i) => {
    const at = { pos: a.pos, target: t.key, targetId };
    const deadline = parseDeadline(a.deadlineRaw, identity.year);
    if (deadline.kind === 'unparsed') log.add({ kind: 'deadline-unparsed', raw: deadline.raw ?? '' }, a.pos, t.key);
    const { status, known } = vocabulary.read(a.statusRaw);
    if (!known) log.add({ kind: 'status-unknown', raw: status.raw ?? '' }, a.pos, t.key);
    const people: PersonRef[] = a.people.map((p) => {
      const name = resolver.person(j, p.published, at, log);
      return { published: p.published, name, id: name, role: p.role, from: p.from, inherited: p.inherited };
    });
    const units: UnitRef[] = a.units.map((u) => {
      const name = resolver.unit(j, u.published, u.joined, at, log, u.level ?? null);
      return { published: u.published, name, id: name, role: u.role, label: u.label, roleFrom: u.roleFrom, etAl: hasEtAl(u.published), inherited: u.inherited };
    });
    return {
      index: i + 1,
      kind: a.kind,
      people,
      targetText: a.targetText,
      deadline,
      unitsRaw: a.unitsRaw,
      units,
      unitsEtAl: units.some((u) => u.etAl),
      progress: a.progress,
      status,
      figures: a.figures,
      note: a.note,
      cells: a.cells,
      gaps: a.gaps,
      source: { file: seed.path, line: a.pos.line, at: a.pos.at },
      anomalies: [],
    };
  });
  const first = assignments[0];
  if (!first) throw new SeedError(seed.path, t.pos, `target ${t.number} has no row`, 'at least one row per target');
  return {
    id: targetId,
    jurisdiction: j,
    document: documentId,
    number: t.number,
    printedNumber: t.printedNumber,
    key: t.key,
    group: t.group,
    table: t.table,
    section: t.section,
    headings: t.headings,
    text: t.text,
    deadline: first.deadline,
    assignments,
    assignmentClause: t.assignmentClause,
    notes: t.notes,
    topics: topicFile ? assignTopics({ id: targetId, text: t.text.text, headings: t.headings, section: t.section?.title ?? null }, topicFile) : [],
    source: { file: seed.path, line: t.pos.line, at: t.pos.at },
  };
}
