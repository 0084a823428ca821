/**
 * npm run eval:search — how well and how fast the site's search answers
 * what journalists type, next to stock Pagefind on the same text.
 *
 *   npm run eval:search                 # uses dist/ (builds it if missing)
 *   npm run eval:search -- --build      # rebuilds dist/ first
 *   npm run eval:search -- --dist DIR   # another built site, e.g. the synthetic corpus: speed only
 *                                       (its copies of the seeds' texts would score as misses)
 *
 * Both sides run in real Chromium (tests/chromium.ts). Ours: the real
 * /search/ page, query typed into its form, the first 10 rendered result
 * links read back. Stock: Pagefind's own pagefind.search() over bare pages of
 * the same text (src/lib/search/stock-site.ts), its first 10 result URLs.
 * Prints hit@10 and MRR@10 overall and per kind of query, the misses, the
 * time from submitting a query to rendered results (median, p95), and the
 * bytes fetched per query.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/chromium.ts';
import { pagefindSearch } from '../tests/pagefind-client.ts';
import { serveStatic } from '../tests/serve.ts';
import { foldsFromAliases } from '../src/lib/search/folds.ts';
import { readCollections } from '../src/lib/model/load-files.ts';
import { openSearchPage, pagefindGzipProxy, precisionAt10, publishedTexts, readEvalQueries, reciprocalRank, searchOnPage, summarise, typeOnPage, type Ranked } from '../src/lib/search/eval.ts';
import { indexStockSite, writeStockSite } from '../src/lib/search/stock-site.ts';
import { parseArgs } from './args.ts';

const args = parseArgs(process.argv.slice(2));
const dist = resolve(args['dist'] ?? 'dist');
/** Quality is scored on the seeds' own site: the evaluation set names its pages. */
const scoreQuality = args['dist'] === undefined;
const queries = readEvalQueries();

const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};

/** Bytes of every response the page receives while `during` runs. */
async function countBytes<T>(page: Page, during: () => Promise<T>): Promise<{ value: T; bytes: number; requests: number }> {
  let bytes = 0;
  let requests = 0;
  const pending: Promise<void>[] = [];
  const onFinished = (request: import('playwright-core').Request) => {
    pending.push(
      request.sizes().then((s) => {
        bytes += s.responseBodySize + s.responseHeadersSize;
        requests += 1;
      }),
    );
  };
  page.on('requestfinished', onFinished);
  const value = await during();
  await Promise.all(pending);
  page.off('requestfinished', onFinished);
  return { value, bytes, requests };
}

interface Speed {
  load: { bytes: number; requests: number };
  fresh: { ms: number; bytes: number; requests: number; phases: number[] }[];
  session: { ms: number; bytes: number }[];
  typed: number[];
}

/** A reader types about four characters a second (Chinese input methods commit words, often faster). */
const TYPING_DELAY_MS = 250;

/** Every query on a freshly loaded /search/ page, then all of them again in one session. */
async function measure(page: Page, root: string, withTyping: boolean): Promise<{ ranked: Ranked[]; speed: Speed }> {
  // Page load of /search/ with nothing typed: HTML, CSS, island, Pagefind JS, worker, WebAssembly, metadata, filters.
  const load = await countBytes(page, () => openSearchPage(page, root));
  const fresh: Speed['fresh'] = [];
  const ranked: Ranked[] = [];
  for (const query of queries) {
    await openSearchPage(page, root);
    const { value, bytes, requests } = await countBytes(page, () => searchOnPage(page, query.q));
    fresh.push({ ms: value.ms, bytes, requests, phases: value.phases });
    ranked.push({ query, urls: value.urls });
  }
  // In session: one page, queries one after another, as a reader refines a search.
  await openSearchPage(page, root);
  const session: Speed['session'] = [];
  for (const query of queries) {
    const { value, bytes } = await countBytes(page, () => searchOnPage(page, query.q));
    session.push({ ms: value.ms, bytes });
  }
  // Typed: on a fresh page, the query typed a character at a time, then Enter (the page preloads as the reader types).
  const typed: number[] = [];
  for (const query of withTyping ? queries : []) {
    await openSearchPage(page, root);
    typed.push((await typeOnPage(page, query.q, TYPING_DELAY_MS)).ms);
  }
  return { ranked, speed: { load: { bytes: load.bytes, requests: load.requests }, fresh, session, typed } };
}

