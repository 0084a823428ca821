/**
 * A search as it lives in the address bar, so it can be shared, bookmarked
 * and cited: `?q=托位&leader=曹临&sort=newest`. Filter values are the words
 * shown on the page (菏泽市, 2023年, 未按计划); a filter given twice matches
 * either value.
 */

import type { StatusValue } from '../../schemas/records.ts';
import { statusLabel } from '../../i18n/zh-CN.ts';
import { STATUS_ORDER } from '../model/status.ts';

/**
 * A status is written in the address by its code, as the downloads write it
 * (`status=behind`); the page and Pagefind's filters use its words (未按计划).
 * Either form is read.
 */
const STATUS_BY_CODE = new Map<string, string>(STATUS_ORDER.map((v) => [v, statusLabel(v)]));
const CODE_BY_STATUS = new Map<string, StatusValue>(STATUS_ORDER.map((v) => [statusLabel(v), v]));

/** Filter groups, in the order the page shows them; also their URL parameter and Pagefind filter names. */
export const filterKeys = ['kind', 'jurisdiction', 'year', 'document', 'status', 'topic', 'leader', 'unit'] as const;
export type FilterKey = (typeof filterKeys)[number];

export const sortKeys = ['relevance', 'newest', 'oldest'] as const;
export type SortKey = (typeof sortKeys)[number];

export interface SearchState {
  q: string;
  filters: Record<FilterKey, string[]>;
  sort: SortKey;
}

/** A sort option from a URL or the form; anything else is relevance. */
export function toSort(value: string | null): SortKey {
  return sortKeys.find((k) => k === value) ?? 'relevance';
}

export function emptyFilters(): Record<FilterKey, string[]> {
  return { kind: [], jurisdiction: [], year: [], document: [], status: [], topic: [], leader: [], unit: [] };
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters = emptyFilters();
  for (const key of filterKeys) {
    const values = params.getAll(key).filter((v) => v !== '');
    filters[key] = [...new Set(key === 'status' ? values.map((v) => STATUS_BY_CODE.get(v) ?? v) : values)];
  }
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    filters,
    sort: toSort(sort),
  };
}

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim() !== '') params.set('q', state.q.trim());
  for (const key of filterKeys) for (const value of state.filters[key]) params.append(key, key === 'status' ? (CODE_BY_STATUS.get(value) ?? value) : value);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export function hasFilters(state: Pick<SearchState, 'filters'>): boolean {
  return filterKeys.some((k) => state.filters[k].length > 0);
}

/** Pagefind's filter object: all groups must match, any value within a group; `except` leaves one group out (for its counts). */
export function pagefindFilters(filters: Record<FilterKey, string[]>, except?: FilterKey): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const key of filterKeys) {
    if (key !== except && filters[key].length > 0) out[key] = { any: filters[key] };
  }
  return out;
}

/** Sort keys on the pages are ascending numbers; relevance is Pagefind's own order. */
export function pagefindSort(sort: SortKey): Record<string, 'asc'> | undefined {
  return sort === 'relevance' ? undefined : { [sort]: 'asc' };
}
