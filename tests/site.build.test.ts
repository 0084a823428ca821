/**
 * The built site against the collections and the seeds: every permalink is a
 * page, and every cell of every seed is readable on some page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { withoutCareMemory } from './care-memory.ts';
import type { Anomaly, Leader, SiteDocument, Target, Unit } from '../src/schemas/records.ts';
import { cell } from '../src/lib/ingest/cell.ts';
import { splitClause } from '../src/lib/ingest/responsibility.ts';
import { splitLines } from '../src/lib/ingest/text.ts';
import { withoutTruncation } from '../src/lib/ingest/layout/common.ts';
import { readCollections } from '../src/lib/model/load-files.ts';
import { siteFiles } from '../src/lib/build/files.ts';
import { TEST_SITE, testDist } from './test-site.ts';
import { targetStatus } from '../src/lib/model/status.ts';

/** Visible text of a page: tags dropped, entities decoded, all white space removed (CJK text has no word spaces to keep). */
function pageText(html: string): string {
  return (
    html
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
      // the site's note after a printed name (曹 临（即曹临）) is added, not the source's: the printed run reads without it
      .replace(/<span class="published-as">[^<]*<\/span>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
      .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/\s+/g, '')
  );
}

const squash = (s: string): string => s.replace(/\s+/g, '');
const pagePath = (permalink: string): string => join(testDist, permalink, 'index.html');

