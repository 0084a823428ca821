/**
 * Every download under /data/ (CSV, JSON, Table Schemas, datapackage.json),
 * as static files. Which files exist and what they hold: src/lib/site/data-files.ts.
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { DATA_PACKAGE, dataSet } from '../../lib/site/data-files.ts';
import { loadSite } from '../../lib/model/load-astro.ts';
import { modelDigest } from '../../lib/site/pages/page.ts';

export const getStaticPaths = (async () => {
  const { files, dataPackage } = dataSet(await loadSite());
  return [
    // the file is its own view model: its digest is its cacheKey
    ...files.map((f) => ({ params: { file: f.path }, props: { content: f.content }, cacheKey: modelDigest(f.content) })),
    { params: { file: DATA_PACKAGE }, props: { content: dataPackage }, cacheKey: modelDigest(dataPackage) },
  ];
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json; charset=utf-8' };

export const GET: APIRoute<Props> = ({ props, params }) => {
  const ext = String(params['file']).split('.').pop() ?? '';
  return new Response(props.content, { headers: { 'content-type': TYPES[ext] ?? 'application/octet-stream' } });
};
