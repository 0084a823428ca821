/**
 * /<place>/leaders/…, /<place>/units/… : the view models of leader and unit
 * pages and of their indexes.
 */
import type { Jurisdiction, Leader, Unit } from '../../../schemas/records.ts';
import { pageCharts, type ChartBlock } from '../../charts/pages.ts';
import { must, type Site } from '../../model/site-model.ts';
import { leaderTargets, unitTargets, type EntityDocumentGroup } from '../../model/queries.ts';
import { paths, slugOf } from '../urls.ts';
import { chrome, page, type Chrome } from './page.ts';

export interface LeaderPageModel {
  chrome: Chrome;
  leader: Leader;
  jurisdiction: Jurisdiction;
  groups: EntityDocumentGroup[];
  charts: ChartBlock;
}

export interface UnitPageModel {
  chrome: Chrome;
  unit: Unit;
  jurisdiction: Jurisdiction;
  groups: EntityDocumentGroup[];
  charts: ChartBlock;
}

export interface EntityIndexEntry {
  name: string;
  href: string;
  targetIds: string[];
  collective: boolean;
  office: boolean;
}

export interface EntityIndexPageModel {
  chrome: Chrome;
  jurisdiction: Jurisdiction;
  kind: 'leaders' | 'units';
  entities: EntityIndexEntry[];
}

export function leaderPageModel(site: Site, leader: Leader): LeaderPageModel {
  return {
    chrome: chrome(site, paths.leader(leader.id)),
    leader,
    jurisdiction: must(site.jurisdiction, leader.jurisdiction, 'jurisdiction'),
    groups: leaderTargets(site, leader),
    charts: pageCharts(site, { leader }),
  };
}

export function unitPageModel(site: Site, unit: Unit): UnitPageModel {
  return {
    chrome: chrome(site, paths.unit(unit.id)),
    unit,
    jurisdiction: must(site.jurisdiction, unit.jurisdiction, 'jurisdiction'),
    groups: unitTargets(site, unit),
    charts: pageCharts(site, { unit }),
  };
}

export function leaderPages(site: Site) {
  return [...site.leader.values()].map((l) => page({ jurisdiction: l.jurisdiction, slug: slugOf(l.id) }, leaderPageModel(site, l)));
}

export function unitPages(site: Site) {
  return [...site.unit.values()].map((u) => page({ jurisdiction: u.jurisdiction, slug: slugOf(u.id) }, unitPageModel(site, u)));
}

export function entityIndexPages(site: Site, kind: 'leaders' | 'units') {
  return site.jurisdictions.map((jurisdiction) => {
    const j = jurisdiction.id;
    const entities: EntityIndexEntry[] =
      kind === 'leaders'
        ? (site.leadersByJurisdiction.get(j) ?? []).map((l) => ({ name: l.name, href: paths.leader(l.id), targetIds: l.targetIds, collective: false, office: l.office }))
        : (site.unitsByJurisdiction.get(j) ?? []).map((u) => ({ name: u.name, href: paths.unit(u.id), targetIds: u.targetIds, collective: u.collective, office: false }));
    return page({ jurisdiction: j }, { chrome: chrome(site, kind === 'leaders' ? paths.leaders(j) : paths.units(j)), jurisdiction, kind, entities } satisfies EntityIndexPageModel);
  });
}

/** A leader's or unit's feed: the documents that give them targets, with how those stand. */
export interface EntityFeedModel {
  name: string;
  page: string;
  jurisdiction: Jurisdiction;
  groups: EntityDocumentGroup[];
}

export function leaderFeeds(site: Site) {
  return [...site.leader.values()].map((l) =>
    page({ jurisdiction: l.jurisdiction, slug: slugOf(l.id) }, {
      name: l.name,
      page: paths.leader(l.id),
      jurisdiction: must(site.jurisdiction, l.jurisdiction, 'jurisdiction'),
      groups: leaderTargets(site, l),
    } satisfies EntityFeedModel),
  );
}

export function unitFeeds(site: Site) {
  return [...site.unit.values()].map((u) =>
    page({ jurisdiction: u.jurisdiction, slug: slugOf(u.id) }, {
      name: u.name,
      page: paths.unit(u.id),
      jurisdiction: must(site.jurisdiction, u.jurisdiction, 'jurisdiction'),
      groups: unitTargets(site, u),
    } satisfies EntityFeedModel),
  );
}
