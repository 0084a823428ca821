/** History across periods and report provenance on the five real seeds, and the matcher measured against the review. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkReviewFileSchema } from '../../schemas/review.ts';
import { type LinkFile } from '../../schemas/seeds.ts';
import { fixture, fixtureLinks } from '../../../tests/fixture-collections.ts';
import { HISTORY_THRESHOLD, PROVENANCE_THRESHOLD, checkLinkFile, historyScores, indexLinks, isHeading, linkTargets, pairKey, provenanceScores, reportCommitments, splitSentences } from './links.ts';
import { disagreements, historyMeasure, provenanceMeasure } from './link-review.ts';

const json = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const c = fixture;
const reviewed = fixtureLinks;
const review = linkReviewFileSchema.parse(json('src/data/link-review.json'));
const links = linkTargets(c.targets, c.documents, reviewed);
const report = c.documents.find((d) => d.id === 'heze/2023-report');
const linked = (a: string, b: string) => links.history.find((h) => pairKey(...h.targets) === pairKey(a, b));
const source = (target: string) => links.provenance.find((p) => p.target === target);

describe('report sentences', () => {
  it('splits at sentence ends and keeps the end mark', () => {
    expect(splitSentences('一是坚持就业优先。新增 1 万个;完成 30 处。')).toEqual(['一是坚持就业优先。', '新增 1 万个;', '完成 30 处。']);
  });

  it('knows item headings from commitments', () => {
    expect(isHeading('（七）聚焦保障改善民生,着力提升人民生活品质。')).toBe(true);
    expect(isHeading('一是坚持就业优先。')).toBe(true);
    expect(isHeading('六是办好十项民生实事。')).toBe(true);
    expect(isHeading('(3)新建并开通 5G 基站 1700 个以上。')).toBe(false);
    expect(isHeading('推进疾控中心标准化建设,加快市立医院东院区等重点卫生项目建设。')).toBe(false);
  });

  it('takes commitments only from the forward-looking sections of the report', () => {
    expect(report).toBeDefined();
    const commitments = reportCommitments(report!);
    const sections = new Set(report!.passages.filter((p) => commitments.some((x) => x.anchor === p.anchor)).map((p) => p.section));
    expect([...sections].some((s) => s.includes('回顾'))).toBe(false);
    expect(sections.size).toBeGreaterThanOrEqual(3);
    // every sentence of every forward-looking passage, in order, makes up the passage
    for (const p of report!.passages.filter((x) => !x.section.includes('回顾'))) {
      const own = commitments.filter((x) => x.anchor === p.anchor);
      expect(
        own
          .map((x) => x.text)
          .join('')
          .replace(/\s/g, ''),
      ).toBe(p.text.replace(/\s/g, ''));
    }
  });
});

describe('history across periods on the real seeds', () => {
  it('links 托位 2022 Q3 #78 and 2023 H1 #88, and the 5G base stations 2022 Q3 #58 and 2023 H1 #86', () => {
    expect(linked('heze/2022-q3/78', 'heze/2023-h1/88')).toMatchObject({ basis: 'text' });
    expect(linked('heze/2022-q3/58', 'heze/2023-h1/86')).toMatchObject({ basis: 'text' });
  });

  it('looks both ways from either end of a link', () => {
    const index = indexLinks(
      links,
      c.documents.map((d) => d.id),
    );
    expect(index.history.get('heze/2023-h1/88')?.map((h) => h.other)).toContain('heze/2022-q3/78');
    expect(index.history.get('heze/2022-q3/78')?.map((h) => h.other)).toContain('heze/2023-h1/88');
  });

  it('never links two targets of one document, or of two jurisdictions', () => {
    for (const h of links.history) {
      const [a, b] = h.targets.map((id) => c.targets.find((t) => t.id === id)!);
      expect(a!.document).not.toBe(b!.document);
      expect(a!.jurisdiction).toBe(b!.jurisdiction);
    }
  });

  it('lets a reviewed decision overrule the matcher both ways', () => {
    const unlink = reviewed.history.find((h) => h.decision === 'unlink')!;
    const score = historyScores(c.targets, 0).find((p) => pairKey(...p.targets) === pairKey(...unlink.targets))!.score;
    expect(score).toBeGreaterThanOrEqual(HISTORY_THRESHOLD);
    expect(linked(...unlink.targets)).toBeUndefined();
    const link = reviewed.history.find((h) => h.decision === 'link')!;
    expect(linked(...link.targets)).toMatchObject({ basis: 'reviewed', reason: link.reason });
  });
});

describe('where each 2023 H1 target came from', () => {
  it('traces GDP (#6), 托位 (#88) and 雄商高铁 (#146) to their report passages', () => {
    expect(source('heze/2023-h1/6')?.commitment).toMatchObject({ anchor: 's2-3' });
    expect(source('heze/2023-h1/6')?.commitment.text).toContain('地区生产总值增长 5.5%左右');
    expect(source('heze/2023-h1/88')?.commitment).toMatchObject({ anchor: 's3-8' });
    expect(source('heze/2023-h1/88')?.commitment.text).toContain('婴幼儿照护服务床位 1 万个');
    expect(source('heze/2023-h1/146')?.commitment).toMatchObject({ anchor: 's3-5' });
    expect(source('heze/2023-h1/146')?.commitment.text).toContain('雄商高铁菏泽段');
  });

  it('only looks for sources of targets in the report’s own jurisdiction and year', () => {
    const docs = new Map(c.documents.map((d) => [d.id, d]));
    for (const p of links.provenance) {
      const t = c.targets.find((x) => x.id === p.target)!;
      const d = docs.get(t.document)!;
      expect([d.jurisdiction, d.year]).toEqual(['heze', 2023]);
    }
  });
});

describe('the matcher against the reviewed pairs (src/data/link-review.json)', () => {
  it('makes history links at its threshold that the review agrees with at least 95% of the time', () => {
    const m = historyMeasure(historyScores(c.targets, 0.2), review, HISTORY_THRESHOLD);
    expect(m.unreviewed).toBe(0);
    expect(m.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('names the report passage the review names for every target it links', () => {
    const m = provenanceMeasure(provenanceScores(c.targets, c.documents), review, PROVENANCE_THRESHOLD);
    expect(m.unreviewed).toBe(0);
    expect(m.precision).toBe(1);
    expect(m.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('publishes, after the reviewed decisions, nothing the review contradicts', () => {
    expect(disagreements(links, review)).toEqual([]);
  });
});

describe('seeds/links.json is checked against the records', () => {
  const bad = (patch: Partial<LinkFile>) => () => checkLinkFile({ history: [], provenance: [], ...patch }, c.targets, c.documents);

  it('rejects unknown targets, targets of one document and quotes that are not in the passage', () => {
    expect(bad({ history: [{ targets: ['heze/2023-h1/88', 'heze/2099-h1/1'], decision: 'link', reason: 'x' }] })).toThrow(/unknown target/);
    expect(bad({ history: [{ targets: ['heze/2023-h1/88', 'heze/2023-h1/87'], decision: 'link', reason: 'x' }] })).toThrow(/same document/);
    expect(bad({ provenance: [{ target: 'heze/2023-h1/88', passage: 'heze/2023-report#s3-8', quote: '不在报告里的话', reason: 'x' }] })).toThrow(/not in|in 0 sentences/);
    expect(bad({ provenance: [{ target: 'heze/2023-h1/88', passage: 'heze/2023-report#s9-9', quote: '床位', reason: 'x' }] })).toThrow(/no passage/);
  });

  it('rejects a quote that fits more than one sentence', () => {
    expect(bad({ provenance: [{ target: 'heze/2023-h1/148', passage: 'heze/2023-report#s3-5', quote: '等 4 条高速', reason: 'x' }] })).toThrow(/2 sentences/);
  });
});
