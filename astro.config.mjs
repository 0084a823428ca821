// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize from 'rehype-sanitize';
import sitemap from '@astrojs/sitemap';
import { chartDownloads } from './src/lib/charts/downloads-integration.ts';

/**
 * SITE_BASE: the sub-path the site is served under (e.g. /gk/zrmb/); default /.
 * SITE_URL: the origin for canonical links, sitemap and feed.
 * SITE_OUT_DIR: where `astro build` writes; scripts/build.ts builds aside and swaps.
 */
const base = process.env.SITE_BASE || '/';
const site = process.env.SITE_URL || 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.SITE_OUT_DIR || './dist',
  // Stylesheets linked, not inlined: 21 KiB of CSS in every page was two thirds
  // of the site's HTML (360 of 491 MiB at scale 20) and of the time spent writing
  // it; linked, a reader fetches it once. Lighthouse stays at 100 (npm run audit).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Astro's HTML compression can remove the white space between inline
  // elements and glue the text of neighbouring table cells together.
  compressHTML: false,
  // Astro 7 defaults to a non-unified Markdown processor; this project renders
  // Markdown through remark/unified, with the same allow-list sanitizer as cells.
  markdown: {
    processor: unified({ rehypePlugins: [rehypeSanitize] }),
  },
  devToolbar: { enabled: false },
  // A rebuild renders only the pages whose view model (their cacheKey, the
  // model's digest: src/lib/site/pages/page.ts) or template code changed;
  // the others are restored from Astro's cache (node_modules/.astro/).
  // scripts/build.ts checks that cache before trusting it.
  experimental: { incrementalBuild: true },
  // sitemap-index.xml lists every page; embed views are for iframes, not for search engines
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') }), chartDownloads()],
});
