/**
 * /robots.txt — everything may be crawled; the sitemap lists every page.
 * Under a sub-path (SITE_BASE) crawlers only read the host's own
 * /robots.txt, so a portal should copy the Sitemap line into it.
 */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
