import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { chartDownload } from '../../../../../lib/charts/download.ts';
import { leaderChartPaths } from '../../../../../lib/charts/pages.ts';

export const getStaticPaths = leaderChartPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute = ({ props }) => chartDownload(props as Props);
