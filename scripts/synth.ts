/**
 * npm run synth -- --scale N --out DIR [--seed S] [--from seeds] — a synthetic
 * corpus N× the seeds (src/lib/synth/write-corpus.ts; see scripts/README.md, “Scale”).
 */
import { parseArgs } from './args.ts';
import { writeCorpus } from '../src/lib/synth/write-corpus.ts';

const args = parseArgs(process.argv.slice(2));
const scale = Number(args.scale ?? '1');
const seed = Number(args.seed ?? '1');
if (!Number.isInteger(scale) || scale < 1 || !Number.isInteger(seed) || !args.out) {
  console.error('usage: npm run synth -- --scale N --out DIR [--seed S] [--from seeds]');
  process.exit(2);
}
const { output, files, bytes, ms } = writeCorpus({ scale, seed, from: args.from ?? 'seeds', out: args.out });
const targets = output.files.reduce((n, f) => n + f.targets, 0);
console.log(
  `synth: scale ${scale} seed ${seed}: ${files} seed files (${output.files.length} synthetic, ${output.places.length} new jurisdictions, ${targets} synthetic targets/tasks), ${(bytes / 1048576).toFixed(1)} MiB → ${args.out} in ${ms.toFixed(0)} ms`,
);
