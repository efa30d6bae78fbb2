import * as asciichart from 'asciichart';
import { makeAxisLabels } from './axis-labels.js';
import { assertColorLevel, paint, truncateToWidth, type ColorLevel, type Rgb } from './color.js';
import { assertRenderSize } from './render-size.js';
import { resampleByPosition } from './resample-series.js';

/** Loss history: `train[i]` and `test[i]` were measured at step `steps[i]` (increasing). */
export type LossSeries = {
  readonly steps: readonly number[];
  readonly train: readonly number[];
  /** May be shorter than `steps` or hold NaN where the test loss was not measured. */
  readonly test: readonly number[];
};

/** Options of {@link renderLossChart}. */
export type LossChartOptions = {
  /** Columns available (>= 1); every line fits. */
  readonly width: number;
  /** Lines returned, exactly (>= 1): legend, `height - 2` chart rows, step axis. */
  readonly height: number;
  /** Plot log10 of the loss; values <= 0 are clipped to a tenth of the smallest positive one. */
  readonly logScale: boolean;
  /** Colours to use; 'none' writes no escape sequence. */
  readonly colorLevel: ColorLevel;
};

/** Colour of the training-loss line. */
export const trainColor: Rgb = [80, 160, 255];
/** Colour of the test-loss line. */
export const testColor: Rgb = [255, 160, 60];

// Private markers passed to asciichart as "colours" so each drawn cell says its series.
const testMarker = '\u0001';
const trainMarker = '\u0002';
const markedCell = /([\u0001\u0002])(.)\u001b\[0m/gu;
// Without colour the test line is dashed so the two lines stay apart.
const dashed: Readonly<Record<string, string>> = { '─': '┄', '│': '┆' };

/**
 * The train and test loss over the whole run as `options.height` lines, each at most
 * `options.width` columns: a legend ("━ train ━ test"; without colour "━ train ┄ test",
 * the test line dashed), an asciichart plot with compact y labels, and a line with the
 * first and last step. Both series are resampled (bucket means) to the plot width.
 * NaN and ±Infinity are skipped; a constant series is drawn mid-height; with no finite
 * value the frame says "waiting for data".
 */
export function renderLossChart(series: LossSeries, options: LossChartOptions): string[] {
  assertRenderSize(options);
  assertColorLevel(options.colorLevel);
  const { width, height, logScale, colorLevel } = options;
  const plotRows = Math.max(1, height - 2);
  const finish = (lines: string[]): string[] =>
    lines.slice(0, height).map((line) => truncateToWidth(line, width));
  const legend = legendLine(colorLevel, logScale);

  const stepExtent = finiteExtent(series.steps);
  const transform = makeTransform([...series.train, ...series.test], logScale);
  const train = series.train.map(transform);
  const test = series.test.map(transform);
  const rawValues = [...train, ...test];
  if (stepExtent === undefined || finiteExtent(rawValues) === undefined) {
    return finish(waitingFrame(legend, plotRows, width));
  }
  const [firstStep, lastStep] = stepExtent;
  const toValue = logScale ? (coordinate: number) => 10 ** coordinate : (coordinate: number) => coordinate;

  // The label width decides the plot width, which decides the resampled range: settle it.
  let [bottom, top] = paddedRange(rawValues, logScale);
  let labels = makeAxisLabels(top, bottom, plotRows, toValue);
  let columns = 1;
  let resampled: number[][] = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const labelWidth = labels[0]!.length;
    columns = lastStep > firstStep ? Math.max(1, width - labelWidth - 1) : 1;
    resampled = [test, train].map(
      (values) => resampleByPosition(series.steps, values, columns, firstStep, lastStep) ?? [],
    );
    [bottom, top] = paddedRange(resampled.flat(), logScale);
    const nextLabels = makeAxisLabels(top, bottom, plotRows, toValue, labelWidth);
    const isSettled = nextLabels[0]!.length === labelWidth;
    labels = nextLabels;
    if (isSettled) break;
  }

  // Scale to row numbers 1..plotRows so asciichart's own rounding is exact (ratio 1);
  // starting at 1 keeps its "value 0" axis mark (┼) off the chart.
  const toRow = (value: number): number =>
    1 + (plotRows > 1 ? Math.min(plotRows - 1, Math.max(0, ((value - bottom) / (top - bottom)) * (plotRows - 1))) : 0);
  const drawn = [
    { values: resampled[0]!, marker: testMarker },
    { values: resampled[1]!, marker: trainMarker },
  ].filter((entry) => entry.values.length > 0);
  const plot = asciichart.plot(
    drawn.map((entry) => entry.values.map(toRow)),
    {
      min: 1,
      max: plotRows,
      height: plotRows - 1,
      offset: 3,
      colors: drawn.map((entry) => entry.marker),
      format: (_value, rowIndex) => labels[rowIndex] ?? labels[0]!,
    },
  );
  const rows = plot
    .split('\n')
    // asciichart leaves one blank column after the last point; drop it.
    .map((line) => line.slice(0, -1).replace(markedCell, (_cell, marker: string, symbol: string) =>
      colorCell(marker, symbol, colorLevel),
    ));
  const axis = stepAxis(firstStep, lastStep, labels[0]!.length + 1, columns);
  return finish([legend, ...rows, axis]);
}

