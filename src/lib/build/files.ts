/** Walking a built site or a work folder: one walker for the build's scripts, the benches and the tests. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file below `dir`, symbolic links followed as a reader would; none when it is missing. */
export function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .map((e) => join(e.parentPath, e.name))
    .filter((f) => statSync(f, { throwIfNoEntry: false })?.isFile() ?? false);
}

/** The files of a built site whose names end with `suffix`, Pagefind's bundle left out. */
export function siteFiles(dir: string, suffix = '.html'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' ? [] : siteFiles(path, suffix);
    return e.name.endsWith(suffix) ? [path] : [];
  });
}

/** How many files and bytes. */
export function filesSize(files: readonly string[]): { files: number; bytes: number } {
  return { files: files.length, bytes: files.reduce((n, f) => n + statSync(f).size, 0) };
}
