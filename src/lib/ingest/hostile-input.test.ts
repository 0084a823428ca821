/**
 * What the next table from a Windows desk may look like: other encodings and
 * line ends, reordered or renamed columns, mutated rows. The ingest must read
 * it the same, or refuse it with its documented error — never drop a cell
 * without saying so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../../../tests/test-site.ts';
import { interpretText } from '../../../tests/ingest-helpers.ts';
import { cell } from './cell.ts';
import { decodeSeed, EncodingError } from './encoding.ts';
import { SeedError } from './errors.ts';

const seed = readFileSync(join(FIXTURE_SITE, 'seeds/002_d77621546935b0d7.txt'), 'utf8');
type Parsed = ReturnType<typeof interpretText>;
const parse = (text: string): Parsed & { targets: Parsed['r']['targets'] } => {
  const read = interpretText(text, 'seeds/002.txt', 'table');
  return { ...read, targets: read.r.targets };
};
const names = (a: { people: { published: string }[] } | undefined) => a?.people.map((p) => p.published);
const units = (a: { units: { published: string }[] } | undefined) => a?.units.map((u) => u.published);

describe('encodings and line ends', () => {
  it('reads a seed saved as GB18030 with CRLF exactly as the UTF-8 original, and says which was used', () => {
    const bytes = iconv.encode(seed.replace(/\n/g, '\r\n'), 'gb18030');
    const decoded = decodeSeed(bytes);
    expect(decoded.encoding).toBe('gb18030');
    expect(parse(decoded.text)).toEqual(parse(seed));
  });

  it('reads UTF-8 with a BOM and CR line ends the same', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(seed.replace(/\n/g, '\r'), 'utf8')]);
    const decoded = decodeSeed(bytes);
    expect(decoded.encoding).toBe('utf-8-bom');
    expect(parse(decoded.text)).toEqual(parse(seed));
  });

  it('reads UTF-16 with its byte-order mark', () => {
    const decoded = decodeSeed(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]));
    expect(decoded.encoding).toBe('utf-16le');
    expect(parse(decoded.text)).toEqual(parse(seed));
  });

  it('refuses a Big5 file instead of publishing mojibake, naming the file', () => {
    const bytes = iconv.encode(seed.slice(0, 4000), 'big5');
    expect(() => decodeSeed(bytes, 'seeds/big5.txt')).toThrow(EncodingError);
    expect(() => decodeSeed(bytes, 'seeds/big5.txt')).toThrow(/^seeds\/big5\.txt:1: not UTF-8, .* expected a file saved as UTF-8 or GB18030/);
  });
});

describe('columns by heading, not by position', () => {
  const rows = [
    '菏泽市人民政府2023年经济社会发展责任目标上半年工作推进情况一览表',
    '序号\t责任单位\t市政府领导\t责任目标内容\t是否按计划完成进度\t完成时限\t推进情况',
    '88\t市卫生健康委\t王昌华\t新增 3 岁以下婴幼儿照护服务托位 1 万个\t是\t年底\t上半年，新增托位 10587 个',
  ].join('\n');

  it('maps reordered columns by their headings', () => {
    const [t] = parse(rows).targets;
    expect(t?.text.text).toBe('新增 3 岁以下婴幼儿照护服务托位 1 万个');
    expect(t?.assignments[0]).toMatchObject({ deadlineRaw: '年底', statusRaw: '是', progress: { text: '上半年，新增托位 10587 个' } });
    expect(names(t?.assignments[0])).toEqual(['王昌华']);
    expect(units(t?.assignments[0])).toEqual(['市卫生健康委']);
  });

  it('accepts the known synonyms (牵头单位, 进展情况)', () => {
    const synonyms = rows.replace('责任单位', '牵头单位').replace('推进情况', '进展情况');
    expect(units(parse(synonyms).targets[0]?.assignments[0])).toEqual(['市卫生健康委']);
  });

  it('warns on a repeated 序号 whose text differs, and keeps both texts', () => {
    const text = `${rows}\n88\t市民政局\t张鹏\t另一项目标\t否\t年底\t进展`;
    const r = parse(text);
    expect(r.targets).toHaveLength(1);
    expect(r.targets[0]?.assignments[1]?.targetText?.text).toBe('另一项目标');
    expect(r.anomalies.find((a) => a.kind === 'repeated-number')).toMatchObject({ line: 4, severity: 'warning' });
  });

  it('keeps a column it does not model, under its printed heading, and reads 牵头单位 apart from 责任单位', () => {
    const text = rows
      .replace('\t推进情况', '\t推进情况\t备注\t报告任务编号')
      .replace('上半年，新增托位 10587 个', '上半年，新增托位 10587 个\t省定任务\t(三)8')
      .replace('序号\t责任单位', '序号\t牵头单位');
    const [t] = parse(text).targets;
    expect(t?.assignments[0]).toMatchObject({ note: '省定任务', cells: [{ heading: '报告任务编号', text: '(三)8' }] });
    expect(t?.assignments[0]?.units.map((u) => [u.published, u.role, u.label])).toEqual([['市卫生健康委', 'lead', '牵头单位']]);
  });
});

/** Every string the interpretation carries, for the no-silent-loss check. */
function outputText(read: Parsed): string {
  const r = read.r;
  const parts: string[] = [r.title ?? '', ...r.frontMatter.map((f) => f.text), ...r.backMatter.map((f) => f.text), r.cutOff?.text ?? ''];
  for (const t of r.targets) {
    parts.push(String(t.number), t.text.text);
    for (const a of t.assignments) {
      parts.push(
        ...a.people.map((p) => p.published),
        a.targetText?.text ?? '',
        a.deadlineRaw ?? '',
        a.statusRaw ?? '',
        a.progress?.text ?? '',
        a.units.map((u) => u.published).join(''),
        a.note ?? '',
        ...a.cells.map((c) => c.text),
      );
      if (a.figures) parts.push(...Object.values(a.figures).map((v) => v ?? ''));
    }
  }
  return parts.join('\u0000').replace(/\s+/g, '');
}

