/**
 * Incremental builds (issue 13): a site built, then changed the ways a
 * portal changes it — a new document (a new period of one place), one cell
 * edited, an alias changed, the portal's identity edited, a document
 * deleted — and rebuilt with Astro's
 * incremental build is byte-identical to a clean build of the same input,
 * and the log says how many files were rendered and how many reused.
 *
 * Then the cache is broken each way it can break — dist/ deleted, a
 * manifest that is not the one the last build left, a stamp from another
 * Astro version, a cached page changed, a build killed half-way — and the
 * next build still makes exactly the clean site: it renders what it cannot
 * trust, and never restores a stale page.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './project-copy.ts';
import { buildEnv } from './dist.ts';
import { FIXTURE_SITE } from './test-site.ts';
import { ASTRO_CACHE, readRenderCounts } from '../src/lib/build/render-cache.ts';
import { withoutDocument } from '../src/lib/model/links.ts';
import type { LinkFile } from '../src/schemas/seeds.ts';

const EPOCH = { SOURCE_DATE_EPOCH: '1700000000', INGEST_FORCE: '' };
/** 菏泽 2023 上半年: the newest period of one place */
const NEWEST = { seed: '002_d77621546935b0d7.txt', document: 'heze/2023-h1' };
/** 菏泽 2021 上半年: the oldest */
const OLDEST = { seed: '000_7009f1592a7ab6e1.txt', document: 'heze/2021-h1' };
/** a progress cell of 2023 H1 #88, as published */
const CELL = '上半年，新增 3 岁以下婴幼儿照护服务托位 10587 个';

let inc: ProjectCopy;
let clean: ProjectCopy;

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

interface Built {
  output: string;
  rendered: number;
  reused: number;
}

function build(copy: ProjectCopy): Built {
  const r = copy.build(EPOCH);
  expect(r.status, r.output).toBe(0);
  const counts = readRenderCounts(r.output);
  expect(counts, r.output.slice(-2000)).not.toBeNull();
  return { output: r.output, rendered: counts?.rendered ?? 0, reused: counts?.reused ?? 0 };
}

/** A build with nothing left of any earlier one: no Astro cache, no content, no search index cache, no dist. */
function cleanBuild(): Built {
  for (const dir of [ASTRO_CACHE, 'dist', 'content', '.cache', '.dist-replaced']) rmSync(join(clean.dir, dir), { recursive: true, force: true });
  return build(clean);
}

/** Every file of the two sites, by path and bytes. */
function expectSameSite(a: string, b: string): void {
  const files = listFiles(join(a, 'dist'));
  expect(files.length).toBeGreaterThan(500);
  expect(listFiles(join(b, 'dist'))).toEqual(files);
  const differing = files.filter((f) => !readFileSync(join(a, 'dist', f)).equals(readFileSync(join(b, 'dist', f))));
  expect(differing).toEqual([]);
}

/** The same change to the seeds of both copies. */
function change(edit: (seeds: string) => void): void {
  for (const copy of [inc, clean]) edit(join(copy.dir, 'seeds'));
}

const seedText = (seeds: string, name: string): string => readFileSync(join(seeds, name), 'utf8');

/** seeds/links.json without the reviewed links that name a document's targets (deleting a document deletes them too). */
function linksWithout(document: string): string {
  const file = JSON.parse(readFileSync(join(FIXTURE_SITE, 'seeds/links.json'), 'utf8')) as LinkFile;
  return `${JSON.stringify(withoutDocument(file, document), null, 2)}\n`;
}

beforeAll(() => {
  inc = copyProject('incremental');
  clean = copyProject('clean');
  // the site before its newest table was published
  change((seeds) => {
    unlinkSync(join(seeds, NEWEST.seed));
    writeFileSync(join(seeds, 'links.json'), linksWithout(NEWEST.document));
  });
  build(inc);
}, 300_000);

afterAll(() => {
  inc?.remove();
  clean?.remove();
});

