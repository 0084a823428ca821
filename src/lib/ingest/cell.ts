/**
 * A free-text cell as published, made safe to publish.
 *
 * Source cells sometimes carry HTML fragments (`<b>减排：</b>`, `<p>…</p>`).
 * They are kept as meaning — bold, paragraphs, line breaks — by parsing the
 * cell as an HTML fragment and passing it through an allow-list sanitizer;
 * anything else (scripts, frames, event handlers, links) never reaches a page.
 */
import type { Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import rehypeSanitize, { type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { RichText } from '../../schemas/records.ts';
import { escapeHtml } from '../site/html.ts';

/** The only elements a cell may keep. No attributes at all. */
export const cellSchema: SanitizeSchema = {
  tagNames: ['b', 'strong', 'p', 'br'],
  attributes: {},
  protocols: {},
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math'],
};

const parser = unified().use(rehypeParse, { fragment: true });
const sanitizer = unified().use(rehypeSanitize, cellSchema);
const serializer = unified().use(rehypeStringify, { characterReferences: { useNamedReferences: false } });

/** Looks like an HTML tag (a letter right after `<`), as opposed to `<窗口服务评比制度>`. */
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/g;

export interface CellMarkup {
  /** tag names the cell contained, lower-case, in order of first appearance */
  tags: string[];
  /** tag names the sanitizer removed (with their content for script-like ones) */
  removed: string[];
}

export interface CellResult {
  value: RichText;
  /** null when the cell carried no markup */
  markup: CellMarkup | null;
}

function elementNames(node: Root | RootContent, into: Set<string>): void {
  if (node.type === 'element') into.add(node.tagName);
  if ('children' in node) for (const child of node.children) elementNames(child, into);
}

/** Plain text of a sanitized tree: paragraphs and line breaks become spaces, runs of space collapse. */
function plainText(tree: Root): string {
  return toText(tree, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

export function cell(raw: string): CellResult {
  const source = raw.trim();
  const hasMarkup = /<\/?[a-zA-Z]/.test(source) || /&[#a-zA-Z0-9]+;/.test(source);
  if (!hasMarkup) {
    // Fast path: no markup, so the text is the text and the HTML is its escape.
    const text = source.replace(/\s+/g, ' ');
    return { value: { text, html: escapeHtml(text) }, markup: null };
  }
  const tree = parser.parse(source);
  const before = new Set<string>();
  elementNames(tree, before);
  const clean = sanitizer.runSync(tree);
  const after = new Set<string>();
  elementNames(clean, after);
  const html = serializer.stringify(clean).trim();
  const tags = [...new Set([...source.matchAll(TAG)].map((m) => (m[1] ?? '').toLowerCase()))];
  const removed = [...before].filter((t) => !after.has(t));
  const text = plainText(clean);
  // A `<tag` left once whole tags are taken out never closed: the parser dropped it, so say so. (An entity such as &lt; is text, not markup.)
  const dropped = /<\/?[a-zA-Z]/.test(source.replace(TAG, '')) && removed.length === 0 ? ['(unparsed markup)'] : [];
  if (tags.length === 0 && removed.length === 0 && dropped.length === 0) return { value: { text, html }, markup: null };
  return { value: { text, html }, markup: { tags, removed: [...removed, ...dropped] } };
}
