/** The download writers on the real seeds: CSV encoding and safety, rows, JSON shape, data package. */
import { createHash } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { openReportFileSchema, openTargetsFileSchema } from '../../schemas/open-data.ts';
import { fixture, fixtureLinks } from '../../../tests/fixture-collections.ts';
import { indexLinks, linkTargets } from '../model/links.ts';
import { namesPerson } from '../model/assignment.ts';
import {
  BOM,
  COMMITMENT_COLUMNS,
  TARGET_COLUMNS,
  commitmentRows,
  dataPackage,
  formulaSafe,
  reportFile,
  resourceName,
  tableSchema,
  targetRows,
  targetsFile,
  toCsv,
  type OpenDataContext,
} from './open-data.ts';

const c = fixture;
const links = linkTargets(c.targets, c.documents, fixtureLinks);
const origin = 'https://example.gov.cn/gk/';
const ctx: OpenDataContext = {
  title: 't',
  built: '2024-01-01T00:00:00.000Z',
  urls: {
    target: (t) => `${origin}${t.id}/`,
    document: (d) => `${origin}${d.id}/`,
    leader: (id) => `${origin}leaders/${id}/`,
    unit: (id) => `${origin}units/${id}/`,
    passage: (r, a) => `${origin}${r}/#${a}`,
  },
  documents: new Map(c.documents.map((d) => [d.id, d])),
  jurisdictions: new Map(c.jurisdictions.map((j) => [j.id, j])),
  targets: new Map(c.targets.map((t) => [t.id, t])),
  links: indexLinks(
    links,
    c.documents.map((d) => d.id),
  ),
};

describe('formulaSafe', () => {
  it('defuses cells a spreadsheet would run as a formula', () => {
    for (const cell of ['=HYPERLINK("http://x")', '+86 530', '-1', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(formulaSafe(cell)).toBe(`'${cell}`);
    }
  });

  it('leaves every other cell as published', () => {
    for (const cell of ['新增 3 岁以下婴幼儿照护服务托位 1 万个', '1-2月', '', 'a=b', '是']) expect(formulaSafe(cell)).toBe(cell);
  });
});

describe('toCsv', () => {
  const csv = toCsv(
    [
      { a: '含,逗号', b: '含"引号"' },
      { a: '两\n行', b: '=1+1' },
    ],
    ['a', 'b'],
  );

  it('starts with a UTF-8 byte-order mark and the header', () => {
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split('\n')[0]).toBe('a,b');
  });

  it('quotes what needs quoting and reads back cell for cell, formulas defused', () => {
    expect(csvParse(csv.slice(BOM.length)).map((r) => ({ ...r }))).toEqual([
      { a: '含,逗号', b: '含"引号"' },
      { a: '两\n行', b: "'=1+1" },
    ]);
  });
});

describe('target rows', () => {
  const rows = targetRows(c.targets, ctx);

  it('has one row per target × assignment, each with a unique id and the target’s page', () => {
    expect(rows).toHaveLength(c.targets.reduce((n, t) => n + t.assignments.length, 0));
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const row = rows.find((r) => r.id === 'heze/2023-h1/88#1');
    expect(row).toMatchObject({ url: `${origin}heze/2023-h1/88/`, document: 'heze/2023-h1', year: '2023', period: 'h1', number: '88' });
  });

  it('joins units with ；, gives ISO deadlines or nothing, and one of the four status codes', () => {
    const multi = c.targets.flatMap((t) => t.assignments).find((a) => a.units.length > 1)!;
    expect(rows.some((r) => r.units === multi.units.map((u) => u.name).join('；'))).toBe(true);
    for (const r of rows) {
      expect(r.deadline === '' || /^\d{4}-\d{2}-\d{2}$/.test(r.deadline)).toBe(true);
      expect(['on_plan', 'behind', 'not_applicable', 'not_reported']).toContain(r.status);
    }
  });

  it('keeps only a leader’s own assignments when asked', () => {
    const leader = c.leaders.find((l) => l.id === 'heze/cao-lin')!;
    const own = targetRows(
      c.targets.filter((t) => leader.targetIds.includes(t.id)),
      ctx,
      (a) => namesPerson(a, leader.id),
    );
    expect(own.length).toBeGreaterThan(0);
    expect(new Set(own.map((r) => r.people))).toEqual(new Set(['曹临']));
    expect(new Set(own.map((r) => r.people_roles))).toEqual(new Set(['市政府领导']));
  });

  it('carries units by role, the 等 marker, the figures and every other column', () => {
    const rows = targetRows(
      c.targets.filter((t) => ['xianan/2023-plan/12', 'yueyang/2018-m1-11/2', 'yanzhou/2021-plan/1'].includes(t.id)),
      ctx,
    );
    expect(rows.map((r) => [r.id, r.row_kind, r.lead_units, r.responsible_units.split('；').length, r.cooperating_units, r.units_et_al, r.measure, r.goal, r.reached, r.share])).toEqual([
      ['yanzhou/2021-plan/1#1', 'assignment', '', 5, '', '等', '', '', '', ''],
      ['xianan/2023-plan/12#1', 'assignment', '区交通运输局', 5, '', '', '', '', '', ''],
      ['yueyang/2018-m1-11/2#1', 'assignment', '', 1, '', '', '公里', '1360', '1361.92', '100.1%'],
      ['yueyang/2018-m1-11/2#2', 'indicator', '', 1, '', '', '公里', '168', '171.70', '102.2%'],
    ]);
    expect(rows.find((r) => r.id === 'yueyang/2018-m1-11/2#2')?.target).toBe('提质改造农村公路');
  });
});

