/**
 * The fixture documents (tests/fixtures/site/seeds/: copies of the real
 * seeds and of the examples from other governments) ingested in memory, for
 * unit tests: the same pure ingest the build runs, once per test file.
 */
import { readIngestInput, readReviewed } from '../src/lib/ingest/run.ts';
import { linkFileSchema, type LinkFile } from '../src/schemas/seeds.ts';
import { ingest, type Collections, type IngestInput } from '../src/lib/ingest/index.ts';
import { FIXTURE_SITE } from './test-site.ts';

export const fixtureInput: IngestInput = await readIngestInput(FIXTURE_SITE);
export const fixture: Collections = ingest(fixtureInput);
export const fixtureLinks: LinkFile = readReviewed(FIXTURE_SITE, 'seeds/links.json', linkFileSchema);
