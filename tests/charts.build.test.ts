/**
 * Charts in the built site: every home, jurisdiction, document, leader and
 * unit page carries at least one accessible chart with its table; reading
 * pages load no JavaScript; every download link is a file next to its page
 * holding the same chart and numbers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutCareMemory } from './care-memory.ts';
import type { Leader, SiteDocument, Target, Unit } from '../src/schemas/records.ts';
import { readQuantity } from '../src/lib/charts/quantity.ts';
import { readCollections } from '../src/lib/model/load-files.ts';
import { siteFiles } from '../src/lib/build/files.ts';
import { TEST_SITE, testDist } from './test-site.ts';

const page = (permalink: string): string => readFileSync(join(testDist, permalink, 'index.html'), 'utf8');

const decode = (s: string): string =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

interface Figure {
  html: string;
  svg: string;
  tableRows: string[];
  downloads: string[];
}

function figures(html: string): Figure[] {
  return [...html.matchAll(/<figure class="chart"[\s\S]*?<\/figure>/g)].map(([f]) => ({
    html: f,
    svg: /<svg[\s\S]*?<\/svg>/.exec(f)?.[0] ?? '',
    tableRows: [...f.matchAll(/<th scope="row">([\s\S]*?)<\/th>/g)].map((m) => decode(m[1] ?? '')),
    downloads: [...f.matchAll(/<a href="([^"]+)" download>/g)].map((m) => m[1] ?? ''),
  }));
}

describe('charts in the built site', () => {
  let documents: SiteDocument[];
  let leaders: Leader[];
  let units: Unit[];
  let targets: Target[];

  beforeAll(() => {
    const content = readCollections(TEST_SITE);
    documents = content.documents;
    leaders = content.leaders;
    units = content.units;
    targets = content.targets;
  });

  const chartPages = (): string[] => [
    '/',
    ...new Set(documents.map((d) => `/${d.jurisdiction}/`)),
    ...documents.map((d) => `/${d.id}/`),
    ...leaders.map((l) => `/${l.jurisdiction}/leaders/${l.slug}/`),
    ...units.map((u) => `/${u.jurisdiction}/units/${u.slug}/`),
  ];

  it('puts at least one accessible chart with caption and table on every home, jurisdiction, document, leader and unit page', () => {
    const pages = chartPages();
    // home, 6 places, 9 documents, 32 leaders, 171 units
    expect(pages.length).toBe(1 + 6 + 9 + 32 + 171);
    const missing: string[] = [];
    for (const p of pages) {
      const figs = figures(page(p));
      if (figs.length === 0) missing.push(p);
      for (const f of figs) {
        const id = /aria-labelledby="([^ "]+)-title \1-desc"/.exec(f.svg)?.[1];
        expect(id, p).toBeTruthy();
        expect(f.svg, p).toMatch(/^<svg[^>]* role="img"/);
        expect(f.svg, p).toContain(`<title id="${id}-title">`);
        expect(f.svg, p).toContain(`<desc id="${id}-desc">`);
        expect(f.html, p).toMatch(/<figcaption class="chart-caption">[^<]{10,}/);
        expect(f.html, p).toMatch(/<details class="chart-data">[\s\S]*<table/);
        expect(f.tableRows.length, p).toBeGreaterThan(0);
      }
    }
    expect(missing).toEqual([]);
  });

  it('keeps ids unique on every page, patterns included', () => {
    for (const p of [...chartPages(), ...targets.map((t) => `/${t.id}/`)]) {
      const ids = [...page(p).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
      const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
      expect(dupes, p).toEqual([]);
    }
  });

  it('loads no JavaScript on reading pages (the budget is 4 KB; the charts use none)', () => {
    const withScript = siteFiles(testDist)
      .filter((f) => !f.includes(`${join(testDist, 'search')}`))
      .filter((f) => /<script(?![^>]*type="application\/ld\+json")/i.test(withoutCareMemory(readFileSync(f, 'utf8'))));
    expect(withScript).toEqual([]);
  });

  it('offers every chart’s SVG and CSV next to its page, holding the same chart and numbers', () => {
    let checked = 0;
    for (const p of [...chartPages(), ...targets.map((t) => `/${t.id}/`)]) {
      for (const f of figures(page(p))) {
        const [svgHref, csvHref] = f.downloads;
        // base-aware links to charts/<slug>.svg|csv under the page's own path
        expect(svgHref, p).toMatch(new RegExp(`^${p}charts/[a-z0-9-]+\\.svg$`));
        expect(csvHref, p).toBe(svgHref?.replace(/\.svg$/, '.csv'));
        const svgFile = readFileSync(join(testDist, svgHref ?? ''), 'utf8');
        const csvFile = readFileSync(join(testDist, csvHref ?? ''), 'utf8');
        expect(svgFile.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        // the same drawing as on the page, with a white background added
        const inlineDesc = /<desc[\s\S]*?<\/desc>/.exec(f.svg)?.[0];
        expect(svgFile).toContain(inlineDesc);
        expect(svgFile.replace(/<rect width="\d+" height="\d+" fill="#ffffff"><\/rect>\s*/, '').length).toBeGreaterThan(0);
        expect(csvFile.charCodeAt(0)).toBe(0xfeff);
        const rows = csvParseRows(csvFile.slice(1).replace(/\r\n/g, '\n').trimEnd());
        expect(
          rows.slice(1).map((r) => r[0]),
          p,
        ).toEqual(f.tableRows);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(300);
  });

  it('shows a quantity bar on exactly the target pages whose numbers can be read, labelled as computed by this site', () => {
    const withBar = targets.filter((t) => page(`/${t.id}/`).includes('id="chart-quantity"'));
    const readable = targets.filter(
      (t) =>
        documents.find((d) => d.id === t.document)?.kind === 'progress' &&
        readQuantity(
          t.text.text,
          t.assignments.map((a) => a.progress?.text ?? null),
        ).kind === 'match',
    );
    expect(withBar.map((t) => t.id).sort()).toEqual(readable.map((t) => t.id).sort());
    expect(withBar).toHaveLength(25);
    const html = page('/heze/2023-h1/88/');
    expect(html).toContain('本站计算');
    expect(html).toContain('“新增 3 岁以下婴幼儿照护服务托位 1 万个”');
    expect(html).toContain('“新增 3 岁以下婴幼儿照护服务托位 10587 个”');
  });

  it('does not chart an on-plan share for the task-assignment notice', () => {
    const yanzhou = page('/yanzhou/');
    expect(yanzhou).not.toContain('id="chart-share"');
    expect(yanzhou).toContain('没有按计划占比');
    const notice = page('/yanzhou/2021-plan/');
    expect(figures(notice).map((f) => /id="chart-([a-z0-9-]+)"/.exec(f.html)?.[1])).toEqual(['leaders']);
    expect(existsSync(join(testDist, 'yanzhou/2021-plan/charts/status.svg'))).toBe(false);
  });
});
