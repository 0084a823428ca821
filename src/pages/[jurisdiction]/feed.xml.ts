/** /<place>/feed.xml — the documents of one jurisdiction, newest first. */
import type { APIRoute } from 'astro';
import type { Jurisdiction } from '../../content.config.ts';
import { documentEntry, feedXml } from '../../lib/site-feeds.ts';
import { getSite, jurisdictionPaths, paths } from '../../lib/routing.ts';
import { openDataStrings as s } from '../../i18n/zh-CN.ts';

export const getStaticPaths = jurisdictionPaths;

export const GET: APIRoute = async ({ props }) => {
  const j = (props as { jurisdiction: Jurisdiction }).jurisdiction;
  const site = await getSite();
  const entries = site.documents.filter((d) => d.jurisdiction === j.id).map((doc) => documentEntry(doc, j));
  const xml = feedXml({ self: paths.jurisdictionFeed(j.id), page: paths.jurisdiction(j.id), title: s.placeFeedTitle(j.name), subtitle: s.feedSubtitle, entries });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
