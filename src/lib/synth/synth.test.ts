/** The synthetic corpus: deterministic, read by the real ingest, and as messy as the real seeds. */
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../ingest/cache.ts';
import { fixtureInput as real } from '../../../tests/fixture-collections.ts';
import { FIXTURE_SITE } from '../../../tests/test-site.ts';
import { decodeSeed } from '../ingest/encoding.ts';
import { ingest, type SeedFile } from '../ingest/index.ts';
import { readText } from '../ingest/read/text.ts';
import { seedBytes, synthesize, type SynthInput, type SynthOutput } from './index.ts';
import { hashSeed, mulberry32 } from './prng.ts';

const fixtureVocabulary = real.vocabulary;
const realSeeds = real.seeds.map((s) => ({ name: basename(s.path), text: readFileSync(join(FIXTURE_SITE, s.path), 'utf8') }));
const base: Omit<SynthInput, 'scale' | 'seed'> = { seeds: realSeeds, jurisdictions: real.jurisdictions, aliases: real.aliases };
/** what each step recombines: the three 菏泽 progress tables, the 兖州 notice and the 菏泽 work report (the examples are not of their shapes) */
const MATERIAL = 5;

/** The corpus as the ingest sees it after writing to disk: bytes → decoded text. */
function asSeedFiles(out: SynthOutput): SeedFile[] {
  const synthetic = out.files.map((f) => {
    const bytes = seedBytes(f);
    const { text, encoding } = decodeSeed(bytes);
    return { path: `seeds/${f.name}`, source: readText(text, `seeds/${f.name}`), sha256: sha256(bytes), encoding, sidecar: f.meta };
  });
  return [...real.seeds, ...synthetic];
}

describe('prng', () => {
  it('mulberry32 repeats for a seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(mulberry32(43).next()).not.toBe(xs[0]);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(hashSeed(1, 'copy', 2)).toBe(hashSeed(1, 'copy', 2));
    expect(hashSeed(1, 'copy', 2)).not.toBe(hashSeed(1, 'copy', 3));
  });
});

describe('synthesize', () => {
  const four = synthesize({ ...base, scale: 4, seed: 7 });

  it('is deterministic for a seed value, and another seed gives another corpus', () => {
    expect(synthesize({ ...base, scale: 4, seed: 7 })).toEqual(four);
    const other = synthesize({ ...base, scale: 4, seed: 8 });
    expect(other.files.map((f) => f.text)).not.toEqual(four.files.map((f) => f.text));
  });

  it('scale 1 is the real seeds alone; each step adds one jurisdiction with as many documents as the seeds', () => {
    const one = synthesize({ ...base, scale: 1, seed: 7 });
    expect(one.files).toEqual([]);
    const realIds = real.jurisdictions.jurisdictions.map((j) => j.id);
    expect(one.jurisdictions.jurisdictions.map((j) => j.id)).toEqual(realIds);
    expect(four.places).toHaveLength(3);
    expect(four.files).toHaveLength(3 * MATERIAL);
    expect(four.jurisdictions.jurisdictions.map((j) => j.id).slice(-realIds.length)).toEqual(realIds);
  });

  it('a larger scale extends a smaller one (the first steps are the same files)', () => {
    const six = synthesize({ ...base, scale: 6, seed: 7 });
    expect(six.files.slice(0, four.files.length)).toEqual(four.files);
  });

  it('never uses a synthetic place name that occurs in a real seed', () => {
    for (const p of synthesize({ ...base, scale: 40, seed: 3 }).places) {
      expect(realSeeds.some((s) => s.text.includes(p.base))).toBe(false);
    }
  });

  it('round-trips every encoding and line end it writes', () => {
    for (const f of four.files) {
      const { text, encoding } = decodeSeed(seedBytes(f));
      expect(encoding).toBe(f.encoding);
      expect(text.replace(/\r\n/g, '\n').replace(/^\uFEFF/, '')).toBe(f.text);
    }
    const styles = synthesize({ ...base, scale: 30, seed: 7 }).files;
    expect(new Set(styles.map((f) => f.encoding))).toEqual(new Set(['utf-8', 'utf-8-bom', 'gb18030']));
    expect(new Set(styles.map((f) => f.eol))).toEqual(new Set(['\n', '\r\n']));
  });
});

describe('the real ingest reads the synthetic corpus', () => {
  const out = synthesize({ ...base, scale: 6, seed: 11 });
  const c = ingest({ seeds: asSeedFiles(out), aliases: out.aliases, jurisdictions: out.jurisdictions, vocabulary: real.vocabulary });
  const synthetic = new Set(out.files.map((f) => `seeds/${f.name}`));
  const syntheticAnomalies = c.anomalies.filter((a) => synthetic.has(a.source.file));

  it('gives each synthetic file the document id and target count it promises, in its own jurisdiction', () => {
    for (const f of out.files) {
      const doc = c.documents.find((d) => d.sourceFile === `seeds/${f.name}`);
      expect(doc?.id, f.name).toBe(f.documentId);
      if (f.kind !== 'report') expect(doc?.targetCount, f.name).toBe(f.targets);
    }
    expect(c.jurisdictions.map((j) => j.id).sort()).toEqual([...out.places.map((p) => p.id), ...real.jurisdictions.jurisdictions.map((j) => j.id)].sort());
  });

  it('leaves the real documents as they were', () => {
    const real = ingest({ seeds: asSeedFiles({ ...out, files: [] }), aliases: base.aliases, jurisdictions: base.jurisdictions, vocabulary: fixtureVocabulary });
    for (const d of real.documents) expect(c.documents.find((x) => x.id === d.id)).toEqual(d);
  });

  it('carries the real faults: continuation and shifted rows, repeated headers, markup, spaced names, unit variants', () => {
    const kinds = new Set(syntheticAnomalies.map((a) => a.kind));
    for (const kind of ['continuation-row', 'shifted-row', 'repeated-header', 'markup-in-cell', 'leader-alias', 'unit-alias', 'unit-joined', 'unit-et-al', 'partial-table', 'text-joined']) {
      expect(kinds, kind).toContain(kind);
    }
    const progress = out.files.filter((f) => f.kind === 'progress');
    const withContinuation = progress.filter((f) => syntheticAnomalies.some((a) => a.source.file === `seeds/${f.name}` && a.kind === 'continuation-row'));
    expect(withContinuation.length).toBeGreaterThan(progress.length / 2);
    expect(out.files.some((f) => /\t年底\t\t/.test(f.text) || /^\t是\t/m.test(f.text))).toBe(true);
  });

  it('never makes a leader of a shifted cell, and resolves spaced names to one leader', () => {
    const leaderNames = c.leaders.map((l) => l.name);
    for (const word of ['年底', '是', '否', '长期坚持']) expect(leaderNames).not.toContain(word);
    expect(c.leaders.every((l) => !/\s/.test(l.name))).toBe(true);
    expect(c.leaders.some((l) => out.places.some((p) => p.id === l.jurisdiction) && l.aliases.some((a) => / /.test(a.form)))).toBe(true);
  });

  it('maps the synthetic unit variants through the generated aliases.json', () => {
    const place = out.places[0];
    const units = c.units.filter((u) => u.jurisdiction === place?.id);
    expect(units.some((u) => u.aliases.length > 0)).toBe(true);
    expect(units.map((u) => u.name)).not.toContain('市应急局');
    expect(out.aliases.jurisdictions[place?.id ?? '']?.joinedUnitForms).toEqual([`${place?.base}鲁西新区 管委会`]);
  });
});
