/**
 * The open-data pages and files in real Chromium, served from dist/ on
 * loopback: the feed parses as XML, the new pages pass axe (WCAG 2.1 AA)
 * and fit a 390 px phone, an embed view works inside an <iframe>, and a
 * build under a sub-path (as portals host it) keeps every download, feed and
 * data URL under that path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteDocument } from '../src/schemas/records.ts';
import { siteInBrowser } from './chromium.ts';
import { axeViolations, WCAG21_AA } from './axe.ts';
import { buildEnv } from './dist.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { TEST_SITE, testDist } from './test-site.ts';

const documents = (): SiteDocument[] => JSON.parse(readFileSync(join(TEST_SITE, 'content/documents.json'), 'utf8')) as SiteDocument[];

const PAGES = ['data/', 'heze/2023-h1/88/', 'heze/2022-q3/58/', 'heze/2023-report/', 'heze/leaders/cao-lin/', 'embed/heze/2023-h1/88/', 'heze/2023-h1/changes/', 'heze/2023-h1/'];

describe('open data in Chromium', () => {
  const site = siteInBrowser();

  it('parses feed.xml as Atom with one entry per document', async () => {
    const page = await site.browser.newPage();
    const response = await page.goto(`${site.server.root}feed.xml`);
    const xml = (await response?.text()) ?? '';
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      return {
        error: doc.getElementsByTagName('parsererror').length,
        root: doc.documentElement.namespaceURI,
        entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length,
      };
    }, xml);
    expect(parsed).toEqual({ error: 0, root: 'http://www.w3.org/2005/Atom', entries: documents().length });
    await page.close();
  });

  it('parses each place’s, leader’s and unit’s own feed as Atom, announced on its page', async () => {
    const page = await site.browser.newPage();
    for (const [html, feed] of [
      ['heze/', 'heze/feed.xml'],
      ['heze/leaders/cao-lin/', 'heze/leaders/cao-lin/feed.xml'],
    ] as const) {
      await page.goto(`${site.server.root}${html}`);
      const announced = await page.$$eval('link[rel="alternate"][type="application/atom+xml"]', (ls) => ls.map((l) => (l as HTMLLinkElement).href));
      expect(
        announced.some((h) => h.endsWith(feed)),
        html,
      ).toBe(true);
      const xml = (await (await page.goto(`${site.server.root}${feed}`))?.text()) ?? '';
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return { error: doc.getElementsByTagName('parsererror').length, entries: doc.getElementsByTagNameNS('http://www.w3.org/2005/Atom', 'entry').length };
      }, xml);
      expect(parsed.error, feed).toBe(0);
      expect(parsed.entries, feed).toBeGreaterThan(0);
    }
    await page.close();
  });

  for (const width of [390, 1280]) {
    it(`shows the new pages without script, sideways scrolling or axe violations at ${width} px`, async () => {
      const context = await site.browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      for (const path of PAGES) {
        const response = await page.goto(`${site.server.root}${path}`);
        expect(response?.status(), path).toBe(200);
        // open every collapsed box, so axe and the width check see what a reader can open
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', '')));
        const { scripts, overflow } = await page.evaluate(() => ({
          // the inline 长辈版 memory and a citation's access date are the scripts a reading page carries (tests/care-memory.ts)
          scripts: [...document.querySelectorAll('script')].filter(
            (s) => !s.src && !(s.textContent ?? '').includes("getElementById('care-mode')") && !(s.textContent ?? '').includes('[data-access-date]'),
          ).length,
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        }));
        expect(scripts, path).toBe(0);
        expect(overflow, path).toBeLessThanOrEqual(0);
        expect(await axeViolations(page, { tags: WCAG21_AA }), path).toEqual([]);
      }
      await context.close();
    });
  }

  it('downloads every file the /data/ page links to', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.root}data/`);
    const links = await page.evaluate(() => [...document.querySelectorAll('main a[href]')].map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) {
      const r = await page.request.get(href);
      expect(r.status(), href).toBe(200);
    }
    await page.close();
  });

  it('shows a target inside an iframe on another page, and opens its permalink in the whole window', async () => {
    const page = await site.browser.newPage({ viewport: { width: 390, height: 800 } });
    const permalink = readFileSync(join(testDist, 'embed/heze/2023-h1/88/index.html'), 'utf8').match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
    // the permalink's origin (SITE_URL) is not served here: answer it, to see the top window go there
    await page.route(`${new URL(permalink).origin}/**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>permalink</title>' }));
    await page.setContent(
      `<!doctype html><html lang="zh-CN"><body><iframe src="${site.server.root}embed/heze/2023-h1/88/" title="t" width="360" height="420" style="border:0"></iframe></body></html>`,
    );
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('.target-statement').textContent()).toContain('婴幼儿照护服务托位');
    const frameOverflow = await frame.locator('html').evaluate((html) => html.scrollWidth - html.clientWidth);
    expect(frameOverflow).toBeLessThanOrEqual(0);
    await frame.locator(`.embed-permalink a`).click();
    await page.waitForURL(permalink);
    expect(page.url()).toBe(permalink);
    await page.close();
  });
});

describe('a build under a sub-path', () => {
  const out = '.dist-subpath-data';
  const base = '/gk/zrmb/';
  const origin = 'https://www.example.gov.cn';
  let server: StaticServer;

  beforeAll(async () => {
    rmSync(out, { recursive: true, force: true });
    // the whole build (ingest, pages, Pagefind) into its own directory, without vitest's own variables (tests/dist.ts)
    const result = spawnSync('node', ['scripts/build.ts'], {
      env: buildEnv({ SITE_BASE: base, SITE_URL: origin, DIST_DIR: out }),
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`sub-path build failed:\n${result.stderr}`);
    server = await serveStatic(out, base);
  });

  afterAll(async () => {
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('writes every CSV url as SITE_URL + base + permalink, each a page of that build', () => {
    const text = readFileSync(join(out, 'data/targets.csv'), 'utf8').replace(/^\uFEFF/, '');
    const rows = csvParse(text);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      const url = r['url'] ?? '';
      expect(url.startsWith(`${origin}${base}`), url).toBe(true);
      expect(existsSync(join(out, new URL(url).pathname.slice(base.length), 'index.html')), url).toBe(true);
    }
  });

  it('serves the data page, every download it links, the feed and the embed views under the sub-path', async () => {
    const pages = [`${server.root}data/`, `${server.root}feed.xml`, `${server.root}embed/heze/2023-h1/88/`, `${server.root}robots.txt`];
    for (const p of pages) expect((await fetch(p)).status, p).toBe(200);
    const html = await (await fetch(`${server.root}data/`)).text();
    const hrefs = [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '').filter((h) => h.startsWith('/'));
    expect(hrefs.every((h) => h.startsWith(base))).toBe(true);
    for (const h of hrefs.filter((x) => x.startsWith(`${base}data/`))) {
      expect((await fetch(`${server.origin}${h}`)).status, h).toBe(200);
    }
    const feed = await (await fetch(`${server.root}feed.xml`)).text();
    const links = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(links.every((l) => l.startsWith(`${origin}${base}`))).toBe(true);
    expect(await (await fetch(`${server.root}robots.txt`)).text()).toContain(`Sitemap: ${origin}${base}sitemap-index.xml`);
  });
});
