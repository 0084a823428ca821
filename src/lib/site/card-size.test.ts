import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../schemas/records.ts';
import { cardLines } from './card-size.ts';

const targets = JSON.parse(readFileSync('content/targets.json', 'utf8')) as Target[];
const byId = (id: string) => targets.find((t) => t.id === id) as Target;

describe('estimated card height', () => {
  it('grows with the text and with each assignment', () => {
    const one = byId('heze/2023-h1/88');
    const four = byId('heze/2023-h1/13');
    expect(four.assignments).toHaveLength(4);
    expect(cardLines(four)).toBeGreaterThan(cardLines(one));
    const longer = { ...one, text: { ...one.text, text: one.text.text.repeat(5) } };
    expect(cardLines(longer)).toBeGreaterThan(cardLines(one));
  });

  it('errs high: at least the raw line count of every text at 16 characters a line', () => {
    for (const t of targets) {
      const raw = [t.text.text, ...t.assignments.map((a) => a.progress?.text ?? '')].reduce((n, s) => n + Math.ceil(Array.from(s).length / 16), 0);
      expect(cardLines(t), t.id).toBeGreaterThan(raw);
    }
  });
});
