/** /feed.xml: the documents, newest first (see src/lib/feed.ts). */
import type { APIRoute } from 'astro';
import { buildTime } from '../lib/build-time.ts';
import { rssFeed } from '../lib/feed.ts';
import { documentDate } from '../lib/page-meta.ts';
import { portal } from '../lib/portal.ts';
import { getSite, must, paths, url } from '../lib/routing.ts';
import { documentDescription, documentFullTitle, siteNameOr, strings } from '../i18n/zh-CN.ts';

export const GET: APIRoute = async ({ site }) => {
  const s = await getSite();
  const absolute = (path: string) => new URL(url(path), site).href;
  const body = rssFeed({
    title: siteNameOr(portal().siteName),
    link: absolute(paths.home()),
    description: strings.siteDescription,
    self: absolute('/feed.xml'),
    built: buildTime(),
    items: s.documents.map((d) => {
      const j = must(s.jurisdiction, d.jurisdiction, 'jurisdiction');
      const title = documentFullTitle(d, j.name);
      return {
        title,
        link: absolute(paths.document(d)),
        description: documentDescription(title, d.targetCount),
        date: documentDate(d)?.iso ?? null,
      };
    }),
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
