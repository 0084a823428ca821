/**
 * Which place, year and period a document is, and what kind: declared in
 * `seeds/<file>.meta.json` where the webmaster says so (declared beats
 * detected), else read from the text — the title, the opening lines, the 文号,
 * a saved page's <meta> — with the evidence kept, so the document page can
 * say where each came from. Where the text cannot tell, the message names
 * the field to declare and the file to put it in.
 */
import type { DocumentKind, PeriodCode, SiteDocument } from '../../schemas/records.ts';
import type { JurisdictionFile, Sidecar } from '../../schemas/seeds.ts';
import { periodLabel, readPeriod } from '../model/period.ts';
import { SeedError } from './errors.ts';
import type { Interpretation } from './layout/types.ts';
import type { PageFacts } from './source.ts';

type JurisdictionEntry = JurisdictionFile['jurisdictions'][number];

/** `济宁市兖州区` → 兖州区: a document of the place often prints only its own level. */
export function lastPart(name: string): string | null {
  // the last level boundary with a place after it: 衢州市开化县 → 开化县 (州 of 衢州 is part of the city's name), 湖北省咸宁市咸安区 → 咸安区
  let last: string | null = null;
  for (const m of name.matchAll(/(自治区|自治州|地区|省|市|州|盟)/g)) {
    const end = (m.index ?? 0) + (m[0]?.length ?? 0);
    if (m[0] === '州' && name[end] === '市') continue;
    const rest = name.slice(end);
    // 宿州市萧县 → 萧县: a county of two characters is still its own name
    if ((rest.length >= 3 || (rest.length === 2 && /(县|区|旗)$/.test(rest))) && /(市|区|县|旗)$/.test(rest) && end > 1) last = rest;
  }
  return last;
}

export function markersOf(j: JurisdictionEntry): string[] {
  return [...new Set([j.name, lastPart(j.name), ...j.markers].filter((m): m is string => Boolean(m)))];
}

/** 市政府领导 for a city, 区/县政府领导 for a district or county. */
export function defaultLeaderTitle(name: string): string {
  const last = name.at(-1);
  return last === '区' ? '区政府领导' : last === '县' || last === '旗' ? '县政府领导' : last === '省' ? '省政府领导' : '市政府领导';
}

export interface Identity {
  jurisdiction: string;
  year: number;
  period: PeriodCode;
  periodLabel: string;
  kind: DocumentKind;
  provenance: SiteDocument['identity'];
}

export interface IdentityInput {
  file: string;
  /** where declarations go, for messages: seeds/<name>.meta.json */
  sidecarPath: string;
  interpretation: Interpretation;
  facts: PageFacts;
  sidecar: Sidecar | null;
  jurisdictions: readonly JurisdictionEntry[];
}

const declared = { from: 'declared' as const, evidence: null };
const text = (evidence: string) => ({ from: 'text' as const, evidence });

/** A line that is an issuing body's name: a signature or a masthead. */
const ISSUER = /(人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会)(文件)?$/;

function jurisdictionOf(input: IdentityInput): { id: string; provenance: SiteDocument['identity']['jurisdiction'] } {
  const { file, sidecarPath, sidecar, jurisdictions, interpretation: r, facts } = input;
  const ids = jurisdictions.map((j) => j.id).join(', ');
  if (sidecar?.jurisdiction) {
    if (!jurisdictions.some((j) => j.id === sidecar.jurisdiction)) {
      throw new SeedError(
        sidecarPath,
        1,
        `jurisdiction “${sidecar.jurisdiction}” is not in seeds/jurisdictions.json`,
        `one of ${ids}, or add {"id": "${sidecar.jurisdiction}", "name": "…"} to seeds/jurisdictions.json`,
      );
    }
    return { id: sidecar.jurisdiction, provenance: declared };
  }
  // the title, the opening lines and the 文号 speak for the document; the body names other places
  // and so does the issuing body where it signs (蔡甸区人民政府办公室), wherever the layout put that line
  const signatures = [...r.backMatter, ...r.sections.flatMap((x) => x.paragraphs)].map((l) => l.text).filter((t) => ISSUER.test(t) && t.length <= 30);
  const region = [r.title, r.docNumber, ...r.frontMatter.map((l) => l.text), facts.title, facts.site, ...signatures].filter(Boolean).join('\n');
  const found = jurisdictions
    .map((j) => {
      const hits = markersOf(j)
        .map((m) => ({ m, at: region.indexOf(m) }))
        .filter((h) => h.at >= 0);
      const first = hits.sort((a, b) => a.at - b.at)[0];
      return first ? { j, marker: first.m, at: first.at } : null;
    })
    .filter((x): x is NonNullable<typeof x> => x !== null);
  // a district's documents name its city too: the more specific place wins — one whose name contains the other's,
  // or one printed right after the other (济宁市兖州区: the city, then the district in it)
  const within = (f: (typeof found)[number], g: (typeof found)[number]): boolean => (g.j.name.length > f.j.name.length && g.j.name.includes(f.j.name)) || region.indexOf(`${f.marker}${g.marker}`) >= 0;
  const specific = found.filter((f) => !found.some((g) => g !== f && within(f, g)));
  if (specific.length === 1) {
    const f = specific[0] as (typeof specific)[number];
    return { id: f.j.id, provenance: text(`“${f.marker}”`) };
  }
  if (specific.length > 1) {
    throw new SeedError(
      file,
      1,
      `the opening lines name more than one place (${specific.map((f) => `${f.marker} → ${f.j.id}`).join(', ')})`,
      `one place: declare "jurisdiction": "<id>" in ${sidecarPath}`,
    );
  }
  throw new SeedError(
    file,
    1,
    `the place is not named in the title or opening lines${/全市|我市|全区|我区|全县|我县/.test(region) ? ' (they say 全市/全区/全县 or 我市/我区/我县)' : ''}`,
    `a jurisdiction of seeds/jurisdictions.json (${ids}) named there: declare it with "jurisdiction": "<id>" in ${sidecarPath}; a new place needs {"id": "…", "name": "…"} in seeds/jurisdictions.json first`,
  );
}

