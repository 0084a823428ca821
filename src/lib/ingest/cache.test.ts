/**
 * The ingest is skipped only when a run would write the same content/ again:
 * the real seeds, ingested into a temporary project, reused when nothing
 * changed and re-run when one seed byte, an output file or the ingest's code
 * changes; a seed that fails stops with file:line, writes nothing and is not
 * skipped next time.
 */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentFiles } from '../../schemas/records.ts';
import { SeedError } from './errors.ts';
import { FIXTURE_SITE } from '../../../tests/test-site.ts';
import { ingestKey, ingestModules, STAMP_FILE } from './cache.ts';
import { forced, runIngest, summary } from './run.ts';

const outputs = Object.values(contentFiles);
const TABLE = 'seeds/002_d77621546935b0d7.txt';
/** 2023 H1, #88: “新增 3 岁以下婴幼儿照护服务托位 1 万个” */
const NEEDLE = '托位 1 万个';

let dir: string;
const path = (f: string): string => join(dir, f);
const contents = (): Record<string, string> => Object.fromEntries(outputs.map((f) => [f, readFileSync(path(f), 'utf8')]));
const mtimes = (): number[] => [...outputs, STAMP_FILE].map((f) => statSync(path(f)).mtimeMs);
const run = (force = false) => runIngest(dir, { force });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'zrmb-ingest-cache-'));
  cpSync(join(FIXTURE_SITE, 'seeds'), path('seeds'), { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingest cache', () => {
  let first: Record<string, string>;

  it('runs the first time and writes the stamp last', async () => {
    const r = await run();
    expect(r.reused).toBe(false);
    expect(r.reason).toBe('no record of a previous run');
    expect(r.collections?.targets).toHaveLength(408);
    expect(summary(r)).toMatch(/^ingest: 9 seeds in \d+ ms \(no record of a previous run\)\n {2}haiyan\/2022-plan /);
    expect(existsSync(path(STAMP_FILE))).toBe(true);
    first = contents();
  });

  it('is reused when nothing changed: nothing is read into collections or written, the summary is the same', async () => {
    const before = mtimes();
    const full = await run(true);
    const reused = await run();
    expect(reused.reused).toBe(true);
    expect(reused.collections).toBeNull();
    expect(reused.lines).toEqual(full.lines);
    expect(reused.encodings).toEqual(full.encodings);
    expect(summary(reused)).toMatch(/^ingest: 9 seeds in \d+ ms — ingest reused \(seeds and ingest code unchanged; INGEST_FORCE=1 re-runs it\)\n/);
    expect(summary(reused).split('\n').slice(1)).toEqual(summary(full).split('\n').slice(1));
    // the forced run rewrote the same bytes; the reused one wrote nothing
    expect(contents()).toEqual(first);
    const after = mtimes();
    expect((await run()).reused).toBe(true);
    expect(mtimes()).toEqual(after);
    expect(after).not.toEqual(before);
  });

  it('runs again when one byte of a seed changes, and again when it is changed back', async () => {
    const seed = readFileSync(path(TABLE), 'utf8');
    expect(seed).toContain(NEEDLE);
    writeFileSync(path(TABLE), seed.replace(NEEDLE, '托位 2 万个'));
    const changed = await run();
    expect(changed).toMatchObject({ reused: false, reason: 'seeds changed' });
    expect(changed.collections?.targets.find((t) => t.id === 'heze/2023-h1/88')?.text.text).toContain('托位 2 万个');
    expect(contents()['content/targets.json']).not.toEqual(first['content/targets.json']);
    expect((await run()).reused).toBe(true);

    writeFileSync(path(TABLE), seed);
    expect(await run()).toMatchObject({ reused: false, reason: 'seeds changed' });
    expect(contents()).toEqual(first);
    expect((await run()).reused).toBe(true);
  });

  it('runs again when a file is added to seeds/ (a sidecar, say)', async () => {
    const sidecar = path('seeds/002_d77621546935b0d7.meta.json');
    writeFileSync(sidecar, '{"publishedAt":"2023-08-01"}\n');
    const r = await run();
    expect(r).toMatchObject({ reused: false, reason: 'seeds changed' });
    expect(r.collections?.documents.find((d) => d.id === 'heze/2023-h1')?.publishedAt).toBe('2023-08-01');
    unlinkSync(sidecar);
    expect(await run()).toMatchObject({ reused: false, reason: 'seeds changed' });
    expect(contents()).toEqual(first);
  });

  it('runs again when an output is missing, edited, or left from another run', async () => {
    unlinkSync(path('content/units.json'));
    expect(await run()).toMatchObject({ reused: false, reason: 'content/units.json missing' });
    expect(contents()).toEqual(first);

    appendFileSync(path('content/targets.json'), ' ');
    expect(await run()).toMatchObject({ reused: false, reason: 'content/targets.json changed since the last run' });
    expect(contents()).toEqual(first);

    // valid JSON of the right shape, but not what this run wrote: one collection from other seeds
    writeFileSync(path('content/documents.json'), JSON.stringify(JSON.parse(first['content/documents.json'] ?? '[]').slice(1), null, 1));
    expect(await run()).toMatchObject({ reused: false, reason: 'content/documents.json changed since the last run' });
    expect(contents()).toEqual(first);

    unlinkSync(path(STAMP_FILE));
    expect(await run()).toMatchObject({ reused: false, reason: 'no record of a previous run' });
    expect((await run()).reused).toBe(true);
  });

  it('runs when forced, by option or INGEST_FORCE', async () => {
    expect(await run(true)).toMatchObject({ reused: false, reason: 'forced: INGEST_FORCE=1' });
    expect(forced({ INGEST_FORCE: '1' })).toBe(true);
    expect(forced({ INGEST_FORCE: 'true' })).toBe(true);
    expect(forced({ INGEST_FORCE: '0' })).toBe(false);
    expect(forced({})).toBe(false);
  });

  it('stops on a seed that cannot be read, writes nothing, and does not skip it next time', async () => {
    const seedPath = path('seeds/000_7009f1592a7ab6e1.txt');
    const seed = readFileSync(seedPath, 'utf8');
    const lines = seed.split('\n');
    // a row with more filled cells than the table has columns: nothing to match them to
    lines[7] = `${lines[7] ?? ''}\t多出一格\t又一格`;
    writeFileSync(seedPath, lines.join('\n'));
    const stamp = readFileSync(path(STAMP_FILE), 'utf8');
    const before = mtimes();
    for (let i = 0; i < 2; i++) {
      await expect(run()).rejects.toThrow(SeedError);
      await expect(run()).rejects.toThrow(/^seeds\/000_7009f1592a7ab6e1\.txt:8: row has 9 filled cells that cannot be matched to the 7 columns/);
    }
    // nothing written: outputs and stamp as the last good run left them
    expect(contents()).toEqual(first);
    expect(readFileSync(path(STAMP_FILE), 'utf8')).toBe(stamp);
    expect(mtimes()).toEqual(before);
    // back to the seeds of the last good run: its output is reused, and it is theirs
    writeFileSync(seedPath, seed);
    expect((await run()).reused).toBe(true);
    expect(contents()).toEqual(first);
  });

  it('stops the same way on a reviewed file that breaks its form, and on a sidecar that is not JSON', async () => {
    const reviewed = path('seeds/jurisdictions.json');
    const text = readFileSync(reviewed, 'utf8');
    writeFileSync(reviewed, text.replace('"id": "yanzhou"', '"id": "data"'));
    await expect(run()).rejects.toThrow(SeedError);
    await expect(run()).rejects.toThrow(/^seeds\/jurisdictions\.json:14: jurisdictions\.1\.id: “data” is a folder the site builds for itself/);
    writeFileSync(reviewed, text);

    const sidecar = path('seeds/002_d77621546935b0d7.meta.json');
    const had = existsSync(sidecar) ? readFileSync(sidecar, 'utf8') : null;
    writeFileSync(sidecar, '{\n  "publishedAt": "2023-08-01",\n}\n');
    await expect(run()).rejects.toThrow(/^seeds\/002_d77621546935b0d7\.meta\.json:3: not valid JSON/);
    if (had === null) unlinkSync(sidecar);
    else writeFileSync(sidecar, had);
    expect(contents()).toEqual(first);
    expect((await run()).reused).toBe(true);
  });
});

