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
import { SeedError } from '../errors.ts';
import type { SourceDocument } from '../source.ts';
import { chineseNumeral, squeeze } from '../text.ts';
import { plainText } from './common.ts';
import type { Fit, Interpretation, Layout, LayoutOptions, TextLine } from './types.ts';

const SECTION = /^([一二三四五六七八九十]+)、\s*(.+)$/;
const DATELINE = /^——.*?(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
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
  return renderer.stringify(renderer.runSync(tree));
}

/** A responsibility label anywhere in the text: a document that names who answers for what is not a report. */
const RESPONSIBILITY = /(牵头领导|责任领导|责任单位|牵头单位|承办单位|配合单位|协办单位|责任人)[：:]/;

/** A text file's lines are the report's words, tags and all (rendered as text); an HTML or Word report's blocks are read through their markup. */
function lines(source: SourceDocument): TextLine[] {
  const text = (fragment: string): string => (source.nativeMarkup ? plainText(fragment) : squeeze(fragment));
  return source.blocks
    .map((b) => ({
      line: b.pos.line,
      text:
        b.kind === 'text'
          ? text(b.text)
          : b.cells
              .map((c) => text(c.text))
              .filter(Boolean)
              .join(' '),
    }))
    .filter((l) => l.text !== '');
}

export const reportLayout: Layout = {
  name: 'report',

  fit(source): Fit {
    const ls = lines(source);
    const title = ls.slice(0, 5).find((l) => /^政府工作报告/.test(l.text) || /^.{0,30}政府工作报告[（(]?[^（）()]{0,6}[）)]?$/.test(l.text));
    if (!title) return { layout: 'report', score: 0, reason: 'no title that is a 政府工作报告 itself (a notice about one is not)' };
    if (source.blocks.some((b) => b.kind === 'row')) return { layout: 'report', score: 0, reason: 'the text has table rows; a work report has none' };
    const labelled = ls.find((l) => RESPONSIBILITY.test(l.text));
    if (labelled) return { layout: 'report', score: 0, reason: `line ${labelled.line} names who answers for a task (${RESPONSIBILITY.exec(labelled.text)?.[0]}); a work report does not` };
    const sections = ls.filter((l) => SECTION.test(l.text)).length;
    if (sections < 2) return { layout: 'report', score: 0, reason: `a 政府工作报告 title but ${sections} section headings (一、 二、 …)` };
    return { layout: 'report', score: 1, reason: `a 政府工作报告 with ${sections} sections` };
  },

  read(source, options): Interpretation {
    return readReport(source, options);
  },
};

function readReport(source: SourceDocument, options: LayoutOptions): Interpretation {
  const file = source.file;
  const all = lines(source);
  const frontMatter: TextLine[] = [];
  const sections: Array<{ numeral: string; title: string; line: number; pieces: TextLine[][] }> = [];
  let textDate: string | null = null;

  for (const l of all) {
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
      options.log.add({ kind: 'text-joined', how: 'page-break', line: previous.line, next: l.line, tail: previous.text.slice(-8) }, { line: previous.line, at: null });
    } else {
      section.pieces.push([l]);
    }
  }

  const title = frontMatter[0]?.text;
  if (!title) throw new SeedError(file, 1, 'empty work report', 'a title line such as 政府工作报告');
  if (sections.length === 0) throw new SeedError(file, all.at(-1)?.line ?? 1, 'no sections found', 'section headings such as 一、2022 年工作回顾');

  // The year whose targets the report sets: the section that names them, else the year after it was delivered.
  const targetYear = sections.map((s) => /(\d{4})\s*年.*(?:目标|重点工作|总体要求)/.exec(s.title)?.[1]).find(Boolean);
  // A report is delivered at the session early in the year it plans (January to March), rarely in the autumn before it.
  const titleYear = /((?:19|20)\d{2})\s*年[^。]{0,20}政府工作报告/.exec(
    frontMatter
      .slice(0, 3)
      .map((l) => l.text)
      .join(' '),
  )?.[1];
  const deliveredIn = textDate ? { year: Number(textDate.slice(0, 4)), month: Number(textDate.slice(5, 7)) } : null;
  const year = targetYear ? Number(targetYear) : titleYear ? Number(titleYear) : deliveredIn ? deliveredIn.year + (deliveredIn.month >= 9 ? 1 : 0) : null;

  const passages: Passage[] = [];
  const tree: MdastRoot = { type: 'root', children: [] };
  sections.forEach((s, si) => {
    const sectionAnchor = `s${si + 1}`;
    const heading: Heading = {
      type: 'heading',
      depth: 2,
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
    layout: 'report',
    kind: 'report',
    title,
    docNumber: null,
    declaredTotal: null,
    columns: [],
    tables: [],
    textDate,
    frontMatter: frontMatter.slice(1),
    backMatter: [],
    sections: sections.map((s) => ({ numeral: s.numeral, title: s.title, line: s.line, paragraphs: [], targets: [] })),
    reportHtml: renderReport(tree),
    passages,
    targets: [],
    cutOff: null,
    conventions: [],
    reportYear: year,
  };
}
