import { describe, expect, it } from 'vitest';
import { layoutMeter } from './meter.ts';

describe('layoutMeter', () => {
  it('fills part of the track and marks the target at its end when short of it', () => {
    const f = layoutMeter(0.467, '46.7%', '目标');
    expect(f.fill).toBeCloseTo(0.467 * f.track.width, 1); // to 1/100 unit
    expect(f.goal.x).toBeCloseTo(f.track.x + f.track.width, 1);
    // the label sits under the track's end, inside the figure
    expect(f.goal.x + (f.goal.anchor === 'middle' ? 14 : 0)).toBeLessThanOrEqual(f.width);
  });

  it('shows how far beyond the target a figure goes instead of stopping at 100%', () => {
    const f = layoutMeter(3.32, '332.0%', '目标');
    expect(f.fill).toBeCloseTo(f.track.width, 1);
    expect(f.goal.x - f.track.x).toBeCloseTo(f.track.width / 3.32, 1);
  });

  it('draws nothing filled for zero or a ratio that is not a number', () => {
    expect(layoutMeter(0, '0.0%', '目标').fill).toBe(0);
    expect(layoutMeter(Number.NaN, '—', '目标').fill).toBe(0);
  });

  it('leaves room for the share after the track', () => {
    const f = layoutMeter(1.059, '105.9%', '目标');
    expect(f.value.x).toBeGreaterThan(f.track.x + f.track.width);
    expect(f.value.x + 6 * 15 * 0.58).toBeLessThanOrEqual(f.width + 1);
  });
});
