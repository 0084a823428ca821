/**
 * npm run build — seeds/ → dist/, in three steps, timed:
 *   1. ingest: seeds → content/*.json (validated collections)
 *   2. astro build: collections → pages, written aside in .dist-build/,
 *      and each chart's SVG and CSV next to its page (from the chart specs,
 *      by the integration in src/lib/charts/downloads-integration.ts)
 *   3. search index: while Astro renders, one small document per target,
 *      leader, unit and document page is written from the collections
 *      (src/lib/search/index-files.ts); then Pagefind indexes those
 * Only when all three succeed is .dist-build/ swapped in as dist/, so a
 * failed build never leaves a half-written site behind. The site it replaces
 * waits in .dist-replaced/ and is deleted while the next build renders.
 *
 * Astro's incremental build renders only the pages whose view model or
 * template changed and restores the others from its cache into .dist-build/
 * (it never reads dist/); src/lib/build/render-cache.ts checks that cache
 * before Astro may trust it, and the log says how many pages were rendered
 * and how many reused.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { runIngest, summary } from '../src/lib/ingest/run.ts';
import { originProblem } from '../src/lib/build/origin.ts';
import { EncodingError } from '../src/lib/ingest/encoding.ts';
import { SeedError } from '../src/lib/ingest/errors.ts';
import { checkRenderCache, renderCounts, renderCountsText, stampRenderCache } from '../src/lib/build/render-cache.ts';
import { cachedIndex, keepIndex, missingPages, runPagefind, searchInput, searchRecords, writeSearchInput } from '../src/lib/search/index-files.ts';

const root = process.cwd();
// DIST_DIR (e.g. .dist-subpath) builds a second site, say under SITE_BASE, without touching dist/
const out = resolve(root, process.env['DIST_DIR'] || 'dist');
const aside = process.env['DIST_DIR'] ? `${out}-building` : join(root, '.dist-build');

const searchDir = `${aside}-search`;
// the site this build replaces is moved here at the swap and deleted during the next build
const replaced = process.env['DIST_DIR'] ? `${out}-replaced` : join(root, '.dist-replaced');

function fail(label: string, status: number, detail?: unknown): never {
  rmSync(aside, { recursive: true, force: true });
  rmSync(searchDir, { recursive: true, force: true });
  console.error(`build failed in step “${label}”; dist/ left as it was`, ...(detail === undefined ? [] : ['\n', detail]));
  process.exit(status);
}

/** A child process, awaited, so that the build script can work alongside it; its output is passed on, and kept for counting. */
function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; log: string }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'inherit'], env: { ...process.env, ...env } });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      process.stdout.write(chunk);
    });
    child.on('error', (error) => fail(label, 1, error));
    child.on('close', (status) => (status === 0 ? resolve({ ms: performance.now() - started, log: Buffer.concat(chunks).toString('utf8') }) : fail(label, status ?? 1)));
  });
}

const problem = originProblem(process.env, process.argv);
if (problem?.fatal) {
  console.error(`build failed: ${problem.message}`);
  process.exit(1);
}
if (problem) console.warn(`\n!!! ${problem.message}\n`);

const started = performance.now();
let ingestMs: number;
try {
  const result = await runIngest(root);
  ingestMs = result.ms;
  console.log(summary(result));
} catch (error) {
  console.error(error instanceof SeedError || error instanceof EncodingError ? `build failed: ${error.message}` : error);
  process.exit(1);
}

rmSync(aside, { recursive: true, force: true });
// Deleting a site is tens of thousands of unlinks that wait on the disk, not the CPU
// (7 s for the scale-20 site); done while Astro renders, it costs the build nothing.
const sweep = rm(replaced, { recursive: true, force: true });
const bin = (name: string): string => join(root, 'node_modules/.bin', name);
for (const note of checkRenderCache(root)) console.log(`render cache: ${note}`);
const astro = run('astro build', bin('astro'), ['build'], { SITE_OUT_DIR: aside });
// on the other core while Astro renders: the search index's input, from the same collections
const recordsStarted = performance.now();
let records: ReturnType<typeof searchRecords>;
try {
  records = searchRecords(root);
} catch (error) {
  fail('search records', 1, error);
}
const search = searchInput(records, root);
const kept = cachedIndex(search, root);
if (!kept) writeSearchInput(search, searchDir);
const recordsMs = performance.now() - recordsStarted;
const { ms: astroMs, log: astroLog } = await astro;
// Astro finished and wrote its manifest: only now may the next build trust the cache
stampRenderCache(root);
const pages = renderCounts(astroLog);
const charts = /chart downloads (\d+) in ([\d.]+)s/.exec(astroLog);
const missing = missingPages(records, aside);
if (missing.length > 0) fail('search index', 1, `records for pages the build did not make: ${missing.slice(0, 5).join(', ')}`);
const pagefindStarted = performance.now();
if (kept) cpSync(kept, join(aside, 'pagefind'), { recursive: true });
else {
  const status = runPagefind(searchDir, join(aside, 'pagefind'));
  if (status !== 0) fail('pagefind', status);
  rmSync(searchDir, { recursive: true, force: true });
  keepIndex(search, join(aside, 'pagefind'), root);
}
const pagefindMs = performance.now() - pagefindStarted;

if (!existsSync(join(aside, 'index.html'))) fail('swap', 1, `${relative(root, aside)}/index.html missing`);
await sweep;
if (existsSync(out)) renameSync(out, replaced);
renameSync(aside, out);
const total = performance.now() - started;
console.log(
  `build: ingest ${(ingestMs / 1000).toFixed(2)}s, astro ${(astroMs / 1000).toFixed(1)}s ${renderCountsText(pages)}, chart downloads ${charts?.[1] ?? '?'} in ${charts?.[2] ?? '?'}s (in astro), search records ${records.length} in ${(recordsMs / 1000).toFixed(2)}s (alongside astro), pagefind ${(pagefindMs / 1000).toFixed(1)}s${kept ? ' (index reused: records unchanged)' : ''}, total ${(total / 1000).toFixed(1)}s → ${relative(root, out)}/`,
);
