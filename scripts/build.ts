/**
 * npm run build — seeds/ → dist/, in three steps, timed:
 *   1. ingest: seeds → content/*.json (validated collections)
 *   2. astro build: collections → pages, written aside in .dist-build/,
 *      then each chart's SVG and CSV written next to its page
 *   3. pagefind: the search index over the built pages
 * Only when all three succeed is .dist-build/ swapped in as dist/, so a
 * failed build never leaves a half-written site behind.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runIngest, summary } from './ingest.ts';
import { EncodingError } from '../src/lib/ingest/encoding.ts';
import { writeChartDownloads } from './chart-downloads.ts';
import { SeedError } from '../src/lib/ingest/types.ts';

const root = process.cwd();
// DIST_DIR (e.g. .dist-subpath) builds a second site, say under SITE_BASE, without touching dist/
const out = join(root, process.env['DIST_DIR'] || 'dist');
const aside = process.env['DIST_DIR'] ? `${out}-building` : join(root, '.dist-build');

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const started = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    rmSync(aside, { recursive: true, force: true });
    console.error(`build failed in step “${label}”; dist/ left as it was`);
    process.exit(result.status ?? 1);
  }
  return performance.now() - started;
}

const started = performance.now();
let ingestMs: number;
try {
  const result = runIngest(root);
  ingestMs = result.ms;
  console.log(summary(result));
} catch (error) {
  console.error(error instanceof SeedError || error instanceof EncodingError ? `build failed: ${error.message}` : error);
  process.exit(1);
}

rmSync(aside, { recursive: true, force: true });
const bin = (name: string): string => join(root, 'node_modules/.bin', name);
const astroMs = run('astro build', bin('astro'), ['build'], { SITE_OUT_DIR: aside });
let charts: { files: number; ms: number };
try {
  charts = writeChartDownloads(aside);
} catch (error) {
  rmSync(aside, { recursive: true, force: true });
  console.error(`build failed in step “chart downloads”; dist/ left as it was\n`, error);
  process.exit(1);
}
const pagefindMs = run('pagefind', bin('pagefind'), ['--site', aside, '--silent']);

rmSync(out, { recursive: true, force: true });
renameSync(aside, out);
if (!existsSync(join(out, 'index.html'))) {
  console.error(`build failed: ${out}/index.html missing`);
  process.exit(1);
}
const total = performance.now() - started;
console.log(
  `build: ingest ${(ingestMs / 1000).toFixed(2)}s, astro ${(astroMs / 1000).toFixed(1)}s, chart downloads ${charts.files} in ${(charts.ms / 1000).toFixed(2)}s, pagefind ${(pagefindMs / 1000).toFixed(1)}s, total ${(total / 1000).toFixed(1)}s → ${relative(root, out)}/`,
);
