/**
 * Debian's Chromium driven by playwright-core (never a downloaded browser).
 * The flags keep it off the network: this machine has none but loopback.
 */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { testDist } from './test-site.ts';
import { serveStatic, type StaticServer } from './serve.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * Chromium and a static server on the built site, for the tests of the file
 * or describe block that calls this: started before them (after
 * the test site, built by the global setup), closed after them. Read `.browser` and `.server` inside tests
 * and hooks, not at the top level: they exist once the hooks have run.
 */
export interface SiteInBrowser {
  readonly browser: Browser;
  readonly server: StaticServer;
}

export function siteInBrowser(dir = testDist, base = '/'): SiteInBrowser {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir, base);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`siteInBrowser: ${what} is not started (read it inside a test or hook)`);
    return value;
  };
  return {
    get browser() {
      return started(browser, 'Chromium');
    },
    get server() {
      return started(server, 'the static server');
    },
  };
}
