/**
 * The reviewed JSON files in seeds/ (jurisdictions, aliases, links, sidecars)
 * are written by hand, so a mistake in one is reported like a mistake in a
 * seed: file:line, what is wrong, what was expected.
 */
import type { z } from 'astro/zod';
import { SeedError } from './errors.ts';

const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/**
 * The line of the value at `path` in valid JSON text, or, where the path
 * ends at a missing key, the line of the object that lacks it. JSON.parse
 * keeps no positions, so this walks the text itself.
 */
function lineOfPath(text: string, path: ReadonlyArray<PropertyKey>): number {
  let i = 0;
  const space = (): void => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  };
  const skipString = (): void => {
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
  };
  const readString = (): string => {
    const from = i;
    skipString();
    return JSON.parse(text.slice(from, i)) as string;
  };
  const skipValue = (): void => {
    space();
    if (text[i] === '"') return skipString();
    if (text[i] === '{' || text[i] === '[') {
      let depth = 0;
      do {
        if (text[i] === '"') {
          skipString();
          continue;
        }
        if (text[i] === '{' || text[i] === '[') depth++;
        else if (text[i] === '}' || text[i] === ']') depth--;
        i++;
      } while (depth > 0 && i < text.length);
      return;
    }
    while (i < text.length && !/[,\]}\s]/.test(text[i] ?? '')) i++;
  };
  /** moves to the member `key` of the object or array at i; false if it has none */
  const enter = (key: PropertyKey): boolean => {
    const open = text[i];
    if (open !== '{' && open !== '[') return false;
    i++;
    for (let index = 0; ; index++) {
      space();
      if (text[i] === '}' || text[i] === ']' || i >= text.length) return false;
      if (open === '{') {
        const name = readString();
        space();
        i++; // the colon
        space();
        if (name === String(key)) return true;
      } else if (index === Number(key)) return true;
      skipValue();
      space();
      if (text[i] === ',') i++;
    }
  };
  space();
  let at = i;
  for (const key of path) {
    if (!enter(key)) break;
    space();
    at = i;
  }
  return lineAt(text, at);
}

export function parseReviewedJson<T>(file: string, text: string, schema: z.ZodType<T>): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const position = /at position (\d+)/.exec((error as Error).message);
    throw new SeedError(file, position ? lineAt(text, Number(position[1])) : 1, `not valid JSON (${(error as Error).message})`, 'a JSON file as described in seeds/README.md');
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue) throw new SeedError(file, 1, parsed.error.message, 'the form described in seeds/README.md');
  const where = issue.path.map(String).join('.');
  throw new SeedError(file, lineOfPath(text, issue.path), `${where ? `${where}: ` : ''}${issue.message}`, 'the form described in seeds/README.md');
}
