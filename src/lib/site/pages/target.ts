/**
 * /<place>/<document>/<number>/ and its /embed/ twin: a target's view models.
 */
import type { Jurisdiction, SiteDocument, Target } from '../../../schemas/records.ts';
import { documentFields, type DocumentFields } from '../../model/document-fields.ts';
import { pageCharts, type ChartBlock } from '../../charts/pages.ts';
import { must, type Site } from '../../model/site-model.ts';
import { neighbours } from '../../model/queries.ts';
import { provenance, trajectory, type HistoryStep, type TargetProvenance } from '../../model/site-links.ts';
import { documentSegment, paths } from '../urls.ts';
import { anomalyItems, chrome, page, targetRef, type AnomalyItem, type Chrome, type TargetRef } from './page.ts';

export interface TargetPageModel {
  chrome: Chrome;
  target: Target;
  document: SiteDocument;
  jurisdiction: Jurisdiction;
  prev: TargetRef | null;
  next: TargetRef | null;
  anomalies: AnomalyItem[];
  /** the target across periods, oldest first; empty when nothing links to it */
  steps: HistoryStep[];
  source: TargetProvenance;
  fields: DocumentFields;
  charts: ChartBlock;
  /** the place has topics (a site with no reviewed topic vocabulary shows no topic line) */
  hasTopics: boolean;
}

/** The embed shows the target and names its document and place: no more of them, so a document's other fields do not touch it. */
export interface EmbedPageModel {
  target: Target;
  document: Pick<SiteDocument, 'id' | 'kind' | 'year' | 'periodLabel'>;
  jurisdiction: Pick<Jurisdiction, 'id' | 'name' | 'leaderTitle'>;
}

const targetParams = (site: Site, target: Target) => ({
  jurisdiction: target.jurisdiction,
  document: documentSegment(must(site.document, target.document, 'document')),
  number: target.key,
});

export function targetPageModel(site: Site, target: Target): TargetPageModel {
  const document = must(site.document, target.document, 'document');
  const jurisdiction = must(site.jurisdiction, target.jurisdiction, 'jurisdiction');
  const { prev, next } = neighbours(site, target);
  return {
    chrome: chrome(site, paths.target(target)),
    target,
    document,
    jurisdiction,
    prev: prev && targetRef(prev),
    next: next && targetRef(next),
    anomalies: anomalyItems(site, site.anomaliesByTarget.get(target.id) ?? []),
    steps: trajectory(site, target),
    source: provenance(site, target),
    fields: documentFields(document, site.targetsByDocument.get(document.id) ?? []),
    charts: pageCharts(site, { target }),
    hasTopics: site.topicPlaces.has(jurisdiction.id),
  };
}

export function targetPages(site: Site) {
  return [...site.target.values()].map((target) => page(targetParams(site, target), targetPageModel(site, target)));
}

export function embedPages(site: Site) {
  return [...site.target.values()].map((target) => {
    const d = must(site.document, target.document, 'document');
    const j = must(site.jurisdiction, target.jurisdiction, 'jurisdiction');
    return page(targetParams(site, target), {
      target,
      document: { id: d.id, kind: d.kind, year: d.year, periodLabel: d.periodLabel },
      jurisdiction: { id: j.id, name: j.name, leaderTitle: j.leaderTitle },
    } satisfies EmbedPageModel);
  });
}
