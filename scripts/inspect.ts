/**
 * npm run inspect -- seeds/FILE [seeds/FILE …]
 *
 * How a seed will be read, without building: its format, the layout chosen
 * and how well each layout fits, its place, year, period and kind and where
 * each came from, what each column is read as, how many targets, people and
 * units it gives, where the copy is cut off, and every anomaly with its
 * position — the same records and messages as the build. Where the file
 * cannot be read, the build's message says what to declare or change.
 */
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { EncodingError } from '../src/lib/ingest/encoding.ts';
import { SeedError } from '../src/lib/ingest/errors.ts';
import { ingest, readDocument, sidecarPath } from '../src/lib/ingest/index.ts';
import { StatusVocabulary } from '../src/lib/ingest/status.ts';
import { sourceLine } from '../src/i18n/zh-CN.ts';
import { readReviewedFiles, readSeedFile } from '../src/lib/ingest/run.ts';

/** The report on one seed, as lines. Throws SeedError or EncodingError as the build would. */
export async function inspectSeed(root: string, path: string): Promise<string[]> {
  const started = performance.now();
  const reviewed = readReviewedFiles(root);
  const seed = await readSeedFile(root, path);
  const reading = readDocument(seed, reviewed, new StatusVocabulary(reviewed.vocabulary));
  const c = ingest({ ...reviewed, seeds: [seed] });
  const doc = c.documents[0];
  if (!doc) throw new Error(`${path}: no document`);
  const j = c.jurisdictions.find((x) => x.id === doc.jurisdiction);
  const from = (f: keyof typeof doc.identity) => (doc.identity[f].from === 'declared' ? `declared in ${sidecarPath(path)}` : `read from the text: ${doc.identity[f].evidence ?? ''}`);
  const rows = c.targets.flatMap((t) => t.assignments);
  const lines: string[] = [
    path,
    `  format:       ${doc.format}${seed.encoding ? ` (${seed.encoding})` : ''}, ${seed.source.blocks.length} blocks`,
    `  layout:       ${doc.layout}${reading.choice.declared ? ` (declared in ${sidecarPath(path)})` : ''}`,
    ...reading.choice.fits.map((f) => `                ${f.layout === doc.layout ? '▸' : ' '} ${f.layout}: ${f.score > 0 ? `fits (${f.reason})` : `does not fit (${f.reason})`}`),
    `  document:     ${doc.id} — “${doc.title}”`,
    `  jurisdiction: ${doc.jurisdiction} (${j?.name ?? '?'}) — ${from('jurisdiction')}`,
    `  year:         ${doc.year} — ${from('year')}`,
    `  period:       ${doc.period} (${doc.periodLabel}) — ${from('period')}`,
    `  kind:         ${doc.kind} — ${from('kind')}`,
  ];
  if (doc.columns.length > 0) {
    for (const t of doc.tables) {
      const columns = doc.columns.filter((c) => c.table === t.index);
      lines.push(`  columns${doc.tables.length > 1 ? ` (table ${t.index}${t.caption ? `: ${t.caption}` : ''})` : ''}:`);
      for (const col of columns) {
        const what = col.field === 'units' ? `units (${col.role})` : col.field === 'other' ? 'kept under its heading' : col.field;
        lines.push(`                “${col.heading || '(no heading)'}” → ${what}${col.by === 'content' ? ', read from what its cells hold' : col.by === 'declared' ? ', declared' : ''}`);
      }
    }
  }
  lines.push(
    `  targets:      ${c.targets.length} (${rows.length} rows: ${rows.filter((a) => a.kind === 'assignment').length} assignments, ${rows.filter((a) => a.kind === 'indicator').length} sub-indicator lines)`,
    `  people:       ${c.leaders.length}${c.leaders.length > 0 ? ` — ${c.leaders.map((l) => l.name).join('、')}` : ' (the document names units only)'}`,
    `  units:        ${c.units.length}`,
  );
  if (doc.cutOff) lines.push(`  cut off at:   ${sourceLine({ file: path, line: doc.cutOff.line, at: doc.cutOff.at })} — “${doc.cutOff.text.slice(0, 40)}…” (not published as a target)`);
  for (const convention of doc.conventions) lines.push(`  convention:   “${convention.text}” — ${convention.applied ? 'applied' : 'printed, but the copy lost what it refers to'}`);
  lines.push(`  anomalies:    ${c.anomalies.length} (${c.anomalies.reduce((n, a) => n + a.occurrences.length, 0)} places)`);
  for (const a of c.anomalies) {
    const where = sourceLine(a.source);
    const more = a.occurrences.length > 1 ? ` (+${a.occurrences.length - 1} more)` : '';
    lines.push(`    ${a.severity === 'warning' ? '!' : '·'} ${where}${more}  ${a.kind}: ${a.found} → ${a.action}`);
  }
  const undeclared: string[] = [...(['jurisdiction', 'year', 'period', 'kind'] as const).filter((f) => doc.identity[f].from === 'declared'), ...(seed.sidecar?.title ? ['title'] : [])];
  lines.push(
    undeclared.length > 0
      ? `  declared:     ${undeclared.join(', ')}${doc.declaredNote ? ` — note: ${doc.declaredNote}` : ' — add a "note" saying why, shown on the document page'}`
      : '  declared:     nothing (the text says it all)',
  );
  lines.push(`  read in ${(performance.now() - started).toFixed(0)} ms`);
  return lines;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  if (files.length === 0) {
    console.error('usage: npm run inspect -- seeds/FILE [seeds/FILE …]');
    process.exit(2);
  }
  let failed = false;
  for (const file of files) {
    try {
      console.log((await inspectSeed(process.cwd(), file.replace(/^\.\//, ''))).join('\n'));
    } catch (error) {
      failed = true;
      if (error instanceof SeedError || error instanceof EncodingError) console.error(`${file}: cannot be read\n  ${error.message}`);
      else throw error;
    }
  }
  process.exit(failed ? 1 : 0);
}
