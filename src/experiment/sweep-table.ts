import type { SweepLineSummary } from './sweep-summary.js';
import { isTrainableByTheory } from './sweep-summary.js';

/** The name of a sweep line: its depth and activation, such as `10x relu`. */
export function lineName(summary: Pick<SweepLineSummary, 'depth' | 'activation'>): string {
  return `${summary.depth}x ${summary.activation}`;
}

/** Scales per decade at which the chart's theory rows ask theory. */
const BAND_STEPS_PER_DECADE = 8;

/** Each summary with its name and mean-field theory's verdict at any scale: what the sweep chart and table draw. */
export function namedSweepLines(summaries: readonly SweepLineSummary[]) {
  const isOneActivation = new Set(summaries.map((summary) => summary.activation)).size === 1;
  return summaries.map((summary) => ({
    ...summary,
    name: lineName(summary),
    bandName: isOneActivation ? `${summary.depth}x` : lineName(summary),
    // Theory is asked at 8 scales a decade (a chart column's scale is rounded to the nearest): a few dozen answers, remembered.
    isTrainable: summary.theoryTrainable === null ? undefined : (scale: number) => isTrainableByTheory(summary, 10 ** (Math.round(Math.log10(scale) * BAND_STEPS_PER_DECADE) / BAND_STEPS_PER_DECADE)),
  }));
}
