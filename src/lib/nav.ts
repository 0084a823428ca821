/**
 * The header's links. A city and its districts fit in a row; a province's
 * hundred places do not (a hundred links on every page, a screenful on a
 * phone before the content), so past FEW_PLACES the header names only
 * the page's own place and links the full list on the home page.
 */
import type { Jurisdiction } from '../content.config.ts';
import { strings } from '../i18n/zh-CN.ts';
import { FEW_PLACES } from './province.ts';
import { paths } from './routing.ts';

export interface NavItem {
  label: string;
  /** a site path, without the base */
  href: string;
}

/** `current` is the page's path as served; `toUrl` adds the base to a site path. */
export function headerNav(
  jurisdictions: readonly Pick<Jurisdiction, 'id' | 'name'>[],
  current: string,
  toUrl: (path: string) => string = (p) => p,
): NavItem[] {
  const many = jurisdictions.length > FEW_PLACES;
  const own = jurisdictions.filter((j) => current.startsWith(toUrl(paths.jurisdiction(j.id))));
  const place = (j: Pick<Jurisdiction, 'id' | 'name'>): NavItem => ({ label: j.name, href: paths.jurisdiction(j.id) });
  return [
    { label: strings.navHome, href: paths.home() },
    ...(many ? own : jurisdictions).map(place),
    ...(many ? [{ label: strings.navAllJurisdictions, href: paths.jurisdictions() }] : []),
    { label: strings.navDataQuality, href: paths.dataQuality() },
  ];
}
