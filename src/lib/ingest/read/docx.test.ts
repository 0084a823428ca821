/**
 * Word's automatic numbering, read as Word shows it: the 兖州 notice's tasks
 * as Word documents whose numbers come from word/numbering.xml, never typed
 * (tests/fixtures/formats/yanzhou-2021-*.docx, made by
 * scripts/make-docx-numbering-fixture.ts with LibreOffice). What each block
 * should say is taken from the seed the fixtures were made from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../../schemas/records.ts';
import { readReviewedFiles } from '../run.ts';
import { FIXTURE_SITE } from '../../../../tests/test-site.ts';
import { ingest } from '../index.ts';
import type { TextBlock } from '../source.ts';
import { squeeze } from '../text.ts';
import { readDocx } from './docx.ts';
import { formatNumber, withPrintedNumbers } from './word-numbering.ts';
import { readSeed } from './index.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const formats = join(FIXTURE_SITE, '../formats');
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(join(formats, name)));
const numbered = bytesOf('yanzhou-2021-numbered.docx');
const excerpt = bytesOf('yanzhou-2021-excerpt.docx');

// the seed the fixtures were made from, line by line
const seed = readFileSync(join(FIXTURE_SITE, 'seeds/004_4ed748fdf1ac17b6.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim());
const line = (prefix: string): string => seed.find((l) => l.startsWith(prefix)) ?? '';
const task = (n: number): string => line(`${n}、`).slice(`${n}、`.length);
/** a task's text, and its clause as the ordinary paragraph under it (the brackets dropped) */
const body = (n: number): string => task(n).slice(0, task(n).lastIndexOf('（牵头领导'));
const clause = (n: number): string => task(n).slice(task(n).lastIndexOf('（牵头领导') + 1, -1);
const title = (numeral: string): string => line(`${numeral}、`).slice(`${numeral}、`.length);

const shown = async (bytes: Uint8Array): Promise<string[]> =>
  (await readDocx(bytes, 'seeds/x.docx')).blocks.filter((b): b is TextBlock => b.kind === 'text').map((b) => squeeze(b.text.replace(/<[^>]+>/g, '')));

/** The file with one XML part changed, as a Word user's edit would change it. */
function edit(bytes: Uint8Array, part: string, change: (doc: Document) => void): Uint8Array {
  const files = unzipSync(bytes);
  const doc = new DOMParser().parseFromString(strFromU8(files[part] ?? new Uint8Array()), 'text/xml');
  change(doc);
  return zipSync({ ...files, [part]: strToU8(new XMLSerializer().serializeToString(doc)) });
}
const all = (node: Document | Element | undefined, name: string): Element[] => (node ? Array.from(node.getElementsByTagNameNS(W, name)) : []);
const setVal = (el: Element | undefined, value: string): void => el?.setAttributeNS(W, 'w:val', value);
/** the numbering.xml definition (abstractNum) a paragraph's list points to, by the list's numId */
const abstractOf = (doc: Document, numId: string): Element | undefined => {
  const num = all(doc, 'num').find((n) => n.getAttributeNS(W, 'numId') === numId);
  const id = num ? all(num, 'abstractNumId')[0]?.getAttributeNS(W, 'val') : undefined;
  return all(doc, 'abstractNum').find((a) => a.getAttributeNS(W, 'abstractNumId') === id);
};
const levelOf = (abstract: Element | undefined, ilvl: string): Element | undefined => (abstract ? all(abstract, 'lvl').find((l) => l.getAttributeNS(W, 'ilvl') === ilvl) : undefined);
/** numId of the lists the fixture's paragraphs are on, in paragraph order */
const numIds = (bytes: Uint8Array): string[] => {
  const doc = new DOMParser().parseFromString(strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array()), 'text/xml');
  return all(doc, 'numPr').map((n) => all(n, 'numId')[0]?.getAttributeNS(W, 'val') ?? '');
};

describe('the fixtures number their paragraphs as Word does', () => {
  it('carry every number in word/numbering.xml, none typed into the text', () => {
    for (const bytes of [numbered, excerpt]) {
      const files = unzipSync(bytes);
      expect(files['word/numbering.xml']).toBeDefined();
      const doc = new DOMParser().parseFromString(strFromU8(files['word/document.xml'] ?? new Uint8Array()), 'text/xml');
      const paragraphs = all(doc, 'p').filter((p) => all(p, 'numPr').length > 0);
      expect(paragraphs.length).toBeGreaterThanOrEqual(4);
      for (const p of paragraphs) expect(p.textContent ?? '').not.toMatch(/^\s*([0-9]+|[（(]?[一二三四五六七八九十]+[）)]?)[、.．）)]/);
    }
  });
});

