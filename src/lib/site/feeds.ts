/**
 * The site's Atom feeds as data: one entry per document for the site and for
 * each jurisdiction, and, for a leader or a unit, one entry per document
 * that gives them targets (what a reader following 肖友华 wants to hear:
 * a new table names him, and how his targets stand in it). Dates come from
 * the documents (documentDate), never the build, so an unchanged site
 * announces nothing new.
 */
import type { Jurisdiction, SiteDocument } from '../../schemas/records.ts';
import { atom, rfc3339, type AtomEntry } from './atom.ts';
import { documentDate } from './page-meta.ts';
import { absoluteUrl, paths } from './urls.ts';
import type { EntityDocumentGroup } from '../model/queries.ts';
import { STATUS_ORDER } from '../model/status.ts';
import { dataPaths } from './data-files.ts';
import { countLabel, documentKindLabel, documentLabel, openDataStrings as s, statusLabel, strings } from '../../i18n/zh-CN.ts';

/**
 * The date a document's entries carry: its own (published, else written:
 * page-meta's rule), else the day its progress is reported to (截至), else the
 * start of the year a plan is for. Never the build time.
 */
export function entryDate(doc: SiteDocument): string {
  return documentDate(doc)?.iso ?? doc.asOf?.date ?? `${doc.year}-01-01`;
}

function countsOf(counts: Record<(typeof STATUS_ORDER)[number], number>): string[] {
  return STATUS_ORDER.filter((v) => counts[v] > 0).map((v) => `${statusLabel(v)}${countLabel(counts[v])}`);
}

/** A document as a feed entry: its page, its CSV, its counts. */
export function documentEntry(doc: SiteDocument, j: Jurisdiction): AtomEntry {
  const counts = doc.kind === 'progress' ? s.feedCounts(countsOf(doc.status)) : null;
  const title = doc.title.includes(j.name) ? doc.title : `${j.name} ${doc.year}年 ${doc.title}`;
  return {
    id: absoluteUrl(paths.document(doc)),
    title,
    updated: rfc3339(entryDate(doc)),
    ...(doc.publishedAt ? { published: rfc3339(doc.publishedAt) } : {}),
    summary: s.feedSummary(documentKindLabel(doc.kind), doc.kind === 'report' ? s.feedPassages(doc.passages.length) : s.feedTargets(doc.targetCount), counts),
    links: [
      { rel: 'alternate', type: 'text/html', href: absoluteUrl(paths.document(doc)) },
      { rel: 'related', type: 'text/csv', href: absoluteUrl(paths.dataFile(dataPaths.documentCsv(doc))), title: s.feedCsv },
    ],
    categories: [{ term: doc.kind, label: documentKindLabel(doc.kind) }],
  };
}

/** The targets one document gives a leader or unit, as an entry of their feed. */
export function entityEntry(name: string, page: string, group: EntityDocumentGroup, j: Jurisdiction): AtomEntry {
  const doc = group.document;
  const anchor = `g-${doc.id.replace('/', '-')}`;
  const counts = doc.kind === 'progress' ? s.feedCounts(countsOf(group.counts)) : null;
  return {
    id: `${absoluteUrl(page)}#${anchor}`,
    title: s.entityFeedEntryTitle(name, `${j.name} ${documentLabel(doc)}`, documentKindLabel(doc.kind), group.items.length),
    updated: rfc3339(entryDate(doc)),
    ...(doc.publishedAt ? { published: rfc3339(doc.publishedAt) } : {}),
    summary: s.feedSummary(doc.title, s.feedTargets(group.items.length), counts),
    links: [
      { rel: 'alternate', type: 'text/html', href: `${absoluteUrl(page)}#${anchor}` },
      { rel: 'related', type: 'text/html', href: absoluteUrl(paths.document(doc)), title: doc.title },
    ],
    categories: [{ term: doc.kind, label: documentKindLabel(doc.kind) }],
  };
}

/** A feed of entries, newest first, dated by its newest entry. */
export function feedXml(options: { self: string; page: string; title: string; subtitle: string; entries: AtomEntry[] }): string {
  const entries = [...options.entries].sort((a, b) => Date.parse(b.updated) - Date.parse(a.updated) || a.id.localeCompare(b.id));
  return atom({
    id: absoluteUrl(options.page),
    title: options.title,
    subtitle: options.subtitle,
    // an empty feed is dated by nothing that moves: the epoch, not the build
    updated: entries[0]?.updated ?? rfc3339('1970-01-01'),
    author: strings.siteName,
    lang: 'zh-CN',
    links: [
      { rel: 'self', type: 'application/atom+xml', href: absoluteUrl(options.self) },
      { rel: 'alternate', type: 'text/html', href: absoluteUrl(options.page) },
    ],
    entries,
  });
}

/** A leader's or unit's feed: an entry per document that gives them targets. */
export function entityFeedXml(name: string, page: string, groups: readonly EntityDocumentGroup[], j: Jurisdiction): string {
  return feedXml({ self: paths.entityFeed(page), page, title: s.entityFeedTitle(name, j.name), subtitle: s.entityFeedSubtitle, entries: groups.map((g) => entityEntry(name, page, g, j)) });
}
