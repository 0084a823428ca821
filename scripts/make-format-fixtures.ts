/**
 * Makes the format fixtures in tests/fixtures/formats/ from the real seeds:
 * the same content laid out as a portal page and as an office worker's Word
 * and Excel files, merged cells included, so the readers are tested on what
 * governments publish and the site built from each format can be compared
 * with the site built from the tab-separated seed, target for target.
 *
 *   node scripts/make-format-fixtures.ts      (needs LibreOffice: apt-get install libreoffice-calc libreoffice-writer)
 *
 * - heze-2022-q3.html: the 2022 Q3 progress table (tests/fixtures/site/seeds/001_…txt) as a
 *   saved portal page: head with the <meta> of 政府网站网页设计规范 and a script,
 *   navigation, breadcrumbs, a footer; the table with 序号 and 责任目标内容 merged
 *   (rowspan) over a target's rows, as the portal prints it; cells as the seed has them.
 * - heze-2022-q3.xlsx / .docx: the title and the table of that page, as an office
 *   worker's own file holds them, opened in LibreOffice Calc / Writer and saved
 *   as Excel / Word (the merges become merged ranges / vMerge; the title a
 *   row or a heading).
 * - heze-2022-q3.csv: the workbook saved as CSV, UTF-8 with BOM, as Excel's
 *   “CSV UTF-8” does (a merged range keeps its text in its first cell only);
 *   heze-2022-q3-gbk.csv the same saved as GB18030 (“ANSI” on a Chinese desk).
 * - yueyang-msss.html / .xlsx: the 岳阳 民生实事 table (../shared/examples) with the
 *   merges its portal page has: 序号 and 备注 over an item's indicator rows, 考核指标
 *   over 单位 where an item has no unit of measure.
 * - yanzhou-2021-notice.docx: the 兖州 notice as a Word document, one paragraph a line.
 *
 * Generated once and committed: they are test inputs, and CI has no LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';

const seeds = 'tests/fixtures/site/seeds';
const out = 'tests/fixtures/formats';
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'zrmb-formats-'));

const escapeText = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** A seed cell is an HTML fragment already (some carry <p><b>); anything else that looks like a tag is text. */
const cellHtml = (t: string): string => (/<\/?(p|b|strong|br)\b/i.test(t) ? t : escapeText(t));

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>${escapeText(title)}_菏泽市人民政府</title>
<meta name="SiteName" content="菏泽市人民政府">
<meta name="ArticleTitle" content="${escapeText(title)}">
<meta name="PubDate" content="2022-10-28 16:12">
<meta name="ColumnName" content="政府信息公开">
<script>var _hmt = _hmt || []; document.write('<div>统计</div>');</script>
<style>.nav{color:red}</style>
</head><body>
<div class="header"><div class="top-nav"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/hdjl/">互动交流</a></div></div>
<div class="nav"><ul><li><a href="/xxgk/">信息公开</a></li><li><a href="/zcwj/">政策文件</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 责任目标</div>
<div class="article-content">
${body}
</div>
<div class="share">分享到：微信 微博</div>
<div class="footer">主办单位：菏泽市人民政府办公室\u3000网站标识码：3717000000\u3000<a href="https://beian.miit.gov.cn/">鲁ICP备00000000号</a></div>
</body></html>
`;
}

/** What an office worker's own file holds: the title and the table, no portal around them. */
function officeDocument(html: string): string {
  const body = /<div class="article-content">\n([\s\S]*?)\n<\/div>/.exec(html)?.[1] ?? html;
  return `<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"></head><body>\n${body.replace(/<p style="text-align:right">[^<]*<\/p>\n/, '')}\n</body></html>\n`;
}

function hezeQ3(): string {
  const lines = readFileSync(join(seeds, '001_a47f820a42ac65b8.txt'), 'utf8').split('\n');
  const title = lines.find((l) => l.trim() !== '')?.trim() ?? '';
  const header = lines.find((l) => l.startsWith('序号\t'))?.split('\t') ?? [];
  const rows = lines.filter((l) => l.includes('\t') && !l.startsWith('序号\t')).map((l) => l.split('\t'));
  // a target's rows: the numbered row and the rows after it that repeat its number or leave it empty
  const groups: string[][][] = [];
  for (const r of rows) {
    const last = groups.at(-1);
    if (last && ((r[0] ?? '') === '' || r[0] === last[0]?.[0])) last.push(r);
    else groups.push([r]);
  }
  const trs = groups.flatMap((g) =>
    g.map((r, i) => {
      const cells = r.slice(0, header.length).map((c) => `<td>${cellHtml(c)}</td>`);
      if (g.length === 1) return `<tr>${cells.join('')}</tr>`;
      // 序号 and 责任目标内容 are one merged cell over the target's rows; the other cells are the row's own
      if (i === 0) return `<tr><td rowspan="${g.length}">${cellHtml(r[0] ?? '')}</td>${cells[1]}<td rowspan="${g.length}">${cellHtml(r[2] ?? '')}</td>${cells.slice(3).join('')}</tr>`;
      return `<tr>${cells[1]}${cells.slice(3).join('')}</tr>`;
    }),
  );
  const table = `<table border="1" cellspacing="0">\n<tr>${header.map((h) => `<td><b>${escapeText(h)}</b></td>`).join('')}</tr>\n${trs.join('\n')}\n</table>`;
  return page(title, `<h1>${escapeText(title)}</h1>\n<p style="text-align:right">来源：市政府办公室\u3000发布日期：2022-10-28</p>\n${table}`);
}

