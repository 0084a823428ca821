/**
 * Seed bytes → a SourceDocument, by the reader for the file's format: the
 * extension says which, and the first bytes must agree (a PDF renamed .txt
 * is refused, not read as text). Formats no kept library reads well are
 * refused with how to save the file in one that is read.
 */
import { SeedError } from '../errors.ts';
import { decodeSeed, EncodingError, type SeedEncoding } from '../encoding.ts';
import type { SourceDocument } from '../source.ts';
import { readCsv } from './csv.ts';
import { readDocx } from './docx.ts';
import { HtmlReadError, readHtml } from './html.ts';
import { readText } from './text.ts';
import { readXlsx } from './xlsx.ts';
import { OfficeFileError } from './zip-guard.ts';

/** The extensions read, and what each is read as. */
export const READ_EXTENSIONS = ['.txt', '.tsv', '.csv', '.html', '.htm', '.xlsx', '.docx'] as const;

/** What to do with a file we do not read. */
const REFUSED: Array<{ ext: RegExp; what: string; how: string }> = [
  { ext: /\.(doc|wps|wpt|dot|rtf)$/i, what: 'a Word/WPS document in an old or other format', how: 'open it in Word or WPS and save it as .docx (Word 文档)' },
  { ext: /\.(xls|et|ett|xlt|ods)$/i, what: 'a spreadsheet in an old or other format', how: 'open it in Excel or WPS and save it as .xlsx (Excel 工作簿)' },
  {
    ext: /\.(pdf|ofd)$/i,
    what: 'a PDF or OFD file, whose text has no table structure',
    how: 'use the Word or Excel file it was made from, or copy the table from the portal page and save it as .html, or export it as .docx',
  },
  { ext: /\.(png|jpe?g|gif|bmp|tiff?|webp)$/i, what: 'an image, which holds no text', how: 'use the document the picture was taken of (.docx, .xlsx or the portal page saved as .html)' },
  { ext: /\.(pptx?|dps)$/i, what: 'a presentation', how: 'put the table in a .docx or .xlsx file' },
  { ext: /\.(zip|rar|7z|gz)$/i, what: 'an archive', how: 'unpack it and put each document in seeds/ on its own' },
];

export interface ReadSeed {
  source: SourceDocument;
  /** how a text file's bytes were decoded; null for Office files */
  encoding: SeedEncoding | null;
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: legacy .doc/.xls, and what Office saves a password-protected .docx/.xlsx as */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46];

function extension(file: string): string {
  return /\.[^./]+$/.exec(file)?.[0]?.toLowerCase() ?? '';
}

function refuse(file: string, problem: string, how: string): never {
  throw new SeedError(file, 1, problem, how);
}

function binaryKind(bytes: Uint8Array): string | null {
  if (startsWith(bytes, ZIP)) return 'a zip archive (an Office file?)';
  if (startsWith(bytes, OLE)) return 'an old-format or password-protected Office file';
  if (startsWith(bytes, PDF)) return 'a PDF';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff])) return 'an image';
  return null;
}

function decoded(bytes: Uint8Array, file: string): { text: string; encoding: SeedEncoding } {
  try {
    return decodeSeed(bytes, file);
  } catch (error) {
    if (error instanceof EncodingError)
      throw new SeedError(file, 1, error.message.replace(/^[^:]+:1: /, '').replace(/ — expected .*$/, ''), 'a text file saved as UTF-8 or GB18030/GBK (Big5 and others: save again as UTF-8)');
    throw error;
  }
}

/**
 * What any seed may hold, whatever its format: larger is not a document (a
 * database dump, a file with no line breaks, a sheet filled by mistake), and
 * reading it would only make the build slow. Refused with the position.
 */
export const SEED_LIMITS = { bytes: 20 * 1024 * 1024, blockChars: 20_000, tableRows: 5000, tableColumns: 60 } as const;

function where(pos: { line: number; at: string | null }): string {
  return pos.at ?? `line ${pos.line}`;
}