function printSpeed(label: string, { load, fresh, session, typed }: Speed): void {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KiB`;
  const ms = (values: number[]) => `median ${percentile(values, 50).toFixed(0)} ms, p95 ${percentile(values, 95).toFixed(0)} ms`;
  const phase = (i: number) =>
    percentile(
      fresh.map((f) => f.phases[i] ?? 0),
      50,
    ).toFixed(0);
  console.log(`  ${label}`);
  console.log(`    search page load, nothing typed: ${kb(load.bytes)} in ${load.requests} requests`);
  console.log(`    query → rendered results, first query on a fresh page: ${ms(fresh.map((f) => f.ms))}`);
  console.log(`      of which (medians): index ${phase(0)} ms, filter counts ${phase(1)} ms, result fields ${phase(2)} ms, drawing ${phase(3)} ms`);
  console.log(`    query → rendered results, queries in one session: ${ms(session.map((f) => f.ms))}`);
  if (typed.length > 0) console.log(`    Enter → rendered results, query typed on a fresh page (${TYPING_DELAY_MS} ms a character): ${ms(typed)}`);
  const bytes = (values: number[]) => `median ${kb(percentile(values, 50))}, p95 ${kb(percentile(values, 95))}, max ${kb(Math.max(...values))}`;
  console.log(
    `    bytes per query, fresh page: ${bytes(fresh.map((f) => f.bytes))} (median ${percentile(
      fresh.map((f) => f.requests),
      50,
    )} requests)`,
  );
  console.log(`    bytes per query, in session: ${bytes(session.map((f) => f.bytes))}`);
}

async function main(): Promise<void> {
  if (args['build'] || !existsSync(join(dist, 'index.html'))) {
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const stockDir = mkdtempSync(join(tmpdir(), 'stock-pagefind-'));
  if (scoreQuality) {
    const t0 = performance.now();
    writeStockSite(stockDir);
    indexStockSite(stockDir);
    console.log(`stock site: bare pages + stock Pagefind in ${((performance.now() - t0) / 1000).toFixed(1)}s (${stockDir})`);
  }

  const plain = await serveStatic(dist, '/');
  const gzip = await pagefindGzipProxy(plain.origin);
  const stock = await serveStatic(stockDir, '/');
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(20_000);
    const ours = await measure(page, plain.root, true);
    const withGzip = await measure(page, `${gzip.origin}/`, false);

    if (scoreQuality) {
      await page.goto(stock.root);
      const stockRanked: Ranked[] = [];
      for (const query of queries) stockRanked.push({ query, urls: await pagefindSearch(page, query.q, 10) });
      report(ours.ranked, stockRanked);
    } else {
      const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
      const pages = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
      console.log(`${dist}: ${pages} pages in the index; quality not scored (the evaluation set names the seeds' pages)`);
    }
    console.log(
      `\nspeed (headless Chromium, loopback; load average now ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}: times grow with other work on the machine)`,
    );
    printSpeed('dist/ served as plain files', ours.speed);
    printSpeed('Pagefind files sent with Content-Encoding: gzip (the browser inflates them, not Pagefind’s JavaScript)', withGzip.speed);
  } finally {
    await browser.close();
    await plain.close();
    await gzip.close();
    await stock.close();
    rmSync(stockDir, { recursive: true, force: true });
  }
}

function report(ours: readonly Ranked[], stock: readonly Ranked[]): void {
  const texts = publishedTexts();
  const { leaders, units } = readCollections(process.cwd());
  const folds = foldsFromAliases([...leaders, ...units]);
  const precision = (ranked: readonly Ranked[]) => {
    const values = ranked.map((r) => precisionAt10(r.urls, r.query.q, texts, folds)).filter((p): p is number => p !== null);
    return values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  };
  const kinds = [...new Set(ours.map((r) => r.query.kind))];
  const row = (label: string, a: readonly Ranked[], b: readonly Ranked[]) => {
    const x = summarise(a);
    const y = summarise(b);
    console.log(
      `  ${label.padEnd(10)} ${String(a.length).padStart(3)}   ${(x.hit * 100).toFixed(1).padStart(5)}%  ${x.mrr.toFixed(3)}  ${precision(a).toFixed(2)}     ${(y.hit * 100).toFixed(1).padStart(5)}%  ${y.mrr.toFixed(3)}  ${precision(b).toFixed(2)}`,
    );
  };
  console.log(`\nsearch quality on ${ours.length} queries (scripts/search-eval.queries.json)`);
  console.log('  P@10: share of the first 10 results whose text holds every term unbroken');
  console.log('  kind         n   ours hit@10 MRR@10  P@10    stock hit@10 MRR@10  P@10');
  for (const kind of kinds)
    row(
      kind,
      ours.filter((r) => r.query.kind === kind),
      stock.filter((r) => r.query.kind === kind),
    );
  row('all', ours, stock);
  const misses = (label: string, ranked: readonly Ranked[]) => {
    const missed = ranked.filter((r) => reciprocalRank(r.urls, r.query.expect) < 1);
    console.log(`\n${label}: not first (${missed.length})`);
    for (const r of missed) {
      const rr = reciprocalRank(r.urls, r.query.expect);
      console.log(`  ${rr === 0 ? 'MISS' : `rank ${Math.round(1 / rr)}`}  ${r.query.q}  → ${r.urls.slice(0, 3).join(' ') || '(nothing)'}`);
    }
  };
  misses('ours', ours);
  misses('stock', stock);
}

await main();
