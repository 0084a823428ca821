/**
 * npm run ingest — seeds/ → content/*.json (the collections Astro loads).
 *
 * Reads every seed document in seeds/ (plus the reviewed jurisdictions.json
 * and aliases.json, and optional <seed>.meta.json sidecars), runs the pure
 * ingest, validates every record against the schemas in
 * src/content.config.ts, and only then writes. A seed that cannot be read
 * stops here with file:line and nothing is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  aliasFileSchema,
  anomalySchema,
  contentFiles,
  documentSchema,
  jurisdictionFileSchema,
  jurisdictionSchema,
  leaderSchema,
  linkFileSchema,
  sidecarSchema,
  targetSchema,
  unitSchema,
} from '../src/content.config.ts';
import { decodeSeed, EncodingError } from '../src/lib/ingest/encoding.ts';
import { ingest, type Collections, type SeedFile } from '../src/lib/ingest/index.ts';
import { checkLinkFile } from '../src/lib/links.ts';
import { SeedError } from '../src/lib/ingest/types.ts';

/** Files in seeds/ that are not seed documents. */
const REVIEWED = new Set(['aliases.json', 'jurisdictions.json', 'links.json', 'README.md']);

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

export function readSeeds(root: string): { seeds: SeedFile[]; encodings: Record<string, string> } {
  const dir = join(root, 'seeds');
  const seeds: SeedFile[] = [];
  const encodings: Record<string, string> = {};
  const names = readdirSync(dir).filter((n) => !REVIEWED.has(n) && !n.endsWith('.meta.json') && !n.startsWith('.')).sort();
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    const path = `seeds/${name}`;
    const { text, encoding } = decodeSeed(bytes, path);
    encodings[path] = encoding;
    const sidecarPath = join(dir, `${name.replace(/\.[^.]+$/, '')}.meta.json`);
    let sidecar = null;
    if (existsSync(sidecarPath)) {
      const parsed = sidecarSchema.safeParse(readJson(sidecarPath));
      if (!parsed.success) throw new Error(`${relative(root, sidecarPath)}: ${parsed.error.message}`);
      sidecar = parsed.data;
    }
    seeds.push({ path, text, sha256: createHash('sha256').update(bytes).digest('hex'), encoding, sidecar });
  }
  return { seeds, encodings };
}

/** Validates each record and returns what the schemas accept; on failure names the collection, record id and field. */
function validate(collections: Collections): Collections {
  const schemas = {
    jurisdictions: jurisdictionSchema, documents: documentSchema, targets: targetSchema,
    leaders: leaderSchema, units: unitSchema, anomalies: anomalySchema,
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

export function runIngest(root: string): { collections: Collections; ms: number; encodings: Record<string, string> } {
  const started = performance.now();
  const aliases = aliasFileSchema.parse(readJson(join(root, 'seeds/aliases.json')));
  const jurisdictions = jurisdictionFileSchema.parse(readJson(join(root, 'seeds/jurisdictions.json')));
  const { seeds, encodings } = readSeeds(root);
  const collections = validate(ingest({ seeds, aliases, jurisdictions }));
  // the reviewed link decisions must name targets and passages that exist (the links themselves are made at build time)
  checkLinkFile(linkFileSchema.parse(readJson(join(root, 'seeds/links.json'))), collections.targets, collections.documents);
  // Write aside, then rename: a reader never sees half a collection.
  mkdirSync(join(root, 'content'), { recursive: true });
  for (const [name, file] of Object.entries(contentFiles) as Array<[keyof Collections, string]>) {
    const target = join(root, file);
    writeFileSync(`${target}.tmp`, `${JSON.stringify(collections[name], null, 1)}\n`);
    renameSync(`${target}.tmp`, target);
  }
  return { collections, ms: performance.now() - started, encodings };
}

export function summary(collections: Collections, ms: number, encodings: Record<string, string>): string {
  const lines = [`ingest: ${Object.keys(encodings).length} seeds in ${ms.toFixed(0)} ms`];
  for (const d of collections.documents) {
    const assignments = collections.targets.filter((t) => t.document === d.id).reduce((n, t) => n + t.assignments.length, 0);
    lines.push(`  ${d.id.padEnd(20)} ${String(d.targetCount).padStart(4)} targets ${String(assignments).padStart(4)} assignments  ${d.sourceFile} (${encodings[d.sourceFile]})`);
  }
  const byKind = new Map<string, number>();
  for (const a of collections.anomalies) byKind.set(a.kind, (byKind.get(a.kind) ?? 0) + 1);
  lines.push(
    `  ${collections.targets.length} targets, ${collections.leaders.length} leaders, ${collections.units.length} units, ${collections.anomalies.length} anomalies (${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})`,
  );
  return lines.join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { collections, ms, encodings } = runIngest(process.cwd());
    console.log(summary(collections, ms, encodings));
  } catch (error) {
    if (error instanceof SeedError || error instanceof EncodingError) console.error(`ingest failed: ${error.message}`);
    else console.error(error);
    process.exit(1);
  }
}
