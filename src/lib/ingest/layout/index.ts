/**
 * Which interpreter reads a document. Each layout says how well the
 * document fits it; one is taken only when it fits clearly — the others do
 * not fit, or read far fewer targets — or when the webmaster declared it.
 * Otherwise the build stops, listing each layout tried and why it did not
 * fit, and how to declare one. A document that names who answers for tasks
 * is never read as a work report.
 */
import type { DocumentLayout } from '../../../schemas/records.ts';
import { SeedError } from '../errors.ts';
import type { SourceDocument } from '../source.ts';
import { listLayout } from './list.ts';
import { reportLayout } from './report.ts';
import { tableLayout } from './table.ts';
import type { Fit, Layout, LayoutOptions } from './types.ts';

export const LAYOUTS: readonly Layout[] = [tableLayout, listLayout, reportLayout];

export interface LayoutChoice {
  layout: Layout;
  fits: Fit[];
  declared: boolean;
}

function describeFits(fits: readonly Fit[]): string {
  return fits.map((f) => `${f.layout}: ${f.reason}`).join('; ');
}

export function chooseLayout(source: SourceDocument, declared: DocumentLayout | undefined, options: Pick<LayoutOptions, 'isStatusWord' | 'columns'>, sidecar: string): LayoutChoice {
  const fits = LAYOUTS.map((l) => l.fit(source, options));
  if (declared) return { layout: LAYOUTS.find((l) => l.name === declared) ?? tableLayout, fits, declared: true };
  const score = (name: DocumentLayout): number => fits.find((f) => f.layout === name)?.score ?? 0;
  const table = score('table');
  const list = score('list');
  if (table > 0 || list > 0) {
    if (table > 0 && list > 0 && table < 2 * list && list < 2 * table) {
      throw new SeedError(
        source.file,
        1,
        `the document fits two layouts about equally (${describeFits(fits.filter((f) => f.score > 0))})`,
        `one of them: declare "layout": "table" or "layout": "list" in ${sidecar}`,
      );
    }
    return { layout: table >= list ? tableLayout : listLayout, fits, declared: false };
  }
  if (score('report') > 0) return { layout: reportLayout, fits, declared: false };
  throw new SeedError(
    source.file,
    1,
    `no layout fits (${describeFits(fits)})`,
    `a table under a header naming 序号 and the target, numbered items (1、 1. （1） （一）) that name their leaders or units, or a 政府工作报告; if the document is one of these, declare "layout" ("table", "list" or "report") in ${sidecar} — for numbered items that name no one (a 通报 of progress in paragraphs) declare "layout": "list" with "kind": "progress"; if it is a scan or a PDF, use the Word, Excel or web page it was made from`,
  );
}