function yearOf(input: IdentityInput): { year: number; provenance: SiteDocument['identity']['year'] } {
  const { file, sidecarPath, sidecar, interpretation: r } = input;
  if (sidecar?.year !== undefined) return { year: sidecar.year, provenance: declared };
  if (r.layout === 'report' && r.reportYear !== null) return { year: r.reportYear, provenance: text('报告部署工作的年份') };
  const inTitle = r.title ? /((?:19|20)\d{2})\s*年/.exec(r.title) : null;
  if (inTitle) return { year: Number(inTitle[1]), provenance: text(`标题“${inTitle[0]}”`) };
  const inNumber = r.docNumber ? /〔(\d{4})〕/.exec(r.docNumber) : null;
  if (inNumber) return { year: Number(inNumber[1]), provenance: text(`文号“${r.docNumber}”`) };
  for (const l of r.frontMatter) {
    const m = /((?:19|20)\d{2})\s*年(?!\d{1,2}\s*月\s*\d{1,2}\s*日)/.exec(l.text);
    if (m) return { year: Number(m[1]), provenance: text(`第${l.line}行“${m[0]}”`) };
  }
  if (r.textDate) return { year: Number(r.textDate.slice(0, 4)), provenance: text(`成文日期 ${r.textDate}`) };
  throw new SeedError(
    file,
    1,
    'the year is printed nowhere (not in the title, the 文号 or a date)',
    `the year the targets are for: declare "year": 2023 (say) in ${sidecarPath}, and add a "note" saying how the year is known`,
  );
}

function periodOf(input: IdentityInput, kind: DocumentKind): { period: PeriodCode; label: string; provenance: SiteDocument['identity']['period'] } {
  const { file, sidecarPath, sidecar, interpretation: r } = input;
  if (sidecar?.period) return { period: sidecar.period, label: periodLabel(sidecar.period), provenance: declared };
  if (kind === 'report') return { period: 'report', label: periodLabel('report'), provenance: text('政府工作报告') };
  if (kind === 'assignment') return { period: 'plan', label: periodLabel('plan'), provenance: text('任务分解，无报告期') };
  for (const line of [r.title, ...r.frontMatter.map((l) => l.text)]) {
    if (!line) continue;
    const p = readPeriod(line);
    if (p) return { period: p.period, label: periodLabel(p.period, p.words), provenance: text(`“${p.words}”`) };
  }
  throw new SeedError(
    file,
    1,
    `the title “${r.title ?? ''}” names no reporting period`,
    `上半年, 下半年, 第一季度…第四季度, 前三季度, 1—11月 or 全年 in the title, or declare "period" (h1, h2, q1–q4, q1-3, m1-11, year) in ${sidecarPath}`,
  );
}

function kindOf(input: IdentityInput): { kind: DocumentKind; provenance: SiteDocument['identity']['kind'] } {
  const { sidecar, interpretation: r } = input;
  if (sidecar?.kind) return { kind: sidecar.kind, provenance: declared };
  if (r.kind === 'report') return { kind: 'report', provenance: text('政府工作报告') };
  if (r.layout === 'table') {
    const reporting = r.columns.filter((c) => c.field === 'progress' || c.field === 'status' || c.field === 'reached' || c.field === 'share').map((c) => c.heading);
    const columns = `列“${[...new Set(reporting)].join('”“')}”`;
    return { kind: r.kind, provenance: text(reporting.length === 0 ? '无完成情况、是否按计划或已完成数列' : r.kind === 'progress' ? columns : `${columns}各行均未填写`) };
  }
  return { kind: r.kind, provenance: text(r.kind === 'progress' ? '条目带进展或完成情况' : '条目无进展情况') };
}

export function identify(input: IdentityInput): Identity {
  const j = jurisdictionOf(input);
  const k = kindOf(input);
  const y = yearOf(input);
  const p = periodOf(input, k.kind);
  return {
    jurisdiction: j.id,
    year: y.year,
    period: p.period,
    periodLabel: p.label,
    kind: k.kind,
    provenance: { jurisdiction: j.provenance, year: y.provenance, period: p.provenance, kind: k.provenance },
  };
}
