/**
 * /<place>/<document>/changes.csv — the rows of the change page: each target
 * carried over, new or no longer listed, with both periods' ids, texts and
 * statuses, through the same CSV writer (and formula guard) as /data/.
 */
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import type { Target } from '../../../schemas/records.ts';
import { loadSite } from '../../../lib/model/load-astro.ts';
import { reportedStatus } from '../../../lib/model/status.ts';
import { documentChangesFiles } from '../../../lib/site/pages/document.ts';
import { toCsv } from '../../../lib/site/open-data.ts';
import { changeStrings as c, statusLabel } from '../../../i18n/zh-CN.ts';

export const getStaticPaths = async () => documentChangesFiles(await loadSite());
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

const COLUMNS = ['kind', 'before_id', 'before_text', 'status_before', 'after_id', 'after_text', 'status_after', 'status_changed'] as const;
type Row = Record<(typeof COLUMNS)[number], string>;

export const GET: APIRoute<Props> = ({ props }) => {
  const { change } = props.model;
  const side = (t: Target | null) => ({ id: t?.id ?? '', text: t?.text.text ?? '' });
  const label = (v: Parameters<typeof statusLabel>[0] | null) => (v ? statusLabel(v) : '');
  const rows: Row[] = [
    ...change.carried.map((x) => ({
      kind: c.kindCarried,
      before_id: side(x.before).id,
      before_text: side(x.before).text,
      status_before: label(x.statusBefore),
      after_id: side(x.after).id,
      after_text: side(x.after).text,
      status_after: label(x.statusAfter),
      status_changed: change.changed.includes(x) ? c.yes : c.no,
    })),
    ...change.added.map((t) => ({
      kind: c.kindAdded,
      before_id: '',
      before_text: '',
      status_before: '',
      after_id: t.id,
      after_text: t.text.text,
      status_after: label(reportedStatus(t, change.newer)),
      status_changed: '',
    })),
    ...change.notListed.map((t) => ({
      kind: c.kindNotListed,
      before_id: t.id,
      before_text: t.text.text,
      status_before: label(reportedStatus(t, change.older)),
      after_id: '',
      after_text: '',
      status_after: '',
      status_changed: '',
    })),
  ];
  return new Response(toCsv(rows, COLUMNS), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
