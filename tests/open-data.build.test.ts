/**
 * The open-data capability in the built site: downloads, data package,
 * feed, sitemap, robots.txt, history and report links on the pages, and
 * embed views, all checked against the collections and the files in dist/.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { csvParse } from 'd3-dsv';
import { beforeAll, describe, expect, it } from 'vitest';
import { openReportFileSchema, openTargetsFileSchema } from '../src/schemas/open-data.ts';
import { type Leader, type SiteDocument, type Target, type Unit } from '../src/schemas/records.ts';
import { TARGET_COLUMNS } from '../src/lib/site/open-data.ts';
import { readCollections } from '../src/lib/model/load-files.ts';
import { TEST_SITE, testDist } from './test-site.ts';

const page = (path: string): string => readFileSync(join(testDist, path, 'index.html'), 'utf8');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    return e.isDirectory() ? files(path) : [path];
  });
}

/** The site's root URL (SITE_URL + base), as the build wrote it into the home page's canonical link. */
function siteRoot(): string {
  const m = /<link rel="canonical" href="([^"]+)"/.exec(page('/'));
  if (!m?.[1]) throw new Error('no canonical link on the home page');
  return m[1];
}

/** dist/ file for an absolute URL of this site, or null when the URL is elsewhere. */
function distFile(root: string, href: string): string | null {
  if (!href.startsWith(root)) return null;
  const path = decodeURIComponent(new URL(href).pathname).slice(new URL(root).pathname.length - 1);
  return join(testDist, path.endsWith('/') ? `${path}index.html` : path);
}

function readCsv(path: string): { bom: boolean; header: string[]; rows: Array<Record<string, string>> } {
  const bytes = readFileSync(path);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith('\uFEFF');
  const parsed = csvParse(bom ? text.slice(1) : text);
  return { bom, header: parsed.columns, rows: parsed.map((r) => ({ ...r })) };
}

const hrefs = (html: string): string[] => [...html.matchAll(/href="([^"]+)"/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));

