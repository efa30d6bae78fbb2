import * as asciichart from 'asciichart';
import { makeAxisLabels } from './axis-labels.js';
import { assertColorLevel, paint, truncateToWidth, type ColorLevel, type Rgb } from './color.js';
import { assertRenderSize } from './render-size.js';
import { bucketOf, resampleByPosition } from './resample-series.js';
import { assertSeriesStyle, seriesStyles, type SeriesStyleName } from './series-styles.js';

/** One line of a {@link renderLineChart}: `y[i]` was measured at `x[i]` (increasing). */
export type ChartSeries = {
  /** Shown in the legend after the series' sample. */
  readonly name: string;
  /** Positions, increasing (training steps); all set the x axis, the first `y.length` carry a value. */
  readonly x: readonly number[];
  /** Values; NaN and ±Infinity are skipped. */
  readonly y: readonly number[];
  /** Colour of the line and its legend entry when the colour level is not 'none'. */
  readonly color: Rgb;
  /** Glyphs of the line and its legend sample at colour level 'none'. */
  readonly style: SeriesStyleName;
};

/** Options of {@link renderLineChart}. */
export type LineChartOptions = {
  /** Columns available (>= 1); every line fits. */
  readonly width: number;
  /** Lines returned, exactly (>= 1): legend, `height - 2` chart rows, x axis. */
  readonly height: number;
  /** Plot log10 of the values; values <= 0 are clipped to a tenth of the smallest positive one. */
  readonly logScale: boolean;
  /** Colours to use; 'none' writes no escape sequence and draws each series in its style. */
  readonly colorLevel: ColorLevel;
  /** `[first, last]` x shown (first <= last); default: the extent of all series. Points outside are left out. */
  readonly xRange?: readonly [first: number, last: number];
  /** The word centred on the x axis. Default `step`. */
  readonly xLabel?: string;
  /** How the x axis writes its first and last x. Default: integers as they are, others to 4 digits. */
  readonly xFormat?: (x: number) => string;
  /** Glyphs on a row of their own under the plot, each in the column of its x (later ones on top). */
  readonly xMarks?: readonly ChartMark[];
  /** Rows under the plot, one per band: its name, then a cell per column, filled where `isOn`. */
  readonly xBands?: readonly ChartBand[];
};

/** A glyph under the plot at `x` (such as the recommended scale of a sweep). */
export type ChartMark = { readonly x: number; readonly glyph: string; readonly color?: Rgb };
/** A row under the plot saying for each column whether its x is in a set (such as the scales theory calls trainable). */
export type ChartBand = { readonly name: string; readonly isOn: (x: number) => boolean; readonly color: Rgb };

/** Most series one chart draws (one private marker per series, below). */
export const maximumChartSeries = 8;

// Private markers \u0001..\u0008 passed to asciichart as "colours": each drawn cell says its series.
const markedCell = /([\u0001-\u0008])(.)\u001b\[0m/gu;
const markerOf = (seriesIndex: number): string => String.fromCharCode(1 + seriesIndex);

/**
 * Up to {@link maximumChartSeries} series as `options.height` lines, each at most
 * `options.width` columns: a legend ("━ train ┄ test", "  (log)" appended on a log
 * axis), an asciichart plot with compact y labels, and an x axis with the first and
 * last x ("step" between when it fits). Each series is resampled (bucket means) over
 * the same x range and stops at its own last point; earlier series are drawn on top.
 * A constant series is drawn mid-height; with no finite value the frame says
 * "waiting for data". Throws a RangeError on a bad size, colour level, style, xRange
 * or too many series.
 */
export function renderLineChart(series: readonly ChartSeries[], options: LineChartOptions): string[] {
  assertRenderSize(options);
  assertColorLevel(options.colorLevel);
  if (series.length > maximumChartSeries) {
    throw new RangeError(`A line chart draws at most ${maximumChartSeries} series, got ${series.length}`);
  }
  for (const entry of series) assertSeriesStyle(entry.style);
  const { width, height, logScale, colorLevel, xRange } = options;
  if (xRange !== undefined && !(Number.isFinite(xRange[0]) && Number.isFinite(xRange[1]) && xRange[0] <= xRange[1])) {
    throw new RangeError(`xRange must be two finite numbers [first, last] with first <= last, got [${xRange.join(', ')}]`);
  }
  const extraRows = (options.xMarks !== undefined ? 1 : 0) + (options.xBands?.length ?? 0);
  const plotRows = Math.max(1, height - 2 - extraRows);
  const finish = (lines: string[]): string[] => lines.slice(0, height).map((line) => truncateToWidth(line, width));
  const legend = [legendLine(series, colorLevel), logScale ? '(log)' : ''].filter((part) => part !== '').join('  ');

  const points = series.map((entry) => pointsInRange(entry, xRange));
  // The axis covers every x given (a step reached even where its value is missing).
  const xExtent = xRange ?? finiteExtent(series.flatMap((entry) => entry.x));
  const transform = makeTransform(points.flatMap((entry) => entry.y), logScale);
  const coordinates = points.map((entry) => entry.y.map(transform));
  if (xExtent === undefined || finiteExtent(coordinates.flat()) === undefined) {
    return finish(waitingFrame(legend, plotRows, width));
  }
  const [firstX, lastX] = xExtent;
  const toValue = logScale ? (coordinate: number) => 10 ** coordinate : (coordinate: number) => coordinate;

  // The label width decides the plot width, which decides the resampled range: settle it.
  let [bottom, top] = paddedRange(coordinates.flat(), logScale);
  let labels = makeAxisLabels(top, bottom, plotRows, toValue);
  let columns = 1;
  let resampled: number[][] = [];
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const labelWidth = labels[0]!.length;
    columns = lastX > firstX ? Math.max(1, width - labelWidth - 1) : 1;
    resampled = coordinates.map(
      (values, index) => resampleByPosition(points[index]!.x, values, columns, firstX, lastX) ?? [],
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
  // asciichart draws later series over earlier ones: hand them over last first.
  const drawn = resampled
    .map((values, index) => ({ values, marker: markerOf(index) }))
    .filter((entry) => entry.values.length > 0)
    .reverse();
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
      drawCell(series[marker.charCodeAt(0) - 1]!, symbol, colorLevel),
    ));
  const indent = labels[0]!.length + 1;
  const axis = xAxis(firstX, lastX, indent, columns, options.xLabel ?? 'step', options.xFormat ?? formatPosition);
  // The x at the middle of each column: where marks and bands are placed.
  const columnX = (column: number): number => (lastX > firstX ? firstX + ((column + 0.5) / columns) * (lastX - firstX) : firstX);
  const marks = options.xMarks === undefined ? [] : [markRow(options.xMarks, indent, columns, firstX, lastX, colorLevel)];
  const bands = (options.xBands ?? []).map((band) => bandRow(band, indent, columns, columnX, colorLevel));
  return finish([legend, ...rows, ...marks, ...bands, axis]);
}

