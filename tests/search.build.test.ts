/**
 * What the build hands to Pagefind: one record per target, leader, unit and
 * document page and nothing else, made from the collections (the pages carry
 * no index text); target records carry the filter values and the tokens of
 * their text; the search page is the only page with a script; every other
 * page has the plain header search form. Records are read back from the very
 * documents Pagefind indexes (recordDocument), so their markup is tested too.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutCareMemory } from './care-memory.ts';
import type { Jurisdiction, Leader, SiteDocument, Target, Unit } from '../src/schemas/records.ts';
import { documentLabel, statusLabel, yearLabel } from '../src/i18n/zh-CN.ts';
import { foldsFromAliases } from '../src/lib/search/folds.ts';
import { recordDocument, siteRecords } from '../src/lib/search/record.ts';
import { groupRecords } from '../src/lib/model/site-model.ts';
import type { FoldRule } from '../src/lib/search/normalize.ts';
import { indexTokens } from '../src/lib/search/tokens.ts';
import { readCollections } from '../src/lib/model/load-files.ts';
import { siteFiles } from '../src/lib/build/files.ts';
import { TEST_SITE, testDist } from './test-site.ts';

const page = (permalink: string): string => readFileSync(join(testDist, permalink, 'index.html'), 'utf8');

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

interface IndexedRecord {
  zones: Map<number, string[]>;
  meta: Map<string, string>;
  filters: Map<string, string[]>;
  sorts: Map<string, string>;
}

/** A record as Pagefind reads it from its document. */
function record(html: string): IndexedRecord | null {
  const m = /<div data-pagefind-body>([\s\S]*?)<\/div><\/div><\/body>/.exec(html);
  if (!m) return null;
  const body = m[1] ?? '';
  const zones = new Map<number, string[]>();
  for (const z of body.matchAll(/<p data-pagefind-weight="([\d.]+)">([^<]*)<\/p>/g)) zones.set(Number(z[1]), (z[2] ?? '').split(' '));
  const pairs = (attr: string) => [...body.matchAll(new RegExp(`<span ${attr}="([^"]+)">([^<]*)</span>`, 'g'))].map((x) => [x[1] ?? '', decode(x[2] ?? '')] as const);
  const filters = new Map<string, string[]>();
  for (const [k, v] of pairs('data-pagefind-filter')) filters.set(k, [...(filters.get(k) ?? []), v]);
  return {
    zones,
    meta: new Map(pairs('data-pagefind-meta')),
    filters,
    sorts: new Map(pairs('data-pagefind-sort')),
  };
}

