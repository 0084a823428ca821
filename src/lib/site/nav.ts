/**
 * The header's links. A city and its districts fit in a row; a province's
 * hundred places do not (a hundred links on every page, a screenful on a
 * phone before the content), so past FEW_PLACES the header names only
 * the page's own place and links the full list on the home page.
 */
import type { Jurisdiction } from '../../schemas/records.ts';
import { strings } from '../../i18n/zh-CN.ts';
import { FEW_PLACES } from './province.ts';
import { paths } from './urls.ts';

export interface NavItem {
  label: string;
  /** a site path, without the base */
  href: string;
  /** the page is this item's page or below it (the home item: only the home page) */
  current: boolean;
}

/** `current` is the page's path as served; `toUrl` adds the base to a site path. */
export function headerNav(jurisdictions: readonly Pick<Jurisdiction, 'id' | 'name'>[], current: string, toUrl: (path: string) => string = (p) => p): NavItem[] {
  const here = (href: string): boolean => (href === paths.home() ? current === toUrl(href) : current.startsWith(toUrl(href)));
  const item = (label: string, href: string): NavItem => ({ label, href, current: here(href) });
  const many = jurisdictions.length > FEW_PLACES;
  const own = jurisdictions.filter((j) => here(paths.jurisdiction(j.id)));
  return [
    item(strings.navHome, paths.home()),
    ...(many ? own : jurisdictions).map((j) => item(j.name, paths.jurisdiction(j.id))),
    ...(many ? [item(strings.navAllJurisdictions, paths.jurisdictions())] : []),
    item(strings.navDataQuality, paths.dataQuality()),
  ];
}

/** Past this many targets a document page offers 跳到序号 and 回到页首: a phone no longer shows the list's ends together. */
export const LONG_LIST = 12;
