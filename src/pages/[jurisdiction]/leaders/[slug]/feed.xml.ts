/** /<place>/leaders/<slug>/feed.xml — each document that gives this leader targets, with how they stand. */
import type { APIRoute } from 'astro';
import type { Leader } from '../../../../content.config.ts';
import { entityEntry, feedXml } from '../../../../lib/site-feeds.ts';
import { getSite, leaderPaths, leaderTargets, must, paths } from '../../../../lib/routing.ts';
import { openDataStrings as s } from '../../../../i18n/zh-CN.ts';

export const getStaticPaths = leaderPaths;

export const GET: APIRoute = async ({ props }) => {
  const leader = (props as { leader: Leader }).leader;
  const site = await getSite();
  const j = must(site.jurisdiction, leader.jurisdiction, 'jurisdiction');
  const page = paths.leader(leader.id);
  const entries = (await leaderTargets(leader)).map((g) => entityEntry(leader.name, page, g, j));
  const xml = feedXml({ self: paths.entityFeed(page), page, title: s.entityFeedTitle(leader.name, j.name), subtitle: s.entityFeedSubtitle, entries });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
