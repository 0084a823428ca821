/**
 * RSS 2.0 of the documents, newest first, so a journalist or a portal's
 * aggregator learns of a new progress table without visiting. Links are
 * absolute (SITE_URL + SITE_BASE): a feed is read away from the site.
 */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  /** YYYY-MM-DD when the document's date is known; the item then carries it */
  date: string | null;
}

export interface Feed {
  title: string;
  link: string;
  description: string;
  /** the feed's own address */
  self: string;
  built: Date;
  items: FeedItem[];
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A day in China time, as RFC 822 wants it (midnight +0800). */
export function rfc822Day(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  const names = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[day.getUTCDay()]}, ${String(d).padStart(2, '0')} ${months[m - 1]} ${y} 00:00:00 +0800`;
}

export function rssFeed(feed: Feed): string {
  const e = escapeXml;
  const items = feed.items
    .map(
      (i) =>
        `    <item>\n      <title>${e(i.title)}</title>\n      <link>${e(i.link)}</link>\n      <guid isPermaLink="true">${e(i.link)}</guid>\n` +
        `      <description>${e(i.description)}</description>\n` +
        (i.date ? `      <pubDate>${rfc822Day(i.date)}</pubDate>\n` : '') +
        `    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${e(feed.title)}</title>
    <link>${e(feed.link)}</link>
    <description>${e(feed.description)}</description>
    <language>zh-CN</language>
    <lastBuildDate>${feed.built.toUTCString()}</lastBuildDate>
    <atom:link href="${e(feed.self)}" rel="self" type="application/rss+xml" />
${items}
  </channel>
</rss>
`;
}
