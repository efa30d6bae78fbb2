import { formatCompact } from './format-number.js';
import type { SweepChartLine } from './sweep-chart.js';

/** What a row of the sweep table shows of one line of a sweep: a chart line and its good range. */
export type SweepTableLine = Omit<SweepChartLine, 'bandName' | 'isTrainable'> & {
  readonly goodRange: { readonly low: number; readonly high: number } | null;
};

const scaleText = (scale: number | null): string => (scale === null ? '-' : formatCompact(scale, 2));
const lossText = (loss: number): string => (Number.isFinite(loss) ? formatCompact(loss, 3) : 'diverged');

/**
 * The table of a sweep's answer as cells: a header, then per line its best scale, the median
 * loss there with the seeds' min-max, the good range, the recommended and the critical scale.
 */
export function sweepTableRows(lines: readonly SweepTableLine[]): string[][] {
  return [
    ['line', 'best scale', 'median loss (min-max)', 'good range', 'recommended', 'critical'],
    ...lines.map((line) => {
      const best = line.scales.indexOf(line.bestScale);
      return [
        line.name,
        scaleText(line.bestScale),
        `${lossText(line.medianTrainLoss[best])} (${lossText(line.minTrainLoss[best])}-${lossText(line.maxTrainLoss[best])})`,
        line.goodRange === null ? 'none trains' : `${scaleText(line.goodRange.low)} .. ${scaleText(line.goodRange.high)}`,
        scaleText(line.recommendedScale),
        scaleText(line.criticalScale),
      ];
    }),
  ];
}

/** Cells as aligned text lines, two spaces between columns. */
export function alignRows(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column])).join('  ').trimEnd());
}

/** The sweep chart's key, in one line. */
export const SWEEP_CHART_KEY = '* best · R recommended gain/sqrt(fan_in) · C critical, chi_1 = 1 · rows under the chart: scales theory calls trainable at that depth';
