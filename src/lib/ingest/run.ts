/**
 * npm run ingest — seeds/ → content/*.json (the collections Astro loads).
 *
 * Reads every seed document in seeds/ (plus the reviewed jurisdictions.json
 * and aliases.json, and optional <seed>.meta.json sidecars), runs the pure
 * ingest, validates every record against the schemas in
 * src/content.config.ts, and only then writes. A seed that cannot be read
 * stops here with file:line and nothing is written.
 *
 * When the seeds, the ingest's code and the runtime are those of the last
 * run and content/*.json is as it left it, nothing is read or written: the
 * run is reported as reused (src/lib/ingest/cache.ts). INGEST_FORCE=1, or
 * `npm run ingest -- --force`, runs it regardless.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { aliasFileSchema, jurisdictionFileSchema, linkFileSchema, sidecarSchema, vocabularyFileSchema, topicFileSchema } from '../../schemas/seeds.ts';
import { anomalySchema, contentFiles, documentSchema, jurisdictionSchema, leaderSchema, targetSchema, unitSchema, LINKS_CONTENT, linksSchema } from '../../schemas/records.ts';
import { ingest, sidecarPath, type Collections, type IngestInput, type SeedFile } from './index.ts';
import { readSeed } from './read/index.ts';
import { linkTargets } from '../model/links.ts';
import { dropStamp, ingestKey, readStamp, sha256, staleReason, writeStamp } from './cache.ts';
import { parseReviewedJson } from './reviewed.ts';
import type { z } from 'astro/zod';

/** Files in seeds/ that are not seed documents. */
const REVIEWED = new Set(['aliases.json', 'jurisdictions.json', 'links.json', 'vocabulary.json', 'topics.json', 'README.md']);

/** Whether a file of seeds/ is a published document (not reviewed data, a sidecar or a hidden file). */
export function isSeedDocument(name: string): boolean {
  return !REVIEWED.has(name) && !name.endsWith('.meta.json') && !name.startsWith('.') && !name.startsWith('~$');
}

/** A reviewed JSON file, `file` relative to `root` as the message prints it, checked against its schema; a mistake is reported as file:line. */
export function readReviewed<T>(root: string, file: string, schema: z.ZodType<T>): T {
  return parseReviewedJson(file, readFileSync(join(root, file), 'utf8'), schema);
}

/** The reviewed files that say how to read the seeds. */
export function readReviewedFiles(root: string): Omit<IngestInput, 'seeds'> {
  return {
    aliases: readReviewed(root, 'seeds/aliases.json', aliasFileSchema),
    jurisdictions: readReviewed(root, 'seeds/jurisdictions.json', jurisdictionFileSchema),
    vocabulary: readReviewed(root, 'seeds/vocabulary.json', vocabularyFileSchema),
    // optional: a site that has not reviewed a topic vocabulary browses by no topic
    ...(existsSync(join(root, 'seeds/topics.json')) ? { topics: readReviewed(root, 'seeds/topics.json', topicFileSchema) } : {}),
  };
}

/** Everything the ingest reads: the seed documents, each through the reader for its format, and the reviewed files. */
export async function readIngestInput(root: string): Promise<IngestInput> {
  const reviewed = readReviewedFiles(root);
  return { seeds: await readSeeds(root), ...reviewed };
}

/** One seed file, read by the reader for its format, with its sidecar. */
export async function readSeedFile(root: string, path: string): Promise<SeedFile> {
  const bytes = readFileSync(join(root, path));
  const { source, encoding } = await readSeed(bytes, path);
  const sidecarFile = sidecarPath(path);
  const sidecar = existsSync(join(root, sidecarFile)) ? readReviewed(root, sidecarFile, sidecarSchema) : null;
  return { path, source, sha256: sha256(bytes), encoding, sidecar };
}

async function readSeeds(root: string): Promise<SeedFile[]> {
  const names = readdirSync(join(root, 'seeds'), { withFileTypes: true })
    .filter((e) => e.isFile() && isSeedDocument(e.name))
    .map((e) => e.name)
    .sort();
  const seeds: SeedFile[] = [];
  for (const name of names) seeds.push(await readSeedFile(root, `seeds/${name}`));
  return seeds;
}

/** Validates each record and returns what the schemas accept; on failure names the collection, record id and field. */
function validate(collections: Collections): Collections {
  const schemas = {
    jurisdictions: jurisdictionSchema,
    documents: documentSchema,
    targets: targetSchema,
    leaders: leaderSchema,
    units: unitSchema,
    anomalies: anomalySchema,
  } as const;
  const out: Record<string, unknown[]> = {};
  for (const [name, schema] of Object.entries(schemas) as Array<[keyof Collections, (typeof schemas)[keyof Collections]]>) {
    const seen = new Set<string>();
    out[name] = collections[name].map((record) => {
      const result = schema.safeParse(record);
      if (!result.success) throw new Error(`${name} ${record.id}: ${result.error.message}`);
      if (seen.has(record.id)) throw new Error(`${name}: duplicate id ${record.id}`);
      seen.add(record.id);
      return result.data;
    });
  }
  return out as unknown as Collections;
}

