/**
 * node scripts/make-favicon.ts — public/favicon.ico from public/favicon.svg,
 * for the browsers and portal crawlers that ask for /favicon.ico whatever a
 * page links: the SVG drawn at 16, 32 and 48 px in Debian's Chromium
 * (playwright-core), each PNG stored in one ICO (the format allows PNG
 * images since Windows Vista). Run by hand when the SVG changes; the ICO is
 * committed like the SVG.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/favicon.svg', 'utf8');
const sizes = [16, 32, 48];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const pngs: Buffer[] = [];
for (const size of sizes) {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body></html>`);
  pngs.push(await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
  await page.close();
}
await browser.close();

// ICONDIR, then one ICONDIRENTRY per image, then the images
const header = Buffer.alloc(6);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(sizes.length, 4);
let offset = 6 + 16 * sizes.length;
const entries = sizes.map((size, i) => {
  const e = Buffer.alloc(16);
  const png = pngs[i] as Buffer;
  e.writeUInt8(size % 256, 0);
  e.writeUInt8(size % 256, 1);
  e.writeUInt8(0, 2);
  e.writeUInt8(0, 3);
  e.writeUInt16LE(1, 4);
  e.writeUInt16LE(32, 6);
  e.writeUInt32LE(png.length, 8);
  e.writeUInt32LE(offset, 12);
  offset += png.length;
  return e;
});
writeFileSync('public/favicon.ico', Buffer.concat([header, ...entries, ...pngs]));
console.log(`public/favicon.ico: ${sizes.join(', ')} px, ${offset} bytes`);
