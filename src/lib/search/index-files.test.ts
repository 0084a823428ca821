/**
 * The rebuild's shortcut: an index is reused only for exactly the records
 * that made it. Real records from the test site's content/, a temporary root
 * for the cache.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageRecord } from './record.ts';
import { cachedIndex, keepIndex, searchInput, searchRecords } from './index-files.ts';
import { TEST_SITE, testDist } from '../../../tests/test-site.ts';

describe('search index cache', () => {
  let records: PageRecord[];
  let root: string;

  beforeAll(async () => {
    records = searchRecords(TEST_SITE);
    root = mkdtempSync(join(tmpdir(), 'search-cache-'));
    mkdirSync(join(root, 'node_modules'));
    symlinkSync(resolve('node_modules/pagefind'), join(root, 'node_modules/pagefind'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('gives the same records the same key, and any change to one record another', () => {
    const key = searchInput(records, root).key;
    expect(searchInput(structuredClone(records), root).key).toBe(key);
    const changed = structuredClone(records);
    const first = changed.find((r) => r.record.meta.kind === 'target');
    if (!first) throw new Error('no target record');
    first.record.meta.status = first.record.meta.status === 'on_plan' ? 'behind' : 'on_plan';
    expect(searchInput(changed, root).key).not.toBe(key);
    expect(searchInput(records.slice(1), root).key).not.toBe(key);
  });

  it('finds a kept index by its key only, and keeps the newest three', () => {
    const input = searchInput(records, root);
    expect(cachedIndex(input, root)).toBeNull();
    const index = join(root, 'built');
    mkdirSync(index);
    writeFileSync(join(index, 'pagefind-entry.json'), readFileSync(join(testDist, 'pagefind/pagefind-entry.json')));
    keepIndex(input, index, root);
    const kept = cachedIndex(input, root);
    expect(kept).not.toBeNull();
    expect(readFileSync(join(kept ?? '', 'pagefind-entry.json'), 'utf8')).toBe(readFileSync(join(testDist, 'pagefind/pagefind-entry.json'), 'utf8'));
    for (let i = 1; i <= 3; i++) keepIndex(searchInput(records.slice(i), root), index, root);
    expect(cachedIndex(searchInput(records.slice(3), root), root)).not.toBeNull();
    expect(readdirSync(join(root, '.cache', 'search-index'))).toHaveLength(3);
  });
});
