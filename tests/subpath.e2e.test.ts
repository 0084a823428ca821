/**
 * The site as a portal hosts it: built once with SITE_BASE=/gk/zrmb/, a
 * SITE_URL and a fully filled portal configuration into .dist-subpath/
 * (dist/ is left alone), served under that path only. Every link and asset
 * must start with the base and resolve; search must find pages; the footer
 * must show the configured identifiers.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.ts';
import { serveStatic, type StaticServer } from './serve.ts';
import { axeViolations } from './axe.ts';
import { buildEnv } from './dist.ts';
import { siteFiles } from '../src/lib/build/files.ts';
import { PAGES } from './pages.ts';

const BASE = '/gk/zrmb/';
const ORIGIN = 'https://www.example.gov.cn';
const OUT = '.dist-subpath';
const PORTAL = 'tests/fixtures/portal.full.json';
const portal = JSON.parse(readFileSync(PORTAL, 'utf8')) as {
  organizer: string;
  operator: string;
  siteName: string;
  siteIdCode: string;
  icp: string;
  publicSecurity: string;
  contact: { phone: string; email: string; address: string };
  errorReportUrl: string;
};

let server: StaticServer;
let browser: Browser;

const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&#38;/g, '&');

beforeAll(async () => {
  const result = spawnSync('node', ['scripts/build.ts'], {
    stdio: 'pipe',
    encoding: 'utf8',
    env: buildEnv({ SITE_BASE: BASE, SITE_URL: ORIGIN, SITE_PORTAL: PORTAL, DIST_DIR: OUT }),
  });
  if (result.status !== 0) throw new Error(`sub-path build failed:\n${result.stdout}\n${result.stderr}`);
  server = await serveStatic(OUT, BASE);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe(`built under ${BASE}`, () => {
  it('starts every internal link and asset with the base, and each one resolves to a file or an anchor', () => {
    const files = siteFiles(OUT);
    expect(files.length).toBeGreaterThan(500);
    const ids = new Map<string, Set<string>>();
    const idsOf = (file: string) => {
      let set = ids.get(file);
      if (!set) {
        set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
        ids.set(file, set);
      }
      return set;
    };
    const outside: string[] = [];
    const dead: string[] = [];
    let checked = 0;
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const value = decode(m[2] ?? '');
        if (/^(https?:|mailto:|tel:)/.test(value)) {
          // another host may be linked to (the source, the record queries), never loaded from
          if (m[1] === 'src') outside.push(`${file}: src=${value}`);
          continue;
        }
        checked += 1;
        if (value.startsWith('#')) {
          if (value !== '#' && !idsOf(file).has(value.slice(1))) dead.push(`${file}: ${value}`);
          continue;
        }
        if (!value.startsWith(BASE)) {
          outside.push(`${file}: ${m[1]}=${value}`);
          continue;
        }
        const [path = '', fragment] = value.slice(BASE.length - 1).split('#');
        const target = join(OUT, path, path.endsWith('/') ? 'index.html' : '');
        if (!existsSync(target)) dead.push(`${file}: ${value}`);
        else if (fragment && !idsOf(target).has(fragment)) dead.push(`${file}: ${value}`);
      }
    }
    expect(outside).toEqual([]);
    expect(dead).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
  });

  it('points canonical links and the sitemap at SITE_URL + base', () => {
    const target = readFileSync(join(OUT, 'heze/2023-h1/88/index.html'), 'utf8');
    expect(target).toContain(`<link rel="canonical" href="${ORIGIN}${BASE}heze/2023-h1/88/">`);
    const sitemap = readFileSync(join(OUT, 'sitemap-0.xml'), 'utf8');
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
    expect(locs.length).toBeGreaterThan(500);
    expect(locs.every((l) => l.startsWith(`${ORIGIN}${BASE}`))).toBe(true);
  });

  it('serves every kind of page under the base with no failed or outside request, and no axe violation', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const bad: string[] = [];
    page.on('response', (r) => {
      if (r.status() !== 200) bad.push(`${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(server.root)) bad.push(`outside base: ${r.url()}`);
    });
    for (const { path } of PAGES) {
      await page.goto(server.root + path.slice(1), { waitUntil: 'load' });
      expect(await axeViolations(page), path).toEqual([]);
    }
    expect(bad).toEqual([]);
    await context.close();
  }, 180_000);

  it('finds pages with the Pagefind index under the base, and their URLs carry it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Search the way a reader does: the site's own search page, which turns the query into the index's tokens.
    await page.goto(`${server.root}search/?q=${encodeURIComponent('婴幼儿照护')}`);
    await page.waitForFunction(() => ['done', 'failed'].includes(document.getElementById('search')?.dataset['state'] ?? ''));
    const urls = await page.$$eval('.search-result h3 a', (links) => links.map((a) => a.getAttribute('href') ?? ''));
    const results = { count: urls.length, urls: urls.slice(0, 5) };
    expect(results.count).toBeGreaterThan(0);
    expect(results.urls.every((u) => u.startsWith(BASE))).toBe(true);
    expect(results.urls).toContain(`${BASE}heze/2023-h1/88/`);
    const res = await page.goto(`${server.origin}${results.urls[0]}`);
    expect(res?.status()).toBe(200);
    await context.close();
  });

  it('shows the configured portal identity: name, 主办/承办, contact, 网站标识码, 备案号, 标识 and 找错', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.root}heze/2023-h1/88/`);
    const footer = (await page.textContent('footer')) ?? '';
    for (const text of [
      portal.organizer,
      portal.operator,
      portal.contact.phone,
      portal.contact.email,
      portal.contact.address,
      portal.siteIdCode,
      portal.icp,
      portal.publicSecurity,
      '我为政府网站找错',
    ]) {
      expect(footer).toContain(text);
    }
    expect(await page.textContent('.site-name')).toContain(portal.siteName);
    expect(await page.title()).toMatch(new RegExp(`${portal.siteName}$`));
    const logo = page.locator('footer img[alt="党政机关网站标识"]');
    expect(await logo.getAttribute('src')).toBe(`${BASE}favicon.svg`);
    expect(await logo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await page.getAttribute('footer a.error-report', 'href')).toBe(portal.errorReportUrl);
    expect(await page.getAttribute('meta[name="SiteIDCode"]', 'content')).toBe(portal.siteIdCode);
    expect(await page.getAttribute('meta[name="SiteDomain"]', 'content')).toBe('www.example.gov.cn');
    expect(await page.getAttribute('meta[name="ContentSource"]', 'content')).toContain('菏泽市人民政府');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
