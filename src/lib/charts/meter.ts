/**
 * Layout of a progress bar for one target's quantity: the figure reported as
 * a bar, the target as a marked line. The scale runs to the target or to the
 * figure, whichever is larger, so a figure beyond the target shows how far
 * beyond (10587 of 10000) instead of being cut off at 100%.
 */
import { scaleLinear } from 'd3-scale';
import { CHART_WIDTH, VALUE_FONT, px } from './bars.ts';
import { textWidth } from './text.ts';

export interface MeterFigure {
  kind: 'meter';
  width: number;
  height: number;
  track: { x: number; y: number; width: number; height: number };
  /** width of the filled part (the figure reported) */
  fill: number;
  /** the target's position on the track */
  goal: { x: number; label: string; anchor: 'start' | 'middle' | 'end' };
  /** the share, printed after the track */
  value: { x: number; y: number; text: string };
  lineHeight: number;
}

const PAD = 4;
const TRACK_HEIGHT = 22;

export function layoutMeter(ratio: number, valueText: string, goalLabel: string, options: { width?: number } = {}): MeterFigure {
  const width = options.width ?? CHART_WIDTH;
  // the share is bold: allow a tenth more than the regular estimate
  const room = textWidth(valueText, VALUE_FONT + 2) * 1.1 + 12;
  const track = { x: PAD, y: PAD, width: px(width - 2 * PAD - room), height: TRACK_HEIGHT };
  const x = scaleLinear()
    .domain([0, Math.max(1, Number.isFinite(ratio) ? ratio : 0)])
    .range([0, track.width]);
  const goalX = track.x + x(1);
  const half = textWidth(goalLabel, VALUE_FONT) / 2;
  const anchor = goalX + half > width - PAD ? 'end' : goalX - half < PAD ? 'start' : 'middle';
  return {
    kind: 'meter',
    width,
    height: PAD + TRACK_HEIGHT + 6 + VALUE_FONT + 6,
    track,
    fill: px(x(Math.max(0, Number.isFinite(ratio) ? ratio : 0))),
    goal: { x: px(goalX), label: goalLabel, anchor },
    value: { x: px(track.x + track.width + 8), y: px(track.y + TRACK_HEIGHT / 2 + (VALUE_FONT + 2) * 0.36), text: valueText },
    lineHeight: VALUE_FONT + 4,
  };
}
