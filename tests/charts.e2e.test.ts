/**
 * Charts in real Chromium, at a phone's 390 px and a desktop's 1280 px:
 * nothing wider than the screen, chart text no smaller than 12 px, no
 * script loaded, axe-core (WCAG 2.1 AA) clean on the charts, the data table
 * reachable by keyboard, and the downloads served as SVG and CSV.
 */
import { axeViolations, WCAG21_AA } from './axe.ts';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { siteInBrowser } from './chromium.ts';

const pages = [
  '/',
  '/heze/',
  '/yanzhou/',
  '/heze/2022-q3/',
  '/heze/2023-report/',
  '/yanzhou/2021-plan/',
  '/heze/leaders/wang-chang-hua/',
  '/yanzhou/leaders/qu-yao-wu/',
  '/heze/units/shi-fa-zhan-gai-ge-wei/',
  '/heze/2023-h1/88/',
];

const site = siteInBrowser();

async function open(path: string, width: number): Promise<{ page: Page; scripts: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const response = await page.goto(new URL(path.slice(1), site.server.root).href, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return { page, scripts };
}

describe.each([390, 1280])('charts at %i px', (width) => {
  it.each(pages)('%s: fits the screen, loads no script, text at least 12 px', async (path) => {
    const { page, scripts } = await open(path, width);
    expect(scripts).toEqual([]);
    const layout = await page.evaluate(() => {
      const svgs = [...document.querySelectorAll<SVGSVGElement>('figure.chart svg')];
      return {
        scrollWidth: document.documentElement.scrollWidth,
        charts: svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          const scale = box.width / svg.viewBox.baseVal.width;
          const sizes = [...svg.querySelectorAll('text')].map((t) => Number(t.getAttribute('font-size') ?? 16) * scale);
          return { right: box.right, smallest: Math.min(...sizes) };
        }),
      };
    });
    expect(layout.charts.length).toBeGreaterThan(0);
    expect(layout.scrollWidth).toBeLessThanOrEqual(width);
    for (const c of layout.charts) {
      expect(c.right).toBeLessThanOrEqual(width);
      expect(c.smallest).toBeGreaterThanOrEqual(12);
    }
    await page.context().close();
  });
});

describe('chart accessibility and downloads', () => {
  it.each(pages)('%s: axe-core finds no WCAG 2.1 AA violation in the charts', async (path) => {
    const { page } = await open(path, 390);
    const violations = await axeViolations(page, { within: '.charts', tags: WCAG21_AA });
    expect(violations).toEqual([]);
    await page.context().close();
  });

  it('names each chart image by its title and description, and opens its table from the keyboard', async () => {
    const { page } = await open('/heze/2022-q3/', 390);
    const svg = page.locator('#chart-status svg');
    expect(await svg.getAttribute('role')).toBe('img');
    const name = await page.evaluate(() => {
      const el = document.querySelector('#chart-status svg');
      const ids = el?.getAttribute('aria-labelledby')?.split(' ') ?? [];
      return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    });
    expect(name).toContain('推进状态');
    expect(name).toContain('未按计划2项');
    const table = page.locator('#chart-status table');
    expect(await table.isVisible()).toBe(false);
    await page.locator('#chart-status summary').focus();
    await page.keyboard.press('Enter');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBe(4);
    await page.context().close();
  });

  it('serves the downloads as SVG and CSV', async () => {
    const { page } = await open('/heze/2022-q3/', 1280);
    for (const format of ['svg', 'csv']) {
      const href = await page.locator(`#chart-leaders a[href$=".${format}"]`).getAttribute('href');
      const res = await page.request.get(new URL(href ?? '', site.server.origin).href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain(format === 'svg' ? 'image/svg+xml' : 'text/csv');
    }
    // the downloaded SVG renders on its own, at its natural size
    await page.goto(new URL('heze/2022-q3/charts/leaders.svg', site.server.root).href);
    const size = await page.evaluate(() => {
      const r = document.documentElement.getBoundingClientRect();
      return [r.width, r.height];
    });
    expect(size[0]).toBe(360);
    expect(size[1]).toBeGreaterThan(50);
    await page.context().close();
  });
});
