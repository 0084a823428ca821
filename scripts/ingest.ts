/**
 * npm run ingest [-- --force] — seeds/ → content/*.json, validated; reused when
 * nothing it reads changed (src/lib/ingest/run.ts; INGEST_FORCE=1 or --force
 * runs it anyway).
 */
import { EncodingError } from '../src/lib/ingest/encoding.ts';
import { SeedError } from '../src/lib/ingest/errors.ts';
import { forced, runIngest, summary } from '../src/lib/ingest/run.ts';

try {
  console.log(summary(await runIngest(process.cwd(), { force: process.argv.includes('--force') || forced() })));
} catch (error) {
  if (error instanceof SeedError || error instanceof EncodingError) console.error(`ingest failed: ${error.message}`);
  else console.error(error);
  process.exit(1);
}