describe('JSON files', () => {
  it('matches its published schema, with history and report source where known', () => {
    const file = openTargetsFileSchema.parse(targetsFile(c.targets, c.documents, `${origin}data/targets.json`, ctx));
    expect(file.targets).toHaveLength(c.targets.length);
    const t88 = file.targets.find((t) => t.id === 'heze/2023-h1/88')!;
    expect(t88.history.map((h) => h.id)).toContain('heze/2022-q3/78');
    expect(t88.reportSource).toMatchObject({ anchor: 's3-8', url: `${origin}heze/2023-report/#s3-8` });
    expect(file.targets.find((t) => t.document === 'yanzhou/2021-plan')?.status).toBeNull();
  });

  it('lists a report’s sentences with the targets that track them', () => {
    const report = c.documents.find((d) => d.kind === 'report')!;
    const file = openReportFileSchema.parse(reportFile(report, links.commitments, `${origin}x.json`, ctx));
    const s = file.passages.flatMap((p) => p.sentences).find((x) => x.text.includes('婴幼儿照护服务床位'));
    expect(s?.trackedBy).toContain('heze/2023-h1/88');
    expect(file.passages.filter((p) => p.section.includes('回顾')).every((p) => !p.forwardLooking)).toBe(true);
    const rows = commitmentRows(report, links.commitments, ctx);
    expect(rows.reduce((n, r) => n + Number(r.target_count), 0)).toBe(links.provenance.length);
  });
});

describe('data package', () => {
  it('describes each CSV column with a title and the right type', () => {
    const schema = tableSchema(TARGET_COLUMNS);
    expect(schema.fields.map((f) => f.name)).toEqual([...TARGET_COLUMNS]);
    expect(schema.fields.every((f) => f.title !== f.name && f.description !== '')).toBe(true);
    expect(schema.fields.find((f) => f.name === 'deadline')?.type).toBe('date');
    expect(tableSchema(COMMITMENT_COLUMNS).fields.find((f) => f.name === 'target_count')?.type).toBe('integer');
  });

  it('gives every file its size and SHA-256, and a valid resource name', () => {
    const content = toCsv([{ a: '菏泽' }], ['a']);
    const pkg = dataPackage([{ path: 'heze/2023-H1.csv', title: 'x', content, schema: { table: 'targets.schema.json' } }], {
      name: 'n',
      title: 't',
      description: 'd',
      homepage: origin,
      created: ctx.built,
      sources: [],
    });
    const r = pkg.resources[0]!;
    expect(r.bytes).toBe(Buffer.byteLength(content));
    expect(r.hash).toBe(`sha256:${createHash('sha256').update(content).digest('hex')}`);
    expect(r.name).toMatch(/^[-a-z0-9._/]+$/);
    expect(resourceName('heze/units/各县区.csv')).toMatch(/^[-a-z0-9._/]+$/);
  });
});
