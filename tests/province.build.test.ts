/**
 * A province's worth of places: the synthetic corpus at scale 8 (eight
 * jurisdictions, 24 progress tables; src/lib/synth) built whole in a copy of
 * the project. What grows with the province must stay bounded: the header
 * names only the page's own place, the home page lists the newest documents
 * and one bar per place, and no page passes the 200 KiB budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteCollections } from '../src/lib/model/site-model.ts';
import { readCollections } from '../src/lib/model/load-files.ts';
import { homeMoreDocuments, strings } from '../src/i18n/zh-CN.ts';
import { HOME_LATEST_DOCUMENTS } from '../src/lib/site/province.ts';
import { writeCorpus } from '../src/lib/synth/write-corpus.ts';
import { siteFiles } from '../src/lib/build/files.ts';
import { copyProject, type ProjectCopy } from './project-copy.ts';

const SCALE = 8;

describe('a province-sized site', () => {
  let copy: ProjectCopy;
  let dist: string;
  let content: SiteCollections;
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  beforeAll(() => {
    copy = copyProject('province');
    writeCorpus({ scale: SCALE, seed: 1, from: 'seeds', out: join(copy.dir, 'seeds') });
    const built = copy.build();
    if (built.status !== 0) throw new Error(`province build failed:\n${built.output.slice(-3000)}`);
    dist = join(copy.dir, 'dist');
    content = readCollections(copy.dir);
  });

  afterAll(() => copy?.remove());

  it('names in the header only the page’s own place and links the full list', () => {
    const target = content.targets[0];
    if (!target) throw new Error('no target in the province');
    const nav = /<nav class="site-nav"[\s\S]*?<\/nav>/.exec(html(target.id))?.[0] ?? '';
    const links = [...nav.matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['/', `/${target.jurisdiction}/`, '/#jurisdictions', '/data-quality/']);
    expect(nav).toContain(strings.navAllJurisdictions);
    expect(html('')).toContain('id="jurisdictions"');
  });

  it('lists the newest documents on the home page and says where the rest are', () => {
    const progress = content.documents.filter((d) => d.kind === 'progress');
    expect(progress.length).toBeGreaterThan(HOME_LATEST_DOCUMENTS);
    const home = html('');
    const listed = progress.filter((d) => home.includes(`href="/${d.id}/"`));
    expect(listed).toHaveLength(HOME_LATEST_DOCUMENTS);
    const newest = [...progress].sort((a, b) => b.year - a.year)[0];
    expect(listed.map((d) => d.id)).toContain(newest?.id);
    expect(home).toContain(homeMoreDocuments(HOME_LATEST_DOCUMENTS, progress.length));
  });

  it('draws one bar per place on the home page instead of a line and a matrix per place', () => {
    const home = html('');
    expect(home).toContain('charts/latest.svg');
    expect(home).not.toContain('charts/share.svg');
    expect(home).not.toMatch(/charts\/leaders-[a-z-]+\.svg/);
  });

  it('keeps every page under 200 KiB gzipped', () => {
    const sizes = siteFiles(dist, 'index.html').map((p) => ({ p, gz: gzipSync(readFileSync(p)).length }));
    const largest = sizes.reduce((a, b) => (b.gz > a.gz ? b : a));
    expect(sizes.length).toBeGreaterThan(5000);
    expect(largest.gz, largest.p).toBeLessThan(200 * 1024);
  });
});
