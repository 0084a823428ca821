import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { chartDownload } from '../../../lib/charts/download.ts';
import { jurisdictionChartPaths } from '../../../lib/charts/pages.ts';

export const getStaticPaths = jurisdictionChartPaths;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute = ({ props }) => chartDownload(props as Props);
