/**
 * A work report's sanitized body (the ingest's `reportHtml`) cut into its
 * top-level blocks, so the report page can set each passage beside the
 * targets that track it. Each block is an exact slice of `reportHtml`: the
 * page still renders only what the ingest sanitized. Pure.
 */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { toText } from 'hast-util-to-text';

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

export interface ContentsEntry {
  id: string;
  text: string;
  children: ContentsEntry[];
}

/** The words a passage opens with when it is a numbered point (（一）聚焦经济稳定增长，…): its own heading. */
const POINT = /^\s*[（(][一二三四五六七八九十]+[）)]\s*([^。；;！]{2,40}?)[。；;！]/;

/**
 * A work report's table of contents: its sections (h2) and, under each, the
 * passages that open with a numbered point (（一）…), their opening clause as
 * the entry. Anchors are the ids the report already carries (s3, s3-8), so
 * search results and links land on the same places. Pure.
 */
export function reportContents(reportHtml: string): ContentsEntry[] {
  const tree = parser.parse(reportHtml);
  const entries: ContentsEntry[] = [];
  for (const node of tree.children) {
    if (node.type !== 'element') continue;
    const id = node.properties['id'];
    if (typeof id !== 'string') continue;
    const text = toText(node).replace(/\s+/g, ' ').trim();
    if (/^h[1-6]$/.test(node.tagName)) entries.push({ id, text, children: [] });
    else {
      const point = POINT.exec(text);
      const last = entries.at(-1);
      if (point && last) last.children.push({ id, text: text.slice(0, (point.index ?? 0) + point[0].length - 1).trim(), children: [] });
    }
  }
  return entries;
}
