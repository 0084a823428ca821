import { describe, expect, it } from 'vitest';
import { fixture } from '../../../tests/fixture-collections.ts';
import { reportBlocks } from './report-blocks.ts';

const report = fixture.documents.find((d) => d.kind === 'report')!;

describe('reportBlocks on the real 2023 work report', () => {
  const blocks = reportBlocks(report.reportHtml ?? '');

  it('gives one block per heading and passage, with the passage anchors in order', () => {
    expect(blocks.filter((b) => b.tag === 'p').map((b) => b.id)).toEqual(report.passages.map((p) => p.anchor));
    expect(blocks.filter((b) => b.tag === 'h2').map((b) => b.id)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('slices the sanitized HTML unchanged: the blocks put back together are the body', () => {
    expect(blocks.map((b) => b.html).join('')).toBe((report.reportHtml ?? '').replace(/>\s+</g, '><').trim());
  });

  it('keeps markup as it is, entities included', () => {
    expect(reportBlocks('<p id="a">x &amp; <b>y</b></p>\n<h2 id="s2">二</h2>')).toEqual([
      { id: 'a', tag: 'p', html: '<p id="a">x &amp; <b>y</b></p>' },
      { id: 's2', tag: 'h2', html: '<h2 id="s2">二</h2>' },
    ]);
  });
});

describe('reportContents on the real Heze 2023 work report', async () => {
  const { reportContents } = await import('./report-blocks.ts');

  it('lists the four sections and, under 三, the numbered points by their opening words, on the anchors the page carries', () => {
    const toc = reportContents(report?.reportHtml ?? '');
    expect(toc.map((e) => e.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(toc[0]?.text).toBe('一、2022 年工作回顾');
    const points = toc[2]?.children ?? [];
    expect(points.map((p) => p.id)).toEqual(['s3-2', 's3-3', 's3-4', 's3-5', 's3-6', 's3-7', 's3-8']);
    expect(points[6]?.text).toBe('（七）聚焦保障改善民生,着力提升人民生活品质');
  });
});
