/**
 * /feed.xml — an Atom feed with one entry per document, newest first, so a
 * newsroom's reader shows each new table. An entry's date is the portal's
 * publication date where the sidecar gives one, else the date the text
 * carries, else the day its progress is reported to (截至), else the start of
 * its year: never the build time, so an unchanged document is not announced
 * again by every rebuild.
 */
import type { APIRoute } from 'astro';
import { atom, rfc3339 } from '../lib/feed.ts';
import { buildTime } from '../lib/build-time.ts';
import { absoluteUrl, getSite, must, paths } from '../lib/routing.ts';
import { STATUS_ORDER } from '../lib/status.ts';
import { dataPaths } from '../lib/site-data.ts';
import { countLabel, documentKindLabel, openDataStrings as s, statusLabel, strings } from '../i18n/zh-CN.ts';

export const GET: APIRoute = async () => {
  const site = await getSite();
  const built = buildTime().toISOString();
  const entries = site.documents.map((doc) => {
    const j = must(site.jurisdiction, doc.jurisdiction, 'jurisdiction');
    // a stable date, so a rebuild re-announces nothing: published, else the text's own date, else the day the
    // progress is reported to, else the start of the year a plan is for — never the build time
    const known = doc.publishedAt ?? (doc.textDate && /^\d{4}-\d{2}-\d{2}$/.test(doc.textDate) ? doc.textDate : null) ?? doc.asOf?.date ?? `${doc.year}-01-01`;
    const counts =
      doc.kind === 'progress'
        ? s.feedCounts(STATUS_ORDER.filter((v) => doc.status[v] > 0).map((v) => `${statusLabel(v)}${countLabel(doc.status[v])}`))
        : null;
    const title = doc.title.includes(j.name) ? doc.title : `${j.name} ${doc.year}年 ${doc.title}`;
    return {
      id: absoluteUrl(paths.document(doc)),
      title,
      updated: rfc3339(known),
      ...(doc.publishedAt ? { published: rfc3339(doc.publishedAt) } : {}),
      summary: s.feedSummary(documentKindLabel(doc.kind), doc.kind === 'report' ? s.feedPassages(doc.passages.length) : s.feedTargets(doc.targetCount), counts),
      links: [
        { rel: 'alternate' as const, type: 'text/html', href: absoluteUrl(paths.document(doc)) },
        { rel: 'related' as const, type: 'text/csv', href: absoluteUrl(paths.dataFile(dataPaths.documentCsv(doc))), title: s.feedCsv },
      ],
      categories: [{ term: doc.kind, label: documentKindLabel(doc.kind) }],
    };
  });
  const xml = atom({
    id: absoluteUrl(paths.home()),
    title: s.feedTitle,
    subtitle: s.feedSubtitle,
    updated: entries.map((e) => e.updated).reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a), entries[0]?.updated ?? built),
    author: strings.siteName,
    lang: 'zh-CN',
    links: [
      { rel: 'self', type: 'application/atom+xml', href: absoluteUrl(paths.feed()) },
      { rel: 'alternate', type: 'text/html', href: absoluteUrl(paths.home()) },
    ],
    entries,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
