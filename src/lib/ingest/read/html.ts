/**
 * HTML (.html, .htm: a page saved from a government portal) and the HTML
 * mammoth makes of a Word file → blocks.
 *
 * - Every data <table> becomes rows on a grid: rowspan and colspan are
 *   expanded so a merged cell's text stands in every row and column it
 *   covers, each copy marked as such (a layout decides what a copy means).
 *   A table that holds other tables is page layout, not data: its cells are
 *   read as containers.
 * - Paragraphs, headings, list items and lines broken by <br> become text
 *   blocks, each keeping its inline markup for the sanitizer (bold marks
 *   lead units in some notices).
 * - Page chrome is ignored: <head>, navigation, header and footer, forms,
 *   and elements whose id or class says they are menus, breadcrumbs, share
 *   buttons or the like; scripts, styles, frames and embedded objects never
 *   reach a block. The <meta> fields of 政府网站网页设计规范 (ArticleTitle,
 *   PubDate, SiteName) are kept as facts.
 *
 * rehype-parse (parse5, the HTML standard's parser) does the parsing, so
 * mis-nested and unclosed tags are read as a browser reads them.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { SourceFormat } from '../../../schemas/records.ts';
import type { ReaderNote } from '../anomalies.ts';
import type { Block, Cell, PageFacts, Position, SourceDocument } from '../source.ts';
import { squeeze } from '../text.ts';

/** Never content: the parser's tree keeps them, we skip them whole. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'img',
  'picture',
  'map',
  'form',
  'select',
  'button',
  'input',
  'textarea',
  'nav',
  'header',
  'footer',
  'aside',
  'dialog',
  'menu',
]);

/** id or class words of portal chrome (栏目导航, 面包屑, 分享, 版权信息…). */
const CHROME =
  /(^|[-_\s])(nav|navbar|menu|header|head|top|footer|foot|bottom|breadcrumbs?|crumbs?|position|location|sidebar|side|share|copyright|banner|toolbar|search|login|related|pager|pagination|print|close|qrcode|ewm)([-_\s]|$)/i;

/** Elements that start a new block. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'center',
  'blockquote',
  'pre',
  'address',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'hr',
  'body',
  'html',
  'tr',
  'td',
  'th',
  'thead',
  'tbody',
  'tfoot',
  'fieldset',
  'legend',
  'details',
  'summary',
]);

/** Above this a table is refused before it is expanded: a hostile rowspan must not allocate a million cells. */
export const HTML_LIMITS = { rows: 5000, columns: 60, span: 1000 } as const;

export class HtmlReadError extends Error {
  readonly where: string;
  constructor(where: string, message: string) {
    super(message);
    this.name = 'HtmlReadError';
    this.where = where;
  }
}

const parser = unified().use(rehypeParse, { fragment: false });

function attr(node: Element, name: string): string {
  const v = node.properties?.[name];
  return Array.isArray(v) ? v.join(' ') : v === undefined || v === null ? '' : String(v);
}

function isChrome(node: Element): boolean {
  if (SKIP.has(node.tagName)) return true;
  const words = `${attr(node, 'id')} ${attr(node, 'className')}`;
  // the content container of many portal templates is called “content” or “main”: never chrome
  return CHROME.test(words) && !/(^|[-_\s])(content|article|zoom|detail|text|main|TRS_Editor)/i.test(words);
}

function hasTable(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (c.tagName === 'table' || (!SKIP.has(c.tagName) && hasTable(c))));
}

/** The <tr> of a table itself, not of tables inside its cells. */
function ownRows(table: Element): Element[] {
  return table.children.flatMap((c) => (c.type !== 'element' ? [] : c.tagName === 'tr' ? [c] : ['thead', 'tbody', 'tfoot'].includes(c.tagName) ? ownRows(c) : []));
}

/**
 * A table that holds other tables is page layout (a portal's frame of one or
 * two columns around the article), unless its own rows are a grid of three or
 * more cells: then it is data, and a table inside one of its cells (a district
 * breakdown in a 完成情况 cell) is part of that cell's text.
 */
