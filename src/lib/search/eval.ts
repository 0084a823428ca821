/**
 * The evaluation set and how a query is run on the real search page, shared
 * by npm run eval:search and the tests.
 */
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import type { Page } from 'playwright-core';
import { readCollections } from '../model/load-files.ts';
import { documentKindLabel, documentLabel } from '../../i18n/zh-CN.ts';
import { normalizedText, type FoldRule } from './normalize.ts';
import { parseQuery } from './query.ts';

export interface EvalQuery {
  q: string;
  kind: string;
  expect: string[];
  /** the text as published, where the query is typed in another form */
  needle?: string | string[];
  note?: string;
}

export interface Ranked {
  query: EvalQuery;
  urls: string[];
}

export const EVAL_QUERIES = 'scripts/search-eval.queries.json';

export function readEvalQueries(): EvalQuery[] {
  return (JSON.parse(readFileSync(EVAL_QUERIES, 'utf8')) as { queries: EvalQuery[] }).queries;
}

/** Reciprocal rank of the first expected permalink in the first 10, 0 if none. */
export function reciprocalRank(urls: readonly string[], expect: readonly string[]): number {
  const i = urls.slice(0, 10).findIndex((u) => expect.includes(u));
  return i < 0 ? 0 : 1 / (i + 1);
}

export function summarise(ranked: readonly Ranked[]): { hit: number; mrr: number } {
  const rr = ranked.map((r) => reciprocalRank(r.urls, r.query.expect));
  return {
    hit: rr.filter((x) => x > 0).length / Math.max(1, rr.length),
    mrr: rr.reduce((a, b) => a + b, 0) / Math.max(1, rr.length),
  };
}

