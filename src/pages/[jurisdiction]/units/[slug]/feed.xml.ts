/** /<place>/units/<slug>/feed.xml — each document that gives this unit targets, with how they stand. */
import type { APIRoute } from 'astro';
import type { Unit } from '../../../../content.config.ts';
import { entityFeedXml } from '../../../../lib/site-feeds.ts';
import { getSite, unitPaths, unitTargets, must, paths } from '../../../../lib/routing.ts';

export const getStaticPaths = unitPaths;

export const GET: APIRoute = async ({ props }) => {
  const unit = (props as { unit: Unit }).unit;
  const j = must((await getSite()).jurisdiction, unit.jurisdiction, 'jurisdiction');
  const xml = entityFeedXml(unit.name, paths.unit(unit.id), await unitTargets(unit), j);
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
