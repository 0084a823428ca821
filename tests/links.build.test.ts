/** Every internal link and asset reference in dist/ resolves to a built file (what a portal's link checker inspects). */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDist } from './test-site.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** The file a root-relative URL path points at in dist/, or null. */
function resolvePath(path: string): string | null {
  const clean = decodeURIComponent(path.split('#')[0]?.split('?')[0] ?? '');
  const file = join(testDist, clean);
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

describe('links in the built site', () => {
  it('has no broken internal link, asset or fragment', () => {
    const broken: string[] = [];
    const idsByFile = new Map<string, Set<string>>();
    const ids = (file: string): Set<string> => {
      let set = idsByFile.get(file);
      if (!set) {
        set = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
        idsByFile.set(file, set);
      }
      return set;
    };
    let checked = 0;
    for (const page of htmlFiles(testDist)) {
      const html = readFileSync(page, 'utf8');
      for (const m of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        const ref = (m[1] ?? '').replace(/&amp;/g, '&');
        if (/^(https?:|mailto:|tel:|data:)/.test(ref)) continue;
        checked++;
        const pagePath = '/' + page.slice(join(testDist, '').length).replace(/index\.html$/, '');
        const absolute = ref.startsWith('/') ? ref : new URL(ref, `http://x${pagePath}`).pathname + (ref.includes('#') ? `#${ref.split('#')[1]}` : '');
        if (absolute.startsWith('#')) continue;
        const target = resolvePath(absolute);
        if (!target) {
          broken.push(`${page}: ${ref}`);
          continue;
        }
        const fragment = ref.includes('#') ? decodeURIComponent(ref.split('#')[1] ?? '') : '';
        if (fragment && target.endsWith('.html') && !ids(target).has(fragment)) broken.push(`${page}: ${ref} (no #${fragment})`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken.slice(0, 20)).toEqual([]);
  });

  it('loads nothing from another host', () => {
    const external: string[] = [];
    for (const page of htmlFiles(testDist)) {
      const html = readFileSync(page, 'utf8');
      for (const m of html.matchAll(/<(?:script|link|img|iframe|source|video|audio)\b[^>]*\s(?:src|href)="(https?:)?\/\/[^"]+"/g)) {
        if (!/rel="(canonical|alternate)"/.test(m[0])) external.push(`${page}: ${m[0].slice(0, 100)}`);
      }
    }
    expect(external).toEqual([]);
  });
});
