/**
 * An Astro integration: when the pages are built (astro:build:done), write
 * every chart's SVG and CSV next to its page, from the same specs the pages
 * rendered (./downloads.ts) and the same records the content layer loaded
 * (content/*.json). Writing them in one pass costs a fraction of what 700
 * endpoint routes did (scripts/bench-charts.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration } from 'astro';
import { readCollections } from '../model/load-files.ts';
import { groupRecords } from '../model/site-model.ts';
import { chartFiles, siteChartBlocks } from './downloads.ts';

export function chartDownloads(): AstroIntegration {
  return {
    name: 'chart-downloads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const site = groupRecords(readCollections(process.cwd()));
        let files = 0;
        for (const block of siteChartBlocks(site)) {
          for (const file of chartFiles(block)) {
            const path = join(out, file.path);
            mkdirSync(dirname(path), { recursive: true });
            writeFileSync(path, file.content);
            files += 1;
          }
        }
        logger.info(`chart downloads ${files} in ${((performance.now() - started) / 1000).toFixed(2)}s`);
      },
    },
  };
}
