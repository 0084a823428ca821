/**
 * A work report's sanitized body (the ingest's `reportHtml`) cut into its
 * top-level blocks, so the report page can set each passage beside the
 * targets that track it. Each block is an exact slice of `reportHtml`: the
 * page still renders only what the ingest sanitized. Pure.
 */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export interface ReportBlock {
  /** the element's id (s1 for a section heading, s3-8 for a passage), or null */
  id: string | null;
  tag: string;
  /** the block's HTML, sliced from the input unchanged */
  html: string;
}

const parser = unified().use(rehypeParse, { fragment: true });

export function reportBlocks(reportHtml: string): ReportBlock[] {
  const tree = parser.parse(reportHtml);
  return tree.children.flatMap((node) => {
    if (node.type !== 'element') return [];
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) throw new Error('report-blocks: parser gave no positions');
    const id = node.properties['id'];
    return [{ id: typeof id === 'string' ? id : null, tag: node.tagName, html: reportHtml.slice(start, end) }];
  });
}
