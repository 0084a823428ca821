/**
 * Seeds carrying live markup — a tab-separated table with script, iframe,
 * event handlers, javascript: URLs and <svg onload> in its cells, and a saved
 * portal page, a workbook and a Word file from tests/hostile-documents.ts —
 * build, and nothing of it is live anywhere in dist/: pages, feed, downloads,
 * search index input.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePage, hostileWordFile, hostileWorkbook, liveMarkup } from './hostile-documents.ts';
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

  beforeAll(async () => {
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
    // the same documents again as other hands send them: each a second document of its place and period (series)
    const seeds = join(copy.dir, 'seeds');
    writeFileSync(join(seeds, 'hostile-page.html'), hostilePage());
    writeFileSync(join(seeds, 'hostile-page.meta.json'), JSON.stringify({ series: 'page' }));
    writeFileSync(join(seeds, 'hostile-book.xlsx'), await hostileWorkbook());
    writeFileSync(join(seeds, 'hostile-book.meta.json'), JSON.stringify({ series: 'book', year: 2018 }));
    writeFileSync(join(seeds, 'hostile-word.docx'), hostileWordFile());
    writeFileSync(join(seeds, 'hostile-word.meta.json'), JSON.stringify({ series: 'word' }));
    const r = copy.build();
    expect(r.status, r.output).toBe(0);
    const dist = join(copy.dir, 'dist');
    files = readdirSync(dist, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile() && /\.(html|xml|json|csv|txt|svg)$/.test(e.name))
      .map((e) => ({ path: join(e.parentPath, e.name), text: readFileSync(join(e.parentPath, e.name), 'utf8') }));
  }, 240_000);

  afterAll(() => copy?.remove());

  it('publishes no live markup from the cells in any file', () => {
    // read as a browser reads them; the data-quality pages quote raw cells as escaped text (&lt;img … onerror=…), which is not live
    const markup = files.filter((f) => /\.(html|xml|svg)$/.test(f.path));
    expect(markup.length).toBeGreaterThan(500);
    expect(markup.flatMap((f) => liveMarkup(f.text).map((hit) => `${f.path}: ${hit}`))).toEqual([]);
    // data files carry text, not markup: markup in a tab-separated cell was markup, so it is gone; text typed in Word is text, kept as printed
    expect(files.find((f) => f.path.endsWith('data/targets.json'))?.text).toContain('<script>alert(\\"w1\\")</script>');
    const tsvPayload = /alert\((["'`])x[1-6]\1\)/;
    expect(files.filter((f) => /\.(csv|json|txt)$/.test(f.path) && tsvPayload.test(f.text)).map((f) => f.path)).toEqual([]);
  });

  it('publishes the page, the workbook and the Word file, with their removals and links on the data-quality pages as text', () => {
    const page = (path: string) => files.find((f) => f.path.endsWith(path))?.text ?? '';
    for (const doc of ['heze/2022-q3-page', 'yueyang/2018-m1-11-book', 'yanzhou/2021-plan-word']) {
      expect(page(`${doc}/index.html`), doc).toContain('<table');
      expect(page(`data-quality/${doc}/index.html`), doc).toMatch(/javascript:alert|vbscript:msgbox|onerror/);
    }
    expect(page('data-quality/heze/2022-q3-page/index.html')).toContain('vbscript:msgbox');
    // markup typed as text in Word is text: shown as its characters, escaped
    expect(page('yanzhou/2021-plan-word/1/index.html')).toMatch(/(&lt;|&#x3C;)script(&gt;|>)alert\((&quot;|&#34;|")w1/);
  });

  it('keeps the allowed meaning and records what was removed', () => {
    const target86 = files.find((f) => f.path.endsWith('heze/2023-h1/86/index.html'));
    expect(target86?.text).toContain('<b>加粗</b>');
    const quality = files.find((f) => f.path.endsWith('data-quality/heze/2023-h1/index.html'));
    expect(quality?.text).toContain('&lt;img src=x onerror=alert');
    expect((quality?.text.match(/:13[234]/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });
});
