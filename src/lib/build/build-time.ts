/**
 * When the site was built. Reproducible builds need a fixed moment: with
 * SOURCE_DATE_EPOCH set (seconds since 1970, the reproducible-builds.org
 * convention) every build of the same input is byte-identical; without it,
 * the current time.
 */
export function buildTime(env: Record<string, string | undefined> = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date();
}
