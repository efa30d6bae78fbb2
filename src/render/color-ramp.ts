import type { Rgb } from './color.js';

/** The straight mix of two colours: `fraction` 0 gives `from`, 1 gives `to`. */
export function mixRgb(from: Rgb, to: Rgb, fraction: number): Rgb {
  const amount = Math.min(1, Math.max(0, fraction));
  return [
    Math.round(from[0] + (to[0] - from[0]) * amount),
    Math.round(from[1] + (to[1] - from[1]) * amount),
    Math.round(from[2] + (to[2] - from[2]) * amount),
  ];
}

/**
 * Distance ramp for heatmaps, from dark blue (0) through teal and green to yellow (1),
 * close to matplotlib's viridis so equal steps look equally different.
 */
export const distanceRamp: readonly Rgb[] = [
  [12, 18, 60],
  [40, 64, 160],
  [33, 145, 140],
  [94, 201, 98],
  [253, 231, 37],
];

/** The colour at `fraction` (clamped to 0..1) along `stops`, mixed between neighbours. */
export function sampleRamp(stops: readonly Rgb[], fraction: number): Rgb {
  if (stops.length === 0) throw new RangeError('sampleRamp needs at least one colour stop');
  const position = Math.min(1, Math.max(0, Number.isNaN(fraction) ? 0 : fraction)) * (stops.length - 1);
  const lower = Math.min(stops.length - 1, Math.floor(position));
  const upper = Math.min(stops.length - 1, lower + 1);
  return mixRgb(stops[lower]!, stops[upper]!, position - lower);
}
