/**
 * Links between records that the sources never state but a reader needs:
 *
 * - history: the same or a continuing target in another document of the
 *   same jurisdiction (2022 Q3 #78 and 2023 H1 #88 both promise 1万个托位);
 * - provenance: the sentence of a work report that set a target of the same
 *   year (2023 H1 #6 comes from the report's 主要预期目标 paragraph).
 *
 * Both are found by text similarity (./similarity.ts) above a threshold
 * chosen on the real seeds (README, “History and provenance”), then the
 * reviewed decisions in seeds/links.json are applied: a human decision
 * always wins. Pure: records in, links out.
 */
import type { LinkFile } from '../../schemas/seeds.ts';
import type { Commitment, HistoryLink, Links, ProvenanceLink, SiteDocument, Target } from '../../schemas/records.ts';
import { containment, corpus, cosine } from './similarity.ts';

/** Cosine over bigrams without quantities; 29 of 30 reviewed pairs at or above it are right (README). */
export const HISTORY_THRESHOLD = 0.35;
/** Share of a target's weighted features found in one report sentence; every reviewed match at or above it is right (README). */
export const PROVENANCE_THRESHOLD = 0.3;

export type Basis = 'text' | 'reviewed';

export type { Commitment, HistoryLink, Links, ProvenanceLink } from '../../schemas/records.ts';

/** Sentences ending in 。！？； (kept with their end mark), trimmed, empty ones dropped. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[。！？；!?;])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** （七）聚焦…, or a short 一是坚持就业优先 with no clause of its own. */
export function isHeading(sentence: string): boolean {
  if (/^[（(][一二三四五六七八九十]+[）)]/u.test(sentence)) return true;
  const m = /^[一二三四五六七八九十]+是(.*)$/u.exec(sentence);
  return m !== null && !/[,，、:：]/u.test(m[1] ?? '');
}

/** A report's look back at last year promises nothing. */
export function isRetrospective(sectionTitle: string): boolean {
  return /回顾/u.test(sectionTitle);
}

export function reportCommitments(report: Pick<SiteDocument, 'id' | 'passages'>): Commitment[] {
  return report.passages
    .filter((p) => !isRetrospective(p.section))
    .flatMap((p) =>
      splitSentences(p.text).map((text, i) => ({
        id: `${report.id}#${p.anchor}.${i + 1}`,
        document: report.id,
        anchor: p.anchor,
        index: i + 1,
        text,
        heading: isHeading(text),
      })),
    );
}

/** Both ids in a stable order: earlier document, then lower number. */
function ordered(a: Target, b: Target): [Target, Target] {
  return a.document < b.document || (a.document === b.document && a.number <= b.number) ? [a, b] : [b, a];
}

export function pairKey(a: string, b: string): string {
  return [a, b].sort().join(' ');
}

export interface ScoredPair {
  targets: [string, string];
  score: number;
}

/**
 * Every pair of targets in different documents of one jurisdiction scoring
 * at least `floor`, best first. Quantities are left out: a target's number
 * changes from year to year (2000 then 1700 5G base stations), and the same
 * percentage in two different indicators means nothing.
 */
export function historyScores(targets: readonly Target[], floor: number): ScoredPair[] {
  const out: ScoredPair[] = [];
  const byJurisdiction = new Map<string, Target[]>();
  for (const t of targets) byJurisdiction.set(t.jurisdiction, [...(byJurisdiction.get(t.jurisdiction) ?? []), t]);
  for (const list of byJurisdiction.values()) {
    const c = corpus(
      list.map((t) => t.text.text),
      { quantities: false },
    );
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i] as Target;
        const b = list[j] as Target;
        if (a.document === b.document) continue;
        const score = cosine(c.vector(a.text.text), c.vector(b.text.text));
        if (score >= floor) {
          const [x, y] = ordered(a, b);
          out.push({ targets: [x.id, y.id], score });
        }
      }
    }
  }
  return out.sort((p, q) => q.score - p.score || p.targets.join().localeCompare(q.targets.join()));
}

