/**
 * The search page in real Chromium against dist/: typing a query, filtering,
 * following a result, sharing the address, the header box, the page without
 * JavaScript, accessibility, and a sub-path deploy. Expected result sets and
 * filter counts come from content/*.json by plain substring search
 * (tests/search-oracle.ts), not from the search code.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchStrings } from '../src/i18n/zh-CN.ts';
import { launchChromium, siteInBrowser } from './chromium.ts';
import { axeViolations, WCAG21_AA } from './axe.ts';
import { buildEnv } from './dist.ts';
import { expectedFor } from './search-oracle.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { TEST_SITE } from './test-site.ts';

const done = (page: Page, q: string) => page.waitForSelector(`#search[data-state="done"][data-query="${q}"]`);
const resultLinks = (page: Page) => page.$$eval('.search-result h3 a', (links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
const statusText = (page: Page) => page.textContent('[data-search-status]');

/** Filter options as shown: group → value → count, read from labels such as 王昌华（2）. */
async function shownCounts(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.$$eval('.search-filter input', (boxes) => {
    const out: Record<string, Record<string, number>> = {};
    for (const box of boxes as HTMLInputElement[]) {
      const label = document.querySelector(`label[for="${box.id}"]`)?.textContent ?? '';
      const m = /（(\d+)）$/.exec(label);
      out[box.name] ??= {};
      out[box.name]![box.value] = Number(m?.[1] ?? NaN);
    }
    return out;
  });
}

/** Every page of the site, across all result pages. */
async function allResults(page: Page): Promise<string[]> {
  while (await page.isVisible('[data-search-more]')) {
    const before = (await resultLinks(page)).length;
    await page.click('[data-search-more]');
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, before);
  }
  return resultLinks(page);
}