describe('ingest key', () => {
  let code: string;
  beforeAll(() => {
    code = mkdtempSync(join(tmpdir(), 'zrmb-ingest-code-'));
    for (const d of ['scripts', 'src']) cpSync(d, join(code, d), { recursive: true });
  });
  afterAll(() => rmSync(code, { recursive: true, force: true }));

  it('covers every module the ingest loads, found from src/lib/ingest/run.ts, and no test or page', async () => {
    const modules = ingestModules();
    for (const m of [
      'src/lib/ingest/run.ts',
      'src/lib/ingest/cache.ts',
      'src/schemas/records.ts',
      'src/schemas/seeds.ts',
      'src/lib/ingest/index.ts',
      'src/lib/ingest/encoding.ts',
      'src/lib/ingest/cell.ts',
      'src/lib/ingest/read/xlsx.ts',
      'src/lib/ingest/layout/table.ts',
      'src/i18n/zh-CN.anomalies.ts',
      'src/lib/model/links.ts',
      'src/lib/model/similarity.ts',
    ]) {
      expect(modules).toContain(m);
    }
    expect(modules.filter((m) => /\.test\.ts$|^src\/pages\//.test(m))).toEqual([]);
    expect(ingestModules(code)).toEqual(modules);
  });

  it('follows a seed that is a symbolic link, as the ingest reads it', async () => {
    const project = mkdtempSync(join(tmpdir(), 'zrmb-ingest-link-'));
    try {
      cpSync(join(FIXTURE_SITE, 'seeds'), join(project, 'seeds'), { recursive: true });
      const outside = join(project, 'elsewhere.txt');
      cpSync(join(project, TABLE), outside);
      rmSync(join(project, TABLE));
      symlinkSync(outside, join(project, TABLE));
      const base = ingestKey(project);
      appendFileSync(outside, '\n');
      expect(ingestKey(project).seeds).not.toBe(base.seeds);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it('changes with the ingest code, not with other code', async () => {
    const base = ingestKey(dir, code);
    appendFileSync(join(code, 'src/pages/index.astro'), '\n');
    expect(ingestKey(dir, code)).toEqual(base);
    appendFileSync(join(code, 'src/lib/ingest/cell.ts'), '\n// changed\n');
    const changed = ingestKey(dir, code);
    expect(changed.code).not.toBe(base.code);
    expect(changed.seeds).toBe(base.seeds);
    expect(changed.runtime).toBe(base.runtime);
  });
});