export interface ScoredProvenance {
  target: string;
  commitment: Commitment;
  score: number;
}

/** The targets a report may have set: same jurisdiction, same year, another document. The one rule: the matcher and the pages both use it. */
export function reportTargets(report: SiteDocument, targets: readonly Target[], documents: ReadonlyMap<string, SiteDocument>): Target[] {
  return targets.filter((t) => {
    const d = documents.get(t.document);
    return d !== undefined && d.id !== report.id && d.jurisdiction === report.jurisdiction && d.year === report.year;
  });
}

/**
 * For every target a report may have set, the report sentence that contains
 * most of it (weighted containment, quantities included: in the same year a
 * target repeats the report's numbers), whatever the score.
 */
export function provenanceScores(targets: readonly Target[], documents: readonly SiteDocument[]): ScoredProvenance[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const out: ScoredProvenance[] = [];
  for (const report of documents.filter((d) => d.kind === 'report')) {
    const sentences = reportCommitments(report);
    const candidates = reportTargets(report, targets, byId);
    if (sentences.length === 0 || candidates.length === 0) continue;
    const c = corpus([...candidates.map((t) => t.text.text), ...sentences.map((s) => s.text)]);
    for (const t of candidates) {
      const v = c.vector(t.text.text);
      let best: ScoredProvenance | null = null;
      for (const s of sentences) {
        const score = containment(v, c.vector(s.text));
        if (best === null || score > best.score) best = { target: t.id, commitment: s, score };
      }
      if (best) out.push(best);
    }
  }
  return out;
}

const squash = (s: string): string => s.replace(/\s+/g, '');

/** The commitment a reviewed provenance decision points at; throws when the file names something that does not exist. */
function reviewedCommitment(passage: string, quote: string | null, commitments: readonly Commitment[]): Commitment {
  const [document, anchor] = passage.split('#');
  const inPassage = commitments.filter((c) => c.document === document && c.anchor === anchor);
  if (inPassage.length === 0) throw new Error(`seeds/links.json: no passage ${passage} in a work report`);
  if (quote === null) throw new Error(`seeds/links.json: ${passage} needs a quote of the sentence that sets the target`);
  const found = inPassage.filter((c) => squash(c.text).includes(squash(quote)));
  if (found.length !== 1) throw new Error(`seeds/links.json: “${quote}” is in ${found.length} sentences of ${passage}; quote words of exactly one`);
  return found[0] as Commitment;
}

/** Checks every id in the reviewed file against the records; throws with the entry at fault. */
export function checkLinkFile(file: LinkFile, targets: readonly Target[], documents: readonly SiteDocument[]): void {
  const byId = new Map(targets.map((t) => [t.id, t]));
  const commitments = documents.filter((d) => d.kind === 'report').flatMap(reportCommitments);
  for (const entry of file.history) {
    const [a, b] = entry.targets.map((id) => {
      const t = byId.get(id);
      if (!t) throw new Error(`seeds/links.json: history names unknown target ${id}`);
      return t;
    }) as [Target, Target];
    if (a.document === b.document) throw new Error(`seeds/links.json: ${a.id} and ${b.id} are in the same document`);
    if (a.jurisdiction !== b.jurisdiction) throw new Error(`seeds/links.json: ${a.id} and ${b.id} are in different jurisdictions`);
  }
  for (const entry of file.provenance) {
    if (!byId.has(entry.target)) throw new Error(`seeds/links.json: provenance names unknown target ${entry.target}`);
    if (entry.passage !== null) reviewedCommitment(entry.passage, entry.quote, commitments);
  }
}

/** The reviewed decisions without those that name a document's targets: what seeds/links.json holds once that document is withdrawn (or not yet published). */
export function withoutDocument(file: LinkFile, document: string): LinkFile {
  const names = (id: string): boolean => id.startsWith(`${document}/`);
  return { ...file, history: file.history.filter((h) => !h.targets.some(names)), provenance: file.provenance.filter((p) => !names(p.target)) };
}