describe('Word: automatic numbering read as Word shows it', () => {
  it('counts a list on across the ordinary paragraphs that interrupt it (1. 2. 3. 4., not 1. 1. 1. 1.), and prints Chinese counting as （一） （二）', async () => {
    const blocks = await shown(numbered);
    const from = blocks.indexOf(`（一）${title('二')}`);
    expect(from).toBeGreaterThan(0);
    // Word puts a tab after 1. (its default), read as a space
    expect(blocks.slice(from, from + 10)).toEqual([
      `（一）${title('二')}`,
      `1. ${body(4)}`,
      clause(4),
      `2. ${body(5)}`,
      clause(5),
      `（二）${title('三')}`,
      `3. ${body(8)}`,
      clause(8),
      `4. ${body(9)}`,
      clause(9),
    ]);
  });

  it('starts where the list says (w:start, w:startOverride) and runs on through another list of the same definition: the excerpt shows the seed’s own 三、 6、 7、 8、', async () => {
    // the tasks: the first on a list that restarts the definition at 6, the rest on the plain list of that definition
    expect(numIds(excerpt).slice(1)).toEqual(['4', '2', '2']);
    const blocks = await shown(excerpt);
    const from = blocks.indexOf(line('三、'));
    expect(from).toBeGreaterThan(0);
    expect(blocks.slice(from, from + 4)).toEqual([line('三、'), line('6、'), line('7、'), line('8、')]);
  });

  it.each([
    ['chineseCounting', '（一）', '（二）'],
    ['chineseCountingThousand', '（一）', '（二）'],
    ['ideographDigital', '（一）', '（二）'],
    ['chineseLegalSimplified', '（壹）', '（贰）'],
    ['decimalFullWidth', '（１）', '（２）'],
    ['decimal', '（1）', '（2）'],
    ['upperRoman', '（I）', '（II）'],
  ])('prints a level whose w:numFmt is %s as %s, %s', async (format, first, second) => {
    const changed = edit(numbered, 'word/numbering.xml', (doc) => setVal(all(levelOf(abstractOf(doc, '1'), '0'), 'numFmt')[0], format));
    const blocks = await shown(changed);
    expect(blocks.filter((b) => b.startsWith('（'))).toEqual([`${first}${title('二')}`, `${second}${title('三')}`]);
  });

  it('starts a level again under each use of the level above it, unless w:lvlRestart says never', async () => {
    // the tasks made the second level of the headings' list (its level 2 prints %2.)
    const nested = edit(numbered, 'word/document.xml', (doc) => {
      for (const numPr of all(doc, 'numPr')) {
        if (all(numPr, 'numId')[0]?.getAttributeNS(W, 'val') !== '2') continue;
        setVal(all(numPr, 'ilvl')[0], '1');
        setVal(all(numPr, 'numId')[0], '1');
      }
    });
    const tasks = (blocks: string[]) => blocks.filter((b) => /^\d[\d.]*\s/.test(b)).map((b) => b.split(' ')[0]);
    expect(tasks(await shown(nested))).toEqual(['1.', '2.', '1.', '2.']);
    const never = edit(nested, 'word/numbering.xml', (doc) => {
      const lvl = levelOf(abstractOf(doc, '1'), '1');
      const restart = doc.createElementNS(W, 'w:lvlRestart');
      restart.setAttributeNS(W, 'w:val', '0');
      lvl?.insertBefore(restart, lvl.firstChild);
    });
    expect(tasks(await shown(never))).toEqual(['1.', '2.', '3.', '4.']);
    // %1.%2 in legal style (w:isLgl): every level's counter in arabic digits
    const legal = edit(nested, 'word/numbering.xml', (doc) => {
      const lvl = levelOf(abstractOf(doc, '1'), '1');
      setVal(all(lvl, 'lvlText')[0], '%1.%2');
      lvl?.insertBefore(doc.createElementNS(W, 'w:isLgl'), lvl.firstChild);
    });
    expect(tasks(await shown(legal))).toEqual(['1.1', '1.2', '2.1', '2.2']);
  });

  it('numbers a paragraph its style puts on a list (标题 styles tied to a list), through the style it is based on', async () => {
    const styled = edit(
      edit(numbered, 'word/styles.xml', (doc) => {
        const style = (id: string, inner: string) =>
          new DOMParser().parseFromString(`<w:style xmlns:w="${W}" w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`, 'text/xml').documentElement;
        for (const s of [style('TaskList', '<w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr>'), style('Task', '<w:basedOn w:val="TaskList"/>')])
          if (s) doc.documentElement?.appendChild(doc.importNode(s, true));
      }),
      'word/document.xml',
      (doc) => {
        for (const numPr of all(doc, 'numPr')) {
          if (all(numPr, 'numId')[0]?.getAttributeNS(W, 'val') !== '2') continue;
          const pPr = numPr.parentNode as Element;
          setVal(all(pPr, 'pStyle')[0], 'Task');
          pPr.removeChild(numPr);
        }
      },
    );
    expect(numIds(styled)).toEqual(['1', '1']);
    const blocks = await shown(styled);
    expect(blocks.filter((b) => /^\d[\d.]*\s/.test(b))).toEqual([`1. ${body(4)}`, `2. ${body(5)}`, `3. ${body(8)}`, `4. ${body(9)}`]);
  });

  it('leaves bullets to mammoth: a bullet is not a number', async () => {
    const bullets = edit(numbered, 'word/numbering.xml', (doc) => {
      const lvl = levelOf(abstractOf(doc, '2'), '0');
      setVal(all(lvl, 'numFmt')[0], 'bullet');
      setVal(all(lvl, 'lvlText')[0], '•');
    });
    const blocks = await shown(bullets);
    expect(blocks).toContain(body(4));
    expect(blocks.filter((b) => /^\d[\d.、]*\s/.test(b))).toEqual([]);
  });

  it('hands a file without automatic numbering to mammoth as it is', () => {
    const table = bytesOf('heze-2022-q3.docx');
    expect(withPrintedNumbers(table)).toBe(table);
  });

  it.each([
    ['chineseCounting', [1, 10, 11, 20, 99, 100], ['一', '十', '十一', '二十', '九十九', '一〇〇']],
    ['chineseCountingThousand', [15, 101, 110, 1000, 1010], ['十五', '一百〇一', '一百一十', '一千', '一千〇一十']],
    ['chineseLegalSimplified', [3, 10, 11, 101], ['叁', '壹拾', '壹拾壹', '壹佰零壹']],
    ['ideographDigital', [7, 10, 205], ['七', '一〇', '二〇五']],
    ['ideographTraditional', [1, 3, 11], ['甲', '丙', '11']],
    ['decimalZero', [3, 12], ['03', '12']],
    ['decimalEnclosedCircle', [1, 20, 21], ['①', '⑳', '21']],
    ['decimalEnclosedParen', [2], ['⑵']],
    ['lowerLetter', [1, 26, 27], ['a', 'z', 'aa']],
    ['lowerRoman', [4, 9, 14], ['iv', 'ix', 'xiv']],
    ['none', [5], ['']],
    ['someFormatWordAdds', [5], ['5']],
  ] as const)('formats %s numbers as Word prints them', (format, numbers, printed) => {
    expect(numbers.map((n) => formatNumber(n, format))).toEqual(printed);
  });
});

