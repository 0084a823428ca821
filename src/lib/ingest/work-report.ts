/**
 * Government work reports (政府工作报告): a title, a dateline (——2022年12月27日
 * 在…会议上), the speaker, then sections 一、二、… of paragraphs.
 *
 * The text came from a PDF: a paragraph cut by a page break continues on the
 * next line without closing punctuation. Such pieces are joined into one
 * passage (recorded as an anomaly); the words are kept as published, typos
 * included.
 *
 * The body is rendered through remark/unified: an mdast tree of headings and
 * paragraphs (text nodes only, so nothing in the source is read as Markdown or
 * HTML) → remark-rehype → rehype-sanitize → HTML with stable anchors.
 */
import type { Heading, Paragraph, Root as MdastRoot } from 'mdast';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { chineseNumeral, isBlank, splitLines, squeeze, type SourceLine } from './text.ts';
import { SeedError, type ParseResult, type ParsedAnomaly } from './types.ts';

const SECTION = /^([一二三四五六七八九十]+)、\s*(.+)$/;
const DATELINE = /^——.*?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
/** A paragraph that ends like this is complete; anything else was cut by a page break. */
/** A line that ends a sentence or a clause: the next line starts a new paragraph, not its continuation. */
export const CLOSES = /[。！？!?：:；;”’」』）)]$/;

/** Anchors the renderer may keep: ours, never the source's (the source yields text nodes only). */
const reportSchema: SanitizeSchema = {
  ...defaultSchema,
  clobber: [],
  attributes: { ...defaultSchema.attributes, h2: ['id'], p: ['id'] },
};

const renderer = unified().use(remarkRehype).use(rehypeSanitize, reportSchema).use(rehypeStringify);

export interface Passage {
  anchor: string;
  section: string;
  text: string;
  lines: number[];
}

/** mdast → sanitized HTML. Exported for tests. */
export function renderReport(tree: MdastRoot): string {
  return renderer.stringify(renderer.runSync(tree) as never);
}

export function parseWorkReport(text: string, options: { file: string }): ParseResult {
  const { file } = options;
  const lines = splitLines(text).filter((l) => !isBlank(l.text)).map((l) => ({ line: l.line, text: squeeze(l.text) }));
  const anomalies: ParsedAnomaly[] = [];
  const frontMatter: SourceLine[] = [];
  const sections: Array<{ numeral: string; title: string; line: number; pieces: SourceLine[][] }> = [];
  let textDate: string | null = null;

  for (const l of lines) {
    const heading = SECTION.exec(l.text);
    if (heading && Number.isFinite(chineseNumeral(heading[1] ?? ''))) {
      sections.push({ numeral: heading[1] ?? '', title: heading[2] ?? '', line: l.line, pieces: [] });
      continue;
    }
    const section = sections.at(-1);
    if (!section) {
      frontMatter.push(l);
      const date = DATELINE.exec(l.text);
      if (date && !textDate) textDate = `${date[1]}-${(date[2] ?? '').padStart(2, '0')}-${(date[3] ?? '').padStart(2, '0')}`;
      continue;
    }
    const open = section.pieces.at(-1);
    const previous = open?.at(-1);
    if (open && previous && !CLOSES.test(previous.text)) {
      open.push(l);
      anomalies.push({
        kind: 'text-joined', severity: 'info', line: previous.line, target: null,
        found: `第 ${previous.line} 行以“${previous.text.slice(-8)}”结束，未完的句子在第 ${l.line} 行继续（原文分页）`,
        action: '两段连成一个段落，文字不变',
      });
    } else {
      section.pieces.push([l]);
    }
  }

  const title = frontMatter[0]?.text;
  if (!title) throw new SeedError(file, 1, 'empty work report', 'a title line such as 政府工作报告');
  if (sections.length === 0) throw new SeedError(file, lines.at(-1)?.line ?? 1, 'no sections found', 'section headings such as 一、2022 年工作回顾');

  // The year whose targets the report sets: the section that names them, else the year after it was delivered.
  const targetYear = sections.map((s) => /(\d{4})\s*年.*(?:目标|重点工作|总体要求)/.exec(s.title)?.[1]).find(Boolean);
  const year = targetYear ? Number(targetYear) : textDate ? Number(textDate.slice(0, 4)) + 1 : Number.NaN;
  if (!Number.isFinite(year)) throw new SeedError(file, sections[0]?.line ?? 1, 'cannot tell which year the report sets targets for', 'a section such as 二、2023 年总体要求和工作目标, or a dateline');

  const passages: Passage[] = [];
  const tree: MdastRoot = { type: 'root', children: [] };
  sections.forEach((s, si) => {
    const sectionAnchor = `s${si + 1}`;
    const heading: Heading = {
      type: 'heading', depth: 2,
      children: [{ type: 'text', value: `${s.numeral}、${s.title}` }],
      data: { hProperties: { id: sectionAnchor } },
    };
    tree.children.push(heading);
    s.pieces.forEach((piece, pi) => {
      const anchor = `${sectionAnchor}-${pi + 1}`;
      const value = piece.map((p) => p.text).join('');
      const paragraph: Paragraph = {
        type: 'paragraph',
        children: [{ type: 'text', value }],
        data: { hProperties: { id: anchor } },
      };
      tree.children.push(paragraph);
      passages.push({ anchor, section: `${s.numeral}、${s.title}`, text: value, lines: piece.map((p) => p.line) });
    });
  });

  return {
    document: {
      kind: 'report',
      year,
      period: 'report',
      periodLabel: '政府工作报告',
      title,
      docNumber: null,
      declaredTotal: null,
      columns: [],
      textDate,
      frontMatter: frontMatter.slice(1),
      backMatter: [],
      sections: sections.map((s) => ({ numeral: s.numeral, title: s.title, line: s.line, paragraphs: [], targets: [] })),
      reportHtml: renderReport(tree),
      passages,
    },
    targets: [],
    anomalies,
  };
}
