/**
 * A 责任单位 / 承办单位 cell → the units it lists, as published.
 *
 * Heze separates units with spaces; Yanzhou with 、 and ，, and its unit names
 * may themselves contain parentheses (区委统筹…领导小组（指挥部）). A trailing 等
 * ("and others") marks the list as not exhaustive. Some units were printed
 * with a space inside their name (菏泽鲁西新区 管委会); the reviewed alias file
 * lists those forms so the space does not split them.
 */
import { squeeze } from './text.ts';

export interface UnitList {
  /** each unit as printed (trimmed), 等 kept where it was printed */
  published: string[];
  /** the list ends in 等 */
  etAl: boolean;
  /** forms with an inner space that were kept whole */
  joined: string[];
}

const OPEN = new Set(['（', '(', '〔', '【', '《']);
const CLOSE = new Set(['）', ')', '〕', '】', '》']);

/** Splits at separators outside brackets; parts trimmed, empty ones dropped. */
export function splitTopLevel(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (OPEN.has(ch)) depth++;
    if (CLOSE.has(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && separators.test(ch)) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function splitUnits(raw: string, joinedForms: readonly string[] = []): UnitList {
  let text = squeeze(raw);
  const joined: string[] = [];
  // Protect known forms with an inner space by swapping the space for a private-use mark.
  const MARK = '\uE000';
  for (const form of joinedForms) {
    if (text.includes(form)) {
      joined.push(form);
      text = text.split(form).join(form.replace(/ /g, MARK));
    }
  }
  const published = splitTopLevel(text, /[\s、，,；;]/).map((p) => p.split(MARK).join(' '));
  const last = published.at(-1) ?? '';
  const etAl = published.some((p) => p.endsWith('等'));
  return { published, etAl: etAl || last.endsWith('等'), joined };
}

/** The unit name without a trailing 等. */
export function withoutEtAl(published: string): string {
  return published.endsWith('等') && published.length > 1 ? published.slice(0, -1) : published;
}