describe('incremental builds make the clean site', () => {
  it('adds a document: a new period of one place', () => {
    change((seeds) => {
      writeFileSync(join(seeds, NEWEST.seed), readFileSync(join(FIXTURE_SITE, 'seeds', NEWEST.seed)));
      writeFileSync(join(seeds, 'links.json'), readFileSync(join(FIXTURE_SITE, 'seeds/links.json')));
    });
    const b = build(inc);
    cleanBuild();
    expectSameSite(inc.dir, clean.dir);
    expect(existsSync(join(inc.dir, 'dist', NEWEST.document, '88/index.html'))).toBe(true);
    // the other place's pages and the older tables' targets not linked to the new one are reused
    expect(b.reused).toBeGreaterThan(300);
    expect(b.rendered).toBeGreaterThan(400);
  }, 300_000);

  it('edits one cell', () => {
    change((seeds) => {
      const text = seedText(seeds, NEWEST.seed);
      expect(text).toContain(CELL);
      writeFileSync(join(seeds, NEWEST.seed), text.replace(CELL, `${CELL}，完成全年任务的105.87%`));
    });
    const b = build(inc);
    cleanBuild();
    expectSameSite(inc.dir, clean.dir);
    expect(readFileSync(join(inc.dir, 'dist', NEWEST.document, '88/index.html'), 'utf8')).toContain('完成全年任务的105.87%');
    // the edited document's pages show its SHA-256, so they change; the rest of the site is reused
    expect(b.reused).toBeGreaterThan(b.rendered);
  }, 300_000);

  it('changes an alias', () => {
    change((seeds) => {
      const aliases = JSON.parse(seedText(seeds, 'aliases.json')) as { jurisdictions: Record<string, { units: { name: string }[] }> };
      const heze = aliases.jurisdictions['heze'];
      expect(heze?.units.some((u) => u.name === '市应急管理局')).toBe(true);
      if (heze) heze.units = heze.units.filter((u) => u.name !== '市应急管理局');
      writeFileSync(join(seeds, 'aliases.json'), `${JSON.stringify(aliases, null, 2)}\n`);
    });
    const b = build(inc);
    cleanBuild();
    expectSameSite(inc.dir, clean.dir);
    expect(b.reused).toBeGreaterThan(b.rendered);
  }, 300_000);

  it('changes the portal’s identity (src/portal.json): every page’s header and footer', () => {
    const portal = readFileSync(join(process.cwd(), 'tests/fixtures/portal.full.json'));
    for (const copy of [inc, clean]) writeFileSync(join(copy.dir, 'src/portal.json'), portal);
    const b = build(inc);
    cleanBuild();
    expectSameSite(inc.dir, clean.dir);
    expect(readFileSync(join(inc.dir, 'dist', NEWEST.document, '88/index.html'), 'utf8')).toContain('示例市人民政府办公室');
    // the portal is in the view model of every page with the site's header and footer: each is rendered again;
    // embeds (no footer) and data files are reused
    const framed = listFiles(join(inc.dir, 'dist')).filter((f) => f.endsWith('.html') && !f.startsWith('embed/')).length;
    expect(b.rendered).toBeGreaterThanOrEqual(framed);
    expect(b.reused).toBeGreaterThan(300);
  }, 300_000);

  it('deletes a document', () => {
    change((seeds) => {
      unlinkSync(join(seeds, OLDEST.seed));
      writeFileSync(join(seeds, 'links.json'), linksWithout(OLDEST.document));
    });
    const b = build(inc);
    cleanBuild();
    expectSameSite(inc.dir, clean.dir);
    expect(existsSync(join(inc.dir, 'dist', OLDEST.document))).toBe(false);
    expect(b.reused).toBeGreaterThan(0);
  }, 300_000);
});

describe('a broken cache never yields a stale page', () => {
  const cache = (...parts: string[]) => join(inc.dir, ASTRO_CACHE, ...parts);
  const page = `${NEWEST.document}/88/index.html`;

  it('dist/ deleted: pages are restored from the cache, the site is the clean one', () => {
    rmSync(join(inc.dir, 'dist'), { recursive: true, force: true });
    const b = build(inc);
    expect(b.reused).toBeGreaterThan(b.rendered);
    expectSameSite(inc.dir, clean.dir);
  }, 300_000);

  it('a manifest from another Astro version: every page is rendered', () => {
    const manifest = JSON.parse(readFileSync(cache('incremental-build.json'), 'utf8')) as { version: number };
    writeFileSync(cache('incremental-build.json'), JSON.stringify({ ...manifest, version: manifest.version + 1 }));
    const b = build(inc);
    expectSameSite(inc.dir, clean.dir);
    expect(b.reused).toBe(0);
  }, 300_000);

  it('a cache stamped by another Astro version: every page is rendered', () => {
    const stamp = JSON.parse(readFileSync(cache('render-cache-stamp.json'), 'utf8')) as { astro: string };
    writeFileSync(cache('render-cache-stamp.json'), JSON.stringify({ ...stamp, astro: '6.0.0' }));
    const b = build(inc);
    expectSameSite(inc.dir, clean.dir);
    expect(b.output).toContain('the cache is from Astro 6.0.0');
    expect(b.reused).toBe(0);
  }, 300_000);

  it('a cached page changed: that page is rendered again, the rest reused', () => {
    writeFileSync(cache('dist', page), '<!doctype html><title>stale</title>');
    const b = build(inc);
    expectSameSite(inc.dir, clean.dir);
    expect(b.output).toContain('1 cached page(s) changed since the last build');
    expect(b.rendered).toBeLessThan(50);
  }, 300_000);

  it('a build killed half-way: the next build renders every page', async () => {
    // change a cell, start the build and kill it once Astro has rendered pages of that
    // document (their cached copies already overwritten, the manifest not yet), then
    // undo the change: the old manifest's keys match again, and the copies are stale
    const file = join(inc.dir, 'seeds', NEWEST.seed);
    const before = readFileSync(file, 'utf8');
    expect(before).toContain(CELL);
    writeFileSync(file, before.replace(CELL, `${CELL}（改）`));
    const child = spawn('npm', ['run', 'build'], { cwd: inc.dir, env: buildEnv(EPOCH), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        log += chunk.toString('utf8');
        const renderedHere = log.split('\n').filter((l) => l.includes(`/${NEWEST.document}/`) && /\(\+\d/.test(l)).length;
        if (renderedHere >= 20 && child.pid) {
          process.kill(-child.pid, 'SIGKILL');
        }
      });
      child.on('close', () => resolve());
    });
    expect(log).toContain('generating static routes');
    expect(log).not.toContain('build: ingest');
    writeFileSync(file, before);
    const b = build(inc);
    expectSameSite(inc.dir, clean.dir);
    expect(b.output).toContain('the previous build did not finish');
    expect(b.reused).toBe(0);
  }, 300_000);
});