/** The 岳阳 table with its portal's merges: [cells] where a cell is text, or { text, rowspan, colspan }. */
function yueyang(): string {
  type C = string | { t: string; r?: number; c?: number };
  const rows: C[][] = [
    ['1', '城镇新增就业', '万人', '5.2', '7.23', '139.1%', '人力资源社会保障局'],
    [{ t: '2', r: 2 }, '自然村通水泥(沥青)路', '公里', '1360', '1361.92', '100.1%', { t: '交通局', r: 2 }],
    ['提质改造农村公路', '公里', '168', '171.70', '102.2%'],
    ['3', '新增农村通自来水人口', '万人', '4.52', '5.52', '122.0%', '水利局'],
    ['4', { t: '减少义务教育大班额1.4万个以上', c: 2 }, '869', '1022', '117.6%', '教体局'],
    [{ t: '5', r: 2 }, { t: '农村适龄妇女“两癌”免费检查', c: 2 }, '93215', '106345', '114.1%', '妇联'],
    ['孕产妇免费产前筛查', '万人', '3.31', '3.49', '105.3%', '卫健委'],
    [{ t: '6', r: 4 }, '提高困难残疾人生活补贴发放标准', '元/月/人', '不低于60元', '60', '达到目标60元', { t: '民政局', r: 4 }],
    ['提高重度残疾人护理补贴发放标准', '元/月/人', '不低于60元', '60', '达到目标60元'],
    ['提高农村低保标准', '元/年/人', '不低于3700元', '3840', '达到目标3840元'],
    ['提高农村救助水平', '元/月/人', '不低于197元', '197', '达到目标197元'],
    [{ t: '7', r: 2 }, '所有县(市)实现二甲公立医院全覆盖', '-', '-', '-', '', ''],
    [{ t: '基本消除村卫生室“空白村”(平江17、汩罗4)', c: 2 }, '21', '21', '100.0%', '卫健委'],
    ['8', { t: '改(新)建农村户用厕所100万户以上', c: 2 }, '144281', '127258', '88.2%', '农业农村局'],
    ['9', { t: '推行“一村一辅警', c: 2 }, '1379', '1626', '117.9%', '公安局'],
    ['10', '完成10千伏及以下行政村配电网改造(37个村)', '万元', '5900', '5900', '100.0%', '岳阳电力公司'],
    [{ t: '11', r: 2 }, '数字广播电视户户通工程', '60座台站开展省级节目数字化覆盖', '8', { t: '11月底厂家开始安排发货,预定12月初开始安装调试设备。', c: 2 }, { t: '文化旅游广电局', r: 2 }],
    [{ t: '新增15万户直播卫星用户', c: 2 }, '12800', '7854', '61.4%'],
    [{ t: '12', r: 2 }, '农村高速宽带网络覆盖工程', '新建7000个贫困自然村通光纤', '350', '350', '100.0%', { t: '工信局、通信管理办', r: 2 }],
    [{ t: '新建1500个行政村4G基站', c: 2 }, '68', '68', '100.0%'],
  ];
  const td = (c: C): string => (typeof c === 'string' ? `<td>${escapeText(c)}</td>` : `<td${c.r ? ` rowspan="${c.r}"` : ''}${c.c ? ` colspan="${c.c}"` : ''}>${escapeText(c.t)}</td>`);
  const head = ['序号', '考核指标', '单 位', '工作目标', '已完成数', '占年任务之比', '备  注'].map((h) => `<td>${h}</td>`).join('');
  const title = '岳阳市1-11月12件重点民生实事工作落实情况';
  const body = `<h1>${title}</h1>\n<table border="1">\n<tr>${head}</tr>\n${rows.map((r) => `<tr>${r.map(td).join('')}</tr>`).join('\n')}\n</table>`;
  return page(title, body).replaceAll('菏泽市人民政府', '岳阳市人民政府');
}

function soffice(args: string[]): void {
  const r = spawnSync('soffice', ['--headless', ...args], { encoding: 'utf8', cwd: work });
  if (r.status !== 0) throw new Error(`soffice ${args.join(' ')} failed: ${r.stderr}`);
}

writeFileSync(join(out, 'heze-2022-q3.html'), hezeQ3());
writeFileSync(join(out, 'yueyang-msss.html'), yueyang());
for (const name of ['heze-2022-q3', 'yueyang-msss']) {
  writeFileSync(join(work, `${name}.html`), officeDocument(readFileSync(join(out, `${name}.html`), 'utf8')));
  soffice(['--infilter=HTML (StarCalc)', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', work, `${name}.html`]);
  copyFileSync(join(work, `${name}.xlsx`), join(out, `${name}.xlsx`));
}
soffice(['--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, 'heze-2022-q3.html']);
copyFileSync(join(work, 'heze-2022-q3.docx'), join(out, 'heze-2022-q3.docx'));
// CSV: 44 = comma, 34 = double quote, 76 = UTF-8; a BOM as Excel's “CSV UTF-8” writes
soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', work, 'heze-2022-q3.xlsx']);
const csv = readFileSync(join(work, 'heze-2022-q3.csv'), 'utf8').replace(/^\uFEFF/, '');
writeFileSync(join(out, 'heze-2022-q3.csv'), `\uFEFF${csv}`);
writeFileSync(join(out, 'heze-2022-q3-gbk.csv'), iconv.encode(csv.replace(/\n/g, '\r\n'), 'gb18030'));
// the notice: its text, one paragraph a line, saved by Writer as .docx
copyFileSync(join(seeds, '004_4ed748fdf1ac17b6.txt'), join(work, 'yanzhou-2021-notice.txt'));
soffice(['--infilter=Text (encoded):UTF8,LF,,,', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, 'yanzhou-2021-notice.txt']);
copyFileSync(join(work, 'yanzhou-2021-notice.docx'), join(out, 'yanzhou-2021-notice.docx'));
console.log(`format fixtures written to ${out}`);
