/**
 * Makes the Word fixtures with automatic numbering in tests/fixtures/formats/
 * from the 兖州 notice (tests/fixtures/site/seeds/004_….txt): its tasks laid
 * out as an office worker lays them out in Word, the numbers Word's own
 * (w:numPr → word/numbering.xml), never typed.
 *
 *   node scripts/make-docx-numbering-fixture.ts      (needs LibreOffice: apt-get install libreoffice-writer)
 *
 * - yanzhou-2021-numbered.docx: four tasks (the seed's 4 and 5 of section 二,
 *   8 and 9 of section 三) under the two sections' headings, numbered （一）
 *   （二） by one list (Chinese counting, `（%1）`); the tasks numbered `1.` by a
 *   second list that runs on across the headings, and under each task its
 *   牵头领导 and 承办单位 as an ordinary paragraph, so every task interrupts the
 *   list and the next one continues it (1, 2, 3, 4).
 * - yanzhou-2021-excerpt.docx: section 三 copied out on its own, its heading
 *   numbered `%1、` in Chinese counting by a list that starts at 3 (w:start),
 *   its tasks `%1、` by a list set to start at 6 (w:startOverride), each task
 *   with its closing clause as the seed prints it: the numbers Word shows are
 *   the seed's own (三、 6、 7、 8、).
 *
 * Written as flat ODF (text:list, text:continue-list, text:start-value) and
 * saved by Writer as Word. Generated once and committed: CI has no LibreOffice.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

const seed = readFileSync('tests/fixtures/site/seeds/004_4ed748fdf1ac17b6.txt', 'utf8')
  .split('\n')
  .map((l) => l.trim());
const out = 'tests/fixtures/formats';
mkdirSync(out, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'zrmb-numbering-'));

const escape = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const line = (prefix: string): string => {
  const found = seed.find((l) => l.startsWith(prefix));
  if (!found) throw new Error(`the seed has no line starting ${prefix}`);
  return found;
};
/** A task as printed, without its number: `6、坚持…（牵头领导：…）` → 坚持…（牵头领导：…） */
const task = (n: number): string => line(`${n}、`).slice(`${n}、`.length);
/** A task's text and its closing clause without the brackets: 坚持…。 + 牵头领导：…。承办单位：… */
const taskAndClause = (n: number): [string, string] => {
  const text = task(n);
  const at = text.lastIndexOf('（牵头领导');
  if (at < 0 || !text.endsWith('）')) throw new Error(`task ${n} has no closing （牵头领导：…） clause`);
  return [text.slice(0, at), text.slice(at + 1, -1)];
};
const section = (numeral: string): string => line(`${numeral}、`).slice(`${numeral}、`.length);
/** The notice's opening: its number, the issuer, the title (two lines), the addressees, the purpose. */
const opening = seed.slice(0, seed.indexOf(line('为切实把')) + 1).filter((l) => l !== '');
const closing = ['济宁市兖州区人民政府', '2021年1月21日'];

const p = (text: string): string => `<text:p>${escape(text)}</text:p>`;
/** One numbered paragraph: a list of one item, continuing the list named (text:continue-list) or starting it (xml:id). */
const item = (style: string, list: string, first: boolean, text: string, start?: number): string =>
  `<text:list ${first ? `xml:id="${list}"` : `text:continue-list="${list}"`} text:style-name="${style}"><text:list-item${start ? ` text:start-value="${start}"` : ''}>${p(text)}</text:list-item></text:list>`;

/** A list level: its number format (ODF's name), what is printed around the number, what follows it, where it starts. */
function listStyle(name: string, format: string, prefix: string, suffix: string, followedBy: 'listtab' | 'nothing', start = 1): string {
  return `<text:list-style style:name="${name}"><text:list-level-style-number text:level="1" style:num-format="${format}"${prefix ? ` style:num-prefix="${prefix}"` : ''} style:num-suffix="${suffix}" text:start-value="${start}"><style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="${followedBy}" text:list-tab-stop-position="0.3in" fo:text-indent="0in" fo:margin-left="0in"/></style:list-level-properties></text:list-level-style-number></text:list-style>`;
}

function fodt(styles: string[], body: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:default-style style:family="paragraph"><style:text-properties style:language-asian="zh" style:country-asian="CN"/></style:default-style></office:styles>
<office:automatic-styles>
${styles.join('\n')}
</office:automatic-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body></office:document>
`;
}

const CHINESE = '一, 二, 三, ...';

const numbered = fodt(
  [listStyle('Headings', CHINESE, '（', '）', 'nothing'), listStyle('Tasks', '1', '', '.', 'listtab')],
  [
    ...opening.map(p),
    item('Headings', 'headings', true, section('二')),
    ...[4, 5].flatMap((n, i) => [item('Tasks', 'tasks', i === 0, taskAndClause(n)[0]), p(taskAndClause(n)[1])]),
    item('Headings', 'headings', false, section('三')),
    ...[8, 9].flatMap((n) => [item('Tasks', 'tasks', false, taskAndClause(n)[0]), p(taskAndClause(n)[1])]),
    ...closing.map(p),
  ],
);

const excerpt = fodt(
  [listStyle('Sections', CHINESE, '', '、', 'nothing', 3), listStyle('Tasks', '1', '', '、', 'nothing')],
  [...opening.map(p), item('Sections', 'sections', true, section('三')), ...[6, 7, 8].map((n, i) => item('Tasks', 'tasks', i === 0, task(n), i === 0 ? 6 : undefined)), ...closing.map(p)],
);

for (const [name, text] of [
  ['yanzhou-2021-numbered', numbered],
  ['yanzhou-2021-excerpt', excerpt],
] as const) {
  writeFileSync(join(work, `${name}.fodt`), text);
  const r = spawnSync('soffice', ['--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, `${name}.fodt`], { encoding: 'utf8', cwd: work });
  if (r.status !== 0) throw new Error(`soffice failed on ${name}: ${r.stderr}`);
  // the numbers must be Word's own: paragraphs on lists (w:numPr), none typed
  const parts = unzipSync(readFileSync(join(work, `${name}.docx`)));
  const document = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
  if (!document.includes('<w:numPr>') || !parts['word/numbering.xml']) throw new Error(`${name}.docx has no automatic numbering`);
  if (/<w:t(?: [^>]*)?>\s*(\d+|[（(]?[一二三四五六七八九十]+[）)]?)[、.．）)]/.test(document)) throw new Error(`${name}.docx has a typed number`);
  copyFileSync(join(work, `${name}.docx`), join(out, `${name}.docx`));
}
console.log(`numbered Word fixtures written to ${out}`);
