/**
 * Two builds of the same input, from different directories, are
 * byte-identical: no timestamps but the sources' own (SOURCE_DATE_EPOCH),
 * no absolute paths, no random ids, no order that depends on the file system.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './project-copy.ts';

const made: ProjectCopy[] = [];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

afterAll(() => {
  for (const copy of made) copy.remove();
});

describe('reproducible builds', () => {
  it('builds byte-identical dist/ from two different directories', () => {
    const copies = [copyProject('first'), copyProject('second-copy')];
    made.push(...copies);
    for (const copy of copies) {
      const r = copy.build({ SOURCE_DATE_EPOCH: '1700000000' });
      expect(r.status, r.output).toBe(0);
    }
    const dirs = copies.map((c) => c.dir);
    const [a, b] = dirs.map((d) => join(d ?? '', 'dist'));
    const filesA = listFiles(a ?? '');
    expect(filesA.length).toBeGreaterThan(500);
    expect(listFiles(b ?? '')).toEqual(filesA);
    const differing = filesA.filter((f) => !readFileSync(join(a ?? '', f)).equals(readFileSync(join(b ?? '', f))));
    expect(differing).toEqual([]);
    // No absolute path of either build directory leaks into the output.
    const leaks = filesA.filter((f) => /\.(html|json|js|xml|csv|txt)$/.test(f) && readFileSync(join(a ?? '', f), 'utf8').includes(dirs[0] ?? '\u0000'));
    expect(leaks).toEqual([]);
  }, 240_000);
});
