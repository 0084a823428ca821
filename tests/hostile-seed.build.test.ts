/**
 * A seed carrying live markup in its cells — script, iframe, event handlers,
 * javascript: URLs, <svg onload> — builds, and nothing of it is live anywhere
 * in dist/: pages, feed, downloads, search index input.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, type ProjectCopy } from './project-copy.ts';

const SEED = 'seeds/002_d77621546935b0d7.txt';
const payloads = [
  '<script>alert("x1")</script>',
  '<iframe src="javascript:alert(`x2`)"></iframe>',
  '<img src=x onerror=alert("x3")>',
  '<a href="javascript:alert(\'x4\')">点此</a>',
  '<svg onload=alert("x5")><b>加粗</b></svg>',
  '<p onclick="alert(\'x6\')">段落</p>',
];

describe('hostile markup in a seed', () => {
  let copy: ProjectCopy;
  let files: Array<{ path: string; text: string }>;

  beforeAll(() => {
    copy = copyProject('hostile');
    const path = join(copy.dir, SEED);
    const lines = readFileSync(path, 'utf8').split('\n');
    // Line 134 is #88 (托位): put one payload in its target cell, one in its progress cell; more on #86 and #87.
    const put = (lineNo: number, column: number, payload: string) => {
      const cells = (lines[lineNo - 1] ?? '').split('\t');
      cells[column] = `${cells[column] ?? ''}${payload}`;
      lines[lineNo - 1] = cells.join('\t');
    };
    put(134, 2, payloads[0] ?? '');
    put(134, 4, payloads[1] ?? '');
    put(133, 4, payloads[2] ?? '');
    put(133, 2, payloads[3] ?? '');
    put(132, 4, payloads[4] ?? '');
    put(132, 2, payloads[5] ?? '');
    writeFileSync(path, lines.join('\n'));
    const r = copy.build();
    expect(r.status, r.output).toBe(0);
    const dist = join(copy.dir, 'dist');
    files = readdirSync(dist, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(html|xml|json|csv|txt|svg)$/.test(e.name))
      .map((e) => ({ path: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
  }, 240_000);

  afterAll(() => copy?.remove());

  it('publishes no live markup from the cells in any file', () => {
    // Live means inside a real tag; the document's data-quality page quotes raw cells as escaped text (&lt;img … onerror=…), which is not live.
    const live = [/<script[^>]*>\s*alert/i, /<iframe\b/i, /<[a-z][^<>]*\son[a-z]+\s*=/i, /<a\b[^<>]*href="javascript:/i];
    const hits = files.flatMap((f) => live.filter((re) => re.test(f.text)).map((re) => `${f.path}: ${re}`));
    expect(hits).toEqual([]);
  });

  it('keeps the allowed meaning and records what was removed', () => {
    const target86 = files.find((f) => f.path.endsWith('heze/2023-h1/86/index.html'));
    expect(target86?.text).toContain('<b>加粗</b>');
    const quality = files.find((f) => f.path.endsWith('data-quality/heze/2023-h1/index.html'));
    expect(quality?.text).toContain('&lt;img src=x onerror=alert');
    expect((quality?.text.match(/:13[234]/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
});
