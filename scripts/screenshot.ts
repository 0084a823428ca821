/**
 * Screenshots of the built site at phone and desktop widths, for looking at
 * the pages, not for pixel tests: serves dist/ on a local port and writes
 * PNGs to screenshots/ (git-ignored).
 *
 *   npx astro build && npx node scripts/screenshot.ts [path …]
 *
 * Uses Debian's Chromium (apt-get install chromium fonts-noto-cjk) through
 * playwright-core; no browser download.
 */
import { createReadStream, existsSync, mkdirSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const dist = resolve('dist');
const out = resolve('screenshots');
const widths = [390, 1280];
/** Long tables would make images tens of thousands of pixels tall; the top is what matters here. */
const maxHeight = 6000;
/** Pages are cut into slices an image viewer can show without shrinking the text away. */
const sliceHeight = (width: number): number => (width < 800 ? 1200 : 1000);

const defaultPages = [
  '/',
  '/heze/',
  '/heze/2023-h1/',
  '/heze/2023-h1/88/',
  '/heze/2023-h1/13/',
  '/heze/leaders/cao-lin/',
  '/heze/units/shi-fa-zhan-gai-ge-wei/',
  '/yanzhou/2021-plan/',
  '/yanzhou/2021-plan/1/',
  '/heze/2023-report/',
  '/data-quality/',
  '/data-quality/heze/2023-h1/',
];

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/** Serve dist/ as a static host would: /x/ → /x/index.html, nothing outside dist/. */
function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

function fileName(path: string, width: number, slice: number): string {
  const slug = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
  return join(out, `${slug}-${width}-${slice}.png`);
}

async function main(): Promise<void> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/ is empty: run `npx astro build` first');
  mkdirSync(out, { recursive: true });
  const pages = process.argv.length > 2 ? process.argv.slice(2) : defaultPages;
  const server = await serve();
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'zh-CN' });
      const page = await context.newPage();
      for (const path of pages) {
        const response = await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
        if (!response?.ok()) console.warn(`${path}: HTTP ${response?.status() ?? '?'}`);
        // long pages skip laying out off-screen cards (content-visibility); a full-page image needs them all
        await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
        // the search page draws its results after load
        await page.waitForFunction(() => {
          const search = document.getElementById('search');
          return !search || search.dataset['state'] === 'done' || search.dataset['state'] === 'failed';
        });
        const { height, scrollWidth } = await page.evaluate(() => ({
          height: document.documentElement.scrollHeight,
          scrollWidth: document.documentElement.scrollWidth,
        }));
        // a page wider than the viewport means something does not wrap
        if (scrollWidth > width) console.warn(`${path} @${width}: page is ${scrollWidth}px wide`);
        const step = sliceHeight(width);
        const shown = Math.min(height, maxHeight);
        for (let y = 0, i = 0; y < shown; y += step, i += 1) {
          const clip = { x: 0, y, width, height: Math.min(step, shown - y) };
          await page.screenshot({ path: fileName(path, width, i), fullPage: true, clip });
        }
        console.log(`${path} @${width}: ${height}px tall, ${Math.ceil(shown / step)} slice(s)`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
