/** /robots.txt: everything may be crawled; the sitemap is at the configured origin and base. */
import type { APIRoute } from 'astro';
import { url } from '../lib/routing.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL(url('/sitemap-index.xml'), site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
