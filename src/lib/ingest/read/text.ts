/**
 * Text files (.txt, .tsv): one block per line. A line with a tab is a table
 * row (its cells as printed, stray tags and all); any other non-blank line is
 * a paragraph. Consecutive rows form one table; a paragraph between rows does
 * not end it (a page break or a stray line inside a table), a layout decides.
 */
import type { Block, SourceDocument } from '../source.ts';
import { NO_FACTS } from '../source.ts';
import type { ReaderNote } from '../anomalies.ts';
import { isBlank, splitLines, squeeze } from '../text.ts';

/** A Markdown heading marker left by a conversion (`## 菏泽市…`): removed, and recorded. */
const MARKDOWN_HEADING = /^(#{1,6})\s+/;

export function readText(text: string, file: string): SourceDocument {
  const blocks: Block[] = [];
  const notes: ReaderNote[] = [];
  let table = 0;
  let row = 0;
  let inTable = false;
  for (const { line, text: raw } of splitLines(text)) {
    if (isBlank(raw)) continue;
    const pos = { line, at: null };
    if (raw.includes('\t')) {
      if (!inTable) {
        table++;
        row = 0;
        inTable = true;
      }
      row++;
      blocks.push({ kind: 'row', cells: raw.split('\t').map((t) => ({ text: t, merged: null, origin: null })), pos, table, row });
      continue;
    }
    // a paragraph after a table's rows, before more rows, stays inside the table (page breaks, stray lines)
    let t = raw;
    const marker = MARKDOWN_HEADING.exec(squeeze(t));
    if (marker) {
      const squeezed = squeeze(t);
      t = squeezed.slice(marker[0].length);
      notes.push({ fact: { kind: 'marker-removed', text: squeezed, marker: marker[1] ?? '#' }, pos });
    }
    blocks.push({ kind: 'text', text: t, pos, heading: null });
  }
  return { file, format: 'text', blocks, nativeMarkup: false, facts: NO_FACTS, notes };
}
