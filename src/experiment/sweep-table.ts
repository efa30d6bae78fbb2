import type { SweepLineSummary } from './sweep-summary.js';
import { isTrainableByTheory } from './sweep-summary.js';

/** The name of a sweep line: its depth and activation, such as `10x relu`. */
export function lineName(summary: Pick<SweepLineSummary, 'depth' | 'activation'>): string {
  return `${summary.depth}x ${summary.activation}`;
}

/** Each summary with its name and mean-field theory's verdict at any scale: what the sweep chart and table draw. */
export function namedSweepLines(summaries: readonly SweepLineSummary[]) {
  const isOneActivation = new Set(summaries.map((summary) => summary.activation)).size === 1;
  return summaries.map((summary) => ({
    ...summary,
    name: lineName(summary),
    bandName: isOneActivation ? `${summary.depth}x` : lineName(summary),
    isTrainable: summary.theoryTrainable === null ? undefined : (scale: number) => isTrainableByTheory(summary, scale),
  }));
}
