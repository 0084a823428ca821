/**
 * npm run bench -- --scale N [--seed S] [--keep] [--profile] [--no-rebuild] [--no-floor] [--overlay DIR] [--workdir DIR]
 *
 * Builds the whole site from a synthetic corpus N× the seeds and compares it
 * with the framework's floor on this machine:
 *
 *  1. copies the project (config, src, public, scripts; node_modules linked
 *     entry by entry, so Astro's cache stays private) to a temporary
 *     directory and writes the corpus into its seeds/ (src/lib/synth/write-corpus.ts);
 *  2. runs the real `scripts/build.ts` there (ingest, astro build, Pagefind),
 *     sampling the resident memory of the whole process tree;
 *  3. runs it again with the seeds unchanged (what a rebuild reuses: it
 *     prints whether the ingest was reused and how many records the content
 *     layer kept), then once more after adding one new document — a new
 *     period of one place: 菏泽's 2023 H1 table, held back from the corpus
 *     (and its reviewed links with it) until then — the incremental build;
 *  4. builds scripts/bench-floor — a bare Astro site with the same number of
 *     trivial pages from one JSON collection — the same way;
 *  5. measures the output: page sizes gzipped (CSS included) against the
 *     budgets, the Pagefind index and the bytes a search fetches.
 *
 * The last line has a fixed format, for logs and CI:
 *   bench: scale 20, 8123 pages, build 31.2s (floor 22.0s, ratio 1.42), peak RSS 1480 MiB, pagefind 12.3 MiB
 * Nothing in the working tree is written; the temporary directory is removed
 * unless --keep.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stripVTControlCharacters } from 'node:util';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from '../src/lib/synth/write-corpus.ts';
import { parseArgs } from './args.ts';
import { linkModules } from '../src/lib/build/link-modules.ts';
import { filesSize, filesUnder, siteFiles } from '../src/lib/build/files.ts';
import { pagefindQuery, parseQuery } from '../src/lib/search/query.ts';
import { readRenderCounts } from '../src/lib/build/render-cache.ts';
import { withoutDocument } from '../src/lib/model/links.ts';
import type { LinkFile } from '../src/schemas/seeds.ts';

const root = process.cwd();
const MiB = 1024 * 1024;
const KiB = 1024;

/* ---------- budgets (issue 7) ---------- */
const BUDGET = {
  /** at scale 20: full build ÷ floor (issue 13: ≤ 2.5, stretch 1.5) */
  ratio: 2.5,
  /** at scale 20: peak resident memory of the build's process tree */
  peakRssMiB: 2048,
  /** a target page, gzipped, CSS included */
  targetPageKiB: 20,
  /** any page, gzipped */
  pageKiB: 200,
};

/* ---------- the new document of the incremental rebuild ---------- */

/** 菏泽 2023 上半年 (200 targets): held back from the first build, added for the incremental one. */
const NEW_DOCUMENT = { seed: '002_d77621546935b0d7.txt', document: 'heze/2023-h1' };

/** What Astro rendered and reused, from the build's own line. */
function renderCounts(step: StepResult): string {
  const counts = readRenderCounts(step.lines.map((l) => l.text).join('\n'));
  return counts ? `${counts.rendered} files rendered, ${counts.reused} reused` : 'render counts not in the log';
}

/* ---------- the project copy ---------- */

/** What a build needs from the project; everything else (dist, content, .git, tests) stays behind. */
const PROJECT_ENTRIES = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'];
function copyProject(into: string): void {
  mkdirSync(into, { recursive: true });
  for (const entry of PROJECT_ENTRIES) {
    if (existsSync(join(root, entry))) cpSync(join(root, entry), join(into, entry), { recursive: true });
  }
  linkModules(root, into);
}

/* ---------- running a step and sampling its memory ---------- */

interface Line {
  /** ms since the step started */
  t: number;
  text: string;
}

interface StepResult {
  ms: number;
  /** peak of the summed RSS of the process and all its descendants */
  peakRss: number;
  /** peak RSS of the largest single process */
  peakSingle: number;
  lines: Line[];
  code: number;
  /** user + system CPU seconds of the whole tree (from /usr/bin/time; null where it is missing) */
  cpuS: number | null;
  /** peak summed RSS per phase, keyed by the phase names of readBuildLog */
  phasePeaks: Map<string, number>;
}

