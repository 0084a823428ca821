import { describe, expect, it } from 'vitest';
import { categoryStyles, contrast, fillFor, ink, type Category } from './palette.ts';

const categories = Object.keys(categoryStyles) as Category[];

describe('chart palette', () => {
  it('computes WCAG contrast (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#ffffff', '#ffffff')).toBe(1);
  });

  it('gives every fill 3:1 against the page (WCAG 1.4.11) and 4.5:1 under white value labels', () => {
    for (const c of categories) {
      expect(contrast(categoryStyles[c].fill, ink.background), c).toBeGreaterThanOrEqual(3);
      expect(contrast(ink.onFill, categoryStyles[c].fill), c).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(ink.muted, ink.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('never tells two statuses apart by colour alone: each has its own pattern or is the one solid fill', () => {
    const statuses: Category[] = ['on_plan', 'behind', 'not_applicable', 'not_reported', 'assigned'];
    const patterns = statuses.map((c) => categoryStyles[c].pattern);
    expect(new Set(patterns).size).toBe(statuses.length);
    expect(patterns.filter((p) => p === 'solid')).toHaveLength(1);
  });

  it('uses the status badges’ marks in legends', () => {
    expect([categoryStyles.on_plan.mark, categoryStyles.behind.mark, categoryStyles.not_reported.mark, categoryStyles.not_applicable.mark]).toEqual(['✓', '✗', '?', '–']);
  });

  it('refers patterned fills to the chart’s own pattern id', () => {
    expect(fillFor('chart-a', 'behind')).toBe('url(#chart-a-p-behind)');
    expect(fillFor('chart-a', 'on_plan')).toBe(categoryStyles.on_plan.fill);
  });
});