/** Matcher results above the thresholds, then the reviewed decisions. */
export function linkTargets(targets: readonly Target[], documents: readonly SiteDocument[], reviewed: LinkFile): Links {
  checkLinkFile(reviewed, targets, documents);
  const byId = new Map(targets.map((t) => [t.id, t]));
  const commitments = documents.filter((d) => d.kind === 'report').flatMap(reportCommitments);

  const scored = historyScores(targets, 0.05);
  const scoreOf = new Map(scored.map((p) => [pairKey(...p.targets), p.score]));
  const history = new Map<string, HistoryLink>();
  for (const p of scored) {
    if (p.score >= HISTORY_THRESHOLD) history.set(pairKey(...p.targets), { ...p, basis: 'text', reason: null });
  }
  for (const entry of reviewed.history) {
    const key = pairKey(...entry.targets);
    if (entry.decision === 'unlink') {
      history.delete(key);
      continue;
    }
    const [a, b] = ordered(byId.get(entry.targets[0]) as Target, byId.get(entry.targets[1]) as Target);
    history.set(key, { targets: [a.id, b.id], score: scoreOf.get(key) ?? null, basis: 'reviewed', reason: entry.reason });
  }

  const provenance = new Map<string, ProvenanceLink>();
  const noSource: Links['noSource'] = [];
  const best = provenanceScores(targets, documents);
  for (const p of best) {
    if (p.score >= PROVENANCE_THRESHOLD) provenance.set(p.target, { ...p, basis: 'text', reason: null });
  }
  for (const entry of reviewed.provenance) {
    if (entry.passage === null) {
      provenance.delete(entry.target);
      noSource.push({ target: entry.target, reason: entry.reason });
      continue;
    }
    const commitment = reviewedCommitment(entry.passage, entry.quote, commitments);
    const auto = best.find((p) => p.target === entry.target && p.commitment.id === commitment.id);
    provenance.set(entry.target, { target: entry.target, commitment, score: auto?.score ?? null, basis: 'reviewed', reason: entry.reason });
  }

  return {
    history: [...history.values()].sort((p, q) => p.targets.join().localeCompare(q.targets.join())),
    provenance: [...provenance.values()].sort((p, q) => p.target.localeCompare(q.target)),
    noSource,
    commitments,
  };
}

/** Links looked up by target, for pages and downloads. */
export interface LinkIndex {
  /** the other targets linked to each target, oldest document first */
  history: Map<string, Array<{ other: string; link: HistoryLink }>>;
  provenance: Map<string, ProvenanceLink>;
  /** target → why a reviewer found no report sentence for it */
  noSource: Map<string, string>;
  commitments: Commitment[];
}

/** `documentOrder`: document ids, oldest first (the order a trajectory is read in). */
export function indexLinks(links: Links, documentOrder: readonly string[]): LinkIndex {
  const rank = new Map(documentOrder.map((id, i) => [id, i]));
  const documentOf = (targetId: string): string => targetId.slice(0, targetId.lastIndexOf('/'));
  const number = (targetId: string): number => Number(targetId.slice(targetId.lastIndexOf('/') + 1));
  const history = new Map<string, Array<{ other: string; link: HistoryLink }>>();
  for (const link of links.history) {
    const [a, b] = link.targets;
    history.set(a, [...(history.get(a) ?? []), { other: b, link }]);
    history.set(b, [...(history.get(b) ?? []), { other: a, link }]);
  }
  for (const list of history.values()) {
    list.sort((x, y) => (rank.get(documentOf(x.other)) ?? 0) - (rank.get(documentOf(y.other)) ?? 0) || number(x.other) - number(y.other));
  }
  return {
    history,
    provenance: new Map(links.provenance.map((p) => [p.target, p])),
    noSource: new Map(links.noSource.map((n) => [n.target, n.reason])),
    commitments: links.commitments,
  };
}
