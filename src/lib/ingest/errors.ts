/**
 * A seed that cannot be read. The message names the position (`file:line`,
 * or `file:Sheet1!B12`, `file:table 2 row 5`), what was found and what was
 * expected, and what the webmaster can do, so the file can be fixed or its
 * reading declared; the build stops and publishes nothing.
 */
import type { Position } from './source.ts';

export class SeedError extends Error {
  readonly file: string;
  readonly line: number;
  readonly at: string | null;
  constructor(file: string, where: number | Position, problem: string, expected: string) {
    const pos = typeof where === 'number' ? { line: where, at: null } : where;
    super(`${file}:${pos.at ?? pos.line}: ${problem} — expected ${expected}`);
    this.name = 'SeedError';
    this.file = file;
    this.line = pos.line;
    this.at = pos.at;
  }
}
