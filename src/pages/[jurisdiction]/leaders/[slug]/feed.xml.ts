/** /<place>/leaders/<slug>/feed.xml — each document that gives this leader targets, with how they stand. */
import type { APIRoute } from 'astro';
import type { Leader } from '../../../../content.config.ts';
import { entityFeedXml } from '../../../../lib/site-feeds.ts';
import { getSite, leaderPaths, leaderTargets, must, paths } from '../../../../lib/routing.ts';

export const getStaticPaths = leaderPaths;

export const GET: APIRoute = async ({ props }) => {
  const leader = (props as { leader: Leader }).leader;
  const j = must((await getSite()).jurisdiction, leader.jurisdiction, 'jurisdiction');
  const xml = entityFeedXml(leader.name, paths.leader(leader.id), await leaderTargets(leader), j);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
