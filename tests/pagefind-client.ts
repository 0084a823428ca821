/**
 * Pagefind's own browser API, called in a page that serves a Pagefind
 * bundle at /pagefind/. Sent as source text: a test runner that rewrites
 * `import()` in test code must not touch the one that runs in the browser.
 */
import type { Page } from 'playwright-core';

/** Result URLs in Pagefind's order (all of them, or the first `limit`). */
export async function pagefindSearch(page: Page, query: string, limit = Infinity): Promise<string[]> {
  const source = `(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const response = await pagefind.search(${JSON.stringify(query)});
    const results = response.results.slice(0, ${Number.isFinite(limit) ? limit : 'undefined'});
    const data = await Promise.all(results.map((r) => r.data()));
    return data.map((d) => d.url);
  })()`;
  return page.evaluate<string[]>(source);
}
