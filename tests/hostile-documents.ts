/**
 * The real fixtures of tests/fixtures/formats/ as they might arrive from other
 * hands: a portal page saved with scripts, handlers, frames, refresh and base
 * tags, CSS expressions, data:/vbscript: links, SVG scripts, comments and
 * CDATA hiding markup, entities that decode to markup and unclosed tags; a
 * workbook with markup typed into cells, a javascript: hyperlink and a
 * =HYPERLINK formula; a Word file with markup typed as text and a javascript:
 * hyperlink. Used by the reader tests and by the hostile build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { ElementContent, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

const FORMATS = join(import.meta.dirname, 'fixtures/formats');

/** What must never appear live (inside a real tag) in anything published. */
export const LIVE = [
  /<script[\s>]/i,
  /<iframe\b/i,
  /<object\b/i,
  /<embed\b/i,
  /<form\b/i,
  /<base\b/i,
  /<meta[^>]+http-equiv/i,
  /<svg\b/i,
  /<[a-z][^<>]*\son[a-z]+\s*=/i,
  /<[a-z][^<>]*\s(href|src|action|data)\s*=\s*"?\s*(javascript|vbscript|data):/i,
  /<[a-z][^<>]*\ssrcdoc\s*=/i,
  /expression\s*\(/i,
];

/**
 * What runs in a built HTML file, read the way a browser reads it
 * (rehype-parse): event-handler attributes, javascript:/vbscript:/data: in any
 * URL attribute, CSS expressions, refresh and base tags, frames and objects,
 * and scripts that carry a payload (the site's own search script does not).
 * Text that merely reads “onerror=” inside an attribute value or a text node
 * is not live, and is not reported.
 */
export function liveMarkup(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Root | ElementContent): void => {
    if (node.type === 'element') {
      const el = node;
      for (const [name, value] of Object.entries(el.properties ?? {})) {
        const v = Array.isArray(value) ? value.join(' ') : String(value ?? '');
        if (/^on/i.test(name)) found.push(`<${el.tagName} ${name}>`);
        if (/^(href|src|action|data|formAction|srcDoc|poster|background)$/i.test(name) && /^\s*(javascript|vbscript|data):/i.test(v)) found.push(`<${el.tagName} ${name}="${v.slice(0, 30)}">`);
        if (name === 'srcDoc') found.push(`<${el.tagName} srcdoc>`);
        if (name === 'style' && /expression\s*\(|javascript:/i.test(v)) found.push(`<${el.tagName} style="${v.slice(0, 30)}">`);
      }
      if (['iframe', 'frame', 'object', 'embed', 'applet'].includes(el.tagName)) found.push(`<${el.tagName}>`);
      // the embed pages' own <base target="_blank"> sets no address
      if (el.tagName === 'base' && el.properties?.href !== undefined) found.push(`<base href="${String(el.properties.href).slice(0, 30)}">`);
      if (el.tagName === 'meta' && /refresh/i.test(String(el.properties?.httpEquiv ?? ''))) found.push('<meta http-equiv=refresh>');
      if (el.tagName === 'script' && /(alert|msgbox)\(/.test(toText(el))) found.push(`<script>${toText(el).slice(0, 30)}`);
    }
    if ('children' in node) for (const child of node.children) visit(child as ElementContent);
  };
  visit(htmlParser.parse(html));
  return found;
}

const htmlParser = unified().use(rehypeParse);

/** Each payload carries a marker, so a test can say where a piece of it went. */
export const HTML_PAYLOADS = {
  head: '<meta http-equiv="refresh" content="0;url=javascript:alert(\'h0\')"><base href="javascript:alert(\'h1\')//"><style>td{background:url(javascript:alert(\'h2\'))}</style><script>alert("h3")</script>',
  cell: [
    '<img src=x onerror=alert("h4")>',
    '<span style="width:expression(alert(\'h5\'))">样式</span>',
    '<iframe srcdoc="<script>alert(\'h6\')</script>"></iframe>',
    '<a href="vbscript:msgbox(\'h7\')">链接</a>',
    '<a href="data:text/html,<script>alert(\'h8\')</script>">数据</a>',
    "<svg><script>alert('h9')</script></svg>",
    "<!-- <script>alert('h10')</script> -->",
    "<![CDATA[<script>alert('h11')</script>]]>",
    "&lt;script&gt;alert('h12')&lt;/script&gt;",
    '<object data="javascript:alert(\'h13\')"></object>',
    '<form action="javascript:alert(\'h14\')"><input value="x"></form>',
    '<p onclick="alert(\'h15\')">段落</p>',
    '<b>加粗<i>未闭合',
  ],
} as const;

/** 菏泽 2022 Q3 as a saved portal page, the payloads in its head and in the cells of targets 39 and 40. */
export function hostilePage(): string {
  let html = readFileSync(join(FORMATS, 'heze-2022-q3.html'), 'utf8');
  html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">${HTML_PAYLOADS.head}`);
  const [first, ...rest] = HTML_PAYLOADS.cell;
  html = html.replace('<td>积极构建“大安全、大应急”工作格局,加快提升风险监测预警能力', `<td>积极构建“大安全、大应急”工作格局,加快提升风险监测预警能力${first}`);
  html = html.replace('<td>通过规范统一事项标准', `<td>${rest.join('')}通过规范统一事项标准`);
  return html;
}

/** 岳阳's 民生实事 workbook with markup typed into cells, a hyperlink to javascript: and a =HYPERLINK formula. */
export async function hostileWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(FORMATS, 'yueyang-msss.xlsx')) as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) throw new Error('no sheet');
  let target: ExcelJS.Cell | null = null;
  let note: ExcelJS.Cell | null = null;
  sheet.eachRow((row) =>
    row.eachCell((c) => {
      if (typeof c.value === 'string' && c.value.startsWith('城镇新增就业')) target = c;
      if (typeof c.value === 'string' && c.value === '交通局' && !note) note = c;
    }),
  );
  if (!target || !note) throw new Error('fixture cells not found');
  (target as ExcelJS.Cell).value = `城镇新增就业<script>alert("b1")</script><img src=x onerror=alert("b2")>`;
  (note as ExcelJS.Cell).value = { text: '交通局', hyperlink: 'javascript:alert("b3")' };
  let water: ExcelJS.Cell | null = null;
  sheet.eachRow((row) =>
    row.eachCell((c) => {
      if (c.value === '水利局') water = c;
    }),
  );
  if (!water) throw new Error('fixture cell not found');
  (water as ExcelJS.Cell).value = { formula: 'HYPERLINK("javascript:alert(""b4"")","水利局")', result: '水利局' };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 兖州's notice as a Word file with markup typed as text into task 1 and a hyperlink to javascript: around its leaders. */
