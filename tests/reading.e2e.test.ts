/**
 * The reading experience in real Chromium against the built dist/: axe-core
 * on every kind of page, nothing fetched from another host, keyboard-only
 * use, 长辈版 without script, reflow at 200% zoom and 320px, and print.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { siteInBrowser } from './chromium.ts';
import { axeViolations } from './axe.ts';
import { PAGES } from './pages.ts';

const site = siteInBrowser();

/** A page at a viewport, with every request it makes recorded. */
async function open(path: string, width = 1280, height = 900): Promise<{ page: Page; context: BrowserContext; requests: string[] }> {
  const context = await site.browser.newContext({ viewport: { width, height }, locale: 'zh-CN', javaScriptEnabled: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto(site.server.root + path.slice(1), { waitUntil: 'load' });
  expect(response?.status(), path).toBe(200);
  return { page, context, requests };
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('every kind of page', () => {
  for (const { kind, path } of PAGES) {
    it(`${kind} ${path}: no axe violation at 1280 and 390px, nothing from another host`, async () => {
      for (const width of [1280, 390]) {
        const { page, context, requests } = await open(path, width);
        const violations = await axeViolations(page);
        expect(violations, `${path} @${width}`).toEqual([]);
        const foreign = requests.filter((u) => !u.startsWith(site.server.origin) && !u.startsWith('data:'));
        expect(foreign, `${path} @${width}`).toEqual([]);
        await context.close();
      }
    }, 120_000);
  }

  it('reads as Chinese at a comfortable size: lang, ≥16px text, ≥1.5 line spacing, system CJK fonts only', async () => {
    for (const { path } of PAGES) {
      const { page, context } = await open(path, 390);
      const facts = await page.evaluate(() => {
        const style = getComputedStyle(document.body);
        return {
          lang: document.documentElement.lang,
          size: parseFloat(style.fontSize),
          lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
          fontFaces: document.fonts.size,
          family: style.fontFamily,
        };
      });
      expect(facts.lang, path).toBe('zh-CN');
      expect(facts.size, path).toBeGreaterThanOrEqual(16);
      expect(facts.lineHeight, path).toBeGreaterThanOrEqual(1.5);
      expect(facts.fontFaces, `${path}: no web font`).toBe(0);
      expect(facts.family).toMatch(/Noto Sans CJK SC|PingFang SC|Microsoft YaHei/);
      await context.close();
    }
  }, 180_000);

  it('shows a target’s verdict above the fold on a 390×844 phone: status, its parts, who answers', async () => {
    for (const path of ['/heze/2022-q3/47/', '/heze/2023-h1/88/', '/haiyan/2022-plan/1-1/', '/yanzhou/2021-plan/1/']) {
      const { page, context } = await open(path, 390, 844);
      const box = await page.evaluate(() => document.querySelector('.verdict')?.getBoundingClientRect().bottom ?? Number.POSITIVE_INFINITY);
      expect(box, path).toBeLessThanOrEqual(844);
      await context.close();
    }
    const { page, context } = await open('/heze/2022-q3/47/', 390, 844);
    expect(await page.textContent('.verdict')).toMatch(/未按计划[\s\S]*2项分工：1项按计划推进，1项未按计划[\s\S]*聂元科、张鹏/);
    await context.close();
  });

  it('reflows without sideways scrolling at 320px and at 200% zoom of a 1280px window', async () => {
    for (const { path } of PAGES) {
      for (const width of [320, 640]) {
        const { page, context } = await open(path, width, 600);
        expect(await horizontalOverflow(page), `${path} @${width}`).toBeLessThanOrEqual(0);
        await context.close();
      }
    }
  }, 180_000);
});

describe('keyboard only', () => {
  it('skips to the content with the first Tab and Enter, then reaches the content links', async () => {
    const { page, context } = await open('/heze/2023-h1/88/');
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, href: el.getAttribute('href'), visible: box.top >= 0 && box.height > 0 };
    });
    expect(skip).toEqual({ text: '跳到正文', href: '#main', visible: true });
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => (document.activeElement as HTMLElement).closest('main') !== null);
    expect(next).toBe(true);
    await context.close();
  });

  it('shows a visible focus ring on everything Tab reaches in the header, breadcrumbs and pager', async () => {
    const { page, context } = await open('/heze/2023-h1/88/');
    const seen: string[] = [];
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        if (el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          what: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 12) || el.id}`,
          ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      if (focus === null) break; // past the last link
      expect(focus.ring, focus.what).toBe(true);
      seen.push(focus.what);
    }
    // the whole chrome is reachable: nav, the 长辈版 switch, breadcrumbs, content links
    expect(seen.some((s) => s.startsWith('a 菏泽市'))).toBe(true);
    expect(seen.some((s) => s.startsWith('input care-mode'))).toBe(true);
    expect(seen.some((s) => s.startsWith('a 王昌华'))).toBe(true);
    expect(seen.some((s) => s.includes('下一项'))).toBe(true);
    await context.close();
  });

  it('turns 长辈版 on with the keyboard, with script off: larger text, still no sideways scrolling', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.root}heze/2023-h1/`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    const before = await size();
    await page.focus('#care-mode');
    await page.keyboard.press('Space');
    expect(await page.isChecked('#care-mode')).toBe(true);
    const after = await size();
    expect(after / before).toBeGreaterThanOrEqual(1.2);
    expect(after).toBeGreaterThanOrEqual(20);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('fits 长辈版 on 320 and 360px screens, header and search button whole, on every kind of page', async () => {
    for (const { path } of PAGES) {
      for (const width of [320, 360]) {
        const { page, context } = await open(path, width, 700);
        await page.check('#care-mode');
        expect(await horizontalOverflow(page), `${path} @${width} 长辈版`).toBeLessThanOrEqual(0);
        const button = await page.evaluate(() => document.querySelector('.site-search button')?.getBoundingClientRect().right ?? 0);
        expect(button, `${path} @${width}`).toBeLessThanOrEqual(width);
        await context.close();
      }
    }
  }, 240_000);

  it('remembers 长辈版 on the next page, and forgets it when unticked', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.server.root}heze/2023-h1/`);
    await page.check('#care-mode');
    await page.goto(`${site.server.root}heze/2023-h1/88/`);
    expect(await page.isChecked('#care-mode')).toBe(true);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(20);
    await page.uncheck('#care-mode');
    await page.goto(`${site.server.root}heze/`);
    expect(await page.isChecked('#care-mode')).toBe(false);
    await context.close();
  });

  it('has no axe violation in 长辈版', async () => {
    for (const path of ['/', '/heze/2023-h1/88/', '/heze/2023-h1/']) {
      const { page, context } = await open(path, 390);
      await page.check('#care-mode');
      expect(await axeViolations(page), path).toEqual([]);
      await context.close();
    }
  });
});

describe('print', () => {
  for (const path of ['/heze/2023-h1/88/', '/heze/leaders/cao-lin/', '/heze/2022-q3/']) {
    it(`${path} prints on A4 with its address and date, without navigation`, async () => {
      const { page, context } = await open(path);
      await page.emulateMedia({ media: 'print' });
      const shown = await page.evaluate(() => {
        const visible = (sel: string) => {
          const el = document.querySelector(sel);
          return el !== null && getComputedStyle(el).display !== 'none';
        };
        return {
          nav: visible('.site-nav'),
          crumbs: visible('.breadcrumbs'),
          care: visible('.care-toggle'),
          skip: visible('.skip-link'),
          url: visible('.print-url') ? document.querySelector('.print-url')?.textContent : null,
          dates: visible('.page-dates') ? document.querySelector('.page-dates')?.textContent : null,
        };
      });
      expect(shown).toMatchObject({ nav: false, crumbs: false, care: false, skip: false });
      expect(shown.url).toContain(`http://localhost:4321${path}`);
      expect(shown.dates).toContain('更新时间');
      const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await context.close();
    });
  }
});
