/**
 * History and provenance links between the site's records, as the pages use
 * them: indexed by target, passage by passage for each report, and the change
 * between consecutive documents. The links themselves are made once, by the
 * ingest (./links.ts linkTargets → content/links.json).
 */
import type { Links, SiteDocument, StatusValue, Target } from '../../schemas/records.ts';
import { indexLinks, reportTargets, type Commitment, type HistoryLink, type LinkIndex, type ProvenanceLink } from './links.ts';
import { must, type Site, type SiteRecords } from './site-model.ts';
import { reportedStatus } from './status.ts';
import { consecutivePairs, periodChange, type PeriodChange } from './period-change.ts';

/** One step of a target's trajectory: the target in some document, with its status then — as much as the history list shows. */
export interface HistoryStep {
  target: Pick<Target, 'id' | 'number' | 'group' | 'section' | 'text'>;
  document: Pick<SiteDocument, 'id' | 'year' | 'periodLabel'>;
  /** null in a task notice, which reports no progress */
  status: StatusValue | null;
  /** how it is linked to the page's target; null for the page's own target */
  link: HistoryLink | null;
}

/** A passage of a report and the targets that track its sentences. */
export interface PassageTracking {
  anchor: string;
  /** in the order of the targets' numbers */
  targets: Target[];
  /** commitments (not headings) of this passage no target tracks */
  untracked: Commitment[];
  /** false for the look back at last year */
  forwardLooking: boolean;
}

export interface SiteLinks extends LinkIndex {
  /** report id → its passages with tracking, in report order */
  reports: Map<string, PassageTracking[]>;
  /** report id → the targets it may have set (same jurisdiction and year), tracked or not */
  reportCandidates: Map<string, Target[]>;
  /** newer document id → what changed since the place's previous document, through these history links */
  changes: Map<string, PeriodChange>;
}

export function siteLinks(site: SiteRecords, links: Links): SiteLinks {
  const targets = [...site.target.values()];
  // site.documents is newest first; a trajectory reads oldest first
  const index = indexLinks(
    links,
    [...site.documents].reverse().map((d) => d.id),
  );

  const reports = new Map<string, PassageTracking[]>();
  const reportCandidates = new Map<string, Target[]>();
  for (const report of site.documents.filter((d) => d.kind === 'report')) {
    const byCommitment = new Map<string, Target[]>();
    for (const p of links.provenance) {
      if (p.commitment.document !== report.id) continue;
      byCommitment.set(p.commitment.id, [...(byCommitment.get(p.commitment.id) ?? []), must(site.target, p.target, 'target')]);
    }
    reports.set(
      report.id,
      report.passages.map((passage) => {
        const own = links.commitments.filter((c) => c.document === report.id && c.anchor === passage.anchor);
        return {
          anchor: passage.anchor,
          targets: own.flatMap((c) => byCommitment.get(c.id) ?? []).sort((a, b) => a.number - b.number),
          untracked: own.filter((c) => !c.heading && !byCommitment.has(c.id)),
          forwardLooking: own.length > 0,
        };
      }),
    );
    reportCandidates.set(report.id, reportTargets(report, targets, site.document));
  }
  const linked = (id: string) => (index.history.get(id) ?? []).map((o) => o.other);
  const changes = new Map(
    consecutivePairs(site.documents).map(([older, newer]) => [
      newer.id,
      periodChange(older, newer, site.targetsByDocument.get(older.id) ?? [], site.targetsByDocument.get(newer.id) ?? [], linked, reportedStatus),
    ]),
  );
  return { ...index, reports, reportCandidates, changes };
}

/** The page's target and every target linked to it, oldest document first. */
export function trajectory(site: Site, target: Target): HistoryStep[] {
  const { links } = site;
  const others = links.history.get(target.id) ?? [];
  if (others.length === 0) return [];
  const order = new Map([...site.documents].reverse().map((d, i) => [d.id, i]));
  return [target, ...others.map((o) => must(site.target, o.other, 'target'))]
    .map((t) => ({ t, d: must(site.document, t.document, 'document') }))
    .sort((a, b) => (order.get(a.d.id) ?? 0) - (order.get(b.d.id) ?? 0) || a.t.number - b.t.number)
    .map(({ t, d }) => ({
      target: { id: t.id, number: t.number, group: t.group, section: t.section, text: t.text },
      document: { id: d.id, year: d.year, periodLabel: d.periodLabel },
      status: reportedStatus(t, d),
      link: others.find((o) => o.other === t.id)?.link ?? null,
    }));
}

export interface TargetProvenance {
  link: ProvenanceLink | null;
  /** the report the target came from, or (without a link) the report of its year it could have come from */
  report: Pick<SiteDocument, 'id' | 'year' | 'title'> | null;
  /** a reviewer's reason where no sentence of the report sets the target */
  reviewedNone: string | null;
}

/** Where a target came from, and whether a report of its year exists to come from. */
export function provenance(site: Site, target: Target): TargetProvenance {
  const { links } = site;
  const link = links.provenance.get(target.id) ?? null;
  const reviewedNone = links.noSource.get(target.id) ?? null;
  // the report is named and linked, not shown: its body stays out of the page's model
  const named = (id: string) => {
    const { year, title } = must(site.document, id, 'document');
    return { id, year, title };
  };
  if (link) return { link, report: named(link.commitment.document), reviewedNone };
  for (const [reportId, candidates] of links.reportCandidates) {
    if (candidates.some((t) => t.id === target.id)) return { link: null, report: named(reportId), reviewedNone };
  }
  return { link: null, report: null, reviewedNone };
}
