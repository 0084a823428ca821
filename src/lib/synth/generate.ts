/**
 * One synthetic document of each kind, from real material and an invented
 * jurisdiction. Text is recombined, never invented: rows, tasks and report
 * paragraphs are the real ones, with the place name, the leaders, the numbers
 * and the years changed, and the real layout faults kept or re-created
 * (continuation rows, shifted rows, page-break headers, markup, spaced names,
 * unit variants, a trailing 等).
 */
import type { PeriodCode } from '../../schemas/records.ts';
import { looksLikeName as nameLike } from '../ingest/layout/cell-kinds.ts';
import { CLOSES } from '../ingest/layout/report.ts';
import { periodLabel } from '../model/period.ts';
import { MESSY_KINDS, CLAUSE_LEADERS, looksLikeStatus, type NoticeTemplate, type PoolGroup, type ProgressPool, type ReportTemplate } from './pool.ts';
import type { SynthPlace } from './names.ts';
import { spaced } from './names.ts';
import type { Rng } from './prng.ts';

/** The periods the synthetic progress tables report on: the half-years, the quarters and the year, as the real tables do. */
export const REPORTING_PERIODS = ['h1', 'h2', 'q1', 'q2', 'q3', 'q4', 'year'] as const satisfies readonly PeriodCode[];
export type ReportingPeriod = (typeof REPORTING_PERIODS)[number];

const looksLikeName = (raw: string): boolean => nameLike(raw, looksLikeStatus);

/** Alias entries of the synthetic jurisdiction: canonical unit name → printed variants. */
export interface UnitVariants {
  name: string;
  forms: string[];
}

/** Moves the real text to the synthetic place and year. */
export function localize(text: string, place: SynthPlace, yearDelta: number): string {
  let t = text
    .replaceAll('济宁市兖州区', `${place.parentCity ?? ''}${place.name}`)
    .replaceAll('兖州区', place.name)
    .replaceAll('济兖政', `${place.base}政`)
    .replaceAll('兖州', place.base)
    .replaceAll('兖', place.base.slice(0, 1))
    .replaceAll('菏泽市', place.name)
    .replaceAll('菏泽', place.base);
  if (yearDelta !== 0) {
    t = t.replace(/(?<!\d)(20[0-3]\d)(?=\s*年|〕)/g, (y) => String(Number(y) + yearDelta));
  }
  return t;
}

/** How a title names each reporting period, as the ingest reads it. */
export const PERIOD_WORDS = Object.fromEntries(REPORTING_PERIODS.map((p) => [p, periodLabel(p)])) as Record<ReportingPeriod, string>;

export interface ProgressSpec {
  place: SynthPlace;
  /** the jurisdiction's leaders, most senior first */
  leaders: readonly string[];
  year: number;
  period: keyof typeof PERIOD_WORDS;
  /** number of targets */
  size: number;
  variants: readonly UnitVariants[];
}

/** How one document prints a two-character name: as is, always spaced (曹 临), or both. */
type Spacing = 'plain' | 'spaced' | 'mixed';

function printer(rng: Rng, leaders: readonly string[]): (name: string) => string {
  const policy = new Map<string, Spacing>();
  for (const l of leaders) {
    const r = rng.next();
    policy.set(l, l.length !== 2 ? 'plain' : r < 0.2 ? 'spaced' : r < 0.3 ? 'mixed' : 'plain');
  }
  return (name) => {
    const p = policy.get(name) ?? 'plain';
    return p === 'spaced' || (p === 'mixed' && rng.chance(0.5)) ? spaced(name) : name;
  };
}

/** Splits n items into k contiguous non-empty blocks of random sizes. */
function blocks(rng: Rng, n: number, k: number): number[] {
  const parts = Math.max(1, Math.min(k, n));
  const cuts = new Set<number>();
  while (cuts.size < parts - 1) cuts.add(rng.int(1, n - 1));
  const sorted = [0, ...[...cuts].sort((a, b) => a - b), n];
  return sorted.slice(1).map((c, i) => c - (sorted[i] ?? 0));
}

