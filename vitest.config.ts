/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Through Astro's Vite config so tests can render .astro components (the chart SVG snapshots).
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // the test site: this project built from the tests' own copies of the real documents, never from seeds/
    globalSetup: ['tests/global-setup.ts'],
    // Build and browser tests share one dist/ and one server; run files one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
