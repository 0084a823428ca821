/**
 * After `astro build`: write every chart's SVG and CSV next to its page
 * (src/lib/charts/downloads.ts says what and why). Run by scripts/build.ts
 * on the directory being built, before Pagefind.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chartFiles } from '../src/lib/charts/downloads.ts';
import { siteFiles } from './files.ts';

export function writeChartDownloads(dir: string): { files: number; ms: number } {
  const started = performance.now();
  let files = 0;
  for (const page of siteFiles(dir, 'index.html')) {
    const html = readFileSync(page, 'utf8');
    if (!html.includes('<figure class="chart"')) continue;
    for (const file of chartFiles(html)) {
      const out = join(dirname(page), file.path);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, file.content);
      files += 1;
    }
  }
  return { files, ms: performance.now() - started };
}