function isLayoutTable(table: Element): boolean {
  if (!hasTable(table)) return false;
  const widths = ownRows(table).map((tr) => tr.children.filter((c) => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')).length);
  return widths.filter((w) => w >= 3).length < 2;
}

/** A table inside a data cell as lines of text: one paragraph per row, its cells joined by “ | ”. */
function flattenInnerTables(children: ElementContent[]): ElementContent[] {
  return children.flatMap((n): ElementContent[] => {
    if (n.type !== 'element') return [n];
    if (n.tagName === 'table') {
      return ownRows(n).map((tr) => ({
        type: 'element',
        tagName: 'p',
        properties: {},
        children: [
          {
            type: 'text',
            value: tr.children
              .filter((c): c is Element => c.type === 'element')
              .map((c) => squeeze(toText(c)))
              .join(' | '),
          },
        ],
      }));
    }
    return [{ ...n, children: flattenInnerTables(n.children) }];
  });
}

/** A cell whose whole content is one <p> (Word's cells, many portals'): the paragraph is the format's, not the cell's words. */
function unwrapParagraph(children: ElementContent[]): ElementContent[] {
  const solid = children.filter((c) => !(c.type === 'text' && c.value.trim() === '') && c.type !== 'comment');
  const only = solid[0];
  return solid.length === 1 && only?.type === 'element' && only.tagName === 'p' ? only.children : children;
}

function breaksInside(node: Element): boolean {
  return node.children.some((c) => c.type === 'element' && (c.tagName === 'br' || BLOCK.has(c.tagName) || breaksInside(c)));
}

function lineOf(node: RootContent | ElementContent | Root): number {
  return node.position?.start.line ?? 1;
}

function pageFacts(tree: Root): PageFacts {
  const facts: { title: string | null; publishedAt: string | null; site: string | null } = { title: null, publishedAt: null, site: null };
  let titleTag: string | null = null;
  const visit = (node: Root | ElementContent): void => {
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      if (node.tagName === 'meta') {
        const name = attr(node, 'name').toLowerCase();
        const content = squeeze(attr(node, 'content'));
        if (content !== '') {
          if (name === 'articletitle') facts.title = content;
          if (name === 'pubdate' && /^\d{4}-\d{2}-\d{2}/.test(content)) facts.publishedAt = content.slice(0, 10);
          if (name === 'sitename') facts.site = content;
        }
      }
      if (node.tagName === 'title') titleTag = squeeze(toText(node));
    }
    for (const child of node.children) visit(child as ElementContent);
  };
  visit(tree);
  return { title: facts.title ?? titleTag, publishedAt: facts.publishedAt, site: facts.site };
}

export interface TreeReadOptions {
  file: string;
  format: SourceFormat;
  /** Word: the HTML has no lines of its own, so positions count paragraphs and table rows */
  positions: 'lines' | 'ordinal';
}

/** Reads a parsed page into blocks; shared by the HTML and the Word reader. */
export function readTree(tree: Root, options: TreeReadOptions): { blocks: Block[]; notes: ReaderNote[] } {
  const blocks: Block[] = [];
  const notes: ReaderNote[] = [];
  let tableCount = 0;
  let paragraphs = 0;
  let ordinal = 0;
  const position = (node: RootContent | ElementContent | Root, at: string | null): Position => {
    ordinal++;
    return options.positions === 'lines' ? { line: lineOf(node), at } : { line: ordinal, at };
  };

  /** The inline content gathered since the last block boundary. */
  let inline: ElementContent[] = [];
  let inlineStart: ElementContent | null = null;
  let heading: number | null = null;
  /** an <ol> item's number, written before the item's first text */
  let prefix: string | null = null;
  const flush = (): void => {
    const nodes = inline;
    const first = inlineStart;
    inline = [];
    inlineStart = null;
    if (nodes.length === 0 || !first) return;
    if (squeeze(toText({ type: 'root', children: nodes })) === '') return;
    const html = `${prefix ?? ''}${toHtml({ type: 'root', children: nodes })}`;
    prefix = null;
    paragraphs++;
    const pos = position(first, options.positions === 'ordinal' ? `paragraph ${paragraphs}` : null);
    noteLinks(nodes, pos);
    blocks.push({ kind: 'text', text: html, pos, heading });
  };
  const noteLinks = (nodes: readonly ElementContent[], pos: Position): void => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      if (node.tagName === 'a' && attr(node, 'href') !== '') notes.push({ fact: { kind: 'link-dropped', href: attr(node, 'href'), text: squeeze(toText(node)) }, pos });
      noteLinks(node.children, pos);
    }
  };

  const readTable = (table: Element): void => {
    tableCount++;
    const t = tableCount;
    const rows: Element[] = [];
    const collect = (node: Element): void => {
      for (const c of node.children) {
        // rows of tables inside cells are that cell's text, not rows of this table
        if (c.type !== 'element') continue;
        if (c.tagName === 'tr') rows.push(c);
        else if (c.tagName === 'thead' || c.tagName === 'tbody' || c.tagName === 'tfoot') collect(c);
        else if (c.tagName === 'caption') {
          const text = toHtml({ type: 'root', children: c.children });
          if (squeeze(toText(c)) !== '') {
            paragraphs++;
            blocks.push({ kind: 'text', text, pos: position(c, options.positions === 'ordinal' ? `paragraph ${paragraphs}` : null), heading: null });
          }
        }
      }
    };
    collect(table);
    if (rows.length > HTML_LIMITS.rows) throw new HtmlReadError(`table ${t}`, `table ${t} has ${rows.length} rows, more than the ${HTML_LIMITS.rows} a document table may have`);
    const grid: Array<Array<Cell | undefined>> = [];
    const positions: Position[] = [];
    rows.forEach((tr, r) => {
      positions[r] = position(tr, `table ${t} row ${r + 1}`);
      grid[r] ??= [];
      let c = 0;
      for (const td of tr.children) {
        if (td.type !== 'element' || (td.tagName !== 'td' && td.tagName !== 'th')) continue;
        const row = grid[r] ?? [];
        while (row[c] !== undefined) c++;
        const span = (name: string): number => {
          const n = Number.parseInt(attr(td, name), 10);
          return Number.isFinite(n) && n >= 1 ? Math.min(n, HTML_LIMITS.span) : 1;
        };
        const rowspan = Math.min(span('rowSpan'), rows.length - r);
        const colspan = span('colSpan');
        if (c + colspan > HTML_LIMITS.columns)
          throw new HtmlReadError(`table ${t} row ${r + 1}`, `table ${t} row ${r + 1} reaches column ${c + colspan}, more than the ${HTML_LIMITS.columns} a document table may have`);
        const skipped = td.children.filter((n): n is Element => n.type === 'element' && SKIP.has(n.tagName));
        const text = toHtml({ type: 'root', children: unwrapParagraph(flattenInnerTables(td.children.filter((n) => !(n.type === 'element' && SKIP.has(n.tagName))))) });
        const origin = positions[r] ?? null;
        if (skipped.length > 0) {
          // a script, frame, image or form inside a data cell is not published; the ledger quotes the cell as it was, as text
          const names = [...new Set(skipped.map((n) => n.tagName))];
          notes.push({
            fact: { kind: 'markup-removed', what: '单元格', tags: names, removed: names, raw: squeeze(toHtml({ type: 'root', children: td.children })).slice(0, 200) },
            pos: origin ?? { line: 1, at: null },
          });
        }
        noteLinks(td.children, positions[r] ?? { line: 1, at: null });
        if (rowspan > 1 || colspan > 1) {
          notes.push({ fact: { kind: 'merged-cell', how: 'expanded', range: `${rowspan}×${colspan}`, text: squeeze(toText(td)).slice(0, 40) }, pos: origin ?? { line: 1, at: null } });
        }
        for (let dr = 0; dr < rowspan; dr++) {
          const target = (grid[r + dr] ??= []);
          for (let dc = 0; dc < colspan; dc++) {
            target[c + dc] = { text, merged: dr > 0 ? 'row' : dc > 0 ? 'col' : null, origin: dr > 0 || dc > 0 ? origin : null };
          }
        }
        c += colspan;
      }
    });
    grid.forEach((cells, r) => {
      const filled: Cell[] = [];
      for (let i = 0; i < cells.length; i++) filled.push(cells[i] ?? { text: '', merged: null, origin: null });
      blocks.push({ kind: 'row', cells: filled, pos: positions[r] ?? { line: 1, at: null }, table: t, row: r + 1 });
    });
  };

  const walk = (node: Element | Root): void => {
    for (const child of node.children) {
      if (child.type === 'comment' || child.type === 'doctype') continue;
      if (child.type === 'text') {
        if (inline.length === 0 && child.value.trim() === '') continue;
        if (inline.length === 0) inlineStart = child;
        inline.push(child);
        continue;
      }
      if (child.type !== 'element') continue;
      if (isChrome(child)) continue;
      if (child.tagName === 'br') {
        flush();
        continue;
      }
      if (child.tagName === 'table' && !isLayoutTable(child)) {
        flush();
        readTable(child);
        continue;
      }
      if (BLOCK.has(child.tagName)) {
        flush();
        const level = /^h([1-6])$/.exec(child.tagName);
        const outer = heading;
        if (level) heading = Number(level[1]);
        if (child.tagName === 'li') {
          // a list item's number comes from the list, not the text: write it as the page shows it
          const list = node.type === 'element' ? node : null;
          if (list?.tagName === 'ol') {
            const items = list.children.filter((n) => n.type === 'element' && n.tagName === 'li');
            const start = Number.parseInt(attr(list, 'start'), 10);
            prefix = `${(Number.isFinite(start) ? start : 1) + items.indexOf(child)}.`;
          }
        }
        walk(child);
        flush();
        heading = outer;
        continue;
      }
      // an inline wrapper around line breaks or blocks (<span>1.…<br>2.…</span>) is read through
      if (breaksInside(child)) {
        walk(child);
        continue;
      }
      if (inline.length === 0) inlineStart = child;
      inline.push(child);
    }
  };
  walk(tree);
  flush();
  return { blocks, notes };
}

export function readHtml(text: string, file: string): SourceDocument {
  const tree = parser.parse(text);
  const facts = pageFacts(tree);
  const { blocks, notes } = readTree(tree, { file, format: 'html', positions: 'lines' });
  return { file, format: 'html', blocks, nativeMarkup: true, facts, notes };
}
