/**
 * jsonArray keeps what the data store holds when the file or a record is
 * unchanged, and validates everything else: run against Astro's own data
 * store (serialised and read back between loads, as between two builds) on
 * the collections the real seeds give.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runIngest } from '../ingest/run.ts';
import { FIXTURE_SITE } from '../../../tests/test-site.ts';
import { contentFiles, targetSchema, type Target } from '../../schemas/records.ts';
import { jsonArray, syncJsonArray } from './json-loader.ts';
// Astro's data store is not among its package exports; the loader relies on its behaviour, so the test uses the real one.
import { MutableDataStore } from '../../../node_modules/astro/dist/content/mutable-data-store.js';

const FILE = contentFiles.targets;
let dir: string;
let file: string;
let original: string;
/** how many targets the fixture seeds give */
let N: number;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zrmb-json-loader-'));
  cpSync(join(FIXTURE_SITE, 'seeds'), join(dir, 'seeds'), { recursive: true });
  await runIngest(dir, { force: true });
  file = join(dir, FILE);
  original = readFileSync(file, 'utf8');
  N = (JSON.parse(original) as unknown[]).length;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// each test starts from the file the ingest wrote
beforeEach(() => writeFileSync(file, original));

/** One build's view: a loader context over `store`, counting schema validations. */
function contextFor(store: MutableDataStore): LoaderContext & { validated: string[]; logged: string[] } {
  const validated: string[] = [];
  const logged: string[] = [];
  const context = {
    collection: 'targets',
    store: store.scopedStore('targets'),
    meta: store.metaStore('targets'),
    logger: { info: (m: string) => logged.push(m), warn: () => {}, error: () => {}, debug: () => {} },
    config: { root: pathToFileURL(`${dir}/`) },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => {
      validated.push(id);
      return targetSchema.parse(data);
    },
    renderMarkdown: async () => ({ html: '' }),
    generateDigest: (data: Record<string, unknown> | string) =>
      createHash('sha1')
        .update(typeof data === 'string' ? data : JSON.stringify(data))
        .digest('hex'),
    validated,
    logged,
  };
  return context as unknown as LoaderContext & { validated: string[]; logged: string[] };
}

/** The store as the next build reads it from disk. */
async function nextBuild(store: MutableDataStore): Promise<MutableDataStore> {
  return MutableDataStore.fromString(store.toString());
}

const records = (): Target[] => JSON.parse(readFileSync(file, 'utf8')) as Target[];
const write = (list: unknown[]): void => writeFileSync(file, `${JSON.stringify(list, null, 1)}\n`);