describe('Word: a notice with numbered tasks, read into targets', async () => {
  const reviewed = readReviewedFiles(FIXTURE_SITE);
  const read = async (bytes: Uint8Array, as: string) => {
    const { source, encoding } = await readSeed(bytes, as);
    return ingest({ ...reviewed, seeds: [{ path: as, source, sha256: '', encoding, sidecar: null }] });
  };
  const who = (t: Target) => t.assignments.flatMap((a) => a.people.map((p) => p.name));

  it('gives the tasks their numbers 1–4 as Word shows them, each with its leaders', async () => {
    const c = await read(numbered, 'seeds/yanzhou-numbered.docx');
    // the leaders as the seed's clauses name them
    expect(c.targets.map((t) => [t.number, t.printedNumber, who(t)])).toEqual([
      [1, '1.', ['孙恒民']],
      [2, '2.', ['谭丽娜']],
      [3, '3.', ['闫峰', '屈耀武']],
      [4, '4.', ['谭丽娜']],
    ]);
    expect(c.targets.map((t) => t.text.text)).toEqual([4, 5, 8, 9].map(body));
    // the heading over the last two; the first heading, above the first task, the list layout reads as the opening
    expect(c.targets.slice(2).map((t) => t.headings)).toEqual([[`（二）${title('三')}`], [`（二）${title('三')}`]]);
  });

  it('reads the excerpt target for target as the same lines typed into a text file', async () => {
    const typed = [...seed.slice(0, seed.indexOf(line('为切实把')) + 1).filter((l) => l !== ''), line('三、'), line('6、'), line('7、'), line('8、'), '济宁市兖州区人民政府', '2021年1月21日'].join(
      '\n',
    );
    const [docx, text] = await Promise.all([read(excerpt, 'seeds/excerpt.docx'), read(strToU8(typed), 'seeds/excerpt.txt')]);
    const target = (t: Target) => ({
      number: t.number,
      printedNumber: t.printedNumber,
      key: t.key,
      text: t.text.text,
      section: t.section,
      headings: t.headings,
      rows: t.assignments.map((a) => ({ people: a.people.map((p) => [p.name, p.role]), units: a.units.map((u) => [u.name, u.role]) })),
    });
    expect(docx.targets.map((t) => t.number)).toEqual([6, 7, 8]);
    expect(docx.targets.map(target)).toEqual(text.targets.map(target));
  });
});