export function hostileWordFile(): Uint8Array {
  const files = unzipSync(readFileSync(join(FORMATS, 'yanzhou-2021-notice.docx')));
  const documentXml = files['word/document.xml'];
  const rels = files['word/_rels/document.xml.rels'];
  if (!documentXml || !rels) throw new Error('not a Word file');
  // typed text, as Word stores it: the XML escapes it, Word shows it as characters
  const typed = '&lt;script&gt;alert("w1")&lt;/script&gt;&lt;img src=x onerror=alert("w2")&gt;';
  let xml = strFromU8(documentXml).replace('提升全员核酸检测能力。（牵头领导：', `提升全员核酸检测能力。${typed}（牵头领导：`);
  xml = xml.replace(/(<w:p>(?:(?!<\/w:p>).)*?)(<w:r><w:rPr><\/w:rPr><w:t>一、总体要求和主要预期目标<\/w:t><\/w:r>)/, '$1<w:hyperlink r:id="rIdHostile"><w:r><w:t>附件下载</w:t></w:r></w:hyperlink>$2');
  if (!xml.includes('rIdHostile') || !xml.includes('alert("w1")')) throw new Error('fixture text not found');
  if (!xml.includes('xmlns:r=')) xml = xml.replace('<w:document ', '<w:document xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
  const relsXml = strFromU8(rels).replace(
    '</Relationships>',
    '<Relationship Id="rIdHostile" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="javascript:alert(\'w3\')" TargetMode="External"/></Relationships>',
  );
  return zipSync({ ...files, 'word/document.xml': strToU8(xml), 'word/_rels/document.xml.rels': strToU8(relsXml) });
}