function colorCell(marker: string, symbol: string, colorLevel: ColorLevel): string {
  const isTest = marker === testMarker;
  if (colorLevel === 'none') return isTest ? (dashed[symbol] ?? symbol) : symbol;
  return paint(symbol, { foreground: isTest ? testColor : trainColor }, colorLevel);
}

function legendLine(colorLevel: ColorLevel, logScale: boolean): string {
  const scale = logScale ? '  (log)' : '';
  if (colorLevel === 'none') return `━ train ┄ test${scale}`;
  return `${paint('━ train', { foreground: trainColor }, colorLevel)} ${paint('━ test', { foreground: testColor }, colorLevel)}${scale}`;
}

/** Maps a loss to its plot coordinate: NaN when not drawable, log10 on a log axis. */
function makeTransform(values: readonly number[], logScale: boolean): (value: number) => number {
  if (!logScale) return (value) => (Number.isFinite(value) ? value : Number.NaN);
  const smallest = finiteExtent(values.filter((value) => value > 0))?.[0];
  const floor = smallest !== undefined ? smallest / 10 : 1e-12;
  return (value) => (Number.isFinite(value) ? Math.log10(Math.max(value, floor)) : Number.NaN);
}

/** [bottom, top] of the finite values; a flat series gets room above and below. */
function paddedRange(values: readonly number[], logScale: boolean): [number, number] {
  const [bottom, top] = finiteExtent(values) ?? [0, 0];
  if (top > bottom) return [bottom, top];
  const padding = logScale ? 0.5 : Math.abs(top) * 0.1 || 1;
  return [bottom - padding, top + padding];
}

/** [smallest, largest] finite value, or undefined when there is none (no spread: runs are long). */
function finiteExtent(values: readonly number[]): [number, number] | undefined {
  let smallest = Number.POSITIVE_INFINITY;
  let largest = Number.NEGATIVE_INFINITY;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < smallest) smallest = value;
    if (value > largest) largest = value;
  }
  return smallest <= largest ? [smallest, largest] : undefined;
}

function stepAxis(firstStep: number, lastStep: number, indent: number, columns: number): string {
  const first = formatStep(firstStep);
  if (lastStep === firstStep) return ' '.repeat(indent) + first;
  const last = formatStep(lastStep);
  const gap = columns - first.length - last.length;
  if (gap < 1) return ' '.repeat(indent) + first;
  const word = 'step';
  if (gap < word.length + 4) return ' '.repeat(indent) + first + ' '.repeat(gap) + last;
  const before = Math.floor((gap - word.length) / 2);
  return ' '.repeat(indent) + first + ' '.repeat(before) + word + ' '.repeat(gap - word.length - before) + last;
}

function formatStep(step: number): string {
  return Number.isInteger(step) ? String(step) : step.toPrecision(4).replace(/\.?0+$/, '');
}

function waitingFrame(legend: string, plotRows: number, width: number): string[] {
  const middle = Math.floor((plotRows - 1) / 2);
  const rows = Array.from({ length: plotRows }, (_, row) => (row === middle ? '│ waiting for data' : '│'));
  return [legend, ...rows, `└${'─'.repeat(Math.max(0, width - 1))}`];
}