describe('built site', () => {
  let documents: SiteDocument[];
  let targets: Target[];
  let leaders: Leader[];
  let units: Unit[];
  let anomalies: Anomaly[];
  let corpus: string;

  beforeAll(() => {
    const content = readCollections(TEST_SITE);
    documents = content.documents;
    targets = content.targets;
    leaders = content.leaders;
    units = content.units;
    anomalies = content.anomalies;
    corpus = siteFiles(testDist)
      .map((f) => pageText(readFileSync(f, 'utf8')))
      .join('\u0000');
  });

  it('has a page at every permalink', () => {
    const permalinks = [
      '/',
      '/data-quality/',
      ...new Set(documents.map((d) => `/${d.jurisdiction}/`)),
      ...documents.map((d) => `/${d.id}/`),
      ...targets.map((t) => `/${t.id}/`),
      ...leaders.map((l) => `/${l.jurisdiction}/leaders/${l.slug}/`),
      ...units.map((u) => `/${u.jurisdiction}/units/${u.slug}/`),
      '/heze/leaders/',
      '/heze/units/',
      '/yanzhou/leaders/',
      '/yanzhou/units/',
      ...new Set(anomalies.map((a) => `/data-quality/${a.document}/`)),
    ];
    const missing = permalinks.filter((p) => !existsSync(pagePath(p)));
    expect(missing).toEqual([]);
    // the five real seeds' 371 targets at their permalinks, and the 37 complete rows of the four examples
    expect(targets.filter((t) => ['heze', 'yanzhou'].includes(t.jurisdiction))).toHaveLength(371);
    expect(targets).toHaveLength(408);
    expect(existsSync(pagePath('/heze/2023-h1/88/'))).toBe(true);
    expect(existsSync(pagePath('/yanzhou/2021-plan/12/'))).toBe(true);
  });

  it('links every status count of a document to the list of exactly the targets it counts', () => {
    for (const doc of documents.filter((d) => d.kind === 'progress' && d.columns.some((c) => c.field === 'status'))) {
      const page = readFileSync(pagePath(`/${doc.id}/`), 'utf8');
      for (const status of ['on_plan', 'behind', 'not_applicable', 'not_reported'] as const) {
        const href = `/${doc.id}/status/${status}/`;
        const ids = targets.filter((t) => t.document === doc.id && targetStatus(t) === status).map((t) => t.id);
        expect(doc.status[status], `${doc.id} ${status}`).toBe(ids.length);
        if (ids.length === 0) {
          expect(existsSync(pagePath(href)), href).toBe(false);
          continue;
        }
        expect(page, href).toContain(`href="${href}"`);
        const list = readFileSync(pagePath(href), 'utf8');
        const linked = [...new Set([...list.matchAll(/href="\/([^"#]+)\/"/g)].map((m) => m[1] ?? '').filter((p) => p.startsWith(`${doc.id}/`) && /\/[\d-]+$/.test(p)))];
        expect(linked.sort(), href).toEqual([...ids].sort());
      }
    }
  });

  it('has 11 Heze and 14 Yanzhou leader pages and no page for a shifted cell', () => {
    const pages = (j: string) =>
      readdirSync(join(testDist, j, 'leaders'), { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name);
    expect(pages('heze')).toHaveLength(11);
    expect(pages('yanzhou')).toHaveLength(14);
    expect(pages('heze')).not.toContain('nian-di');
    expect(pages('heze')).not.toContain('shi');
  });

  it('shows every cell of every seed on some page', () => {
    const missing: string[] = [];
    for (const d of documents) {
      const lines = splitLines(readFileSync(join(TEST_SITE, d.sourceFile), 'utf8'));
      for (const { line, text } of lines) {
        const pieces =
          d.layout === 'table'
            ? text.split('\t').map((c) => cell(c).value.text)
            : d.layout === 'list'
              ? (() => {
                  const { body, clause } = splitClause(text);
                  return [body, clause ?? ''];
                })()
              : [text];
        for (const piece of pieces) {
          // A title printed with a Markdown marker is published without it, and a copy's cut-off mark is not the document's (both recorded as anomalies).
          const wanted = squash(withoutTruncation(piece.replace(/^#{1,6}\s+/, '')));
          if (wanted !== '' && !corpus.includes(wanted)) missing.push(`${d.sourceFile}:${line} “${piece.slice(0, 40)}”`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("lists every anomaly on its document's data-quality page with its file:line, what was found and its anchor", () => {
    const missing = anomalies.filter((a) => {
      const html = readFileSync(pagePath(`/data-quality/${a.document}/`), 'utf8');
      const page = pageText(html);
      const anchor = `id="anomaly-${a.id.replace(/[^A-Za-z0-9_-]/g, '-')}"`;
      return !page.includes(squash(`${a.source.file}:${a.source.line}`)) || !page.includes(squash(a.found)) || !html.includes(anchor);
    });
    expect(missing.map((a) => a.id)).toEqual([]);
    // a page per document with anomalies, and none for a document without
    const withAnomalies = new Set(anomalies.map((a) => a.document));
    expect(documents.filter((d) => existsSync(pagePath(`/data-quality/${d.id}/`)) !== withAnomalies.has(d.id)).map((d) => d.id)).toEqual([]);
    // each page lists its own document's anomalies, no other's
    for (const id of withAnomalies) {
      const html = readFileSync(pagePath(`/data-quality/${id}/`), 'utf8');
      const listed = [...html.matchAll(/<li class="anomaly [^"]*" id="([^"]+)"/g)].map((m) => m[1]);
      const own = anomalies.filter((a) => a.document === id).map((a) => `anomaly-${a.id.replace(/[^A-Za-z0-9_-]/g, '-')}`);
      expect(listed.sort(), id).toEqual(own.sort());
    }
  });

  it('counts anomalies on the data-quality overview by kind and by document, as the collection holds them', () => {
    const html = readFileSync(pagePath('/data-quality/'), 'utf8');
    const rows = [...html.matchAll(/<tr\b[^>]*>[\s\S]*?<\/tr>/g)].map((m) => m[0]);
    const count = (row: string): number => Number(/class="num">(\d+)处<\/td>\s*<\/tr>$/.exec(row)?.[1] ?? NaN);
    const tally = <K>(key: (a: Anomaly) => K): Map<K, number> => {
      const map = new Map<K, number>();
      // counted in places of the sources: an anomaly found in 27 places counts 27
      for (const a of anomalies) map.set(key(a), (map.get(key(a)) ?? 0) + a.occurrences.length);
      return map;
    };
    // by kind: one row per kind found, keeping the kind's anchor (/data-quality/#shifted-row)
    const byKind = new Map(
      rows.flatMap((r) => {
        const kind = /^<tr id="([a-z-]+)">/.exec(r)?.[1];
        return kind ? [[kind, count(r)] as const] : [];
      }),
    );
    expect(byKind).toEqual(tally((a) => a.kind));
    // by document: one row per document with anomalies, linking its page
    const byDocument = new Map(
      rows.flatMap((r) => {
        const id = /href="\/data-quality\/([^"]+)\/"/.exec(r)?.[1];
        return id ? [[id, count(r)] as const] : [];
      }),
    );
    expect(byDocument).toEqual(tally((a) => a.document));
    expect(html).toMatch(new RegExp(`<th scope="row"[^>]*>合计</th>\\s*<td class="num">${anomalies.reduce((n, a) => n + a.occurrences.length, 0)}处</td>`));
    // the overview lists no anomaly itself
    expect(html).not.toContain('class="anomaly-list"');
  });

  it('links each document page to its data-quality page when the document has anomalies', () => {
    const withAnomalies = new Set(anomalies.map((a) => a.document));
    for (const d of documents) {
      const html = readFileSync(pagePath(`/${d.id}/`), 'utf8');
      expect(html.includes(`href="/data-quality/${d.id}/"`), d.id).toBe(withAnomalies.has(d.id));
    }
  });

  it('shows the forms a leader or unit was printed in', () => {
    const leaderPage = pageText(readFileSync(pagePath('/heze/leaders/cao-lin/'), 'utf8'));
    expect(leaderPage).toContain('也写作');
    expect(leaderPage).toContain('曹临');
    const yc = units.find((u) => u.name === '郓城县人民政府');
    const unitPage = pageText(readFileSync(pagePath(`/heze/units/${yc?.slug}/`), 'utf8'));
    expect(unitPage).toContain('鄆城县人民政府');
    expect(unitPage).toContain('郟城县人民政府');
  });

  it('never publishes live markup from a cell', () => {
    for (const t of targets) {
      // the one script a reading page carries is the inline 长辈版 memory (tests/reading.build.test.ts)
      const html = withoutCareMemory(readFileSync(pagePath(`/${t.id}/`), 'utf8'));
      expect(html).not.toMatch(/<script(?![^>]*type="application\/ld\+json")/i);
      expect(html).not.toMatch(/\son[a-z]+=/i);
    }
  });

  it('gives each document that follows another of its place a change page and CSV whose rows account for both tables', () => {
    const html = readFileSync(pagePath('/heze/2023-h1/changes/'), 'utf8');
    const csv = csvParseRows(readFileSync(join(testDist, 'heze/2023-h1/changes.csv'), 'utf8').replace(/^\uFEFF/, '')).slice(1);
    const newer = targets.filter((t) => t.document === 'heze/2023-h1').map((t) => t.id);
    const older = targets.filter((t) => t.document === 'heze/2022-q3').map((t) => t.id);
    const after = new Set(csv.filter((c) => c[0] !== '未再列出').map((c) => c[4]));
    const before = new Set(csv.filter((c) => c[0] !== '新增').map((c) => c[1]));
    expect([...after].sort()).toEqual([...newer].sort());
    expect([...before].sort()).toEqual([...older].sort());
    // the older table publishes items 39–86 only: the page says what that means for “new”
    expect(pageText(html)).toContain(pageText('上一期表格只公开第39—86项（48项）'));
    // the document page links to it; the first document of a place has none
    expect(readFileSync(pagePath('/heze/2023-h1/'), 'utf8')).toContain('href="/heze/2023-h1/changes/"');
    expect(existsSync(pagePath('/heze/2021-h1/changes/'))).toBe(false);
  });

  it('writes an Atom feed per place, leader and unit, dated by the documents, with an entry per document that names them', () => {
    const leader = leaders.find((l) => l.id === 'heze/cao-lin') as Leader;
    const xml = readFileSync(join(testDist, 'heze/leaders/cao-lin/feed.xml'), 'utf8');
    const entries = [...xml.matchAll(/<entry>[\s\S]*?<\/entry>/g)].map((m) => m[0]);
    const documentsNamingHim = new Set(targets.filter((t) => leader.targetIds.includes(t.id)).map((t) => t.document));
    expect(entries).toHaveLength(documentsNamingHim.size);
    for (const e of entries) expect(e).toMatch(/<updated>20\d\d-\d\d-\d\dT00:00:00\+08:00<\/updated>/);
    const place = readFileSync(join(testDist, 'heze/feed.xml'), 'utf8');
    expect([...place.matchAll(/<entry>/g)]).toHaveLength(documents.filter((d) => d.jurisdiction === 'heze').length);
    const unit = units.find((u) => u.jurisdiction === 'heze') as Unit;
    expect(existsSync(join(testDist, unit.id.replace('/', '/units/'), 'feed.xml'))).toBe(true);
  });

  it('puts every target on the page of each topic the rules give it, and the rest under 未归类, linked from the target', () => {
    const heze = targets.filter((t) => t.jurisdiction === 'heze');
    const pageOf = new Map<string, string>();
    const on = (topic: string) => {
      if (!pageOf.has(topic)) pageOf.set(topic, readFileSync(pagePath(`/heze/topics/${topic}/`), 'utf8'));
      return pageOf.get(topic) ?? '';
    };
    for (const t of heze) {
      const topics = t.topics.length > 0 ? t.topics.map((x) => x.id) : ['unclassified'];
      for (const topic of topics) expect(on(topic), `${t.id} on ${topic}`).toContain(`href="/${t.id}/"`);
      expect(readFileSync(pagePath(`/${t.id}/`), 'utf8')).toContain(`href="/heze/topics/${topics[0]}/"`);
    }
    expect(heze.some((t) => t.topics.length === 0)).toBe(true);
  });
});