function varyUnits(rng: Rng, cell: string, variants: readonly UnitVariants[]): string {
  const tokens = cell.split(' ');
  const out = tokens.map((tok) => {
    const v = variants.find((x) => x.name === tok);
    return v && rng.chance(0.25) ? rng.pick(v.forms) : tok;
  });
  let t = out.join(' ');
  if (t !== '' && !t.endsWith('等') && rng.chance(0.01)) t = `${t}等`;
  return t;
}

function addMarkup(rng: Rng, cell: string): string {
  if (cell.includes('<') || cell.trim() === '') return cell;
  const m = /^([^：:。，,]{2,12}[：:])(.+)$/.exec(cell);
  if (m) return rng.chance(0.5) ? `<b>${m[1]}</b>${m[2]}` : `<p><b>${m[1]}</b>${m[2]}</p>`;
  return `<p>${cell}</p>`;
}

/** A row that sits in its columns: seven cells, a name or nothing under the leader. */
function isRegular(cells: readonly string[]): boolean {
  return cells.length === 7 && (cells[1]?.trim() === '' || looksLikeName(cells[1] ?? '')) && looksLikeStatus(cells[5] ?? '');
}

export function progressTable(rng: Rng, pool: ProgressPool, spec: ProgressSpec): { text: string; targets: number } {
  const { place, year, period, size, variants } = spec;
  const docLeaders = spec.leaders.slice(0, rng.int(Math.min(4, spec.leaders.length), Math.min(8, spec.leaders.length)));
  const print = printer(rng, docLeaders);

  // Every table gets its share of the real faults, then ordinary rows.
  const chosen: PoolGroup[] = [];
  for (const kind of MESSY_KINDS) {
    const list = pool.messy.get(kind) ?? [];
    if (list.length > 0 && chosen.length < size && rng.chance(0.85)) chosen.push(rng.pick(list));
  }
  while (chosen.length < size) chosen.push(rng.pick(pool.groups));
  const ordered = rng.shuffle(chosen);

  const leaderCol = place.leaderTitle;
  const header = ['序号', leaderCol, '责任目标内容', '完成时限', rng.pick(['完成情况', '推进情况']), rng.pick(['是否完成计划进度', '是否按计划完成进度']), '责任单位'].join('\t');
  const out: string[] = ['', ''];
  const title = `${place.name}人民政府${year}年经济社会发展责任目标${PERIOD_WORDS[period]}工作推进情况一览表`;
  out.push(rng.chance(0.2) ? `## ${title}` : title, '');
  const start = rng.chance(0.25) ? rng.int(20, 80) : 1;
  if (rng.chance(0.4)) {
    const declared = start > 1 || rng.chance(0.5) ? size + start - 1 + rng.int(10, 150) : size;
    out.push(
      `${place.kind}政府办公室对${year}年《政府工作报告》确定的${declared}项经济社会发展责任目标${PERIOD_WORDS[period]}工作推进情况进行了调度。依据政务公开有关规定,现将工作推进情况向社会公开,接受群众监督。`,
      '',
    );
  }
  out.push(header);
  const pageEvery = rng.pick([0, 8, 9, 10, 12, 27]);
  let rowsOnPage = 0;

  const sizes = blocks(rng, ordered.length, docLeaders.length);
  let g = 0;
  sizes.forEach((blockSize, b) => {
    const leader = docLeaders[b] ?? docLeaders[0] ?? '';
    for (let i = 0; i < blockSize; i++, g++) {
      const group = ordered[g];
      if (!group) continue;
      const number = start + g;
      const delta = year - group.year;
      group.rows.forEach((row, r) => {
        if (pageEvery > 0 && rowsOnPage >= pageEvery) {
          out.push(...(rng.chance(0.15) ? ['', '', ''] : ['']), header);
          rowsOnPage = 0;
        }
        const cells = row.cells.map((c) => localize(c, place, delta));
        cells[0] = r === 0 || (row.cells[0] ?? '').trim() !== '' ? String(number) : '';
        if (looksLikeName(row.cells[1] ?? '')) {
          const others = docLeaders.filter((l) => l !== leader);
          cells[1] = print(r === 0 || others.length === 0 ? leader : rng.pick(others));
        }
        if (isRegular(row.cells)) {
          cells[6] = varyUnits(rng, cells[6] ?? '', variants);
          if (cells[5]?.trim() === '是' && rng.chance(0.05)) cells[5] = '否';
          if (rng.chance(0.03)) cells[4] = addMarkup(rng, cells[4] ?? '');
        }
        out.push(cells.join('\t'));
        rowsOnPage++;
      });
    }
  });
  return { text: `${out.join('\n')}\n`, targets: ordered.length };
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];

