/**
 * What portal inspections check in every built page (dist/, the shipped
 * src/portal.json): language, a unique title, description, canonical URL,
 * the government meta names, visible dates, landmarks, and nothing loaded
 * from another host.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SiteDocument } from '../src/schemas/records.ts';
import { siteFiles } from '../src/lib/build/files.ts';
import { DEFAULT_PORTAL_FILE, parsePortal } from '../src/lib/site/portal.ts';
import { TEST_SITE, testDist } from './test-site.ts';

const meta = (html: string, name: string): string | null => new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html)?.[1] ?? null;

const permalink = (file: string) => `/${relative(testDist, file).replace(/index\.html$/, '')}`;

describe('every built page', () => {
  let pages: { file: string; html: string }[];

  beforeAll(() => {
    pages = siteFiles(testDist, '.html')
      // embed views are made to sit in another site's iframe, without this site's chrome
      .filter((file) => !file.startsWith(join(testDist, 'embed')))
      .map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  });

  it('is Chinese, titled uniquely, described, and canonical', () => {
    expect(pages.length).toBeGreaterThan(540);
    const titles = new Map<string, string[]>();
    for (const { file, html } of pages) {
      expect(html, file).toMatch(/^<!DOCTYPE html>\s*<html lang="zh-CN">/i);
      const title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
      expect(title, file).not.toBe('');
      titles.set(title, [...(titles.get(title) ?? []), file]);
      expect(meta(html, 'Description')?.length ?? 0, file).toBeGreaterThan(10);
      // the 404 page stands for no address: no canonical link, and not for search engines
      if (file === join(testDist, '404.html')) {
        expect(html, file).not.toContain('rel="canonical"');
        expect(html, file).toContain('<meta name="robots" content="noindex">');
      } else expect(html, file).toContain(`<link rel="canonical" href="http://localhost:4321${permalink(file)}">`);
    }
    const duplicates = [...titles].filter(([, list]) => list.length > 1);
    expect(duplicates).toEqual([]);
  });

  it('carries the government meta names, ArticleTitle on record pages, and no empty one', () => {
    for (const { file, html } of pages) {
      for (const name of ['SiteName', 'SiteDomain', 'ColumnName', 'PubDate', 'ContentSource', 'Keywords', 'Description']) {
        expect(meta(html, name), `${file} ${name}`).toMatch(/\S/);
      }
      expect(meta(html, 'PubDate'), file).toMatch(/^\d{4}-\d{2}-\d{2}( \d{2}:\d{2})?$/);
      expect(html, file).not.toMatch(/<meta name="[A-Za-z]+" content="">/);
      const record = /\/(\d+(-\d+)?|leaders\/[^/]+|units\/[^/]+|\d{4}-[a-z0-9-]+|status\/[a-z_]+|changes|topics\/[a-z-]+)\/index\.html$/.test(file);
      expect(meta(html, 'ArticleTitle') !== null, file).toBe(record);
    }
  });

  it('shows the update time, and the document date where it is known', () => {
    for (const { file, html } of pages) {
      expect(html, file).toMatch(/更新时间：<time datetime="\d{4}-\d{2}-\d{2}T/);
    }
    const notice = readFileSync(join(testDist, 'yanzhou/2021-plan/12/index.html'), 'utf8');
    expect(notice).toContain('成文日期：<time datetime="2021-01-21">2021年1月21日</time>');
    expect(meta(notice, 'PubDate')).toBe('2021-01-21');
    // the Heze tables carry no date and have no sidecar: no date is made up for them
    const table = readFileSync(join(testDist, 'heze/2023-h1/88/index.html'), 'utf8');
    expect(table).not.toContain('成文日期：');
    expect(table).not.toContain('发布日期：');
  });

  it('has a skip link, header, navigation, main and footer landmarks', () => {
    for (const { file, html } of pages) {
      expect(html, file).toMatch(/<a class="skip-link" href="#main"/);
      expect(html, file).toMatch(/<header class="site-header"/);
      expect(html, file).toMatch(/<nav class="site-nav" aria-label="主导航"/);
      expect(html, file).toMatch(/<main id="main"/);
      expect(html, file).toMatch(/<footer class="site-footer"/);
      expect(html, file).toContain('<input type="checkbox" id="care-mode">');
    }
  });

  it('loads nothing from another host: no remote src, stylesheet, icon, font or CSS url()', () => {
    const offenders: string[] = [];
    for (const { file, html } of pages) {
      for (const m of html.matchAll(/<(?:img|script|iframe|source|video|audio|embed)\b[^>]*\ssrc="([^"]+)"/g)) {
        if (/^(https?:)?\/\//.test(m[1] ?? '')) offenders.push(`${file}: ${m[0]}`);
      }
      for (const m of html.matchAll(/<link\b[^>]*>/g)) {
        const tag = m[0];
        const loads = !/rel="(canonical|alternate)"/.test(tag);
        if (loads && /href="(https?:)?\/\//.test(tag)) offenders.push(`${file}: ${tag}`);
      }
      for (const m of html.matchAll(/url\(\s*['"]?((https?:)?\/\/[^)'"]+)/g)) offenders.push(`${file}: ${m[1]}`);
      if (/@import\s/.test(html)) offenders.push(`${file}: @import`);
      if (/@font-face/.test(html)) offenders.push(`${file}: @font-face`);
    }
    expect(offenders).toEqual([]);
  });

  it('has no client script on reading pages but the few bytes that remember 长辈版 and date a citation', () => {
    // /search/ is the one island (tests/search.build.test.ts holds it to one module script); every other page
    // carries only the inline 长辈版 memory beside its checkbox and, under a citation, the line that writes the
    // reader's access date: no src, no module, the same bytes everywhere
    const inline = new Set<string>();
    for (const { file, html } of pages.filter((p) => p.file !== join(testDist, 'search/index.html'))) {
      const scripts = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")([^>]*)>([\s\S]*?)<\/script>/gi)];
      expect(
        scripts.map((m) => m[1]?.trim()),
        file,
      ).toEqual(scripts.map(() => ''));
      expect(scripts.length, file).toBeLessThanOrEqual(2);
      for (const m of scripts) inline.add(m[2] ?? '');
    }
    const all = [...inline];
    expect(all).toHaveLength(2);
    for (const script of all) expect(script.length).toBeLessThan(300);
    expect(all.filter((x) => /localStorage\.getItem\('care-mode'\)/.test(x))).toHaveLength(1);
    expect(all.filter((x) => /data-access-date/.test(x) && !/localStorage|fetch|src/.test(x))).toHaveLength(1);
  });

  it('gives each target, leader and unit page a citation that names the page, its source and its permalink, and leader, unit and place pages a feed of their own', () => {
    const target = pages.find((p) => p.file === join(testDist, 'heze/2023-h1/47/index.html'));
    const cite = /<p class="cite-text">([\s\S]*?)<\/p>/.exec(target?.html ?? '')?.[1] ?? '';
    expect(cite).toContain('第47项');
    expect(cite).toContain('/heze/2023-h1/47/');
    expect(cite).toContain('数据截至2023年6月30日');
    expect(cite).toMatch(/访问日期：<span data-access-date>（请填写）<\/span>/);
    for (const dir of ['heze/leaders', 'heze/units']) {
      const page = pages.find((p) => p.file.startsWith(join(testDist, dir) + '/') && p.file.split('/').length === join(testDist, dir, 'x/index.html').split('/').length);
      const feed = /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="([^"]+feed\.xml)"/g;
      const hrefs = [...(page?.html ?? '').matchAll(feed)].map((m) => m[1]);
      expect(
        hrefs.some((h) => h !== '/feed.xml' && h?.endsWith('/feed.xml')),
        page?.file,
      ).toBe(true);
      expect(page?.html).toMatch(/class="cite-text"/);
    }
  });

  it('shows exactly what src/portal.json fills in: nothing for the blank form, each filled identifier otherwise', () => {
    // the shipped file is a blank form; a portal's copy fills it (the sub-path test builds with a filled one)
    const portal = parsePortal(JSON.parse(readFileSync(DEFAULT_PORTAL_FILE, 'utf8')), DEFAULT_PORTAL_FILE);
    const shown = [portal.organizer, portal.operator, portal.siteIdCode, portal.icp, portal.publicSecurity, portal.contact.phone, portal.contact.email, portal.contact.address].filter((v) => v !== '');
    const any = shown.length > 0 || portal.partyGovLogo.image !== '' || portal.errorReportUrl !== '';
    for (const { file, html } of pages) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? '';
      expect(footer.includes('class="portal-info"'), file).toBe(any);
      for (const value of shown) expect(footer, file).toContain(value);
      expect(meta(html, 'SiteIDCode'), file).toBe(portal.siteIdCode || null);
    }
  });
});

describe('home page', () => {
  it('lists progress tables with counts and on-plan share, and notices apart, never as 未报告', () => {
    const documents = JSON.parse(readFileSync(join(TEST_SITE, 'content/documents.json'), 'utf8')) as SiteDocument[];
    const html = readFileSync(join(testDist, 'index.html'), 'utf8');
    // the documents table (charts above it carry their own data tables)
    const table = /<table class="data-table cards">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
    for (const d of documents) {
      const inTable = table.includes(`href="/${d.id}/"`);
      expect(inTable, d.id).toBe(d.kind === 'progress');
      expect(html, d.id).toContain(`href="/${d.id}/"`);
    }
    const notice = documents.find((d) => d.kind === 'assignment');
    expect(html).toContain(`${notice?.targetCount}项任务`);
    // 2022 Q3: 46 on plan, 2 behind → 96%
    expect(table).toMatch(/2022年经济社会发展责任目标第三季度[\s\S]*?96%/);
  });
});