function drawCell(entry: ChartSeries, symbol: string, colorLevel: ColorLevel): string {
  if (colorLevel === 'none') return seriesStyles[entry.style].glyphs[symbol] ?? symbol;
  return paint(symbol, { foreground: entry.color }, colorLevel);
}

function legendLine(series: readonly ChartSeries[], colorLevel: ColorLevel): string {
  return series
    .map((entry) =>
      colorLevel === 'none'
        ? `${seriesStyles[entry.style].legendSample} ${entry.name}`
        : paint(`━ ${entry.name}`, { foreground: entry.color }, colorLevel),
    )
    .join(' ');
}

/** The series' (x, y) pairs, without those outside `xRange`. */
function pointsInRange(
  entry: ChartSeries,
  xRange: readonly [number, number] | undefined,
): { readonly x: readonly number[]; readonly y: readonly number[] } {
  const length = Math.min(entry.x.length, entry.y.length);
  const x = entry.x.slice(0, length);
  const y = entry.y.slice(0, length);
  if (xRange === undefined) return { x, y };
  const isInside = (position: number): boolean => position >= xRange[0] && position <= xRange[1];
  return { x: x.filter(isInside), y: y.filter((_value, index) => isInside(x[index]!)) };
}

/** Maps a value to its plot coordinate: NaN when not drawable, log10 on a log axis. */
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

/** The first and last x under the plot's `columns`, "step" centred between when it fits. */
function xAxis(firstX: number, lastX: number, indent: number, columns: number, word: string, format: (x: number) => string): string {
  const first = format(firstX);
  if (lastX === firstX) return ' '.repeat(indent) + first;
  const last = format(lastX);
  const gap = columns - first.length - last.length;
  if (gap < 1) return ' '.repeat(indent) + first;
  if (gap < word.length + 4) return ' '.repeat(indent) + first + ' '.repeat(gap) + last;
  const before = Math.floor((gap - word.length) / 2);
  return ' '.repeat(indent) + first + ' '.repeat(before) + word + ' '.repeat(gap - word.length - before) + last;
}

/** The marks' row: each glyph in the column of its x. */
function markRow(marks: readonly ChartMark[], indent: number, columns: number, firstX: number, lastX: number, colorLevel: ColorLevel): string {
  const cells: string[] = new Array(columns).fill(' ');
  const taken: string[] = new Array(columns).fill('');
  for (const mark of marks) {
    if (!Number.isFinite(mark.x) || mark.x < firstX || mark.x > lastX) continue;
    const glyph = [...mark.glyph][0] ?? ' ';
    const home = bucketOf(mark.x, columns, firstX, lastX);
    // A glyph already shown there is not repeated; another one moves to the nearest free column.
    if (taken.slice(Math.max(0, home - 1), home + 2).includes(glyph)) continue;
    const column = [0, 1, -1, 2, -2, 3, -3].map((offset) => home + offset).find((candidate) => candidate >= 0 && candidate < columns && taken[candidate] === '');
    if (column === undefined) continue;
    taken[column] = glyph;
    cells[column] = mark.color && colorLevel !== 'none' ? paint(glyph, { foreground: mark.color }, colorLevel) : glyph;
  }
  return ' '.repeat(indent) + cells.join('');
}

/** A band's row: its name in the label column, then a filled cell where the column's x is on. */
function bandRow(band: ChartBand, indent: number, columns: number, columnX: (column: number) => number, colorLevel: ColorLevel): string {
  const name = band.name.length > indent - 1 ? band.name.slice(0, Math.max(0, indent - 1)) : band.name.padStart(indent - 1);
  let cells = '';
  for (let column = 0; column < columns; column++) {
    const isOn = band.isOn(columnX(column));
    cells += isOn ? (colorLevel === 'none' ? '=' : paint('━', { foreground: band.color }, colorLevel)) : '·';
  }
  return `${name} ${cells}`;
}

function formatPosition(position: number): string {
  return Number.isInteger(position) ? String(position) : position.toPrecision(4).replace(/\.?0+$/, '');
}

function waitingFrame(legend: string, plotRows: number, width: number): string[] {
  const middle = Math.floor((plotRows - 1) / 2);
  const rows = Array.from({ length: plotRows }, (_, row) => (row === middle ? '│ waiting for data' : '│'));
  return [legend, ...rows, `└${'─'.repeat(Math.max(0, width - 1))}`];
}