/** Submit a query on the loaded /search/ page; ms from submit to rendered results, and the result links. */
export async function searchOnPage(page: Page, q: string): Promise<{ ms: number; urls: string[]; phases: number[] }> {
  return page.evaluate(async (query) => {
    const root = document.getElementById('search');
    const input = document.getElementById('search-q') as HTMLInputElement | null;
    const form = root?.querySelector('form');
    if (!root || !input || !form) throw new Error('search page not found');
    const done = new Promise<void>((ok) => {
      const observer = new MutationObserver(() => {
        if (root.dataset['state'] === 'done' && root.dataset['query'] === query.trim()) {
          observer.disconnect();
          ok();
        }
      });
      observer.observe(root, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
    });
    const started = performance.now();
    input.value = query;
    form.requestSubmit();
    await done;
    const ms = performance.now() - started;
    const urls = [...root.querySelectorAll('.search-result h3 a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname);
    // search, filter counts, result fields, drawing (ms), as the page records them
    const phases = (root.dataset['timings'] ?? '')
      .split(' ')
      .filter((t) => t !== '')
      .map(Number);
    return { ms, urls, phases };
  }, q);
}

export async function openSearchPage(page: Page, root: string): Promise<void> {
  await page.goto(`${root}search/`);
  await page.waitForSelector('#search[data-state=done]');
}

/**
 * Everything a page publishes that a query may be meant to find, by
 * permalink: for a target its text, progress, names, deadline, clause and
 * which document it is in; for a leader or unit its printed names; for a
 * document its title, number and (report) text.
 */
export function publishedTexts(): Map<string, string> {
  const c = readCollections(process.cwd());
  const documents = new Map(c.documents.map((d) => [d.id, d]));
  const jurisdictions = new Map(c.jurisdictions.map((j) => [j.id, j]));
  const out = new Map<string, string>();
  const join = (parts: (string | null | undefined)[]) => parts.filter((p) => p).join('\n');
  for (const t of c.targets) {
    const d = documents.get(t.document);
    out.set(
      `/${t.id}/`,
      join([
        t.text.text,
        t.section?.title,
        t.assignmentClause,
        ...t.notes,
        jurisdictions.get(t.jurisdiction)?.name,
        d ? documentLabel(d) : null,
        ...t.assignments.flatMap((a) => [a.targetText?.text, a.progress?.text, ...a.people.flatMap((p) => [p.published, p.name]), a.unitsRaw, a.deadline.raw, ...a.units.map((u) => u.name)]),
      ]),
    );
  }
  for (const [kind, list] of [
    ['leaders', c.leaders],
    ['units', c.units],
  ] as const) {
    for (const e of list) out.set(`/${e.jurisdiction}/${kind}/${e.slug}/`, join([e.name, ...e.aliases.map((a) => a.form)]));
  }
  for (const d of documents.values()) {
    out.set(`/${d.id}/`, join([d.title, d.docNumber, jurisdictions.get(d.jurisdiction)?.name, documentLabel(d), documentKindLabel(d.kind), ...d.passages.map((p) => p.text)]));
  }
  return out;
}

/**
 * Share of the first 10 results whose published text holds every term of
 * the query as one unbroken stretch (after the same normalisation the
 * search uses): what a journalist means by a result “containing” the query.
 */
export function precisionAt10(urls: readonly string[], query: string, texts: Map<string, string>, folds: readonly FoldRule[]): number | null {
  const top = urls.slice(0, 10);
  if (top.length === 0) return null;
  const terms = parseQuery(query, folds).map((t) => t.chars.join(''));
  const hits = top.filter((url) => {
    const text = normalizedText(texts.get(url) ?? '', folds);
    return terms.every((t) => text.includes(t));
  });
  return hits.length / top.length;
}

/**
 * A proxy in front of a static server that sends Pagefind's files (gzip
 * streams at rest) with Content-Encoding: gzip, as a portal's web server can
 * be told to: the browser then inflates them natively instead of Pagefind's
 * JavaScript. For measuring that hosting choice; loopback only.
 */
export async function pagefindGzipProxy(origin: string): Promise<{ origin: string; close(): Promise<void> }> {
  const gzipped = new Set(['.pf_meta', '.pf_index', '.pf_fragment', '.pf_filter', '.pagefind']);
  const target = new URL(origin);
  const server: Server = createServer((req, res) => {
    const upstream = request({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      const path = new URL(req.url ?? '/', origin).pathname;
      const headers = { ...up.headers, ...(gzipped.has(extname(path)) ? { 'content-encoding': 'gzip' } : {}) };
      res.writeHead(up.statusCode ?? 502, headers);
      up.pipe(res);
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/**
 * Type a query into the search box as a reader does (a character at a time,
 * `delayMs` apart; the page preloads and searches as it goes), then press
 * Enter: ms from Enter to the results of the search Enter starts.
 */
export async function typeOnPage(page: Page, q: string, delayMs: number): Promise<{ ms: number; urls: string[] }> {
  await page.fill('#search-q', '');
  await page.focus('#search-q');
  await page.keyboard.type(q, { delay: delayMs });
  const watch = page.evaluate(
    (query) =>
      new Promise<number>((ok) => {
        const root = document.getElementById('search');
        const input = document.getElementById('search-q');
        if (!root || !input) throw new Error('search page not found');
        let started: number | null = null;
        const observer = new MutationObserver(() => {
          if (started !== null && root.dataset['state'] === 'done' && root.dataset['query'] === query.trim()) {
            observer.disconnect();
            ok(performance.now() - started);
          }
        });
        observer.observe(root, { attributes: true, attributeFilter: ['data-state', 'data-query'] });
        input.addEventListener('keydown', () => (started = performance.now()), { once: true });
        root.dataset['armed'] = 'yes';
      }),
    q,
  );
  await page.waitForFunction(() => document.getElementById('search')?.dataset['armed'] === 'yes');
  await page.keyboard.press('Enter');
  const ms = await watch;
  await page.evaluate(() => delete document.getElementById('search')?.dataset['armed']);
  const urls = await page.$$eval('.search-result h3 a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return { ms, urls };
}
