/**
 * The metadata Chinese government pages carry (政府网站网页设计规范:
 * SiteName, SiteDomain, SiteIDCode, ColumnName, ArticleTitle, PubDate,
 * ContentSource, Keywords, Description) and the dates a page shows.
 * Pure functions; Base.astro renders what they return.
 */
import type { SiteDocument } from '../../schemas/records.ts';

export interface MetaTag {
  name: string;
  content: string;
}

export interface GovMetaInput {
  siteName: string;
  siteDomain: string;
  siteIdCode: string;
  columnName: string;
  /** record pages (document, target, leader, unit) only */
  articleTitle?: string | undefined;
  pubDate: string;
  contentSource: string;
  keywords: readonly string[];
  description: string;
}

/** In the order the 规范 lists them; a field with nothing in it is left out, never written empty. */
export function govMeta(input: GovMetaInput): MetaTag[] {
  const tags: [string, string | undefined][] = [
    ['SiteName', input.siteName],
    ['SiteDomain', input.siteDomain],
    ['SiteIDCode', input.siteIdCode],
    ['ColumnName', input.columnName],
    ['ArticleTitle', input.articleTitle],
    ['PubDate', input.pubDate],
    ['ContentSource', input.contentSource],
    ['Keywords', keywords(input.keywords)],
    // one Description only: meta names are case-insensitive, so it is also the page's description
    ['Description', input.description],
  ];
  return tags.flatMap(([name, content]) => (content ? [{ name, content: content.trim() }] : []));
}

/** Distinct, non-empty, in first-seen order, comma-separated as portals write them. */
export function keywords(words: readonly string[]): string {
  return [...new Set(words.map((w) => w.trim()).filter((w) => w !== ''))].join(',');
}

const chinaDateTime = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** PubDate for a moment: YYYY-MM-DD HH:mm in China time. */
export function pubDateTime(date: Date): string {
  const parts = chinaDateTime.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** The date a document is known by: its portal publication date, else the date its text carries. */
export interface DocumentDate {
  kind: 'published' | 'written';
  /** YYYY-MM-DD */
  iso: string;
}

export function documentDate(doc: Pick<SiteDocument, 'publishedAt' | 'textDate'>): DocumentDate | null {
  if (doc.publishedAt) return { kind: 'published', iso: doc.publishedAt };
  if (doc.textDate && /^\d{4}-\d{2}-\d{2}$/.test(doc.textDate)) return { kind: 'written', iso: doc.textDate };
  return null;
}

/**
 * PubDate of a page: the document's own date where known (a day, with no
 * invented time), else the moment the page was built and so published here.
 */
export function pagePubDate(date: DocumentDate | null, built: Date): string {
  return date ? date.iso : pubDateTime(built);
}
