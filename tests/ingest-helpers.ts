/**
 * Running one layout over a fixture's text, for the layout tests: the
 * interpretation and its anomalies with positions and the words the
 * data-quality pages show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anomalyMessage } from '../src/i18n/zh-CN.anomalies.ts';
import { AnomalyLog } from '../src/lib/ingest/anomalies.ts';
import { logReaderNotes } from '../src/lib/ingest/index.ts';
import { tableLayout } from '../src/lib/ingest/layout/table.ts';
import { listLayout } from '../src/lib/ingest/layout/list.ts';
import { reportLayout } from '../src/lib/ingest/layout/report.ts';
import type { Interpretation, Layout } from '../src/lib/ingest/layout/types.ts';
import { readText } from '../src/lib/ingest/read/text.ts';
import type { SourceDocument } from '../src/lib/ingest/source.ts';
import { StatusVocabulary } from '../src/lib/ingest/status.ts';
import { readReviewed } from '../src/lib/ingest/run.ts';
import { vocabularyFileSchema } from '../src/schemas/seeds.ts';
import { FIXTURE_SITE } from './test-site.ts';

export const vocabulary = new StatusVocabulary(readReviewed(FIXTURE_SITE, 'seeds/vocabulary.json', vocabularyFileSchema));

/** A cut of a real seed in src/lib/ingest/fixtures/ (see its README). */
export function ingestFixture(name: string): string {
  return readFileSync(join(import.meta.dirname, '../src/lib/ingest/fixtures', name), 'utf8');
}

export interface LoggedForTest {
  kind: string;
  line: number;
  at: string | null;
  /** the target's key, if any */
  target: string | null;
  occurrences: number;
  severity: 'info' | 'warning';
  found: string;
  action: string;
}

const LAYOUTS: Record<'table' | 'list' | 'report', Layout> = { table: tableLayout, list: listLayout, report: reportLayout };

export function interpret(
  source: SourceDocument,
  layout: 'table' | 'list' | 'report',
  options: { truncated?: boolean; columns?: Record<string, string> } = {},
): { r: Interpretation; anomalies: LoggedForTest[] } {
  const log = new AnomalyLog();
  const r = LAYOUTS[layout].read(source, {
    file: source.file,
    joinedUnitForms: ['菏泽鲁西新区 管委会'],
    truncated: options.truncated ?? false,
    columns: options.columns ?? {},
    isStatusWord: vocabulary.isStatusWord,
    log,
  });
  logReaderNotes(source, r, log);
  const anomalies = log.entries.map((e) => {
    const first = e.occurrences[0];
    return { kind: e.fact.kind, line: first?.pos.line ?? 0, at: first?.pos.at ?? null, target: first?.target ?? null, occurrences: e.occurrences.length, ...anomalyMessage(e.fact) };
  });
  return { r, anomalies };
}

/** A text seed read as `layout`. */
export function interpretText(text: string, file: string, layout: 'table' | 'list' | 'report', options: { truncated?: boolean; columns?: Record<string, string> } = {}) {
  return interpret(readText(text, file), layout, options);
}
