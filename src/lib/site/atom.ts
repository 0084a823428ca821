/**
 * A small Atom (RFC 4287) writer. Every text and attribute is XML-escaped,
 * and characters XML 1.0 forbids are dropped, so a stray control character
 * in a source document cannot break the feed. Pure.
 */

export interface AtomLink {
  href: string;
  rel: 'alternate' | 'self' | 'related';
  type?: string;
  title?: string;
}

export interface AtomEntry {
  /** a permanent IRI: the document's permalink */
  id: string;
  title: string;
  /** RFC 3339 date-time */
  updated: string;
  published?: string;
  summary: string;
  links: AtomLink[];
  categories?: Array<{ term: string; label: string }>;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  updated: string;
  author: string;
  lang: string;
  links: AtomLink[];
  entries: AtomEntry[];
}

// XML 1.0 allows tab, LF, CR and everything from U+0020 except lone surrogates and U+FFFE/U+FFFF
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** An ISO calendar date (2022-12-27) as the start of that day in China time; full date-times pass through. */
export function rfc3339(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00+08:00` : date;
}

function element(name: string, text: string, attrs: Record<string, string | undefined> = {}): string {
  return `<${name}${attributes(attrs)}>${escapeXml(text)}</${name}>`;
}

function attributes(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter((e): e is [string, string] => e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('');
}

function link(l: AtomLink): string {
  return `<link${attributes({ rel: l.rel, type: l.type, href: l.href, title: l.title })}/>`;
}

export function atom(feed: AtomFeed): string {
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    ...(feed.subtitle ? [`  ${element('subtitle', feed.subtitle)}`] : []),
    `  ${element('updated', feed.updated)}`,
    `  <author>${element('name', feed.author)}</author>`,
    ...feed.links.map((l) => `  ${link(l)}`),
    ...feed.entries.flatMap((e) => [
      '  <entry>',
      `    ${element('id', e.id)}`,
      `    ${element('title', e.title)}`,
      `    ${element('updated', e.updated)}`,
      ...(e.published ? [`    ${element('published', e.published)}`] : []),
      ...e.links.map((l) => `    ${link(l)}`),
      ...(e.categories ?? []).map((c) => `    <category${attributes({ term: c.term, label: c.label })}/>`),
      `    ${element('summary', e.summary, { type: 'text' })}`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}