const dataLines = seed
  .split('\n')
  .map((text, i) => ({ text, index: i }))
  .filter((l) => /^\d*\t/.test(l.text) && !l.text.startsWith('序号'));

type Mutation = { kind: 'drop-tab'; at: number } | { kind: 'add-tab'; at: number } | { kind: 'cut'; at: number } | { kind: 'unicode'; at: number; text: string } | { kind: 'huge'; times: number };

function mutate(line: string, m: Mutation): string {
  const at = (n: number) => Math.min(line.length, n % (line.length + 1));
  switch (m.kind) {
    case 'drop-tab': {
      const tabs = [...line.matchAll(/\t/g)].map((x) => x.index ?? 0);
      const i = tabs[m.at % Math.max(1, tabs.length)];
      return i === undefined ? line : line.slice(0, i) + line.slice(i + 1);
    }
    case 'add-tab':
      return `${line.slice(0, at(m.at))}\t${line.slice(at(m.at))}`;
    case 'cut':
      return line.slice(0, at(m.at));
    case 'unicode':
      return line.slice(0, at(m.at)) + m.text + line.slice(at(m.at));
    case 'huge':
      return line.replace(/\t([^\t]{4,})\t/, (_, c: string) => `\t${c.repeat(m.times)}\t`);
  }
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-tab' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('add-tab' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unicode' as const), at: fc.nat(), text: fc.string({ unit: 'binary', maxLength: 12 }).map((s) => s.replace(/[\r\n\t]/g, '')) }),
  fc.record({ kind: fc.constant('huge' as const), times: fc.integer({ min: 50, max: 400 }) }),
);

describe('fuzzing real rows', () => {
  it('returns records with anomalies or throws SeedError, and never loses a cell silently', () => {
    const lines = seed.split('\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: dataLines.length - 1 }), mutation), { minLength: 1, maxLength: 4 }), (edits) => {
        const copy = lines.slice();
        const touched = new Set<number>();
        for (const [pick, m] of edits) {
          const target = dataLines[pick];
          if (!target) continue;
          copy[target.index] = mutate(copy[target.index] ?? '', m);
          touched.add(target.index);
        }
        let r: Parsed;
        try {
          r = parse(copy.join('\n'));
        } catch (error) {
          if (error instanceof SeedError) {
            expect(error.message).toMatch(/^seeds\/002\.txt:\d+: .+ — expected .+/);
            return;
          }
          throw error;
        }
        const out = outputText(r);
        const flagged = new Set(r.anomalies.map((a) => a.line));
        for (const index of touched) {
          const line = index + 1;
          for (const c of (copy[index] ?? '').split('\t')) {
            const wanted = cell(c).value.text.replace(/\s+/g, '');
            if (wanted !== '' && !out.includes(wanted) && !flagged.has(line)) {
              throw new Error(`line ${line}: cell “${wanted.slice(0, 40)}” is in no record and no anomaly`);
            }
          }
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