describe('search page', () => {
  const site = siteInBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await site.browser.newPage({ viewport: { width: 390, height: 900 } });
  });

  it('finds what a typed query names, announces the count, and marks the match', async () => {
    const q = '生物医药';
    const expected = expectedFor(q);
    await page.goto(`${site.server.root}search/`);
    await page.waitForSelector('#search[data-state="done"]');
    await page.focus('#search-q');
    await page.keyboard.type(q);
    await page.keyboard.press('Enter');
    await done(page, q);
    expect(await statusText(page)).toContain(`找到${expected.pages.length}条结果`);
    expect(await page.getAttribute('[data-search-status]', 'aria-live')).toBe('polite');
    expect((await allResults(page)).sort()).toEqual([...expected.pages].sort());
    const marked = await page.$$eval('.search-result mark', (marks) => marks.map((m) => m.textContent));
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set([q]));
    expect(new URL(page.url()).searchParams.get('q')).toBe(q);
  });

  it('counts every filter value right, and a leader filter keeps only that leader’s targets', async () => {
    const q = '生物医药';
    const expected = expectedFor(q);
    expect(await shownCounts(page)).toEqual(expected.counts);

    const [leader = '', targets] = [...expected.byLeader.entries()].sort((a, b) => b[1].length - a[1].length)[0] ?? [];
    expect(leader).not.toBe('');
    const box = `.search-filter input[name="leader"][value="${leader}"]`;
    // on a phone the filters start folded: open them from the keyboard, then tick the leader
    expect(await page.isVisible(box)).toBe(false);
    await page.focus('.search-filters summary');
    await page.keyboard.press('Enter');
    await page.focus(box);
    await page.keyboard.press('Space');
    await page.waitForFunction((l) => new URL(location.href).searchParams.getAll('leader').includes(l) && document.getElementById('search')?.dataset['state'] === 'done', leader);
    await done(page, q);
    expect((await allResults(page)).sort()).toEqual([...(targets ?? [])].sort());
    expect(await statusText(page)).toContain(`找到${targets?.length}条结果（已筛选）`);
    const leadersShown = await page.$$eval('.search-result .search-fact:first-child', (facts) => facts.map((f) => f.textContent ?? ''));
    for (const facts of leadersShown) expect(facts).toContain(leader);
    // the leader group still offers the other leaders, with their own counts
    const counts = await shownCounts(page);
    expect(counts['leader']).toEqual(expected.counts['leader']);
    expect(await page.isChecked(box)).toBe(true);
  });

  it('follows a result to its page, and comes back to the same search', async () => {
    const before = await resultLinks(page);
    const address = page.url();
    await page.click('.search-result h3 a >> nth=0');
    await page.waitForURL((u) => u.pathname === before[0]);
    expect(await page.textContent('h1')).toMatch(/^第\d+项$/);
    await page.goBack();
    await page.waitForSelector('#search[data-state="done"]');
    expect(page.url()).toBe(address);
    expect(await resultLinks(page)).toEqual(before);
    expect(await page.inputValue('#search-q')).toBe('生物医药');
  });

  it('restores the same results from a shared address in a fresh browser', async () => {
    const address = page.url();
    const before = await resultLinks(page);
    const other = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const fresh = await other.newPage();
    await fresh.goto(address);
    await done(fresh, '生物医药');
    expect(await resultLinks(fresh)).toEqual(before);
    expect(await fresh.inputValue('#search-q')).toBe('生物医药');
    const checked = await fresh.$$eval('.search-filter input:checked', (boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(checked).toEqual(new URL(address).searchParams.getAll('leader'));
    await other.close();
  });

  it('sorts by document date and number on request', async () => {
    await page.goto(`${site.server.root}search/?q=${encodeURIComponent('教育')}&kind=${encodeURIComponent('目标')}&sort=newest`);
    await done(page, '教育');
    const links = await allResults(page);
    const targets = JSON.parse(readFileSync(join(TEST_SITE, 'content/targets.json'), 'utf8')) as { id: string; number: number }[];
    const documents = JSON.parse(readFileSync(join(TEST_SITE, 'content/documents.json'), 'utf8')) as { id: string; year: number; period: string }[];
    const order = ['report', 'plan', 'q1', 'q2', 'h1', 'q3', 'q4', 'h2', 'year'];
    const key = (link: string) => {
      const t = targets.find((x) => `/${x.id}/` === link);
      const d = documents.find((x) => t && t.id.startsWith(`${x.id}/`));
      if (!t || !d) throw new Error(`not a target: ${link}`);
      return [-(d.year * 10 + order.indexOf(d.period)), t.number] as const;
    };
    const keys = links.map(key);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(links.length).toBe(expectedFor('教育').counts['kind']?.['目标']);
  });

  it('the header box on every page is a plain form that lands on the search', async () => {
    await page.goto(`${site.server.root}heze/2023-h1/88/`);
    await page.fill('#site-search-q', '雄商高铁');
    await page.press('#site-search-q', 'Enter');
    await done(page, '雄商高铁');
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect((await resultLinks(page))[0]).toBe('/heze/2023-h1/146/');
  });

  it('without JavaScript says that search needs it and links the indexes', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${site.server.root}search/?q=${encodeURIComponent('托位')}`);
    expect(await bare.isVisible('[data-search-fallback]')).toBe(true);
    expect(await bare.textContent('[data-search-fallback]')).toContain('JavaScript');
    const links = await bare.$$eval('[data-search-fallback] a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    for (const path of ['/heze/', '/heze/leaders/', '/heze/units/', '/yanzhou/', '/yanzhou/leaders/', '/yanzhou/units/']) expect(links).toContain(path);
    expect(await bare.isVisible('[data-search-ui]')).toBe(false);
    await context.close();
  });

  it('does not move under the reader while the island starts (no layout shift on a phone)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const fresh = await context.newPage();
    // recorded from the first paint on, as Lighthouse counts cumulative layout shift
    await fresh.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
          if (!entry.hadRecentInput) w.shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await fresh.goto(`${site.server.root}search/`);
    await fresh.waitForSelector('#search[data-state="done"]');
    await fresh.waitForTimeout(300);
    const shifts = await fresh.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((a, b) => a + b, 0)).toBeLessThan(0.01);
    expect(await fresh.isVisible('[data-search-fallback]')).toBe(false);
    await context.close();
  });

  it('if the search bundle cannot load, says so and links the indexes instead', async () => {
    const context = await site.browser.newContext();
    const broken = await context.newPage();
    await broken.route('**/pagefind/pagefind.js', (route) => route.fulfill({ status: 404, body: '' }));
    await broken.goto(`${site.server.root}search/?q=${encodeURIComponent('托位')}`);
    await broken.waitForSelector('#search[data-state="failed"]');
    expect(await broken.isVisible('[data-search-fallback]')).toBe(true);
    expect(await broken.textContent('[data-search-fallback]')).toContain(searchStrings.searchLoadFailed);
    expect(await broken.$$eval('[data-search-fallback] a', (as) => as.length)).toBeGreaterThan(0);
    await context.close();
  });

  it('passes axe (WCAG 2.1 A and AA) with results and filters shown', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`${site.server.root}search/?q=${encodeURIComponent('托位')}`);
      await done(page, '托位');
      expect(await axeViolations(page, { tags: WCAG21_AA })).toEqual([]);
    }
  });
});

describe('search under a sub-path', () => {
  const base = '/gk/zrmb/';
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = join(mkdtempSync(join(tmpdir(), 'search-subpath-')), 'site');
    // the real build (records, Pagefind) under the base, into a directory of its own
    const built = spawnSync('node', ['scripts/build.ts'], { env: buildEnv({ SITE_BASE: base, DIST_DIR: dir }), encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build under a sub-path failed:\n${built.stdout}\n${built.stderr}`);
    server = await serveStatic(dir, base);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) rmSync(join(dir, '..'), { recursive: true, force: true });
  });

  it('loads Pagefind from the base and links results under it', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.root}search/?q=${encodeURIComponent('托位')}`);
    await done(page, '托位');
    const links = await resultLinks(page);
    expect(links.length).toBe(expectedFor('托位').pages.length);
    for (const link of links) expect(link.startsWith(base)).toBe(true);
    await page.click('.search-result h3 a >> nth=0');
    await page.waitForURL((u) => u.pathname === links[0]);
    expect(await page.textContent('h1')).toMatch(/^第\d+项$/);
  });
});