describe('jsonArray loader', () => {
  it('validates every record on the first load and none on the next when the file is unchanged', async () => {
    let store = await MutableDataStore.fromMap(new Map());
    const first = contextFor(store);
    expect(await syncJsonArray(FILE, file, first)).toEqual({ unchanged: false, kept: 0, parsed: N, deleted: 0 });
    expect(first.validated).toHaveLength(N);
    const entry = first.store.get('heze/2023-h1/88');
    expect(entry?.filePath).toBe(FILE);
    expect((entry?.data as Target).text.text).toContain('托位 1 万个');

    store = await nextBuild(store);
    const second = contextFor(store);
    expect(await syncJsonArray(FILE, file, second)).toEqual({ unchanged: true, kept: N, parsed: 0, deleted: 0 });
    expect(second.validated).toEqual([]);
    expect(second.store.get('heze/2023-h1/88')).toEqual(entry);
  });

  it('validates only the records that changed, and removes those that are gone', async () => {
    let store = await MutableDataStore.fromMap(new Map());
    await syncJsonArray(FILE, file, contextFor(store));

    const list = records();
    const t88 = list.find((t) => t.id === 'heze/2023-h1/88') as Target;
    t88.text = { text: t88.text.text.replace('1 万个', '2 万个'), html: t88.text.html.replace('1 万个', '2 万个') };
    const gone = list.pop() as Target;
    write(list);
    store = await nextBuild(store);
    const changed = contextFor(store);
    expect(await syncJsonArray(FILE, file, changed)).toEqual({ unchanged: false, kept: N - 2, parsed: 1, deleted: 1 });
    expect(changed.validated).toEqual(['heze/2023-h1/88']);
    expect((changed.store.get('heze/2023-h1/88')?.data as Target).text.text).toContain('托位 2 万个');
    expect(changed.store.has(gone.id)).toBe(false);
    expect(changed.store.keys()).toHaveLength(N - 1);

    // and the new state is the one kept next time
    store = await nextBuild(store);
    const again = contextFor(store);
    expect(await syncJsonArray(FILE, file, again)).toMatchObject({ unchanged: true, kept: N - 1 });
    expect((again.store.get('heze/2023-h1/88')?.data as Target).text.text).toContain('托位 2 万个');
  });

  it('reloads when the store lost entries the meta store still counts', async () => {
    let store = await MutableDataStore.fromMap(new Map());
    await syncJsonArray(FILE, file, contextFor(store));
    store = await nextBuild(store);
    store.delete('targets', 'heze/2023-h1/88');
    const context = contextFor(store);
    expect(await syncJsonArray(FILE, file, context)).toEqual({ unchanged: false, kept: N - 1, parsed: 1, deleted: 0 });
    expect(context.store.keys()).toHaveLength(N);
  });

  it('reloads everything after Astro clears the store (content config, Astro config or version changed)', async () => {
    let store = await MutableDataStore.fromMap(new Map());
    await syncJsonArray(FILE, file, contextFor(store));
    store = await nextBuild(store);
    store.clearAll();
    const context = contextFor(store);
    expect(await syncJsonArray(FILE, file, context)).toEqual({ unchanged: false, kept: 0, parsed: N, deleted: 0 });
  });

  it('stops on a record the schema rejects, and never takes that half-done load for a finished one', async () => {
    let store = await MutableDataStore.fromMap(new Map());
    await syncJsonArray(FILE, file, contextFor(store));
    const list = records();
    const changed = list[3] as Target;
    const broken = list[5] as unknown as Record<string, unknown>;
    changed.notes = ['改过的记录'];
    broken['number'] = '六';
    write(list);
    store = await nextBuild(store);
    await expect(syncJsonArray(FILE, file, contextFor(store))).rejects.toThrow(/number/);
    // the record before the broken one was stored; back to the file of the last finished load, it must be loaded again, not kept
    store = await nextBuild(store);
    writeFileSync(file, original);
    const back = contextFor(store);
    expect(await syncJsonArray(FILE, file, back)).toEqual({ unchanged: false, kept: N - 1, parsed: 1, deleted: 0 });
    expect(back.validated).toEqual([changed.id]);
    expect((back.store.get(changed.id)?.data as Target).notes).toEqual([]);
  });

  it('stops on a file that is not an array of records with unique ids', async () => {
    const store = await MutableDataStore.fromMap(new Map());
    const list = JSON.parse(original) as Array<Record<string, unknown>>;
    for (const [text, message] of [
      ['{"a": 1}', /expected a JSON array/],
      ['[{"id": "x"', /content\/targets\.json: not valid JSON/],
      [JSON.stringify([{ ...list[0], id: undefined }]), /a record has no id/],
      [JSON.stringify([list[0], list[0]]), /id heze\/2021-h1\/1 given twice/],
    ] as const) {
      writeFileSync(file, text);
      await expect(syncJsonArray(FILE, file, contextFor(store))).rejects.toThrow(message);
    }
  });

  it('stops when the file is missing, instead of building from what the store held', async () => {
    const store = await MutableDataStore.fromMap(new Map());
    const loader = jsonArray('content/none.json');
    await expect(loader.load(contextFor(store))).rejects.toThrow(/content\/none\.json not found: run npm run ingest/);
    const ok = contextFor(store);
    await jsonArray(FILE).load(ok);
    expect(ok.logged).toEqual([expect.stringMatching(new RegExp(`^content/targets\\.json: ${N} entries validated, 0 kept, 0 removed \\(\\d+ ms\\)$`))]);
  });
});
