// @ts-check
// The framework's floor: a bare Astro site with one page template over a JSON
// collection. scripts/bench.ts copies this folder aside, writes data/pages.json
// with as many entries as the real site has pages, and times `astro build`.
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.SITE_OUT_DIR || './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  compressHTML: false,
  devToolbar: { enabled: false },
});
