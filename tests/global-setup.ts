/**
 * Once per `npm test`: the test site (tests/test-site.ts) brought up to date
 * with the project and built from the fixture seeds, before any test file
 * reads it. About 6 s when little changed (the ingest and search index are
 * reused; the pages are always rendered).
 */
import { performance } from 'node:perf_hooks';
import { buildTestSite } from './test-site.ts';

export default function setup(): void {
  const started = performance.now();
  buildTestSite();
  console.log(`test site built from tests/fixtures/site/seeds in ${((performance.now() - started) / 1000).toFixed(1)} s → .test-site/dist`);
}
