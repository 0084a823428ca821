/**
 * Hostile input through every reader: a saved portal page, a workbook and a
 * Word file carrying scripts, handlers, frames, dangerous URLs and markup
 * typed as text (tests/hostile-documents.ts). The records keep every target
 * of the clean file, no HTML they carry is live, and each removal and link is
 * recorded with what it was, as text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureInput } from '../../../tests/fixture-collections.ts';
import { hostilePage, hostileWordFile, hostileWorkbook, LIVE, liveMarkup } from '../../../tests/hostile-documents.ts';
import { FIXTURE_SITE } from '../../../tests/test-site.ts';
import { ingest, type Collections } from './index.ts';
import { readSeed } from './read/index.ts';

const FORMATS = join(FIXTURE_SITE, '../formats');

async function collections(bytes: Uint8Array, file: string, year?: number): Promise<Collections> {
  const { source, encoding } = await readSeed(bytes, file);
  return ingest({ ...fixtureInput, seeds: [{ path: file, source, sha256: 'x', encoding, sidecar: year ? { year } : null }] });
}

/** Every `html` string in the records: what a page renders as markup. */
function htmlFields(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) htmlFields(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'html' && typeof v === 'string') out.push(v);
      else htmlFields(v, out);
    }
  }
  return out;
}

const live = (c: Collections) => htmlFields(c).flatMap((h) => LIVE.filter((re) => re.test(h)).map((re) => `${re} in ${h.slice(0, 80)}`));
const shape = (c: Collections) => c.targets.map((t) => [t.id, t.assignments.length, t.assignments.map((a) => a.units.map((u) => u.name))]);

describe('hostile input in every format', () => {
  it('a saved portal page: nothing live in any record, every target kept, the removals recorded as text', async () => {
    const clean = await collections(readFileSync(join(FORMATS, 'heze-2022-q3.html')), 'seeds/q3.html');
    // the scan finds what the page carries, so its silence on the records means something
    expect(liveMarkup(hostilePage()).length).toBeGreaterThanOrEqual(8);
    const hostile = await collections(Buffer.from(hostilePage()), 'seeds/q3.html');
    expect(live(hostile)).toEqual([]);
    expect(shape(hostile)).toEqual(shape(clean));
    const removed = hostile.anomalies.filter((a) => a.kind === 'markup-removed');
    expect(removed.map((a) => a.target)).toEqual(expect.arrayContaining(['heze/2022-q3/39', 'heze/2022-q3/40']));
    expect(removed.map((a) => a.found).join(' ')).toMatch(/onerror|iframe|object|form/);
    // the links are dropped to their text, their addresses kept as text in the ledger
    expect(
      hostile.anomalies
        .filter((a) => a.kind === 'link-dropped')
        .map((a) => a.found)
        .join(' '),
    ).toMatch(/vbscript:msgbox/);
    // text that decodes to markup is text: the target says <script> in letters, not as a tag
    const forty = hostile.targets.find((t) => t.id === 'heze/2022-q3/40');
    expect(JSON.stringify(forty)).toContain("alert('h12')");
    expect(hostile.documents[0]?.title).toBe(clean.documents[0]?.title);
  });

  it('a workbook: markup typed in cells stays text, a javascript: hyperlink and =HYPERLINK publish their text only', async () => {
    const clean = await collections(readFileSync(join(FORMATS, 'yueyang-msss.xlsx')), 'seeds/y.xlsx', 2018);
    const hostile = await collections(await hostileWorkbook(), 'seeds/y.xlsx', 2018);
    expect(live(hostile)).toEqual([]);
    expect(shape(hostile)).toEqual(shape(clean));
    const one = hostile.targets.find((t) => t.number === 1);
    expect(one?.text.text).toBe('城镇新增就业<script>alert("b1")</script><img src=x onerror=alert("b2")>');
    expect(one?.text.html).not.toMatch(/<script|<img/);
    expect(JSON.stringify(hostile)).not.toContain('HYPERLINK(');
    const links = hostile.anomalies
      .filter((a) => a.kind === 'link-dropped')
      .map((a) => a.found)
      .join(' ');
    expect(links).toMatch(/javascript:alert\("b3"\)/);
    expect(links).toMatch(/javascript:alert\("b4"\)/);
  });

  it('a Word file: markup typed as text stays text, a javascript: hyperlink publishes its text only', async () => {
    const clean = await collections(readFileSync(join(FORMATS, 'yanzhou-2021-notice.docx')), 'seeds/n.docx');
    const hostile = await collections(hostileWordFile(), 'seeds/n.docx');
    expect(live(hostile)).toEqual([]);
    expect(shape(hostile)).toEqual(shape(clean));
    expect(hostile.targets[0]?.text.text).toContain('<script>alert("w1")</script>');
    expect(
      hostile.anomalies
        .filter((a) => a.kind === 'link-dropped')
        .map((a) => a.found)
        .join(' '),
    ).toMatch(/javascript:alert\('w3'\)/);
  });
});

