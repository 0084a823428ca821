/**
 * The same document in every format reads the same: the real 2022 Q3 table
 * as a saved portal page, an Excel workbook, a Word document and CSV (UTF-8
 * and GB18030), the 民生实事 table as its portal's page and as a workbook, the
 * notice as a Word document — each compared with the tab-separated seed,
 * target for target: text, people and roles, units and roles, deadline,
 * status, progress, figures, row kinds and gaps. Only where a file's reading
 * is the file's own (its positions, how it says a cell was merged) may differ.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../schemas/records.ts';
import { readReviewedFiles } from './run.ts';
import { FIXTURE_SITE } from '../../../tests/test-site.ts';
import { ingest, type SeedFile } from './index.ts';
import { readSeed } from './read/index.ts';

const reviewed = readReviewedFiles(FIXTURE_SITE);

async function read(path: string, as: string, sidecar: SeedFile['sidecar'] = null) {
  const { source, encoding } = await readSeed(readFileSync(path), as);
  return ingest({ ...reviewed, seeds: [{ path: as, source, sha256: '', encoding, sidecar }] });
}

/**
 * A target as the site shows it, without where in the file each part was
 * printed. A heading's runs of spaces are squeezed: HTML and the office
 * suites show 备  注 as 备 注, the text file prints it as typed.
 */
function shown(t: Target) {
  return {
    id: t.id,
    number: t.number,
    key: t.key,
    text: t.text,
    section: t.section,
    deadline: t.deadline,
    rows: t.assignments.map((a) => ({
      kind: a.kind,
      text: a.targetText,
      people: a.people.map((p) => [p.name, p.role, p.from]),
      units: a.units.map((u) => [u.name, u.role, u.label?.replace(/\s+/g, ' ')]),
      deadline: a.deadline,
      status: a.status,
      progress: a.progress,
      figures: a.figures,
      note: a.note,
      cells: a.cells,
      gaps: a.gaps,
    })),
  };
}

const seed = (name: string) => join(FIXTURE_SITE, 'seeds', name);
const fixture = (name: string) => join(FIXTURE_SITE, '../formats', name);

describe('one progress table in five formats (菏泽 2022 第三季度)', async () => {
  const tsv = await read(seed('001_a47f820a42ac65b8.txt'), 'seeds/q3.txt');

  it.each(['heze-2022-q3.html', 'heze-2022-q3.xlsx', 'heze-2022-q3.docx', 'heze-2022-q3.csv', 'heze-2022-q3-gbk.csv'])('%s reads as the tab-separated seed, target for target', async (name) => {
    const other = await read(fixture(name), `seeds/${name}`);
    expect(other.documents[0]).toMatchObject({ id: 'heze/2022-q3', title: tsv.documents[0]?.title, targetCount: 48 });
    expect(other.targets.map(shown)).toEqual(tsv.targets.map(shown));
    expect(other.leaders.map((l) => [l.id, l.targetIds])).toEqual(tsv.leaders.map((l) => [l.id, l.targetIds]));
    expect(other.units.map((u) => [u.id, u.targetIds])).toEqual(tsv.units.map((u) => [u.id, u.targetIds]));
  });

  it('says where each row is in the file, in the file’s own terms', async () => {
    const [xlsx, docx] = await Promise.all([read(fixture('heze-2022-q3.xlsx'), 'seeds/q3.xlsx'), read(fixture('heze-2022-q3.docx'), 'seeds/q3.docx')]);
    const row = (c: Awaited<ReturnType<typeof read>>) => c.targets.find((t) => t.number === 41)?.assignments[1]?.source;
    expect(row(xlsx)).toEqual({ file: 'seeds/q3.xlsx', line: expect.any(Number), at: 'Sheet1!A6' });
    expect(row(docx)).toEqual({ file: 'seeds/q3.docx', line: expect.any(Number), at: 'table 1 row 5' });
  });
});

describe('a 民生实事 table with merged 序号 and 备注 (岳阳), the saved page and the workbook', async () => {
  const tsv = await read(seed('yueyang_msss_m1-11_table.txt'), 'seeds/yueyang.txt', { year: 2018 });

  it('reads the page with its merges as the browser copy reads, target for target', async () => {
    const html = await read(fixture('yueyang-msss.html'), 'seeds/yueyang.html', { year: 2018 });
    expect(html.targets.map(shown)).toEqual(tsv.targets.map(shown));
  });

  it('reads the workbook the same, but for a number the workbook stores as a number (171.70 typed, 171.7 shown)', async () => {
    const xlsx = await read(fixture('yueyang-msss.xlsx'), 'seeds/yueyang.xlsx', { year: 2018 });
    const differ = xlsx.targets.flatMap((t, i) =>
      t.assignments.flatMap((a, j) => {
        const before = tsv.targets[i]?.assignments[j];
        return JSON.stringify(shown({ ...t, assignments: [a] })) === JSON.stringify(shown({ ...t, assignments: before ? [before] : [] }))
          ? []
          : [[t.number, j + 1, before?.figures?.reached, a.figures?.reached]];
      }),
    );
    expect(differ).toEqual([[2, 2, '171.70', '171.7']]);
  });
});

describe('a notice in paragraphs (兖州), as a Word document', () => {
  it('reads as the text, task for task', async () => {
    const [txt, docx] = await Promise.all([read(seed('004_4ed748fdf1ac17b6.txt'), 'seeds/notice.txt'), read(fixture('yanzhou-2021-notice.docx'), 'seeds/notice.docx')]);
    expect(docx.documents[0]).toMatchObject({ id: 'yanzhou/2021-plan', title: txt.documents[0]?.title, docNumber: '济兖政发〔2021〕1号', textDate: '2021-01-21', format: 'docx' });
    expect(docx.targets.map(shown)).toEqual(txt.targets.map(shown));
  });
});