/** Throws SeedError at the first paragraph, cell, table or row beyond SEED_LIMITS. */
export function checkLimits(source: SourceDocument): void {
  const rows = new Map<number, number>();
  for (const b of source.blocks) {
    if (b.kind === 'text') {
      if (b.text.length > SEED_LIMITS.blockChars)
        throw new SeedError(
          source.file,
          b.pos,
          `the paragraph at ${where(b.pos)} holds ${b.text.length} characters, more than the ${SEED_LIMITS.blockChars} a paragraph may have`,
          'a document: if this is one, it has lost its line breaks — save it again from the program it was made in',
        );
      continue;
    }
    if (b.cells.length > SEED_LIMITS.tableColumns)
      throw new SeedError(
        source.file,
        b.pos,
        `the row at ${where(b.pos)} has ${b.cells.length} cells, more than the ${SEED_LIMITS.tableColumns} a document table may have`,
        'a document table (a row of tab-separated cells under its header)',
      );
    const long = b.cells.findIndex((c) => c.text.length > SEED_LIMITS.blockChars);
    if (long >= 0)
      throw new SeedError(
        source.file,
        b.pos,
        `cell ${long + 1} of the row at ${where(b.pos)} holds ${b.cells[long]?.text.length} characters, more than the ${SEED_LIMITS.blockChars} a cell may have`,
        'a document table: check the cell in the source (a quote or tab out of place can swallow the rest of the file)',
      );
    const n = (rows.get(b.table) ?? 0) + 1;
    rows.set(b.table, n);
    if (n > SEED_LIMITS.tableRows) throw new SeedError(source.file, b.pos, `table ${b.table} has more than ${SEED_LIMITS.tableRows} rows`, 'a document table (split a larger one into several files)');
  }
}

export async function readSeed(bytes: Uint8Array, file: string): Promise<ReadSeed> {
  if (bytes.length > SEED_LIMITS.bytes)
    refuse(
      file,
      `the file is ${(bytes.length / 1024 / 1024).toFixed(0)} MiB, more than the ${SEED_LIMITS.bytes / 1024 / 1024} MiB a document may be`,
      'one document per file; a scan or a file with images: use the text version',
    );
  const read = await readFormat(bytes, file);
  checkLimits(read.source);
  return read;
}

async function readFormat(bytes: Uint8Array, file: string): Promise<ReadSeed> {
  const ext = extension(file);
  const refused = REFUSED.find((r) => r.ext.test(ext));
  if (refused) refuse(file, `${ext} is ${refused.what}, which is not read`, refused.how);
  const office = ext === '.xlsx' || ext === '.docx';
  if (office) {
    if (startsWith(bytes, OLE)) {
      refuse(
        file,
        `this ${ext} is an encrypted (password-protected) file, or an old-format file renamed ${ext}`,
        `open it, remove the password (文件 → 信息 → 保护 → 用密码进行加密 → 清空), and save it as ${ext} again`,
      );
    }
    if (!startsWith(bytes, ZIP))
      refuse(file, `this ${ext} is not an Office file (it does not start like one${binaryKind(bytes) ? `: it looks like ${binaryKind(bytes)}` : ''})`, `a ${ext} saved by Word, Excel or WPS`);
    try {
      return { source: ext === '.xlsx' ? await readXlsx(bytes, file) : await readDocx(bytes, file), encoding: null };
    } catch (error) {
      if (error instanceof OfficeFileError) refuse(file, error.message, error.remedy ?? `a ${ext} saved by Word, Excel or WPS; open it there and save it again`);
      throw error;
    }
  }
  const kind = binaryKind(bytes);
  if (kind) refuse(file, `this ${ext || 'file'} holds ${kind}, not text`, `the file under its real extension (.docx, .xlsx), or text saved as UTF-8`);
  const { text, encoding } = decoded(bytes, file);
  if (ext === '.csv') return { source: readCsv(text, file), encoding };
  if (ext === '.html' || ext === '.htm') {
    try {
      return { source: readHtml(text, file), encoding };
    } catch (error) {
      if (error instanceof HtmlReadError) throw new SeedError(file, { line: 1, at: error.where }, error.message, 'a document table (split a larger one into several files)');
      throw error;
    }
  }
  if (ext === '.txt' || ext === '.tsv' || ext === '') return { source: readText(text, file), encoding };
  return refuse(file, `${ext} is not a format the ingest reads`, `one of ${READ_EXTENSIONS.join(', ')} (see README, “Adding a document”)`);
}
