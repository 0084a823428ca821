/**
 * A .docx or .xlsx is a zip of XML parts. Before a reader library opens one,
 * this checks what opening it may cost, with fflate reading the archive:
 * its size, its entry count, each entry's declared and *actual* inflated size
 * (an entry may lie about its size; it is inflated here in a stream that stops
 * at the limit), the expansion ratio of a zip bomb, and XML parts that
 * declare a DTD (entity expansion, external entities: an Office part never
 * needs one). Anything beyond a bound is refused by name, in bounded time and
 * memory.
 */
import { Unzip, UnzipInflate, UnzipPassThrough, unzipSync, type UnzipFileInfo } from 'fflate';

export const OFFICE_LIMITS = {
  /** the file itself */
  compressedBytes: 20 * 1024 * 1024,
  /** all parts inflated */
  uncompressedBytes: 200 * 1024 * 1024,
  /** one part inflated */
  entryBytes: 100 * 1024 * 1024,
  entries: 5000,
  /** inflated ÷ compressed, for parts over 1 MiB: XML compresses ~10–30×; a bomb, thousands */
  ratio: 200,
} as const;

export class OfficeFileError extends Error {
  /** what the webmaster can do, where it is more than saving the file again */
  readonly remedy: string | null;
  constructor(message: string, remedy: string | null = null) {
    super(message);
    this.name = 'OfficeFileError';
    this.remedy = remedy;
  }
}

const MiB = (n: number): string => `${(n / 1024 / 1024).toFixed(0)} MiB`;

/** The zip's entries as its central directory lists them; throws OfficeFileError when it is not a readable zip. */
function listEntries(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        entries.push(info);
        return false;
      },
    });
  } catch (error) {
    throw new OfficeFileError(`not a readable Office file (the zip inside is damaged: ${(error as Error).message})`);
  }
  return entries;
}

/** Throws OfficeFileError unless the archive stays within OFFICE_LIMITS; returns the part names. */
export function guardOfficeZip(bytes: Uint8Array): string[] {
  if (bytes.length > OFFICE_LIMITS.compressedBytes) {
    throw new OfficeFileError(`the file is ${MiB(bytes.length)}, more than the ${MiB(OFFICE_LIMITS.compressedBytes)} a document may be`);
  }
  const entries = listEntries(bytes);
  if (entries.length === 0) throw new OfficeFileError('the zip inside holds no parts');
  if (entries.length > OFFICE_LIMITS.entries) throw new OfficeFileError(`the zip inside has ${entries.length} parts, more than ${OFFICE_LIMITS.entries}`);
  let declared = 0;
  for (const e of entries) {
    declared += e.originalSize;
    if (e.originalSize > OFFICE_LIMITS.entryBytes) throw new OfficeFileError(`part ${e.name} inflates to ${MiB(e.originalSize)}, more than ${MiB(OFFICE_LIMITS.entryBytes)}`);
    if (e.originalSize > 1024 * 1024 && e.originalSize / Math.max(1, e.size) > OFFICE_LIMITS.ratio) {
      throw new OfficeFileError(`part ${e.name} inflates ${Math.round(e.originalSize / Math.max(1, e.size))} times its size (a zip bomb?)`);
    }
  }
  if (declared > OFFICE_LIMITS.uncompressedBytes) throw new OfficeFileError(`the parts inflate to ${MiB(declared)}, more than ${MiB(OFFICE_LIMITS.uncompressedBytes)}`);

  // The sizes above are what the archive claims; inflate every part to count what it really holds.
  let total = 0;
  let problem: string | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    let size = 0;
    let head = '';
    const xml = /\.(xml|rels|vml)$/i.test(file.name);
    file.ondata = (error, chunk) => {
      if (problem) return;
      if (error) {
        problem = `part ${file.name} cannot be inflated (${error.message})`;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (xml && head.length < 4096) {
        head += new TextDecoder('utf-8', { fatal: false }).decode(chunk.subarray(0, 4096));
        if (/<!DOCTYPE|<!ENTITY/i.test(head)) problem = `part ${file.name} declares a DTD (<!DOCTYPE or <!ENTITY), which no Office part needs and which can expand without bound`;
      }
      if (size > OFFICE_LIMITS.entryBytes) problem = `part ${file.name} inflates to more than ${MiB(OFFICE_LIMITS.entryBytes)}`;
      else if (total > OFFICE_LIMITS.uncompressedBytes) problem = `the parts inflate to more than ${MiB(OFFICE_LIMITS.uncompressedBytes)}`;
      if (problem) file.terminate();
    };
    file.start();
  };
  try {
    unzip.push(bytes, true);
  } catch (error) {
    if (!problem) problem = `the zip inside is damaged (${(error as Error).message})`;
  }
  if (problem) throw new OfficeFileError(problem);
  return entries.map((e) => e.name);
}