describe('search index input', () => {
  let targets: Target[];
  let documents: Map<string, SiteDocument>;
  let jurisdictions: Map<string, Jurisdiction>;
  let leaders: Leader[];
  let units: Unit[];
  let documentsFor: Map<string, string>;
  let folds: FoldRule[];
  const indexed = (permalink: string) => record(documentsFor.get(permalink) ?? '');

  beforeAll(async () => {
    const c = readCollections(TEST_SITE);
    documentsFor = new Map(siteRecords(groupRecords(c)).map((r) => [r.path, recordDocument(r.record)]));
    targets = c.targets;
    documents = new Map(c.documents.map((d) => [d.id, d]));
    jurisdictions = new Map(c.jurisdictions.map((j) => [j.id, j]));
    leaders = c.leaders;
    units = c.units;
    folds = foldsFromAliases([...leaders, ...units]);
  });

  it('indexes exactly the target, leader, unit and document pages', () => {
    const entry = JSON.parse(readFileSync(join(testDist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    const indexed = Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
    expect(indexed).toBe(targets.length + leaders.length + units.length + documents.size);
    expect(documentsFor.size).toBe(indexed);
    const expected = [
      ...targets.map((t) => `/${t.id}/`),
      ...[...documents.keys()].map((id) => `/${id}/`),
      ...leaders.map((l) => `/${l.jurisdiction}/leaders/${l.slug}/`),
      ...units.map((u) => `/${u.jurisdiction}/units/${u.slug}/`),
    ];
    expect([...documentsFor.keys()].sort()).toEqual(expected.sort());
    for (const permalink of expected) expect(existsSync(join(testDist, permalink, 'index.html')), permalink).toBe(true);
    // the pages themselves carry no index text: Pagefind reads the records
    for (const file of siteFiles(testDist)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/data-pagefind-(body|weight|meta|filter|sort)/);
  });

  it('gives every target a record: its text tokens weighted highest, its filter values, fields and sort keys', () => {
    for (const t of targets) {
      const r = indexed(`/${t.id}/`);
      expect(r, t.id).not.toBeNull();
      if (!r) continue;
      const d = documents.get(t.document);
      const j = jurisdictions.get(t.jurisdiction);
      if (!d || !j) throw new Error(t.id);
      const top = Math.max(...r.zones.keys());
      // in text order, so a term's bigrams stand side by side for the exact check
      const own = indexTokens(t.text.text, folds);
      expect(r.zones.get(top)?.slice(0, own.length)).toEqual(own);
      expect(r.meta.get('kind')).toBe('target');
      expect(r.meta.get('title')).toBe(t.text.text);
      expect(r.filters.get('kind')).toEqual(['目标']);
      expect(r.filters.get('jurisdiction')).toEqual([j.name]);
      expect(r.filters.get('year')).toEqual([yearLabel(d.year)]);
      expect(r.filters.get('document')).toEqual([`${j.name} ${documentLabel(d)}`]);
      const names = (pick: (a: Target['assignments'][number]) => string[]) => [...new Set(t.assignments.flatMap(pick))].sort();
      expect([...(r.filters.get('leader') ?? [])].sort()).toEqual(names((a) => a.people.map((p) => p.name)));
      expect([...(r.filters.get('unit') ?? [])].sort()).toEqual(names((a) => a.units.map((u) => u.name)));
      if (d.kind === 'progress') {
        expect(r.filters.get('status')).toHaveLength(1);
        expect(t.assignments.map((a) => statusLabel(a.status.value))).toContain(r.filters.get('status')?.[0]);
      } else expect(r.filters.has('status')).toBe(false);
      expect(r.sorts.get('newest')).toMatch(/^d\d{7}n\d{5}$/);
      expect(r.sorts.get('oldest')).toMatch(/^d\d{7}n\d{5}$/);
    }
  });

  it('keeps document tables and leader and unit target lists out of the index, so target pages lead', () => {
    // 托位 is in the text of heze/2023-h1/88, led by 王昌华 for 市卫生健康委; their pages list it, their records must not
    const tuowei = indexTokens('托位')[0];
    for (const permalink of ['/heze/2023-h1/', '/heze/leaders/wang-chang-hua/', '/heze/units/shi-wei-sheng-jian-kang-wei/']) {
      expect(page(permalink), permalink).toContain('托位');
      const r = indexed(permalink);
      expect(r, permalink).not.toBeNull();
      expect([...(r?.zones.values() ?? [])].flat(), permalink).not.toContain(tuowei);
    }
    expect([...(indexed('/heze/2023-h1/88/')?.zones.values() ?? [])].flat()).toContain(tuowei);
  });

  it('gives leader and unit pages their names and printed forms only', () => {
    for (const e of [...leaders, ...units]) {
      const kind = leaders.includes(e as Leader) ? 'leaders' : 'units';
      const r = indexed(`/${e.jurisdiction}/${kind}/${e.slug}/`);
      expect(r?.meta.get('title')).toBe(e.name);
      const expected = [e.name, ...e.aliases.map((a) => a.form)].flatMap((s) => indexTokens(s, folds));
      expect([...(r?.zones.values() ?? [])].flat()).toEqual(expected);
    }
  });

  it('loads script on the search page only, and puts the plain search form on every other page', () => {
    for (const file of siteFiles(testDist)) {
      const html = readFileSync(file, 'utf8');
      // the inline 长辈版 memory beside the checkbox is no search script (tests/reading.build.test.ts holds it to its few bytes)
      const rest = withoutCareMemory(html);
      const scripts = rest.match(/<script(?![^>]*type="application\/ld\+json")[^>]*>/g) ?? [];
      if (file.startsWith(join(testDist, 'embed'))) {
        // iframe views: no chrome, so no search form, and still no script
        expect(scripts, file).toEqual([]);
      } else if (file === join(testDist, 'search', 'index.html')) {
        expect(scripts).toHaveLength(1);
        expect(scripts[0]).toMatch(/type="module"/);
        expect(html).not.toContain('class="site-search"');
      } else {
        expect(scripts, file).toEqual([]);
        expect(html, file).toMatch(/<form class="site-search" role="search" action="\/search\/" method="get">/);
        expect(html, file).toMatch(/<input id="site-search-q" type="search" name="q"/);
      }
    }
  });
});