export interface IngestRun {
  /** the collections, when the ingest ran; null when content/ was reused */
  collections: Collections | null;
  ms: number;
  /** seed path → how its bytes were decoded */
  encodings: Record<string, string>;
  /** true: content/*.json was left as the last run wrote it */
  reused: boolean;
  /** why the ingest ran (“seeds changed”…), or why it did not */
  reason: string;
  /** the summary's document and total lines */
  lines: string[];
}

/** INGEST_FORCE=1 (or true/yes) re-runs the ingest even when nothing changed. */
export function forced(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env['INGEST_FORCE'] ?? '');
}

/**
 * seeds/ → content/*.json. Skipped when the seeds, the ingest's code and the
 * runtime are those of the last run and its outputs are untouched (see
 * ingest-cache.ts); `force` (default: INGEST_FORCE) runs it regardless.
 */
export async function runIngest(root: string, options: { force?: boolean } = {}): Promise<IngestRun> {
  const started = performance.now();
  const outputs = [...Object.values(contentFiles), LINKS_CONTENT];
  const force = options.force ?? forced();
  const key = ingestKey(root);
  const stamp = readStamp(root);
  const stale = force ? 'forced: INGEST_FORCE=1' : staleReason(root, key, outputs, stamp);
  if (stale === null && stamp !== null) {
    return {
      collections: null,
      ms: performance.now() - started,
      encodings: stamp.encodings,
      reused: true,
      reason: 'seeds and ingest code unchanged',
      lines: stamp.lines,
    };
  }
  const input = await readIngestInput(root);
  const encodings = Object.fromEntries(input.seeds.map((seed) => [seed.path, seed.encoding ?? seed.source.format]));
  const collections = validate(ingest(input));
  // history across periods and report provenance, once, from the records and the reviewed decisions
  // (which must name targets and passages that exist: linkTargets checks them first)
  const links = linksSchema.parse(linkTargets(collections.targets, collections.documents, readReviewed(root, 'seeds/links.json', linkFileSchema)));
  // Write aside, then rename: a reader never sees half a collection. The
  // stamp goes first and comes back last, so an interrupted write is re-run.
  mkdirSync(join(root, 'content'), { recursive: true });
  dropStamp(root);
  const written: Record<string, string> = {};
  const write = (file: string, value: unknown): void => {
    const target = join(root, file);
    const text = `${JSON.stringify(value, null, 1)}\n`;
    writeFileSync(`${target}.tmp`, text);
    renameSync(`${target}.tmp`, target);
    written[file] = sha256(text);
  };
  for (const [name, file] of Object.entries(contentFiles) as Array<[keyof Collections, string]>) write(file, collections[name]);
  write(LINKS_CONTENT, links);
  const lines = describe(collections, encodings);
  writeStamp(root, { key, outputs: written, encodings, lines });
  return { collections, ms: performance.now() - started, encodings, reused: false, reason: stale ?? 'no record of a previous run', lines };
}

/** One line per document, then the totals. */
function describe(collections: Collections, encodings: Record<string, string>): string[] {
  const lines: string[] = [];
  for (const d of collections.documents) {
    const assignments = collections.targets.filter((t) => t.document === d.id).reduce((n, t) => n + t.assignments.length, 0);
    lines.push(
      `  ${d.id.padEnd(20)} ${String(d.targetCount).padStart(4)} targets ${String(assignments).padStart(4)} assignments  ${d.sourceFile} (${d.layout}, ${encodings[d.sourceFile]})${d.cutOff ? ' — the copy is cut off' : ''}`,
    );
  }
  const byKind = new Map<string, number>();
  for (const a of collections.anomalies) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
  lines.push(
    `  ${collections.targets.length} targets, ${collections.leaders.length} leaders, ${collections.units.length} units, ${collections.anomalies.length} anomalies (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})`,
  );
  return lines;
}

/** What the build prints: whether the ingest ran or was reused, and what content/ holds. */
export function summary(run: IngestRun): string {
  const seeds = Object.keys(run.encodings).length;
  const head = run.reused
    ? `ingest: ${seeds} seeds in ${run.ms.toFixed(0)} ms — ingest reused (${run.reason}; INGEST_FORCE=1 re-runs it)`
    : `ingest: ${seeds} seeds in ${run.ms.toFixed(0)} ms (${run.reason})`;
  return [head, ...run.lines].join('\n');
}
