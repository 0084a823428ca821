/**
 * A throwaway copy of the project (tracked and untracked, not ignored files)
 * that shares node_modules' packages but not its caches, for builds from other
 * inputs or directories. Its seeds/ are the tests' fixture seeds, never the
 * project's own (a portal's seeds/ holds its own documents).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildEnv } from './dist.ts';
import { linkModules } from '../src/lib/build/link-modules.ts';
import { FIXTURE_SITE } from './test-site.ts';

const root = process.cwd();

export interface ProjectCopy {
  dir: string;
  build(env?: Record<string, string>): { status: number | null; output: string };
  remove(): void;
}

export function copyProject(name: string): ProjectCopy {
  const parent = mkdtempSync(join(tmpdir(), 'zrmb-'));
  const dir = join(parent, name);
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
  for (const f of files) {
    if (f.startsWith('seeds/') || !existsSync(join(root, f))) continue;
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(root, f), join(dir, f));
  }
  cpSync(join(FIXTURE_SITE, 'seeds'), join(dir, 'seeds'), { recursive: true });
  linkModules(root, dir);
  return {
    dir,
    build(env = {}) {
      const r = spawnSync('npm', ['run', 'build'], { cwd: dir, env: buildEnv(env), encoding: 'utf8' });
      // plain text: where CI is set (as in .ci/run's environment) Astro colours its log lines
      return { status: r.status, output: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`) };
    },
    remove: () => rmSync(parent, { recursive: true, force: true }),
  };
}
