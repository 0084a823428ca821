/**
 * /feed.xml — an Atom feed with one entry per document, newest first, so a
 * newsroom's reader shows each new table (src/lib/site/feeds.ts dates each
 * entry from the document, never the build).
 */
import type { APIRoute } from 'astro';
import { documentEntry, feedXml } from '../lib/site/feeds.ts';
import { loadSite } from '../lib/model/load-astro.ts';
import { must } from '../lib/model/site-model.ts';
import { paths } from '../lib/site/urls.ts';
import { openDataStrings as s } from '../i18n/zh-CN.ts';

export const GET: APIRoute = async () => {
  const site = await loadSite();
  const entries = site.documents.map((doc) => documentEntry(doc, must(site.jurisdiction, doc.jurisdiction, 'jurisdiction')));
  const xml = feedXml({ self: paths.feed(), page: paths.home(), title: s.feedTitle, subtitle: s.feedSubtitle, entries });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
