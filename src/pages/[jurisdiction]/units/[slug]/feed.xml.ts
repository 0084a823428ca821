/** /<place>/units/<slug>/feed.xml — each document that gives this unit targets, with how they stand. */
import type { APIRoute } from 'astro';
import type { Unit } from '../../../../content.config.ts';
import { entityEntry, feedXml } from '../../../../lib/site-feeds.ts';
import { getSite, unitPaths, unitTargets, must, paths } from '../../../../lib/routing.ts';
import { openDataStrings as s } from '../../../../i18n/zh-CN.ts';

export const getStaticPaths = unitPaths;

export const GET: APIRoute = async ({ props }) => {
  const unit = (props as { unit: Unit }).unit;
  const site = await getSite();
  const j = must(site.jurisdiction, unit.jurisdiction, 'jurisdiction');
  const page = paths.unit(unit.id);
  const entries = (await unitTargets(unit)).map((g) => entityEntry(unit.name, page, g, j));
  const xml = feedXml({ self: paths.entityFeed(page), page, title: s.entityFeedTitle(unit.name, j.name), subtitle: s.entityFeedSubtitle, entries });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
