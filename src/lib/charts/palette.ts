/**
 * What each counted category looks like in a chart. Colour is never the only
 * channel: every category but the commonest (on plan) also has a pattern, the
 * legend repeats the mark the status badges use (✓ ✗ ? –), and the numbers
 * are printed on the chart and in its table.
 *
 * Fills are dark enough for 3:1 against the white page (WCAG 1.4.11) and for
 * 4.5:1 under white text; palette.test.ts checks both.
 */
import type { StatusValue } from '../../schemas/records.ts';

/**
 * A counted category: a target's status; `assigned`, a task in a
 * task-assignment notice (which reports no progress, so it has no status);
 * `count`, a plain count where nothing is split (units, deadlines, leaders).
 */
export type Category = StatusValue | 'assigned' | 'count';

export type Pattern = 'solid' | 'diagonal' | 'dots' | 'horizontal' | 'vertical';

export interface CategoryStyle {
  fill: string;
  pattern: Pattern;
  /** the same mark as the status badge, for legends */
  mark: string;
}

export const categoryStyles: Record<Category, CategoryStyle> = {
  on_plan: { fill: '#2e7d4f', pattern: 'solid', mark: '✓' },
  behind: { fill: '#8c1d18', pattern: 'diagonal', mark: '✗' },
  not_reported: { fill: '#7a5c00', pattern: 'dots', mark: '?' },
  not_applicable: { fill: '#595959', pattern: 'horizontal', mark: '–' },
  assigned: { fill: '#2b5c8a', pattern: 'vertical', mark: '' },
  count: { fill: '#2b5c8a', pattern: 'solid', mark: '' },
};

/** Text, rules and the page the charts sit on. */
export const ink = {
  text: '#1b1b1b',
  muted: '#4f4f4f',
  grid: '#e3ded6',
  background: '#ffffff',
  /** value labels drawn on top of a fill */
  onFill: '#ffffff',
} as const;

/** The id of a category's fill pattern inside one chart (ids are per chart: several charts share a page). */
export function patternId(chartId: string, category: Category): string {
  return `${chartId}-p-${category}`;
}

/** What to put in a `fill` attribute for a category: a colour, or the chart's pattern. */
export function fillFor(chartId: string, category: Category): string {
  const style = categoryStyles[category];
  return style.pattern === 'solid' ? style.fill : `url(#${patternId(chartId, category)})`;
}

/** WCAG relative luminance of #rrggbb. */
export function luminance(hex: string): number {
  const channel = (i: number): number => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
