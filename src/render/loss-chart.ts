import type { Rgb } from './color.js';
import { renderLineChart, type LineChartOptions } from './line-chart.js';
import { seriesPalette } from './series-styles.js';

/** Loss history: `train[i]` and `test[i]` were measured at step `steps[i]` (increasing). */
export type LossSeries = {
  readonly steps: readonly number[];
  readonly train: readonly number[];
  /** May be shorter than `steps` or hold NaN where the test loss was not measured. */
  readonly test: readonly number[];
};

/**
 * Options of {@link renderLossChart}: `width` and `height` (integers >= 1), `logScale`
 * (values <= 0 clipped to a tenth of the smallest positive one) and `colorLevel`.
 */
export type LossChartOptions = Pick<LineChartOptions, 'width' | 'height' | 'logScale' | 'colorLevel'>;

/** Colour of the training-loss line (the first of {@link seriesPalette}). */
export const trainColor: Rgb = seriesPalette[0]!;
/** Colour of the test-loss line (the second of {@link seriesPalette}). */
export const testColor: Rgb = seriesPalette[1]!;

/**
 * The train and test loss over the whole run as `options.height` lines, each at most
 * `options.width` columns: a {@link renderLineChart} with a legend ("━ train ━ test";
 * without colour "━ train ┄ test", the test line dashed), the plot, and the steps.
 * With no finite value the frame says "waiting for data".
 */
export function renderLossChart(series: LossSeries, options: LossChartOptions): string[] {
  return renderLineChart(
    [
      { name: 'train', x: series.steps, y: series.train, color: trainColor, style: 'solid' },
      { name: 'test', x: series.steps, y: series.test, color: testColor, style: 'dashed' },
    ],
    options,
  );
}
