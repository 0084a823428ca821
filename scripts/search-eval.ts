/**
 * The evaluation set and how a query is run on the real search page, shared
 * by npm run eval:search and the tests.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

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
export async function searchOnPage(page: Page, q: string): Promise<{ ms: number; urls: string[] }> {
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
    return { ms, urls };
  }, q);
}

export async function openSearchPage(page: Page, root: string): Promise<void> {
  await page.goto(`${root}search/`);
  await page.waitForSelector('#search[data-state=done]');
}

