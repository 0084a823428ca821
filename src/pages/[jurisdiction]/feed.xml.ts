/** /<place>/feed.xml — the documents of one jurisdiction, newest first. */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { documentEntry, feedXml } from '../../lib/site/feeds.ts';
import { loadSite } from '../../lib/model/load-astro.ts';
import { jurisdictionFeeds } from '../../lib/site/pages/place.ts';
import { paths } from '../../lib/site/urls.ts';
import { openDataStrings as s } from '../../i18n/zh-CN.ts';

export const getStaticPaths = async () => jurisdictionFeeds(await loadSite());
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { jurisdiction: j, documents } = props.model;
  const entries = documents.map((doc) => documentEntry(doc, j));
  const xml = feedXml({ self: paths.jurisdictionFeed(j.id), page: paths.jurisdiction(j.id), title: s.placeFeedTitle(j.name), subtitle: s.feedSubtitle, entries });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
