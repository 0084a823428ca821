/**
 * Word documents (.docx) → blocks: mammoth turns the document into HTML
 * (paragraphs, headings, lists, tables with their merged cells as
 * rowspan/colspan, bold as <strong>), and the HTML reader reads that, so a
 * Word table and a portal's table are one case. zip-guard.ts bounds what
 * opening the file may cost first. Positions count paragraphs and table rows
 * (`paragraph 14`, `table 2 row 5`): a Word file has no lines.
 *
 * Word's automatic numbering is written into the text first (word-numbering.ts),
 * so a task numbered 3 by Word reads as 3 here.
 */
import mammoth from 'mammoth';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { SourceDocument } from '../source.ts';
import { NO_FACTS } from '../source.ts';
import { readTree } from './html.ts';
import { withPrintedNumbers } from './word-numbering.ts';
import { guardOfficeZip, OfficeFileError } from './zip-guard.ts';

const parser = unified().use(rehypeParse, { fragment: true });

export async function readDocx(bytes: Uint8Array, file: string): Promise<SourceDocument> {
  guardOfficeZip(bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(withPrintedNumbers(bytes)) },
      // images are not text; footnotes and comments are not the document's body
      { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })), includeDefaultStyleMap: true },
    );
    html = result.value;
  } catch (error) {
    if (error instanceof OfficeFileError) throw error;
    throw new OfficeFileError(`not a readable Word document (${(error as Error).message})`);
  }
  const { blocks, notes } = readTree(parser.parse(html), { file, format: 'docx', positions: 'ordinal' });
  return { file, format: 'docx', blocks, nativeMarkup: true, facts: NO_FACTS, notes };
}
