/**
 * /<place>/, /<place>/topics/, /<place>/topics/<topic>/ and /<place>/feed.xml:
 * the view models of a jurisdiction's own pages.
 */
import type { Jurisdiction, SiteDocument } from '../../../schemas/records.ts';
import { pageCharts, type ChartBlock } from '../../charts/pages.ts';
import type { Site } from '../../model/site-model.ts';
import { jurisdictionTopics, topicTargets, type EntityDocumentGroup, type TopicSummary } from '../../model/queries.ts';
import { paths } from '../urls.ts';
import { strings } from '../../../i18n/zh-CN.ts';
import { chrome, page, type Chrome } from './page.ts';

/** A document as a list names it: the report's body is not part of a list. */
export type ListedDocument = Omit<SiteDocument, 'reportHtml'>;

export function listedDocument(d: SiteDocument): ListedDocument {
  const { reportHtml: _html, ...listed } = d;
  return listed;
}

export interface JurisdictionPageModel {
  chrome: Chrome;
  jurisdiction: Jurisdiction;
  /** newest first */
  documents: ListedDocument[];
  leaderCount: number;
  unitCount: number;
  hasTopics: boolean;
  charts: ChartBlock;
}

export interface TopicIndexPageModel {
  chrome: Chrome;
  jurisdiction: Jurisdiction;
  topics: TopicSummary[];
}

export interface TopicPageModel {
  chrome: Chrome;
  jurisdiction: Jurisdiction;
  topic: TopicSummary;
  groups: EntityDocumentGroup[];
}

export function jurisdictionPages(site: Site) {
  return site.jurisdictions.map((jurisdiction) => {
    const j = jurisdiction.id;
    return page({ jurisdiction: j }, {
      chrome: chrome(site, paths.jurisdiction(j)),
      jurisdiction,
      documents: (site.documentsByJurisdiction.get(j) ?? []).map(listedDocument),
      leaderCount: site.leadersByJurisdiction.get(j)?.length ?? 0,
      unitCount: site.unitsByJurisdiction.get(j)?.length ?? 0,
      hasTopics: site.topicPlaces.has(j),
      charts: pageCharts(site, { jurisdiction }),
    } satisfies JurisdictionPageModel);
  });
}

const topicPlaces = (site: Site) => site.jurisdictions.filter((j) => site.topicPlaces.has(j.id));

export function topicIndexPages(site: Site) {
  return topicPlaces(site).map((jurisdiction) =>
    page({ jurisdiction: jurisdiction.id }, {
      chrome: chrome(site, paths.topics(jurisdiction.id)),
      jurisdiction,
      topics: jurisdictionTopics(site, jurisdiction.id, strings.topicNone),
    } satisfies TopicIndexPageModel),
  );
}

export function topicPages(site: Site) {
  return topicPlaces(site).flatMap((jurisdiction) =>
    jurisdictionTopics(site, jurisdiction.id, strings.topicNone).map((topic) =>
      page({ jurisdiction: jurisdiction.id, topic: topic.id }, {
        chrome: chrome(site, paths.topic(jurisdiction.id, topic.id)),
        jurisdiction,
        topic,
        groups: topicTargets(site, topic),
      } satisfies TopicPageModel),
    ),
  );
}

/** The place's feed: its documents, newest first. */
export function jurisdictionFeeds(site: Site) {
  return site.jurisdictions.map((jurisdiction) => page({ jurisdiction: jurisdiction.id }, { jurisdiction, documents: site.documentsByJurisdiction.get(jurisdiction.id) ?? [] }));
}
