/**
 * Synthetic corpus: the real seeds × N, for benchmarks and scale tests.
 *
 * `synthesize()` is pure (texts in, texts out; no fs, no clock, no
 * Math.random): for a given scale and integer seed it always returns the same
 * files. Scale 1 adds nothing (the real seeds alone); each further step adds
 * one invented jurisdiction with as many documents as the real seeds hold —
 * one progress table per real progress table (sizes around the real ones),
 * one task-assignment notice, one work report — made by recombining the real
 * rows, tasks and paragraphs with the real layout faults. Steps are generated
 * independently, so the scale-20 corpus is the first 19 steps of scale 100.
 *
 * The reviewed jurisdictions.json and aliases.json are extended with the
 * invented jurisdictions (listed first, so their markers win) and their unit
 * variants; the ingest reads them from the same seeds directory.
 */
import type { AliasFile, JurisdictionFile, Sidecar } from '../../schemas/seeds.ts';
import type { PeriodCode } from '../../schemas/records.ts';
import { markersOf } from '../ingest/identity.ts';
import { chooseLayout } from '../ingest/layout/index.ts';
import { readText } from '../ingest/read/text.ts';
import { splitLines } from '../ingest/text.ts';
import { localize, progressTable, REPORTING_PERIODS, taskNotice, workReport, type ReportingPeriod, type UnitVariants } from './generate.ts';
import { makeLeaders, makePlaces, type SynthPlace } from './names.ts';
import { noticeTemplate, progressPool, reportTemplate } from './pool.ts';
import { hashSeed, mulberry32 } from './prng.ts';

export interface SynthInput {
  /** the real seed documents: file name (e.g. 000_x.txt) and decoded text */
  seeds: ReadonlyArray<{ name: string; text: string }>;
  jurisdictions: JurisdictionFile;
  aliases: AliasFile;
  /** 1 = the real seeds only; N = real seeds + N−1 synthetic copies */
  scale: number;
  /** PRNG seed */
  seed: number;
}

export type SynthEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface SynthFile {
  /** file name in the seeds directory */
  name: string;
  /** the text, with LF line ends (see `eol`) */
  text: string;
  encoding: SynthEncoding;
  eol: '\n' | '\r\n';
  /** sidecar to write as <name without extension>.meta.json, if any */
  meta: Sidecar | null;
  kind: 'progress' | 'assignment' | 'report';
  /** the document id the ingest should give it */
  documentId: string;
  /** targets (progress) or tasks (notice) it holds */
  targets: number;
}

export interface SynthOutput {
  files: SynthFile[];
  jurisdictions: JurisdictionFile;
  aliases: AliasFile;
  places: SynthPlace[];
}

function jurisdictionOf(text: string, jurisdictions: JurisdictionFile['jurisdictions']): string | null {
  const opening = splitLines(text)
    .slice(0, 12)
    .map((l) => l.text)
    .join('\n');
  return jurisdictions.find((j) => markersOf(j).some((m) => opening.includes(m)))?.id ?? null;
}

/** Which real seeds serve as material: the layout the ingest would read each with (tables, numbered lists, work reports). */
function layoutOf(text: string, name: string): 'table' | 'list' | 'report' | null {
  try {
    return chooseLayout(readText(text, name), undefined, { isStatusWord: () => false, columns: {} }, name).layout.name;
  } catch {
    return null;
  }
}

const PROGRESS_PERIODS: ReportingPeriod[] = [...REPORTING_PERIODS];

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Publication date a little after the period ends. */
function publishedAfter(rng: ReturnType<typeof mulberry32>, year: number, period: PeriodCode): string {
  const endMonth: Record<string, number> = { q1: 3, q2: 6, h1: 6, q3: 9, q4: 12, h2: 12, year: 12, plan: 1, report: 1 };
  const m = (endMonth[period] ?? 12) + 1;
  return m > 12 ? isoDate(year + 1, 1, rng.int(5, 28)) : isoDate(year, m, rng.int(5, 28));
}

