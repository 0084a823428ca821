/**
 * Another place starts its own site, following the README's “Starting a site
 * for another place” to the letter in a copy of the project: the sample
 * documents out, its one place in jurisdictions.json, the Heze alias and link
 * decisions emptied, and its document added as the Excel file its office
 * keeps (岳阳's 民生实事 table, merged cells and all). The build must pass and
 * publish that place alone, target for target what the same table gives as
 * text.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteCollections } from '../src/lib/model/site-model.ts';
import { readCollections } from '../src/lib/model/load-files.ts';
import { statusLabel, strings } from '../src/i18n/zh-CN.ts';
import { copyProject, type ProjectCopy } from './project-copy.ts';
import { fixture } from './fixture-collections.ts';

const FORMATS = 'tests/fixtures/formats';

describe('a site for another place, from an Excel file', () => {
  let copy: ProjectCopy;
  let content: SiteCollections;
  let dist: string;
  const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

  beforeAll(() => {
    copy = copyProject('yueyang-site');
    const seeds = join(copy.dir, 'seeds');
    // step 2: empty seeds/ of the sample documents
    for (const f of readdirSync(seeds)) if (f.endsWith('.txt') || f.endsWith('.meta.json')) rmSync(join(seeds, f));
    writeFileSync(join(seeds, 'jurisdictions.json'), JSON.stringify({ jurisdictions: [{ id: 'yueyang', name: '岳阳市' }] }));
    const aliases = JSON.parse(readFileSync(join(seeds, 'aliases.json'), 'utf8'));
    writeFileSync(join(seeds, 'aliases.json'), JSON.stringify({ ...aliases, jurisdictions: {}, slugs: {} }, null, 2));
    writeFileSync(join(seeds, 'links.json'), JSON.stringify({ history: [], provenance: [] }));
    // step 3: the document, as the office keeps it, with its sidecar
    cpSync(join(FORMATS, 'yueyang-msss.xlsx'), join(seeds, 'yueyang-msss.xlsx'));
    cpSync('tests/fixtures/site/seeds/yueyang_msss_m1-11_table.meta.json', join(seeds, 'yueyang-msss.meta.json'));
    const built = copy.build();
    if (built.status !== 0) throw new Error(`the other place's build failed:\n${built.output.slice(-3000)}`);
    dist = join(copy.dir, 'dist');
    content = readCollections(copy.dir);
  });

  afterAll(() => copy?.remove());

  it('publishes that place alone, with nothing left of the sample site', () => {
    expect(content.jurisdictions.map((j) => j.id)).toEqual(['yueyang']);
    expect(content.documents.map((d) => d.format)).toEqual(['xlsx']);
    expect(existsSync(join(dist, 'heze'))).toBe(false);
    expect(existsSync(join(dist, 'yanzhou'))).toBe(false);
    const home = html('');
    expect(home).toContain('岳阳市');
    expect(home).not.toContain('菏泽');
  });

  // figures are compared in src/lib/ingest/formats.test.ts (the workbook stores 171.70 as the number 171.7)
  it('reads the Excel file target for target as the text copy of the same table', () => {
    const text = fixture.targets.filter((t) => t.jurisdiction === 'yueyang');
    expect(text.length).toBeGreaterThan(10);
    const strip = (ts: typeof text) =>
      ts.map((t) => ({
        number: t.printedNumber,
        text: t.text.text,
        assignments: t.assignments.map((a) => ({ units: a.units.map((u) => [u.role, u.name]), progress: a.progress?.text ?? null })),
      }));
    expect(strip(content.targets)).toEqual(strip(text));
  });

  it('gives every target its page, and the document page links each one', () => {
    const doc = content.documents[0];
    if (!doc) throw new Error('no document');
    const page = html(doc.id);
    for (const t of content.targets) {
      expect(existsSync(join(dist, t.id, 'index.html')), t.id).toBe(true);
      expect(page).toContain(`href="/${t.id}/"`);
    }
    // the sidecar's note says on the page why the year is declared
    expect(page).toContain('湖南省2018年重点民生实事项目');
    // a table of figures prints no 是否按计划: the page says so, rather than counting 12 × 未报告
    const summary = /<section aria-labelledby="status-summary">[\s\S]*?<\/section>/.exec(page)?.[0] ?? '';
    expect(summary).toContain(strings.docNoStatusPrinted);
    expect(summary).not.toContain(statusLabel('not_reported'));
  });
});
