/**
 * npm run bench:charts — what rendering all charts costs at build time.
 *
 * Builds the site (ingest and search records once, then astro build, chart downloads, Pagefind,
 * as npm run build does) several times with charts and without (SITE_CHARTS=off),
 * alternating so that machine load hits both alike, each into its own
 * .dist-bench-* directory (dist/ is left alone), and prints the median of
 * each and the difference per round. The goal: charts add no more than 20%.
 *
 * Both wall time and CPU time (user + system of the build processes, from
 * /proc on Linux) are measured. The verdict uses CPU time: on a shared
 * machine other jobs stretch wall time by a factor that changes from one
 * build to the next, while the work a build does stays the same.
 *
 *   npm run bench:charts                  # 5 rounds
 *   npm run bench:charts -- --rounds 9
 *   npm run bench:charts -- --check       # exit 1 when over budget
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runIngest } from '../src/lib/ingest/run.ts';
import { parseArgs } from './args.ts';
import { filesSize, filesUnder, siteFiles } from '../src/lib/build/files.ts';
import { runPagefind, searchInput, searchRecords, writeSearchInput } from '../src/lib/search/index-files.ts';

const BUDGET = 0.2;
const root = process.cwd();
const args = parseArgs(process.argv.slice(2));
const rounds = Number(args['rounds']) || 5;
const check = args['check'] !== undefined;
const bin = (name: string): string => join(root, 'node_modules/.bin', name);

interface Run {
  /** astro build, chart downloads included (its integration writes them from the specs) */
  astro: number;
  pagefind: number;
  total: number;
  /** CPU ms of all three steps; null where /proc is not there */
  cpu: number | null;
}

const TICK_MS = 1000 / (Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100);

/** CPU ms used so far by finished child processes (Linux: cutime + cstime in /proc/self/stat). */
function childCpu(): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) * TICK_MS;
}

function timed(command: string, argv: string[], env: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(command, argv, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${argv.join(' ')} failed`);
  return performance.now() - started;
}

function build(charts: boolean): Run {
  const out = join(root, charts ? '.dist-bench-on' : '.dist-bench-off');
  rmSync(out, { recursive: true, force: true });
  const env = { SITE_OUT_DIR: out, ...(charts ? {} : { SITE_CHARTS: 'off' }) };
  const cpuBefore = childCpu();
  // --force: every page rendered, none reused from the other variant's incremental cache
  const astro = timed(bin('astro'), ['build', '--silent', '--force'], env);
  const pagefindStarted = performance.now();
  if (runPagefind(searchDir, join(out, 'pagefind')) !== 0) throw new Error('pagefind failed');
  const pagefind = performance.now() - pagefindStarted;
  const cpuAfter = childCpu();
  const cpu = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
  return { astro, pagefind, total: astro + pagefind, cpu };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};
const sec = (ms: number): string => `${(ms / 1000).toFixed(2)}s`;

// force: the cost of a real ingest, as a first build pays it (a rebuild would reuse content/)
const ingest = (await runIngest(root, { force: true })).ms;
// Pagefind reads one record document per page, made from the collections as the build makes them;
// charts are not in them, so they are made once for every round
const searchDir = join(root, '.dist-bench-search');
writeSearchInput(searchInput(searchRecords(root), root), searchDir);
const on: Run[] = [];
const off: Run[] = [];
for (let i = 0; i < rounds; i += 1) {
  // alternate which goes first, so a warming cache or a busy neighbour favours neither
  const order = i % 2 === 0 ? [false, true] : [true, false];
  for (const charts of order) {
    const run = build(charts);
    (charts ? on : off).push(run);
    const cpu = run.cpu === null ? '' : `, CPU ${sec(run.cpu)}`;
    console.log(`round ${i + 1} ${charts ? 'with charts   ' : 'without charts'}: astro with chart downloads ${sec(run.astro)}, pagefind ${sec(run.pagefind)}${cpu}`);
  }
}

const percent = (x: number): string => `${(x * 100).toFixed(1)}%`;
/** What charts add in one round: with and without were built back to back, so they met about the same load. */
const added = (measure: (r: Run) => number | null): number[] =>
  on.flatMap((r, i) => {
    const a = measure(r);
    const b = off[i] ? measure(off[i]) : null;
    return a === null || b === null ? [] : [(a + ingest) / (b + ingest) - 1];
  });
const wall = added((r) => r.total);
const cpu = added((r) => r.cpu);
const html = (dir: string) => filesSize(siteFiles(join(root, dir)));
const downloads = filesSize(filesUnder(join(root, '.dist-bench-on')).filter((f) => /[/\\]charts[/\\][^/\\]+\.(svg|csv)$/.test(f)));
const htmlOn = html('.dist-bench-on');
const htmlOff = html('.dist-bench-off');

console.log('');
console.log(
  `build = ingest ${sec(ingest)} + astro (with chart downloads) + pagefind; ${rounds} rounds; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(
  `  wall: without charts ${sec(median(off.map((r) => r.total)) + ingest)}, with ${sec(median(on.map((r) => r.total)) + ingest)} (medians); charts add ${percent(median(wall))} (median of rounds)`,
);
if (cpu.length === rounds) {
  console.log(
    `  CPU:  without charts ${sec(median(off.map((r) => r.cpu ?? 0)) + ingest)}, with ${sec(median(on.map((r) => r.cpu ?? 0)) + ingest)} (medians); charts add ${percent(median(cpu))} (median of rounds)`,
  );
}
console.log(
  `output: ${htmlOn.files} pages, HTML ${(htmlOff.bytes / 1e6).toFixed(2)} MB → ${(htmlOn.bytes / 1e6).toFixed(2)} MB; ${downloads.files} chart downloads, ${(downloads.bytes / 1e6).toFixed(2)} MB`,
);
const overhead = median(cpu.length === rounds ? cpu : wall);
console.log(`${overhead <= BUDGET ? 'within' : 'OVER'} the ${BUDGET * 100}% budget (${cpu.length === rounds ? 'CPU' : 'wall'} time)`);

for (const dir of ['.dist-bench-on', '.dist-bench-off', '.dist-bench-search']) rmSync(join(root, dir), { recursive: true, force: true });
if (check && overhead > BUDGET) process.exit(1);
