/**
 * Rebuilds (issue 7): `npm run build` twice in a copy of the project. With
 * the seeds unchanged the second build reuses the ingest and every record of
 * the content layer and makes the same site; one changed seed byte re-runs
 * the ingest and re-validates only the records it changed; a missing or
 * hand-edited content file is written again; a seed that fails stops every
 * build until it is fixed.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './project-copy.ts';

// INGEST_FORCE cleared: a developer's shell may set it, and these builds are about what is reused without it
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000', INGEST_FORCE: '' };
const COLLECTIONS = ['jurisdictions', 'documents', 'targets', 'leaders', 'units', 'anomalies'];
const TABLE = 'seeds/002_d77621546935b0d7.txt';

let copy: ProjectCopy;
const at = (f: string): string => join(copy.dir, f);

function build(): string {
  const r = copy.build(EPOCH);
  expect(r.status, r.output).toBe(0);
  return r.output;
}

/** What the content layer did with each collection: 'unchanged' or 'validated N, kept K, removed R'. */
function loads(output: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of output.matchAll(/\[json-array-loader\] content\/(\w+)\.json(?: (unchanged): \d+ entries kept|: (\d+) entries validated, (\d+) kept, (\d+) removed)/g)) {
    out[m[1] ?? ''] = m[2] ?? `validated ${m[3]}, kept ${m[4]}, removed ${m[5]}`;
  }
  return out;
}

function distDigests(): Record<string, string> {
  const dist = at('dist');
  return Object.fromEntries(
    readdirSync(dist, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name))
      .map((f) => [relative(dist, f), createHash('sha256').update(readFileSync(f)).digest('hex')]),
  );
}

const page = (path: string): string => readFileSync(at(`dist/${path}/index.html`), 'utf8');

beforeAll(() => {
  copy = copyProject('rebuild');
});
afterAll(() => copy?.remove());

describe('rebuilds', () => {
  let firstDist: Record<string, string>;

  it('the first build runs the ingest and validates every record', () => {
    const out = build();
    expect(out).toMatch(/^ingest: 9 seeds in \d+ ms \(no record of a previous run\)$/m);
    const l = loads(out);
    expect(Object.keys(l).sort()).toEqual([...COLLECTIONS].sort());
    expect(l['targets']).toBe('validated 408, kept 0, removed 0');
    expect(Object.values(l).every((s) => s.startsWith('validated '))).toBe(true);
    firstDist = distDigests();
  }, 240_000);

  it('a second build with unchanged seeds reuses the ingest and every record, and makes the same site', () => {
    const content = COLLECTIONS.map((c) => statSync(at(`content/${c}.json`)).mtimeMs);
    const out = build();
    expect(out).toMatch(/^ingest: 9 seeds in \d+ ms — ingest reused \(seeds and ingest code unchanged; INGEST_FORCE=1 re-runs it\)$/m);
    // the summary is printed all the same
    expect(out).toMatch(/^ {2}heze\/2023-h1 +200 targets +213 assignments/m);
    expect(out).toMatch(/^ {2}408 targets, 32 leaders, 171 units, \d+ anomalies/m);
    expect(COLLECTIONS.map((c) => statSync(at(`content/${c}.json`)).mtimeMs)).toEqual(content);
    expect(loads(out)).toEqual(Object.fromEntries(COLLECTIONS.map((c) => [c, 'unchanged'])));
    expect(distDigests()).toEqual(firstDist);
  }, 240_000);

  it('one changed seed byte re-runs the ingest and re-validates only the records it changed', () => {
    const seed = readFileSync(at(TABLE), 'utf8');
    expect(seed).toContain('托位 1 万个');
    writeFileSync(at(TABLE), seed.replace('托位 1 万个', '托位 2 万个'));
    const out = build();
    expect(out).toMatch(/^ingest: 9 seeds in \d+ ms \(seeds changed\)$/m);
    const l = loads(out);
    expect(l['targets']).toBe('validated 1, kept 407, removed 0');
    // the document records its seed's SHA-256
    expect(l['documents']).toBe('validated 1, kept 8, removed 0');
    expect(l['jurisdictions']).toBe('unchanged');
    expect(page('heze/2023-h1/88')).toContain('托位 2 万个');
    expect(page('heze/2023-h1/88')).not.toContain('托位 1 万个');
  }, 240_000);

  it('a missing or hand-edited content file re-runs the ingest, which writes it again', () => {
    unlinkSync(at('content/units.json'));
    const targets = readFileSync(at('content/targets.json'), 'utf8');
    writeFileSync(at('content/targets.json'), targets.replace('托位 2 万个', '托位 9 万个'));
    const out = build();
    expect(out).toMatch(/^ingest: 9 seeds in \d+ ms \(content\/targets\.json changed since the last run\)$/m);
    expect(readFileSync(at('content/targets.json'), 'utf8')).toBe(targets);
    // written again byte for byte as the last build had it: the content layer keeps it all
    expect(loads(out)).toEqual(Object.fromEntries(COLLECTIONS.map((c) => [c, 'unchanged'])));
    expect(page('heze/2023-h1/88')).toContain('托位 2 万个');
    expect(page('heze/2023-h1/88')).not.toContain('托位 9 万个');
  }, 240_000);

  it('a seed that fails stops the build with file:line, leaves dist/ and content/ alone, and is not skipped next time', () => {
    const seedPath = at('seeds/000_7009f1592a7ab6e1.txt');
    const lines = readFileSync(seedPath, 'utf8').split('\n');
    // a row with more filled cells than the table has columns: nothing to match them to
    lines[7] = `${lines[7] ?? ''}\t多出一格\t又一格`;
    writeFileSync(seedPath, lines.join('\n'));
    const kept = ['dist/index.html', 'content/targets.json', 'content/.ingest-key.json'].map((f) => statSync(at(f)).mtimeMs);
    for (let i = 0; i < 2; i++) {
      const r = copy.build(EPOCH);
      expect(r.status).not.toBe(0);
      expect(r.output).toMatch(/build failed: seeds\/000_7009f1592a7ab6e1\.txt:8: row has 9 filled cells that cannot be matched to the 7 columns/);
      expect(r.output).not.toMatch(/ingest reused/);
    }
    expect(['dist/index.html', 'content/targets.json', 'content/.ingest-key.json'].map((f) => statSync(at(f)).mtimeMs)).toEqual(kept);
  }, 60_000);
});
