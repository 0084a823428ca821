/**
 * The baseline the search evaluation compares against: stock Pagefind over
 * bare pages that carry the same text as the site's record pages (no
 * data-pagefind-* attributes, no search tokens), built into a temporary
 * directory with the same Pagefind binary in the same run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Leader, Target, Unit } from '../../schemas/records.ts';
import { escapeHtml } from '../site/html.ts';
import { runPagefind } from './index-files.ts';
import { readCollections } from '../model/load-files.ts';

export function barePage(title: string, lines: readonly (string | null | undefined)[]): string {
  const body = lines
    .filter((l): l is string => !!l)
    .map((l) => `<p>${escapeHtml(l)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main><h1>${escapeHtml(title)}</h1>\n${body}\n</main></body></html>\n`;
}

export function writePage(root: string, permalink: string, html: string): void {
  const dir = join(root, permalink);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
}

function targetLines(t: Target): string[] {
  return [
    t.text.text,
    t.section?.title ?? '',
    t.assignmentClause ?? '',
    ...t.notes,
    ...t.assignments.flatMap((a) => [...a.people.map((p) => p.published), a.unitsRaw, a.deadline.raw ?? '', a.targetText?.text ?? '', a.progress?.text ?? '', a.status.raw ?? '']),
  ];
}

/** Bare pages for every target, leader, unit and document in content/*.json, and a blank page to search from. */
export function writeStockSite(root: string): void {
  const { targets, documents, leaders, units } = readCollections(process.cwd());
  const byId = new Map(targets.map((t) => [t.id, t]));
  for (const t of targets) writePage(root, `/${t.id}/`, barePage(`第${t.number}项`, targetLines(t)));
  const entity = (kind: string, e: Leader | Unit) =>
    writePage(root, `/${e.jurisdiction}/${kind}/${e.slug}/`, barePage(e.name, [...e.aliases.map((a) => a.form), ...e.targetIds.map((id) => byId.get(id)?.text.text)]));
  for (const l of leaders) entity('leaders', l);
  for (const u of units) entity('units', u);
  for (const d of documents) {
    const rows = targets.filter((t) => t.document === d.id).flatMap(targetLines);
    writePage(root, `/${d.id}/`, barePage(d.title, [d.docNumber, ...d.passages.map((p) => p.text), ...rows]));
  }
  writePage(root, '/', '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>stock</title></head><body></body></html>\n');
}

/** Index a directory of bare pages with the project's Pagefind (the same binary and call the build uses). */
export function indexStockSite(site: string): void {
  if (runPagefind(site) !== 0) throw new Error(`pagefind failed on ${site}`);
}
