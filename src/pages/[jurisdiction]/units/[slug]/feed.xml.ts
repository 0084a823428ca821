/** /<place>/units/<slug>/feed.xml — each document that gives this unit targets, with how they stand. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { entityFeedXml } from '../../../../lib/site/feeds.ts';
import { loadSite } from '../../../../lib/model/load-astro.ts';
import { unitFeeds } from '../../../../lib/site/pages/entity.ts';

export const getStaticPaths = async () => unitFeeds(await loadSite());
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { name, page, groups, jurisdiction } = props.model;
  return new Response(entityFeedXml(name, page, groups, jurisdiction), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