export interface NoticeSpec {
  place: SynthPlace;
  leaders: readonly string[];
  year: number;
}

/** A task-assignment notice: the real sections and tasks, a subset of the tasks, renumbered, with this place's leaders. */
export function taskNotice(rng: Rng, template: NoticeTemplate, spec: NoticeSpec): { text: string; targets: number } {
  const { place, year } = spec;
  const delta = year - template.year;
  const issuer = `${place.parentCity ?? ''}${place.name}人民政府`;
  // Real leader names → this place's leaders, consistently within the document.
  const mapping = new Map<string, string>();
  const pool = rng.shuffle(spec.leaders);
  const leaderFor = (real: string): string => {
    let mapped = mapping.get(real);
    if (!mapped) {
      mapped = pool[mapping.size % pool.length] ?? real;
      mapping.set(real, mapped);
    }
    return mapped;
  };
  const out: string[] = [
    `${place.base}政发〔${year}〕${rng.int(1, 12)}号`,
    '',
    issuer,
    '',
    `关于分解落实${year}年政府工作报告`,
    '',
    '任务目标的通知',
    '',
    localize(template.addressee, place, delta),
    '',
    ...template.intro.flatMap((p) => [localize(p, place, delta), '']),
  ];
  let n = 0;
  let s = 0;
  for (const section of template.sections) {
    const tasks = section.tasks.filter(() => rng.chance(0.8));
    if (section.paragraphs.length === 0 && tasks.length === 0) continue;
    const title = section.heading.replace(/^[一二三四五六七八九十]+、/, '');
    out.push(`${NUMERALS[s] ?? '十'}、${localize(title, place, delta)}`, '');
    s++;
    for (const p of section.paragraphs) out.push(localize(p, place, delta));
    for (const task of tasks) {
      n++;
      const clause = localize(task.clause, place, delta).replace(CLAUSE_LEADERS, (_m, role: string, colon: string, list: string) => {
        const names = [
          ...new Set(
            list
              .split(/[、，,]/)
              .map((x) => x.trim())
              .filter(Boolean)
              .map(leaderFor),
          ),
        ];
        return `${role}${colon}${names.join('、')}`;
      });
      out.push(`${n}、${localize(task.body, place, delta)}${clause}`);
    }
  }
  out.push(issuer, '', `${year}年1月${rng.int(5, 28)}日`, ...template.tail.map((t) => localize(t, place, delta)), '');
  return { text: out.join('\n'), targets: n };
}

export interface ReportSpec {
  place: SynthPlace;
  /** the head of government who delivers it */
  speaker: string;
  year: number;
}

/** A work report: the real one moved to this place and year, with some whole paragraphs left out. */
export function workReport(rng: Rng, template: ReportTemplate, spec: ReportSpec): { text: string } {
  const { place, year } = spec;
  const delta = year - template.year;
  const out: string[] = ['', ''];
  let previous = '';
  let inBody = false;
  for (const line of template.lines) {
    const heading = /^[一二三四五六七八九十]+、/.test(line);
    if (heading) inBody = true;
    const speakerLine = /^\S+市长\s*\S/.exec(line);
    let t: string;
    if (speakerLine && !inBody) t = `${place.name}${place.headTitle} ${spaced(spec.speaker)}`;
    else t = localize(line, place, delta);
    // Leave out a self-contained paragraph now and then (never a heading, never half of a page-broken one).
    const standalone = inBody && !heading && CLOSES.test(previous) && CLOSES.test(line);
    previous = line;
    if (standalone && rng.chance(0.2)) continue;
    out.push(t, '');
  }
  return { text: out.join('\n') };
}