describe('open data in the built site', () => {
  let documents: SiteDocument[];
  let targets: Target[];
  let leaders: Leader[];
  let units: Unit[];
  let root: string;
  let base: string;

  beforeAll(() => {
    const content = readCollections(TEST_SITE);
    documents = content.documents;
    targets = content.targets;
    leaders = content.leaders;
    units = content.units;
    root = siteRoot();
    base = new URL(root).pathname;
  });

  const assignments = (list: Target[]) => list.reduce((n, t) => n + t.assignments.length, 0);

  describe('targets.csv', () => {
    it('opens as UTF-8 with a byte-order mark and has exactly the promised columns', () => {
      const bytes = readFileSync(join(testDist, 'data/targets.csv'));
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const { bom, header } = readCsv(join(testDist, 'data/targets.csv'));
      expect(bom).toBe(true);
      expect(header).toEqual([...TARGET_COLUMNS]);
    });

    it('has one row per target × assignment, with unique ids', () => {
      const { rows } = readCsv(join(testDist, 'data/targets.csv'));
      expect(rows).toHaveLength(assignments(targets));
      expect(new Set(rows.map((r) => r['id'])).size).toBe(rows.length);
      expect(new Set(rows.map((r) => r['url'])).size).toBe(targets.length);
    });

    it('gives every row an absolute url that is a built page', () => {
      const { rows } = readCsv(join(testDist, 'data/targets.csv'));
      const missing = rows.filter((r) => {
        const f = distFile(root, r['url'] ?? '');
        return f === null || !existsSync(f);
      });
      expect(missing.map((r) => r['url'])).toEqual([]);
    });

    it('writes status codes, ISO deadlines, ；-joined units and no cell a spreadsheet would run', () => {
      const { rows } = readCsv(join(testDist, 'data/targets.csv'));
      for (const r of rows) {
        expect(['on_plan', 'behind', 'not_applicable', 'not_reported']).toContain(r['status']);
        expect(r['deadline'] === '' || /^\d{4}-\d{2}-\d{2}$/.test(r['deadline'] ?? '')).toBe(true);
        for (const cell of Object.values(r)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }
      const t = targets.find((x) => x.assignments.some((a) => a.units.length > 2))!;
      const a = t.assignments.find((x) => x.units.length > 2)!;
      expect(rows.find((r) => r['id'] === `${t.id}#${a.index}`)?.['units']).toBe(a.units.map((u) => u.name).join('；'));
    });
  });

  describe('per-document, per-leader and per-unit downloads', () => {
    it('has a CSV and a JSON for every document, with the rows and targets that document holds', () => {
      for (const d of documents) {
        const own = targets.filter((t) => t.document === d.id);
        const csv = readCsv(join(testDist, `data/${d.id}.csv`));
        expect(csv.bom).toBe(true);
        if (d.kind === 'report') {
          const report = openReportFileSchema.parse(JSON.parse(readFileSync(join(testDist, `data/${d.id}.json`), 'utf8')));
          expect(report.passages.map((p) => p.anchor)).toEqual(d.passages.map((p) => p.anchor));
          continue;
        }
        expect(csv.rows).toHaveLength(assignments(own));
        const json = openTargetsFileSchema.parse(JSON.parse(readFileSync(join(testDist, `data/${d.id}.json`), 'utf8')));
        expect(json.targets.map((t) => t.id).sort()).toEqual(own.map((t) => t.id).sort());
      }
    });

    it('has a CSV for every leader and unit with exactly the assignments that name them', () => {
      for (const l of leaders) {
        const { rows } = readCsv(join(testDist, `data/${l.jurisdiction}/leaders/${l.slug}.csv`));
        const expected = targets.flatMap((t) => t.assignments.filter((a) => a.people.some((p) => p.id === l.id)));
        expect(rows).toHaveLength(expected.length);
      }
      for (const u of units) {
        const { rows } = readCsv(join(testDist, `data/${u.jurisdiction}/units/${u.slug}.csv`));
        const expected = targets.flatMap((t) => t.assignments.filter((a) => a.units.some((x) => x.id === u.id)));
        expect(rows).toHaveLength(expected.length);
      }
    });

    it('links each document, leader and unit page to the download of what it shows', () => {
      const linksTo = (html: string, file: string) => hrefs(html).includes(`${base}data/${file}`);
      for (const d of documents) expect(linksTo(page(`/${d.id}/`), `${d.id}.csv`), d.id).toBe(true);
      for (const l of leaders) expect(linksTo(page(`/${l.jurisdiction}/leaders/${l.slug}/`), `${l.jurisdiction}/leaders/${l.slug}.csv`), l.id).toBe(true);
      for (const u of units) expect(linksTo(page(`/${u.jurisdiction}/units/${u.slug}/`), `${u.jurisdiction}/units/${u.slug}.csv`), u.id).toBe(true);
    });
  });

  describe('targets.json', () => {
    it('holds every target with its assignments, and every url is a built page', () => {
      const file = openTargetsFileSchema.parse(JSON.parse(readFileSync(join(testDist, 'data/targets.json'), 'utf8')));
      expect(file.targets).toHaveLength(targets.length);
      expect(file.documents).toHaveLength(documents.length);
      expect(file.targets.reduce((n, t) => n + t.assignments.length, 0)).toBe(assignments(targets));
      const urls = file.targets.flatMap((t) => [
        t.url,
        ...t.history.map((h) => h.url),
        ...t.assignments.flatMap((a) => [...a.people.map((p) => p.url), ...a.units.map((u) => u.url)]),
        ...(t.reportSource ? [t.reportSource.url.replace(/#.*$/, '')] : []),
      ]);
      expect([...new Set(urls)].filter((u) => !existsSync(distFile(root, u) ?? ''))).toEqual([]);
    });
  });

  describe('datapackage.json', () => {
    type Resource = { name: string; path: string; bytes: number; hash: string; format: string; schema?: string };

    it('describes every file under /data/, with its true size and SHA-256', () => {
      const pkg = JSON.parse(readFileSync(join(testDist, 'data/datapackage.json'), 'utf8')) as { resources: Resource[] };
      const described = new Set(pkg.resources.map((r) => r.path));
      const onDisk = files(join(testDist, 'data'))
        .map((f) => relative(join(testDist, 'data'), f))
        .filter((f) => f !== 'datapackage.json' && f !== 'index.html');
      expect(onDisk.filter((f) => !described.has(f))).toEqual([]);
      for (const r of pkg.resources) {
        const bytes = readFileSync(join(join(testDist, 'data'), r.path));
        expect(bytes.length, r.path).toBe(r.bytes);
        expect(`sha256:${createHash('sha256').update(bytes).digest('hex')}`, r.path).toBe(r.hash);
        expect(r.name).toMatch(/^[-a-z0-9._/]+$/);
      }
      expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    });

    it('describes every column of every CSV in the Table Schema it points to', () => {
      const pkg = JSON.parse(readFileSync(join(testDist, 'data/datapackage.json'), 'utf8')) as { resources: Resource[] };
      for (const r of pkg.resources.filter((x) => x.format === 'csv')) {
        expect(r.schema, r.path).toBeDefined();
        const schema = JSON.parse(readFileSync(join(join(testDist, 'data'), r.schema ?? ''), 'utf8')) as { fields: Array<{ name: string; title: string }> };
        expect(readCsv(join(join(testDist, 'data'), r.path)).header, r.path).toEqual(schema.fields.map((f) => f.name));
        expect(schema.fields.every((f) => f.title.length > 0)).toBe(true);
      }
    });
  });

  describe('feed, sitemap, robots.txt', () => {
    it('has one Atom entry per document, newest first, each linking to its page', () => {
      const xml = readFileSync(join(testDist, 'feed.xml'), 'utf8');
      const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? '');
      expect(entries).toHaveLength(documents.length);
      const ids = entries.map((e) => /<id>([^<]+)<\/id>/.exec(e)?.[1] ?? '');
      expect(ids.map((id) => distFile(root, id)).every((f) => f !== null && existsSync(f))).toBe(true);
      const years = ids.map((id) => Number(/\/(\d{4})-/.exec(id)?.[1]));
      expect(years).toEqual([...years].sort((a, b) => b - a));
      for (const e of entries) expect(e).toMatch(/<updated>\d{4}-\d{2}-\d{2}T[^<]+<\/updated>/);
      // a date of the document's own, stable from build to build: the Heze tables carry none, so the day reported to
      const q3 = entries.find((e) => e.includes('/heze/2022-q3/</id>'));
      expect(q3).toContain('<updated>2022-09-30T00:00:00+08:00</updated>');
      const notice = entries.find((e) => e.includes('/yanzhou/2021-plan/</id>'));
      expect(notice).toContain('<updated>2021-01-21T00:00:00+08:00</updated>');
    });

    it('is announced on every page but the embed views', () => {
      const pages = files(testDist).filter((f) => f.endsWith('.html') && !f.includes('/pagefind/') && !f.startsWith(join(testDist, 'embed') + '/'));
      const without = pages.filter((f) => !readFileSync(f, 'utf8').includes(`<link rel="alternate" type="application/atom+xml"`));
      expect(without).toEqual([]);
    });

    it('lists every page but the embed views in the sitemap, every target page included', () => {
      expect(readFileSync(join(testDist, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
      const locs = new Set(
        files(testDist)
          .filter((f) => /^sitemap-\d+\.xml$/.test(relative(testDist, f)))
          .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '')),
      );
      for (const t of targets) expect(locs.has(new URL(`${t.id}/`, root).href), t.id).toBe(true);
      const pages = files(testDist).filter((f) => f.endsWith('index.html') && !f.startsWith(join(testDist, 'embed') + '/') && !f.includes('/pagefind/'));
      const unlisted = pages.filter((f) => !locs.has(new URL(relative(testDist, f).replace(/index\.html$/, ''), root).href));
      expect(unlisted).toEqual([]);
      expect([...locs].some((l) => l.includes('/embed/'))).toBe(false);
    });

    it('points crawlers at the sitemap from robots.txt', () => {
      expect(readFileSync(join(testDist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('sitemap-index.xml', root).href}`);
    });
  });

  describe('history across periods on target pages', () => {
    const historyLinks = (id: string): string[] => {
      const html = page(`/${id}/`);
      const start = html.indexOf('id="history"');
      if (start < 0) return [];
      const section = html.slice(start, html.indexOf('</section>', start));
      return hrefs(section).map((h) => h.slice(base.length).replace(/\/$/, ''));
    };

    it('links 托位 (2022 Q3 #78 ↔ 2023 H1 #88) and 5G 基站 (2022 Q3 #58 ↔ 2023 H1 #86) both ways', () => {
      expect(historyLinks('heze/2022-q3/78')).toContain('heze/2023-h1/88');
      expect(historyLinks('heze/2023-h1/88')).toContain('heze/2022-q3/78');
      expect(historyLinks('heze/2022-q3/58')).toContain('heze/2023-h1/86');
      expect(historyLinks('heze/2023-h1/86')).toContain('heze/2022-q3/58');
    });

    it('shows the status each linked target had then', () => {
      const html = page('/heze/2023-h1/88/');
      const section = html.slice(html.indexOf('id="history"'));
      expect(section.slice(0, section.indexOf('</section>'))).toMatch(/status-on_plan/);
    });

    it('links back from every target it links to', () => {
      const oneWay: string[] = [];
      for (const t of targets) {
        for (const other of historyLinks(t.id)) if (!historyLinks(other).includes(t.id)) oneWay.push(`${t.id} → ${other}`);
      }
      expect(oneWay).toEqual([]);
    });
  });

  describe('where 2023 H1 targets came from', () => {
    const provenanceHref = (id: string): string | undefined => {
      const html = page(`/${id}/`);
      const start = html.indexOf('id="provenance"');
      return hrefs(html.slice(start, html.indexOf('</section>', start))).find((h) => h.includes('2023-report'));
    };

    it('links GDP (#6), 托位 (#88) and 雄商高铁 (#146) to the report passages that set them', () => {
      expect(provenanceHref('heze/2023-h1/6')).toBe(`${base}heze/2023-report/#s2-3`);
      expect(provenanceHref('heze/2023-h1/88')).toBe(`${base}heze/2023-report/#s3-8`);
      expect(provenanceHref('heze/2023-h1/146')).toBe(`${base}heze/2023-report/#s3-5`);
    });

    it('shows, beside each report passage, the targets that track it', () => {
      const html = page('/heze/2023-report/');
      const after = (anchor: string) => {
        const start = html.indexOf(`id="${anchor}"`);
        const next = html.indexOf('class="report-passage"', start);
        return html.slice(start, next < 0 ? undefined : next);
      };
      expect(after('s3-8')).toContain(`href="${base}heze/2023-h1/88/"`);
      expect(after('s2-3')).toContain(`href="${base}heze/2023-h1/6/"`);
      expect(after('s3-5')).toContain(`href="${base}heze/2023-h1/146/"`);
    });

    it('lists the report’s commitments that no target tracks, each linked to its passage', () => {
      const html = page('/heze/2023-report/');
      const start = html.indexOf('id="untracked"');
      expect(start).toBeGreaterThan(0);
      const section = html.slice(start, html.indexOf('</section>', start));
      expect(section).toMatch(/href="#s\d+-\d+"/);
      // a sentence every 2023 H1 target leaves alone is listed; one a target tracks is not
      expect(section).toContain('加大政务公开力度,保障公众知情权监督权。');
      expect(section).not.toContain('新增 3 岁以下婴幼儿照护服务床位 1 万个');
    });
  });

  describe('embed views', () => {
    it('has a minimal page for every target, with its permalink, not indexed, without script or site chrome', () => {
      for (const t of targets) {
        const html = page(`/embed/${t.id}/`);
        const permalink = new URL(`${t.id}/`, root).href;
        expect(html).toContain(`<link rel="canonical" href="${permalink}"`);
        expect(html).toContain(`href="${permalink}"`);
        expect(html).toContain('<meta name="robots" content="noindex"');
        expect(html).not.toMatch(/<script|<nav|<header/i);
      }
    });

    it('offers the iframe code on the target page', () => {
      expect(page('/heze/2023-h1/88/')).toContain(`&lt;iframe src=&quot;${new URL('embed/heze/2023-h1/88/', root).href}&quot;`);
    });
  });
});
