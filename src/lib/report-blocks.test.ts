import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixture-collections.ts';
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
