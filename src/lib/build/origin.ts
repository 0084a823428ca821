/**
 * The origin every absolute address is made from (canonical links, the sitemap,
 * robots.txt, the feed, embed codes, data URLs). Without SITE_URL a build works
 * for looking at the site locally and says loudly that it is not for
 * publishing; a production build (NODE_ENV=production, or --production) stops.
 */
export function originProblem(env: NodeJS.ProcessEnv, argv: readonly string[]): { fatal: boolean; message: string } | null {
  const origin = env['SITE_URL'];
  const production = env['NODE_ENV'] === 'production' || argv.includes('--production');
  if (origin) {
    const parsed = URL.canParse(origin) ? new URL(origin) : null;
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.pathname !== '/') {
      return {
        fatal: true,
        message: `SITE_URL “${origin}” is not an origin: give the portal's scheme and host only (SITE_URL=https://www.example.gov.cn), and its sub-path in SITE_BASE (SITE_BASE=/gk/zrmb/)`,
      };
    }
    return null;
  }
  const what = 'SITE_URL is not set: canonical links, the sitemap, robots.txt, the feed, embed codes and every data URL name http://localhost:4321';
  return production
    ? { fatal: true, message: `${what}. A production build needs the portal's origin: SITE_URL=https://www.example.gov.cn npm run build` }
    : { fatal: false, message: `${what} — fine for looking at the site here, wrong on a portal. Before publishing: SITE_URL=https://www.example.gov.cn npm run build` };
}
