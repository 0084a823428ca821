/**
 * One page of each kind. PAGES: the fixture site's (tests/test-site.ts), for
 * the browser tests. auditPages(): one of each kind from whatever site was
 * built, for `npm run audit` (Lighthouse), so a portal's own site is audited
 * on its own pages. Paths are site paths, without the base.
 */
import type { SiteCollections } from '../src/lib/model/site-model.ts';

export interface PageOfKind {
  kind: string;
  path: string;
}

export const PAGES: readonly PageOfKind[] = [
  { kind: 'home', path: '/' },
  { kind: 'jurisdiction', path: '/heze/' },
  { kind: 'document (progress table, 200 targets)', path: '/heze/2023-h1/' },
  { kind: 'document (task-assignment notice)', path: '/yanzhou/2021-plan/' },
  { kind: 'document (work report)', path: '/heze/2023-report/' },
  { kind: 'document (民生实事 table of figures)', path: '/yueyang/2018-m1-11/' },
  { kind: 'document (plan grouped by leader, cut off)', path: '/haiyan/2022-plan/' },
  { kind: 'document (two task tables, units only)', path: '/shapingba/2022-plan/' },
  { kind: 'target', path: '/heze/2023-h1/88/' },
  { kind: 'target (notice task)', path: '/yanzhou/2021-plan/1/' },
  { kind: 'target (four assignments)', path: '/heze/2023-h1/13/' },
  { kind: 'target (sub-indicators)', path: '/yueyang/2018-m1-11/6/' },
  { kind: 'target (numbered in its section)', path: '/haiyan/2022-plan/2-1/' },
  { kind: 'leader', path: '/heze/leaders/cao-lin/' },
  { kind: 'unit', path: '/heze/units/shi-fa-zhan-gai-ge-wei/' },
  { kind: 'leaders index', path: '/heze/leaders/' },
  { kind: 'units index', path: '/yanzhou/units/' },
  { kind: 'data quality', path: '/data-quality/' },
  { kind: 'data quality (one document)', path: '/data-quality/heze/2023-h1/' },
  { kind: 'search', path: '/search/' },
  { kind: 'document status list', path: '/heze/2022-q3/status/behind/' },
  { kind: 'change since the previous document', path: '/heze/2023-h1/changes/' },
  { kind: 'topics of a place', path: '/heze/topics/' },
  { kind: 'topic', path: '/heze/topics/environment/' },
];

/**
 * One page of each kind the built site has, for Lighthouse: home, a place,
 * the largest document of each layout, a target of the largest table and one
 * with sub-indicator lines, the leader and the unit with most targets, the
 * data-quality pages and search. Each run takes several seconds.
 */
export function auditPages(c: SiteCollections): PageOfKind[] {
  const pages: PageOfKind[] = [{ kind: 'home', path: '/' }];
  const j = c.jurisdictions[0];
  if (j) pages.push({ kind: 'jurisdiction', path: `/${j.id}/` });
  const largest = (layout: string) => [...c.documents].filter((d) => d.layout === layout).sort((a, b) => b.targetCount - a.targetCount)[0];
  for (const layout of ['table', 'list', 'report']) {
    const d = largest(layout);
    if (d) pages.push({ kind: `document (${layout})`, path: `/${d.id}/` });
  }
  const table = largest('table');
  const first = table ? c.targets.find((t) => t.document === table.id) : undefined;
  if (first) pages.push({ kind: 'target', path: `/${first.id}/` });
  const indicators = c.targets.find((t) => t.assignments.some((a) => a.kind === 'indicator'));
  if (indicators) pages.push({ kind: 'target (sub-indicators)', path: `/${indicators.id}/` });
  const most = <T extends { targetIds: string[] }>(list: readonly T[]): T | undefined => [...list].sort((a, b) => b.targetIds.length - a.targetIds.length)[0];
  const leader = most(c.leaders);
  if (leader) pages.push({ kind: 'leader', path: `/${leader.jurisdiction}/leaders/${leader.slug}/` });
  const unit = most(c.units);
  if (unit) pages.push({ kind: 'unit', path: `/${unit.jurisdiction}/units/${unit.slug}/` });
  if (c.anomalies.length > 0) {
    pages.push({ kind: 'data quality', path: '/data-quality/' });
    pages.push({ kind: 'data quality (one document)', path: `/data-quality/${table?.id ?? c.anomalies[0]?.document}/` });
  }
  pages.push({ kind: 'search', path: '/search/' });
  const behind = c.documents.find((d) => d.status.behind > 0);
  if (behind) pages.push({ kind: 'document status list', path: `/${behind.id}/status/behind/` });
  // a place's second table or list has a change page
  const listing = c.documents.filter((d) => d.kind !== 'report' && d.targetCount > 0);
  const second = listing.find((d, i) => listing.some((e, k) => k !== i && e.jurisdiction === d.jurisdiction && (e.year < d.year || (e.year === d.year && e.id < d.id))));
  if (second) pages.push({ kind: 'change since the previous document', path: `/${second.id}/changes/` });
  const topic = c.targets.find((t) => t.topics.length > 0);
  if (topic) {
    pages.push({ kind: 'topics of a place', path: `/${topic.jurisdiction}/topics/` });
    pages.push({ kind: 'topic', path: `/${topic.jurisdiction}/topics/${topic.topics[0]?.id}/` });
  }
  return pages;
}
