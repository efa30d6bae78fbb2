import type { ColorLevel, Rgb } from './color.js';
import { formatCompact } from './format-number.js';
import type { ChartBand, ChartMark, ChartSeries } from './line-chart.js';
import { maximumChartSeries, renderLineChart } from './line-chart.js';
import { seriesAppearance } from './series-styles.js';

/** One line of a sweep chart: final loss against init scale for one (depth, activation). */
export type SweepChartLine = {
  /** Legend name, such as `10 relu`. */
  readonly name: string;
  /** Increasing; scales <= 0 are left off the log axis. */
  readonly scales: readonly number[];
  /** Median final train loss per scale (infinite where every seed diverged). */
  readonly medianTrainLoss: readonly number[];
  readonly minTrainLoss: readonly number[];
  readonly maxTrainLoss: readonly number[];
  readonly bestScale: number;
  readonly recommendedScale: number | null;
  readonly criticalScale: number | null;
  /** The name in front of its theory row (short: the label column is narrow); default `name`. */
  readonly bandName?: string;
  /** Mean-field theory's verdict at any scale; absent where theory does not apply. */
  readonly isTrainable?: (scale: number) => boolean;
};

/** Options of {@link renderSweepChart}: as a line chart's. */
export type SweepChartOptions = { readonly width: number; readonly height: number; readonly colorLevel: ColorLevel };

/**
 * Final train loss against init scale, both on log axes: a line per sweep line (with a single
 * line, its min and max over the seeds as two more), then a row of marks (`*` each line's best
 * scale, `R` recommended, `C` critical, in the line's colour) and, per line theory describes,
 * a row that is filled where theory calls the scale trainable at that depth. Exactly `height`
 * lines of at most `width` columns. At most 8 lines.
 */
export function renderSweepChart(lines: readonly SweepChartLine[], options: SweepChartOptions): string[] {
  if (lines.length > maximumChartSeries) throw new RangeError(`A sweep chart draws at most ${maximumChartSeries} lines, got ${lines.length}`);
  const positive = (scale: number) => scale > 0;
  const series: ChartSeries[] = [];
  const marks: ChartMark[] = [];
  const bands: ChartBand[] = [];
  lines.forEach((line, index) => {
    const { color, style } = seriesAppearance(index);
    const kept = line.scales.map((scale, position) => ({ scale, position })).filter(({ scale }) => positive(scale));
    const x = kept.map(({ scale }) => Math.log10(scale));
    const values = (list: readonly number[]) => kept.map(({ position }) => list[position]);
    series.push({ name: line.name, x, y: values(line.medianTrainLoss), color, style });
    if (lines.length === 1) {
      series.push({ name: 'min', x, y: values(line.minTrainLoss), color: dim(color), style: 'dotted' });
      series.push({ name: 'max', x, y: values(line.maxTrainLoss), color: dim(color), style: 'dotted' });
    }
    for (const [scale, glyph] of [[line.recommendedScale, 'R'], [line.criticalScale, 'C'], [line.bestScale, '*']] as const) {
      if (scale !== null && positive(scale)) marks.push({ x: Math.log10(scale), glyph, color });
    }
    const { isTrainable } = line;
    if (isTrainable) bands.push({ name: line.bandName ?? line.name, isOn: (x) => isTrainable(10 ** x), color });
  });
  const scales = lines.flatMap((line) => line.scales.filter(positive));
  const xRange = scales.length > 0 ? ([Math.log10(Math.min(...scales)), Math.log10(Math.max(...scales))] as const) : undefined;
  return renderLineChart(series, {
    width: options.width,
    height: options.height,
    logScale: true,
    colorLevel: options.colorLevel,
    xRange,
    xLabel: 'init scale (log)',
    xFormat: (x) => formatCompact(10 ** x, 2),
    xMarks: marks,
    xBands: bands,
  });
}

function dim(color: Rgb): Rgb {
  return [Math.round(color[0] * 0.55), Math.round(color[1] * 0.55), Math.round(color[2] * 0.55)];
}
