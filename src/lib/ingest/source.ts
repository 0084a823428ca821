/**
 * What every format reader produces and every layout interpreter reads: a
 * seed as a sequence of blocks — table rows (cells) and paragraphs (text) —
 * each with its position in the file. Layouts read blocks, never bytes, so
 * every layout works from every format.
 */
import type { SourceFormat } from '../../schemas/records.ts';
import type { ReaderNote } from './anomalies.ts';

/** A place in the seed: its line (a text file's own line, else the reader's running count) and, for Excel and Word, where to look. */
export interface Position {
  line: number;
  /** `Sheet1!B12`, `table 2 row 5`, `paragraph 14`; null for text files, whose line says it all */
  at: string | null;
}

export interface Cell {
  /**
   * The cell's content as an HTML fragment, for the allow-list sanitizer
   * (cell.ts): a text file's cell as printed (some carry stray tags), an HTML
   * or Word cell's inner markup, an Excel cell's text escaped (bold runs as <b>).
   */
  text: string;
  /**
   * row: a copy of a merged cell above (rowspan, a merged range); col: a copy
   * of a merged cell to its left. The readers expand merges so that a merged
   * cell's text stands in every row it covers; layouts decide what a copy means.
   */
  merged: 'row' | 'col' | null;
  /** where the merged cell itself is, for copies */
  origin: Position | null;
}

export interface RowBlock {
  kind: 'row';
  cells: Cell[];
  pos: Position;
  /** 1-based table of the file (a sheet, an HTML <table>, a run of tab-separated lines) */
  table: number;
  /** 1-based row within that table */
  row: number;
}

export interface TextBlock {
  kind: 'text';
  /** an HTML fragment, as for cells; a text file's line as printed */
  text: string;
  pos: Position;
  /** h1–h6 in HTML and Word headings; null for paragraphs and text lines */
  heading: number | null;
  /** a workbook sheet's name, read before its rows */
  sheet?: true;
}

export type Block = RowBlock | TextBlock;

/** Facts a format carries beside the text: a saved portal page's <meta name="ArticleTitle">, PubDate, SiteName. */
export interface PageFacts {
  title: string | null;
  publishedAt: string | null;
  site: string | null;
}

export interface SourceDocument {
  /** path relative to the project, e.g. seeds/000_x.txt */
  file: string;
  format: SourceFormat;
  blocks: Block[];
  /**
   * true where markup is how the format says bold and paragraphs (HTML,
   * Word, Excel's escaped text), so kept tags are not news; false for text
   * files, where a tag in a cell is worth recording.
   */
  nativeMarkup: boolean;
  facts: PageFacts;
  /** what the reader found and did (a merged range expanded, a Markdown marker removed), for the anomaly log */
  notes: ReaderNote[];
}

export const NO_FACTS: PageFacts = { title: null, publishedAt: null, site: null };

/** `file:line`, or `file:at` where the format has its own positions. */
export function describePosition(file: string, pos: Position): string {
  return pos.at ? `${file}:${pos.at}` : `${file}:${pos.line}`;
}
