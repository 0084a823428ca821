/** 是否按计划完成进度 as published → on_plan / behind / not_applicable / not_reported. */
import type { Status } from '../../content.config.ts';
import { unspaced } from './text.ts';

const VALUES: Record<string, Status['value']> = {
  是: 'on_plan',
  否: 'behind',
  '—': 'not_applicable',
  '——': 'not_applicable',
  '-': 'not_applicable',
  '－': 'not_applicable',
  '/': 'not_applicable',
  '／': 'not_applicable',
};

/** Does this cell read like a status? Used to spot cells that slid into the wrong column. */
export function looksLikeStatus(raw: string): boolean {
  return unspaced(raw) in VALUES;
}

/** `known: false` means the cell held something we cannot read as a status; it is kept as published. */
export function parseStatus(raw: string | null): { status: Status; known: boolean } {
  if (raw === null || unspaced(raw) === '') return { status: { raw: null, value: 'not_reported' }, known: true };
  const value = VALUES[unspaced(raw)];
  return value
    ? { status: { raw: raw.trim(), value }, known: true }
    : { status: { raw: raw.trim(), value: 'not_reported' }, known: false };
}