const PAGE = 4096;

/** pid → ppid for every process, from /proc (Linux). */
function processTable(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(name));
      else children.set(ppid, [Number(name)]);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function treeRss(pid: number): { sum: number; max: number } {
  const children = processTable();
  let sum = 0;
  let max = 0;
  const stack = [pid];
  while (stack.length > 0) {
    const p = stack.pop() as number;
    try {
      const rss = Number(readFileSync(`/proc/${p}/statm`, 'utf8').split(' ')[1]) * PAGE;
      sum += rss;
      max = Math.max(max, rss);
    } catch {
      // gone
    }
    stack.push(...(children.get(p) ?? []));
  }
  return { sum, max };
}

/** GNU time, for the CPU time of a whole process tree; optional. */
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function runStep(label: string, command: string, args: string[], cwd: string, log: string, env: NodeJS.ProcessEnv = {}): Promise<StepResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const out = createWriteStream(log);
    const lines: Line[] = [];
    const timeFile = `${log}.time`;
    const [cmd, argv] = GNU_TIME ? [GNU_TIME, ['-f', '%U %S %M', '-o', timeFile, command, ...args]] : [command, args];
    const child = spawn(cmd, argv, {
      cwd,
      env: { ...process.env, PATH: `${join(cwd, 'node_modules/.bin')}:${process.env.PATH ?? ''}`, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    const onData = (chunk: Buffer): void => {
      out.write(chunk);
      const text = partial + chunk.toString('utf8');
      const parts = text.split('\n');
      partial = parts.pop() ?? '';
      const t = performance.now() - started;
      for (const p of parts) lines.push({ t, text: stripVTControlCharacters(p) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    let peakRss = 0;
    let peakSingle = 0;
    const phasePeaks = new Map<string, number>();
    let phase = PHASE_STARTS[0]?.[1] ?? '';
    let seen = 0;
    const timer = setInterval(() => {
      if (child.pid === undefined) return;
      for (; seen < lines.length; seen++) {
        const text = lines[seen]?.text ?? '';
        const hit = PHASE_STARTS.find(([re]) => re.test(text));
        if (hit) phase = hit[1];
      }
      const { sum, max } = treeRss(child.pid);
      peakRss = Math.max(peakRss, sum);
      phasePeaks.set(phase, Math.max(phasePeaks.get(phase) ?? 0, sum));
      peakSingle = Math.max(peakSingle, max);
    }, 150);
    child.on('close', (code) => {
      clearInterval(timer);
      if (partial) lines.push({ t: performance.now() - started, text: stripVTControlCharacters(partial) });
      out.end();
      const ms = performance.now() - started;
      if (code !== 0) console.error(`bench: ${label} failed (exit ${code}); see ${log}`);
      let cpuS: number | null = null;
      if (GNU_TIME && existsSync(timeFile)) {
        const m = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(readFileSync(timeFile, 'utf8'));
        if (m) {
          cpuS = Number(m[1]) + Number(m[2]);
          peakSingle = Math.max(peakSingle, Number(m[3]) * 1024);
        }
      }
      resolve({ ms, peakRss, peakSingle, lines, code: code ?? 1, cpuS, phasePeaks });
    });
  });
}

/* ---------- reading the build's own report ---------- */

/**
 * Phases are the spans between log lines that start a step (Astro prints
 * "[content] Syncing content", "Building static entrypoints...", "generating
 * static routes" and so on; scripts/build.ts prints the ingest summary first
 * and its timings last).
 */
const PHASE_STARTS: Array<[RegExp, string]> = [
  [/(?!)/, 'node startup + ingest'],
  [/^ingest: \d+ seeds/, 'astro startup (config, vite)'],
  [/\[content\] Syncing content/, 'content sync'],
  [/\[content\] Synced content/, 'type generation'],
  [/Collecting build info/, 'build info'],
  [/Building static entrypoints/, 'vite bundle'],
  [/generating static routes/, 'page generation'],
  [/\[build\] Complete!/, 'pagefind + swap'],
  [/^build: ingest/, 'end'],
];

interface BuildReport {
  ingestS: number | null;
  /** the ingest's own time from its summary line (ms: a reused ingest takes a few) */
  ingestMs: number | null;
  /** the ingest's summary line said it reused content/ (src/lib/ingest/run.ts) */
  ingestReused: boolean;
  /** why the ingest ran, or why it did not (the parenthesis of its summary line) */
  ingestReason: string | null;
  /** records the content layer kept from its data store, and those it validated anew (src/lib/model/json-loader.ts) */
  contentKept: number;
  contentValidated: number;
  astroS: number | null;
  chartsS: number | null;
  pagefindS: number | null;
  /** the build's own total; what the steps leave of it is the swap into dist/ (removing the old one) */
  totalS: number | null;
  /** Astro's phases, in the order it logs them */
  phases: Array<{ name: string; s: number }>;
  pagesBuilt: number | null;
}

function readBuildLog(lines: readonly Line[], endMs?: number): BuildReport {
  const report: BuildReport = {
    ingestS: null,
    ingestMs: null,
    ingestReused: false,
    ingestReason: null,
    contentKept: 0,
    contentValidated: 0,
    astroS: null,
    chartsS: null,
    pagefindS: null,
    totalS: null,
    phases: [],
    pagesBuilt: null,
  };
  const text = lines.map((l) => l.text);
  for (const l of text) {
    // build: ingest 0.19s, astro 6.9s, chart downloads 692 in 0.32s, pagefind 2.2s, total 9.6s → dist/ (each step read on its own, so a new step does not break it)
    if (/^build: ingest/.test(l)) {
      const step = (name: string): number | null => {
        const m = new RegExp(`\\b${name} ([\\d.]+)s\\b`).exec(l);
        return m ? Number(m[1]) : null;
      };
      report.ingestS = step('ingest');
      report.astroS = step('astro');
      report.pagefindS = step('pagefind');
      report.totalS = step('total');
      const charts = /\bchart downloads \d+ in ([\d.]+)s/.exec(l);
      report.chartsS = charts ? Number(charts[1]) : null;
    }
    // ingest: 5 seeds in 3 ms — ingest reused (seeds and ingest code unchanged; …) | ingest: 5 seeds in 93 ms (seeds changed)
    const ingestLine = /^ingest: \d+ seeds in ([\d.]+) ms(?: — ingest (reused))? \((.*?)(?:;.*)?\)$/.exec(l);
    if (ingestLine) {
      report.ingestMs = Number(ingestLine[1]);
      report.ingestReused = ingestLine[2] === 'reused';
      report.ingestReason = ingestLine[3] ?? null;
    }
    // [json-array-loader] content/targets.json unchanged: 371 entries kept | content/targets.json: 1 entries validated, 370 kept, 0 removed
    const unchanged = /\[json-array-loader\] \S+ unchanged: (\d+) entries kept/.exec(l);
    if (unchanged) report.contentKept += Number(unchanged[1]);
    const loaded = /\[json-array-loader\] \S+: (\d+) entries validated, (\d+) kept/.exec(l);
    if (loaded) {
      report.contentValidated += Number(loaded[1]);
      report.contentKept += Number(loaded[2]);
    }
    const pages = /(\d+) page\(s\) built in/.exec(l);
    if (pages) report.pagesBuilt = Number(pages[1]);
  }
  const marks: Array<{ name: string; t: number }> = [{ name: 'node startup + ingest', t: 0 }];
  for (const { t, text: l } of lines) {
    const hit = PHASE_STARTS.find(([re, name]) => re.test(l) && !marks.some((m) => m.name === name));
    if (hit) marks.push({ name: hit[1], t });
  }
  if (endMs !== undefined && !marks.some((m) => m.name === 'end')) marks.push({ name: 'end', t: endMs });
  for (let i = 0; i < marks.length - 1; i++) {
    const a = marks[i] as { name: string; t: number };
    const b = marks[i + 1] as { name: string; t: number };
    report.phases.push({ name: a.name, s: (b.t - a.t) / 1000 });
  }
  return report;
}

/* ---------- measuring the output ---------- */

interface PageStats {
  pages: number;
  rawBytes: number;
  gzMedian: number;
  largest: Array<{ path: string; gz: number }>;
  over: Array<{ path: string; gz: number }>;
  target: { count: number; median: number; max: number; maxPath: string; over: number };
}

const TARGET_PAGE = /^\/[^/]+\/\d{4}-[a-z0-9]+\/\d+\/index\.html$/;

function pageStats(dist: string): PageStats {
  const html = siteFiles(dist);
  const cssGz = new Map<string, number>();
  const sizes: Array<{ path: string; gz: number }> = [];
  let rawBytes = 0;
  for (const file of html) {
    const bytes = readFileSync(file);
    rawBytes += bytes.length;
    let gz = gzipSync(bytes).length;
    // Stylesheets the page links to count against its budget (inlined ones are already in the HTML).
    for (const m of bytes.toString('utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)) {
      const href = (m[1] ?? '').replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '');
      const css = join(dist, href.replace(/^\/+/, ''));
      if (!cssGz.has(css)) cssGz.set(css, existsSync(css) ? gzipSync(readFileSync(css)).length : 0);
      gz += cssGz.get(css) ?? 0;
    }
    sizes.push({ path: `/${relative(dist, file)}`, gz });
  }
  const median = (xs: number[]): number => {
    const s = xs.slice().sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)] ?? 0;
  };
  const targets = sizes.filter((s) => TARGET_PAGE.test(s.path));
  const maxTarget = targets.reduce((m, s) => (s.gz > m.gz ? s : m), { path: '', gz: 0 });
  return {
    pages: html.length,
    rawBytes,
    gzMedian: median(sizes.map((s) => s.gz)),
    largest: sizes
      .slice()
      .sort((a, b) => b.gz - a.gz)
      .slice(0, 5),
    over: sizes.filter((s) => s.gz > BUDGET.pageKiB * KiB),
    target: {
      count: targets.length,
      median: median(targets.map((s) => s.gz)),
      max: maxTarget.gz,
      maxPath: maxTarget.path,
      over: targets.filter((s) => s.gz > BUDGET.targetPageKiB * KiB).length,
    },
  };
}

/* ---------- what one search costs ---------- */

interface QueryCost {
  query: string;
  bytes: number;
  requests: number;
  results: number;
}

/**
 * Runs Pagefind's own browser client in Node against the built index, with
 * fetch served from disk and counted: the bytes a visitor downloads for one
 * query (entry, client, WebAssembly, metadata, index chunks, filters and the
 * fragments of the first page of results). Null when the client cannot run here.
 */
async function queryCosts(dist: string, queries: string[]): Promise<QueryCost[] | null> {
  const dir = join(dist, 'pagefind');
  if (!existsSync(join(dir, 'pagefind.js'))) return null;
  const realFetch = globalThis.fetch;
  let bytes = 0;
  let requests = 0;
  const seen = new Set<string>();
  globalThis.fetch = (input: string | URL | Request): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, 'file:///');
    const path = join(dist, decodeURIComponent(url.pathname).replace(/^\/+/, ''));
    const data = readFileSync(path);
    // A browser fetches each file once per page view.
    if (!seen.has(path)) {
      seen.add(path);
      bytes += data.length;
      requests++;
    }
    return Promise.resolve(new Response(data, { status: 200, headers: { 'content-type': path.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream' } }));
  };
  try {
    const out: QueryCost[] = [];
    for (const query of queries) {
      const mod = (await import(`${join(dir, 'pagefind.js')}?q=${encodeURIComponent(query)}`)) as {
        options: (o: Record<string, unknown>) => Promise<void>;
        search: (q: string) => Promise<{ results: Array<{ data: () => Promise<unknown> }> }>;
      };
      seen.clear();
      bytes = 0;
      requests = 0;
      await mod.options({ basePath: '/pagefind/', baseUrl: '/' });
      // as the search page asks: the query's search tokens (src/lib/search/query.ts)
      const search = await mod.search(pagefindQuery(parseQuery(query)));
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      out.push({ query, bytes, requests, results: search.results.length });
    }
    return out;
  } catch (error) {
    console.log(`bench: bytes per query not measured (Pagefind client did not run in Node: ${(error as Error).message.split('\n')[0]})`);
    return null;
  } finally {
    globalThis.fetch = realFetch;
  }
}

/* ---------- CPU profile summary (--profile) ---------- */

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>;
  samples: number[];
  timeDeltas: number[];
}

function summarizeProfile(dir: string): string[] {
  if (!existsSync(dir)) return ['profile: no CPU profile written'];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => join(dir, f));
  if (files.length === 0) return ['profile: no CPU profile written'];
  // The Astro process is the one that ran longest.
  const file = files.sort((a, b) => statSync(b).size - statSync(a).size)[0] as string;
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  /** Where a frame's code lives: a package, a bundled chunk of the site (hash dropped), a source file, or the runtime. */
  const place = (url: string, fn: string): string => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
    if (pkg) return pkg;
    const chunk = /\.prerender\/(?:chunks\/)?([^/]+?)(?:[._][\w-]{8})?\.mjs$/.exec(url)?.[1];
    if (chunk) return `site chunk ${chunk}`;
    if (url === '') return fn || '(native)';
    if (url.startsWith('node:')) return 'node internals';
    return relative(root, url) || url;
  };
  for (const [id, us] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const url = frame.url.replace(/^file:\/\//, '');
    const where = place(url, frame.functionName);
    byPackage.set(where, (byPackage.get(where) ?? 0) + us);
    const fn = url === '' ? where : `${frame.functionName || '(anonymous)'} (${where}:${frame.lineNumber + 1})`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  }
  const top = (m: Map<string, number>, n: number): string[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `    ${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1e6).toFixed(1).padStart(6)}s  ${k}`);
  return [
    `profile: ${file} (${(total / 1e6).toFixed(1)}s sampled; site chunks are src/ bundled, named after their main module) — self time by place:`,
    ...top(byPackage, 15),
    'profile: self time by function:',
    ...top(byFunction, 20),
  ];
}

/* ---------- main ---------- */

function cpu(step: StepResult): string {
  return step.cpuS === null ? '' : ` (CPU ${step.cpuS.toFixed(1)}s)`;
}
function phaseS(report: BuildReport, name: string): string {
  const s = report.phases.find((p) => p.name === name)?.s;
  return s === undefined ? '?' : `${s.toFixed(1)}s`;
}
/** The build line's steps side by side, and what they leave of its total (the swap: removing the previous dist/, renaming). */
function steps(a: BuildReport, b: BuildReport): string {
  const rest = (r: BuildReport): number | null => (r.totalS === null ? null : Math.max(0, r.totalS - (r.ingestS ?? 0) - (r.astroS ?? 0) - (r.chartsS ?? 0) - (r.pagefindS ?? 0)));
  const pair = (name: string, x: number | null, y: number | null): string => `${name} ${x?.toFixed(1) ?? '?'} → ${y?.toFixed(1) ?? '?'}s`;
  return [
    pair('ingest', a.ingestS, b.ingestS),
    pair('astro', a.astroS, b.astroS),
    pair('chart downloads', a.chartsS, b.chartsS),
    pair('pagefind', a.pagefindS, b.pagefindS),
    pair('swap into dist/ and the rest', rest(a), rest(b)),
    pair('total', a.totalS, b.totalS),
  ].join(', ');
}
function contentReuse(report: BuildReport): string {
  const total = report.contentKept + report.contentValidated;
  return total === 0 ? 'no json-array-loader lines in the log' : `${report.contentKept} of ${total} records kept from the data store, ${report.contentValidated} validated`;
}
function fmtS(ms: number): string {
  return `${(ms / 1000).toFixed(1)}s`;
}
function fmtMiB(bytes: number): string {
  return `${(bytes / MiB).toFixed(bytes < 10 * MiB ? 1 : 0)} MiB`;
}
function fmtKiB(bytes: number): string {
  return `${(bytes / KiB).toFixed(1)} KiB`;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const scale = Number(args.scale ?? '1');
  const seed = Number(args.seed ?? '1');
  if (!Number.isInteger(scale) || scale < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run bench -- --scale N [--seed S] [--keep] [--profile] [--no-rebuild] [--no-floor] [--overlay DIR] [--workdir DIR]');
    process.exit(2);
  }
  const work = args.workdir ?? mkdtempSync(join(tmpdir(), `zrmb-bench-s${scale}-`));
  mkdirSync(work, { recursive: true });
  const site = join(work, 'site');
  const floor = join(work, 'floor');
  rmSync(site, { recursive: true, force: true });
  rmSync(floor, { recursive: true, force: true });
  console.log(`bench: scale ${scale}, seed ${seed}, in ${work}; ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(2)} at start`);

  // 1. The corpus, in a copy of the project (--overlay DIR: files copied over it, to try a change without touching the tree).
  copyProject(site);
  if (args.overlay) {
    cpSync(args.overlay, site, { recursive: true });
    console.log(
      `bench: overlay ${args.overlay}: ${filesUnder(args.overlay)
        .map((f) => relative(args.overlay ?? '', f))
        .join(', ')}`,
    );
  }
  const corpus = writeCorpus({ scale, seed, from: join(root, 'seeds'), out: join(site, 'seeds') });
  const synthTargets = corpus.output.files.reduce((n, f) => n + f.targets, 0);
  // held back until the incremental rebuild
  const newSeed = readFileSync(join(site, 'seeds', NEW_DOCUMENT.seed));
  const links = readFileSync(join(site, 'seeds/links.json'), 'utf8');
  rmSync(join(site, 'seeds', NEW_DOCUMENT.seed));
  writeFileSync(join(site, 'seeds/links.json'), `${JSON.stringify(withoutDocument(JSON.parse(links) as LinkFile, NEW_DOCUMENT.document), null, 2)}\n`);
  console.log(
    `bench: corpus: ${corpus.files} seed files, ${fmtMiB(corpus.bytes)}, ${corpus.output.places.length + 2} jurisdictions (${corpus.output.places.length} synthetic, ${synthTargets} synthetic targets/tasks), generated in ${fmtS(corpus.ms)}`,
  );

  // 2. The full build.
  const profileDir = join(work, 'cpuprofile');
  const profileEnv = args.profile ? { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --cpu-prof --cpu-prof-dir=${profileDir}`.trim() } : {};
  const first = await runStep('build', process.execPath, ['scripts/build.ts'], site, join(work, 'build-1.log'), profileEnv);
  if (first.code !== 0) process.exit(1);
  const r1 = readBuildLog(first.lines);
  const dist = join(site, 'dist');
  const stats = pageStats(dist);
  const pagefind = filesSize(filesUnder(join(dist, 'pagefind')));
  const ingestLine = first.lines.find((l) => /^ingest: \d+ seeds/.test(l.text))?.text ?? '';
  const totalsLine = first.lines.find((l) => /^\s+\d+ targets, \d+ leaders/.test(l.text))?.text.trim() ?? '';
  console.log(`bench: ingest ${r1.ingestS?.toFixed(2) ?? '?'}s — ${ingestLine.replace(/^ingest: /, '')}; ${totalsLine.replace(/ \(.*$/, '')}`);
  console.log(`bench: content layer: ${contentReuse(r1)}`);
  console.log(`bench: build ${fmtS(first.ms)}${cpu(first)}: ${r1.phases.map((p) => `${p.name} ${p.s.toFixed(1)}s`).join(', ')}`);
  const pageGenS = r1.phases.find((p) => p.name === 'page generation')?.s ?? r1.astroS ?? first.ms / 1000;
  console.log(
    `bench: ${stats.pages} pages, ${(stats.pages / (first.ms / 1000)).toFixed(0)} pages/s overall, ${(stats.pages / pageGenS).toFixed(0)} pages/s in page generation; ${fmtMiB(stats.rawBytes)} of HTML`,
  );
  console.log(
    `bench: peak RSS ${fmtMiB(first.peakRss)} (process tree; largest single process ${fmtMiB(first.peakSingle)}); by phase: ${[...first.phasePeaks]
      .filter(([, b]) => b > 0)
      .map(([p, b]) => `${p} ${(b / MiB).toFixed(0)}`)
      .join(', ')} MiB`,
  );
  console.log(
    `bench: page size gzipped (CSS included): median ${fmtKiB(stats.gzMedian)}; target pages (${stats.target.count}) median ${fmtKiB(stats.target.median)}, max ${fmtKiB(stats.target.max)} ${stats.target.maxPath}`,
  );
  console.log(`bench: largest pages gzipped: ${stats.largest.map((p) => `${p.path.replace(/index\.html$/, '')} ${fmtKiB(p.gz)}`).join(', ')}`);

  const queries = ['教育', '医疗卫生', '高速公路', '营商环境', '2023'];
  const costs = await queryCosts(dist, queries);
  const perQuery = costs ? costs.reduce((n, c) => n + c.bytes, 0) / costs.length : null;
  console.log(
    `bench: pagefind ${r1.pagefindS?.toFixed(1) ?? '?'}s, index ${fmtMiB(pagefind.bytes)} in ${pagefind.files} files` +
      (costs
        ? `; bytes per query (first search on a page, 5 results shown): mean ${fmtKiB(perQuery ?? 0)} — ${costs.map((c) => `“${c.query}” ${fmtKiB(c.bytes)} in ${c.requests} requests, ${c.results} hits`).join('; ')}`
        : ''),
  );
  if (args.profile) for (const line of summarizeProfile(profileDir)) console.log(line);

  // 3. Rebuild with the seeds unchanged.
  if (!args['no-rebuild']) {
    const rebuild = await runStep('rebuild', process.execPath, ['scripts/build.ts'], site, join(work, 'build-2.log'));
    const r2 = readBuildLog(rebuild.lines);
    console.log(
      `bench: rebuild with unchanged seeds ${fmtS(rebuild.ms)}${cpu(rebuild)} (${((rebuild.ms / first.ms) * 100).toFixed(0)}% of the first build, ${renderCounts(rebuild)}): ${r2.phases.map((p) => `${p.name} ${p.s.toFixed(1)}s`).join(', ')}; peak RSS ${fmtMiB(rebuild.peakRss)}`,
    );
    console.log(
      `bench: rebuild reuse: ingest ${r2.ingestMs ?? '?'} ms ${r2.ingestReused ? 'reused' : `ran (${r2.ingestReason ?? '?'})`} (first build ${r1.ingestMs ?? '?'} ms); ` +
        `content sync ${phaseS(r2, 'content sync')} (first build ${phaseS(r1, 'content sync')}), ${contentReuse(r2)}`,
    );
    console.log(`bench: steps, build → rebuild: ${steps(r1, r2)}`);
  }

  // 3b. The incremental rebuild: one new document, a new period of one place.
  writeFileSync(join(site, 'seeds', NEW_DOCUMENT.seed), newSeed);
  writeFileSync(join(site, 'seeds/links.json'), links);
  const incremental = await runStep('incremental rebuild', process.execPath, ['scripts/build.ts'], site, join(work, 'build-3.log'));
  if (incremental.code !== 0) process.exit(1);
  const r3 = readBuildLog(incremental.lines);

  const share = (incremental.ms / first.ms) * 100;
  console.log(
    `bench: incremental rebuild after adding ${NEW_DOCUMENT.document} (${NEW_DOCUMENT.seed}) ${fmtS(incremental.ms)}${cpu(incremental)} (${share.toFixed(0)}% of the full build; budget ≤ 10%), ${renderCounts(incremental)}: ${r3.phases.map((p) => `${p.name} ${p.s.toFixed(1)}s`).join(', ')}; peak RSS ${fmtMiB(incremental.peakRss)}`,
  );
  console.log(`bench: steps, build → incremental: ${steps(r1, r3)}`);

  // 4. The floor: a bare Astro site, same page count, trivial pages from one JSON collection.
  let floorStep: StepResult | null = null;
  if (!args['no-floor']) {
    cpSync(join(root, 'scripts/bench-floor'), floor, { recursive: true });
    linkModules(root, floor);
    mkdirSync(join(floor, 'data'), { recursive: true });
    const entries = Array.from({ length: stats.pages }, (_, i) => ({ id: `p${i + 1}`, title: `第 ${i + 1} 页`, body: '责任目标推进情况：这是一个只有标题和一段文字的页面。' }));
    writeFileSync(join(floor, 'data/pages.json'), JSON.stringify(entries));
    floorStep = await runStep('floor', join(floor, 'node_modules/.bin/astro'), ['build'], floor, join(work, 'floor.log'));
    if (floorStep.code !== 0) process.exit(1);
    const floorPages = siteFiles(join(floor, 'dist')).length;
    const rf = readBuildLog(floorStep.lines, floorStep.ms);
    const floorPhases = rf.phases.map((p, i) => `${i === 0 ? 'node + astro startup' : p.name === 'pagefind + swap' ? 'finish' : p.name} ${p.s.toFixed(1)}s`).join(', ');
    console.log(
      `bench: floor: ${floorPages} trivial pages from a JSON collection in ${fmtS(floorStep.ms)}${cpu(floorStep)} (${floorPhases}), peak RSS ${fmtMiB(floorStep.peakRss)}, ${(floorPages / (floorStep.ms / 1000)).toFixed(0)} pages/s`,
    );
  }

  // 5. Budgets.
  const ratio = floorStep ? first.ms / floorStep.ms : null;
  const verdict = (ok: boolean): string => (ok ? 'ok' : 'OVER');
  const checks = [
    `incremental rebuild ${share.toFixed(1)}% of the full build (budget ≤ 10%) ${verdict(share <= 10)}`,
    ratio === null ? 'ratio not measured' : `ratio ${ratio.toFixed(2)} (budget ≤ ${BUDGET.ratio} at scale 20) ${verdict(ratio <= BUDGET.ratio)}`,
    `peak RSS ${(first.peakRss / MiB).toFixed(0)} MiB (budget ≤ ${BUDGET.peakRssMiB} MiB at scale 20) ${verdict(first.peakRss <= BUDGET.peakRssMiB * MiB)}`,
    `target page max ${fmtKiB(stats.target.max)} gz (budget ≤ ${BUDGET.targetPageKiB} KiB) ${verdict(stats.target.over === 0)}${stats.target.over > 0 ? ` — ${stats.target.over} over` : ''}`,
    `largest page ${fmtKiB(stats.largest[0]?.gz ?? 0)} gz (budget ≤ ${BUDGET.pageKiB} KiB) ${verdict(stats.over.length === 0)}${
      stats.over.length > 0
        ? ` — over: ${stats.over
            .slice(0, 5)
            .map((p) => p.path.replace(/index\.html$/, ''))
            .join(', ')}${stats.over.length > 5 ? ` and ${stats.over.length - 5} more` : ''}`
        : ''
    }`,
  ];
  if (floorStep && first.cpuS !== null && floorStep.cpuS !== null) checks.push(`CPU-time ratio ${(first.cpuS / floorStep.cpuS).toFixed(2)} (less sensitive to other load)`);
  if (floorStep && r1.astroS !== null) checks.push(`astro build alone ${r1.astroS.toFixed(1)}s, ratio ${((r1.astroS * 1000) / floorStep.ms).toFixed(2)} (without ingest and Pagefind)`);
  console.log(`bench: budgets: ${checks.join('; ')}`);
  const load = loadavg()[0] ?? 0;
  if (load > availableParallelism() * 0.75) console.log(`bench: note: load average ${load.toFixed(2)} on ${availableParallelism()} CPUs at the end — other work was running; wall times are inflated`);
  console.log(`bench: logs in ${work}${args.keep ? '' : ' (removed; --keep to keep them)'}`);
  if (!args.keep && !args.workdir) rmSync(work, { recursive: true, force: true });

  console.log(
    `bench: scale ${scale}, ${stats.pages} pages, build ${fmtS(first.ms)} (floor ${floorStep ? fmtS(floorStep.ms) : '?'}, ratio ${ratio === null ? '?' : ratio.toFixed(2)}), peak RSS ${(first.peakRss / MiB).toFixed(0)} MiB, pagefind ${(pagefind.bytes / MiB).toFixed(1)} MiB, incremental ${fmtS(incremental.ms)} (${share.toFixed(1)}%)`,
  );
}

await main();
