/**
 * The evaluation set (scripts/search-eval.queries.json) is honest, and the
 * search keeps its quality on it: every expected page exists and says what
 * the query asks for, and the real search page in Chromium puts an expected
 * page in the first 10 for at least 98% of queries with MRR@10 ≥ 0.95.
 * Speed and the comparison with stock Pagefind: npm run eval:search.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { openSearchPage, readEvalQueries, searchOnPage, summarise, type Ranked } from '../src/lib/search/eval.ts';
import { readCollections } from '../src/lib/model/load-files.ts';
import type { SiteCollections } from '../src/lib/model/site-model.ts';
import { siteInBrowser } from './chromium.ts';
import { TEST_SITE, testDist } from './test-site.ts';

const queries = readEvalQueries();
// read once, when first asked (content/ is written by the build the tests make sure of)
let collections: SiteCollections | undefined;
const content = (): SiteCollections => (collections ??= readCollections(TEST_SITE));
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, '');

/** The published text behind a permalink, for checking needles. */
function publishedText(permalink: string): string {
  const c = content();
  const id = permalink.replace(/^\/|\/$/g, '');
  const t = c.targets.find((x) => x.id === id);
  if (t) return squash([t.text.text, ...t.assignments.flatMap((a) => [a.progress?.text, a.targetText?.text, ...a.people.map((p) => p.published), a.unitsRaw])].join(' '));
  const d = c.documents.find((x) => x.id === id);
  if (d) return squash([d.title, d.docNumber, ...d.passages.map((p) => p.text), ...d.frontMatter.map((l) => l.text)].join(' '));
  const e = [...c.leaders, ...c.units].find((x) => permalink === `/${x.jurisdiction}/${/leaders/.test(permalink) ? 'leaders' : 'units'}/${x.slug}/`);
  if (e) return squash([e.name, ...e.aliases.map((a) => a.form)].join(' '));
  throw new Error(`no record behind ${permalink}`);
}

describe('search evaluation set', () => {
  it('has at least 60 queries, every expected page exists and says what is asked', () => {
    expect(queries.length).toBeGreaterThanOrEqual(60);
    for (const query of queries) {
      expect(query.expect.length, query.q).toBeGreaterThan(0);
      const needles = query.needle === undefined ? query.q.split(/\s+/) : [query.needle].flat();
      for (const permalink of query.expect) {
        expect(existsSync(join(testDist, permalink, 'index.html')), permalink).toBe(true);
        const text = publishedText(permalink);
        for (const needle of needles) expect(text, `${query.q} → ${permalink}`).toContain(squash(needle));
      }
    }
  });

  describe('on the real search page', () => {
    const site = siteInBrowser();
    let page: Page;

    beforeAll(async () => {
      page = await site.browser.newPage();
      await openSearchPage(page, site.server.root);
    });

    it('reaches hit@10 ≥ 98% and MRR@10 ≥ 0.95', async () => {
      const ranked: Ranked[] = [];
      for (const query of queries) ranked.push({ query, urls: (await searchOnPage(page, query.q)).urls });
      const { hit, mrr } = summarise(ranked);
      expect(hit).toBeGreaterThanOrEqual(0.98);
      expect(mrr).toBeGreaterThanOrEqual(0.95);
    });
  });
});
