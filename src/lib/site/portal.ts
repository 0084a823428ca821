/**
 * The hosting portal's identity from src/portal.json (webmasters edit JSON,
 * not code), validated by `portalSchema`. SITE_PORTAL points at another file
 * (the tests build once with a fully filled one). A configured image must
 * exist under public/: a footer that points at a missing logo is a dead link
 * that portal inspections flag.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { portalSchema, type Portal } from '../../schemas/portal.ts';
import { strings } from '../../i18n/zh-CN.ts';

export const DEFAULT_PORTAL_FILE = 'src/portal.json';

export function parsePortal(json: unknown, where: string, publicDir = 'public'): Portal {
  const result = portalSchema.safeParse(json);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${where}: ${problems}`);
  }
  const portal = result.data;
  const image = portal.partyGovLogo.image;
  if (image !== '' && !existsSync(join(publicDir, image))) {
    throw new Error(`${where}: partyGovLogo.image ${image} is not in ${publicDir}/`);
  }
  return portal;
}

let cached: Portal | undefined;

/** The portal configuration, read once per build. */
export function portal(env: Record<string, string | undefined> = process.env): Portal {
  if (cached) return cached;
  const file = env['SITE_PORTAL'] || DEFAULT_PORTAL_FILE;
  cached = parsePortal(JSON.parse(readFileSync(file, 'utf8')), file);
  return cached;
}

/** The name in the header and every <title>: the portal's when it gives one, else the project's. */
export function siteNameOf(p: Pick<Portal, 'siteName'>): string {
  return p.siteName.trim() || strings.siteName;
}

/** SiteDomain: as configured, else the host the site is built for. */
export function siteDomain(p: Pick<Portal, 'siteDomain'>, site: URL | string | undefined): string {
  if (p.siteDomain !== '') return p.siteDomain;
  return site ? new URL(site).host : '';
}

/** The MIIT record query, where every ICP备案号 is checked. */
export const ICP_QUERY_URL = 'https://beian.miit.gov.cn/';

/** A 公安机关备案号 links to its record by the digits in it; null when it has none. */
export function publicSecurityUrl(record: string): string | null {
  const code = record.replace(/\D/g, '');
  return code === '' ? null : `https://beian.mps.gov.cn/#/query/webSearch?code=${code}`;
}

/** `mailto:` and `tel:` targets from what the webmaster typed. */
export function mailto(email: string): string {
  return `mailto:${email}`;
}

export function tel(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}