export function synthesize(input: SynthInput): SynthOutput {
  const { seeds, jurisdictions, aliases, seed } = input;
  const scale = Math.max(1, Math.floor(input.scale));
  const real = jurisdictions.jurisdictions;

  const progressSeeds: Array<{ path: string; text: string; joinedUnitForms: readonly string[]; jurisdiction: string }> = [];
  let notice: ReturnType<typeof noticeTemplate> = null;
  let report: ReturnType<typeof reportTemplate> = null;
  for (const s of [...seeds].sort((a, b) => a.name.localeCompare(b.name))) {
    const layout = layoutOf(s.text, s.name);
    const j = jurisdictionOf(s.text, real) ?? '';
    if (layout === 'table') progressSeeds.push({ path: `seeds/${s.name}`, text: s.text, joinedUnitForms: aliases.jurisdictions[j]?.joinedUnitForms ?? [], jurisdiction: j });
    else if (layout === 'list') notice ??= noticeTemplate(s.text);
    else if (layout === 'report') report ??= reportTemplate(s.text);
  }
  const pool = progressPool(progressSeeds);
  if (pool.groups.length === 0) throw new Error('synth: no progress table with the usual seven columns among the seeds');

  // Unit variants and pinned slugs are those of the jurisdictions the real tables come from, moved to each place.
  const templateJurisdictions = [...new Set(progressSeeds.map((p) => p.jurisdiction))];
  const unitEntries = templateJurisdictions.flatMap((j) => aliases.jurisdictions[j]?.units ?? []);
  const joinedForms = templateJurisdictions.flatMap((j) => aliases.jurisdictions[j]?.joinedUnitForms ?? []);
  const pinned = Object.entries(aliases.slugs).filter(([k]) => !k.startsWith('$') && templateJurisdictions.some((j) => k.startsWith(`${j}/`)));

  const places = makePlaces(
    mulberry32(hashSeed(seed, 'places')),
    scale - 1,
    seeds.map((s) => s.text),
    real.map((j) => j.id),
  );
  const files: SynthFile[] = [];
  const outJurisdictions: JurisdictionFile['jurisdictions'] = [];
  const outAliases: AliasFile = structuredClone(aliases);

  places.forEach((place, index) => {
    const copy = index + 1;
    const rng = mulberry32(hashSeed(seed, 'copy', copy));
    const leaders = makeLeaders(rng, rng.int(9, 14));
    outJurisdictions.push({ id: place.id, name: place.name, parent: place.parent, leaderTitle: place.leaderTitle, markers: [place.name] });
    const variants: UnitVariants[] = unitEntries.map((e) => ({ name: localize(e.name, place, 0), forms: e.forms.map((f) => localize(f, place, 0)) }));
    outAliases.jurisdictions[place.id] = {
      leaders: [],
      units: unitEntries.map((e) => ({ name: localize(e.name, place, 0), forms: e.forms.map((f) => localize(f, place, 0)), reason: localize(e.reason, place, 0) })),
      joinedUnitForms: joinedForms.map((f) => localize(f, place, 0)),
    };
    for (const [key, slug] of pinned) outAliases.slugs[`${place.id}/${key.slice(key.indexOf('/') + 1)}`] = slug;

    const base = rng.int(2019, 2024);
    const slots = rng.shuffle([base, base + 1].flatMap((y) => PROGRESS_PERIODS.map((p) => ({ year: y, period: p }))));
    const stem = `syn_${String(copy).padStart(4, '0')}`;
    const style = (): Pick<SynthFile, 'encoding' | 'eol'> => {
      const r = rng.next();
      return {
        encoding: r < 0.05 ? 'gb18030' : r < 0.1 ? 'utf-8-bom' : 'utf-8',
        eol: rng.chance(0.1) ? '\r\n' : '\n',
      };
    };
    const meta = (year: number, period: PeriodCode, n: number): Sidecar | null =>
      rng.chance(0.3) ? { publishedAt: publishedAfter(rng, year, period), sourceUrl: `https://www.example.gov.cn/${place.id}/zfxxgk/${year}/${n}.html` } : null;

    pool.sizes.forEach((realSize, i) => {
      const slot = slots[i] ?? { year: base + 2 + i, period: 'year' as const };
      const size = Math.max(3, Math.round(realSize * (0.8 + 0.4 * rng.next())));
      const { text, targets } = progressTable(rng, pool, { place, leaders, year: slot.year, period: slot.period, size, variants });
      files.push({
        name: `${stem}_${i + 1}.txt`,
        text,
        ...style(),
        meta: meta(slot.year, slot.period, i + 1),
        kind: 'progress',
        documentId: `${place.id}/${slot.year}-${slot.period}`,
        targets,
      });
    });
    if (notice) {
      const { text, targets } = taskNotice(rng, notice, { place, leaders, year: base });
      files.push({ name: `${stem}_n.txt`, text, ...style(), meta: meta(base, 'plan', 90), kind: 'assignment', documentId: `${place.id}/${base}-plan`, targets });
    }
    if (report) {
      const { text } = workReport(rng, report, { place, speaker: leaders[0] ?? '王伟', year: base });
      files.push({ name: `${stem}_r.txt`, text, ...style(), meta: meta(base, 'report', 91), kind: 'report', documentId: `${place.id}/${base}-report`, targets: 0 });
    }
  });

  return {
    files,
    // Invented jurisdictions first (their names never occur in the real seeds, while real names may occur in
    // recombined text), newest first: a county's notice also names its parent city, created before it.
    jurisdictions: { ...jurisdictions, jurisdictions: [...outJurisdictions.reverse(), ...real] },
    aliases: outAliases,
    places,
  };
}

export { seedBytes } from './encode.ts';
