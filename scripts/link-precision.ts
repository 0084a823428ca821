/**
 * npx node scripts/link-precision.ts — how well the text matcher links
 * targets across periods and to the work report, on the real seeds, against
 * the reviewed pairs in src/data/link-review.json. Prints Markdown tables (the
 * README's figures come from here) and how long the matching takes.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { linkFileSchema } from '../src/schemas/seeds.ts';
import { linkReviewFileSchema } from '../src/schemas/review.ts';
import { ingest } from '../src/lib/ingest/index.ts';
import { HISTORY_THRESHOLD, PROVENANCE_THRESHOLD, historyScores, linkTargets, provenanceScores } from '../src/lib/model/links.ts';
import { disagreements, historyMeasure, provenanceMeasure, type Measure } from '../src/lib/model/link-review.ts';
import { readIngestInput, readReviewed } from '../src/lib/ingest/run.ts';

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const c = ingest(await readIngestInput(process.cwd()));
const review = linkReviewFileSchema.parse(json('src/data/link-review.json'));
const reviewed = readReviewed(process.cwd(), 'seeds/links.json', linkFileSchema);

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
function table(title: string, rows: Measure[], chosen: number): void {
  console.log(`\n${title}\n`);
  console.log('| threshold | links made | right | wrong | unreviewed | precision | recall (of reviewed wanted) |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const m of rows) {
    const mark = m.threshold === chosen ? ' **(used)**' : '';
    console.log(`| ${m.threshold}${mark} | ${m.right + m.wrong + m.unreviewed} | ${m.right} | ${m.wrong} | ${m.unreviewed} | ${pct(m.precision)} | ${m.right}/${m.wanted} = ${pct(m.recall)} |`);
  }
}

let started = performance.now();
const scored = historyScores(c.targets, 0.2);
const historyMs = performance.now() - started;
started = performance.now();
const best = provenanceScores(c.targets, c.documents);
const provenanceMs = performance.now() - started;

console.log(`reviewed: ${review.history.length} history pairs (${review.history.filter((r) => r.same).length} same), ${review.provenance.length} provenance targets`);
table(
  'History across periods (cosine, quantities left out)',
  [0.25, 0.3, 0.35, 0.4, 0.45, 0.5].map((t) => historyMeasure(scored, review, t)),
  HISTORY_THRESHOLD,
);
table(
  'Where each target came from (weighted containment in one report sentence)',
  [0.1, 0.2, 0.3, 0.4, 0.5].map((t) => provenanceMeasure(best, review, t)),
  PROVENANCE_THRESHOLD,
);

started = performance.now();
const links = linkTargets(c.targets, c.documents, reviewed);
const allMs = performance.now() - started;
const off = disagreements(links, review);
console.log(
  `\nafter seeds/links.json (${reviewed.history.length} history, ${reviewed.provenance.length} provenance decisions): ${links.history.length} history links, ${links.provenance.length} provenance links, ${links.commitments.length} report sentences`,
);
console.log(`published links contradicting the review: ${off.length}${off.length ? `\n  ${off.join('\n  ')}` : ''}`);
console.log(`time: history scores ${historyMs.toFixed(0)} ms, provenance scores ${provenanceMs.toFixed(0)} ms, all links with decisions ${allMs.toFixed(0)} ms`);