/**
 * The bytes of each format's real fixture, mutated: flipped and cut bytes
 * (a damaged download), markup and control characters spliced into the text
 * of pages and CSV. Every reader returns records or refuses with SeedError
 * (or EncodingError) — never another exception — nothing live reaches a
 * record's HTML, and the same bytes give the same records.
 */
describe('fuzzing every reader', () => {
  const fixtures: Array<[string, Uint8Array]> = [
    ['seeds/q3.html', readFileSync(join(FORMATS, 'heze-2022-q3.html'))],
    ['seeds/q3.csv', readFileSync(join(FORMATS, 'heze-2022-q3.csv'))],
    ['seeds/q3-gbk.csv', readFileSync(join(FORMATS, 'heze-2022-q3-gbk.csv'))],
    ['seeds/q3.xlsx', readFileSync(join(FORMATS, 'heze-2022-q3.xlsx'))],
    ['seeds/q3.docx', readFileSync(join(FORMATS, 'heze-2022-q3.docx'))],
    ['seeds/notice.docx', readFileSync(join(FORMATS, 'yanzhou-2021-notice.docx'))],
  ];
  const splices = [
    '<script>alert(1)</script>',
    '&lt;script&gt;alert(4)&lt;/script&gt;',
    '<img src=x onerror=alert(2)>',
    '<a href="javascript:alert(3)">x</a>',
    '"',
    '\t',
    '\u0000',
    '\uFFFD',
    '<td rowspan="999999">',
    '</table>',
    '&lt;b&gt;',
    '<![CDATA[',
    '<!--',
  ];

  const attempt = async (file: string, bytes: Uint8Array): Promise<string> => {
    try {
      const c = await collections(bytes, file);
      const hits = live(c);
      if (hits.length > 0) return `live: ${hits.join('; ')}`;
      return `ok ${c.targets.length}`;
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'SeedError' || name === 'EncodingError') return 'refused';
      throw error;
    }
  };

  it('survives damaged bytes and spliced markup in every format', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: fixtures.length - 1 }),
        fc.array(
          fc.oneof(
            fc.record({ kind: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.nat({ max: 255 }) }),
            fc.record({ kind: fc.constant('cut' as const), at: fc.double({ min: 0.5, max: 1, noNaN: true }) }),
            fc.record({ kind: fc.constant('splice' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.constantFrom(...splices) }),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        async (which, edits) => {
          const [file, original] = fixtures[which] as [string, Uint8Array];
          const mutate = (input: Uint8Array): Buffer => {
            let bytes = Buffer.from(input);
            for (const e of edits) {
              const at = Math.floor(e.at * bytes.length);
              if (e.kind === 'flip') bytes[Math.min(at, bytes.length - 1)] = e.byte;
              else if (e.kind === 'cut') bytes = bytes.subarray(0, Math.max(1, at));
              else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from(e.text), bytes.subarray(at)]);
            }
            return bytes;
          };
          // an Office file is mutated inside: its main XML part, re-zipped, so the readers see damaged XML, not only a bad zip
          const office = /\.(xlsx|docx)$/.test(file);
          const part = file.endsWith('.xlsx') ? 'xl/sharedStrings.xml' : 'word/document.xml';
          const bytes = office
            ? (() => {
                const parts = unzipSync(original);
                return Buffer.from(zipSync({ ...parts, [part]: mutate(parts[part] ?? new Uint8Array()) }));
              })()
            : mutate(original);
          const first = await attempt(file, bytes);
          expect(first).not.toMatch(/^live/);
          // the same bytes, the same outcome
          expect(await attempt(file, Buffer.from(bytes))).toBe(first);
        },
      ),
      { numRuns: 60, seed: 20261201 },
    );
  }, 120_000);
});
