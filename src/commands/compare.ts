import type { ComparedRun } from '../experiment/comparison.js';
import type { StepRecord, SummaryRecord } from '../experiment/experiment.js';
import { formatHidden } from '../experiment/hidden.js';
import { formatCompact } from '../render/format-number.js';
import { renderLineChart } from '../render/line-chart.js';
import { seriesAppearance } from '../render/series-styles.js';
import { logGroup } from '../runs/log-group.js';
import { DatasetCache } from '../runs/dataset-cache.js';
import { networkTheory } from '../experiment/network-theory.js';
import { lossForClasses } from '../engine/losses.js';
import { LossHistoryRecorder } from '../runs/loss-history.js';
import { wrapWords } from './command-help.js';
import type { Output } from './run.js';

/** How `compare` prints. */
export type CompareOptions = {
  readonly isJson: boolean;
  /** Worker threads (0: in this thread). */
  readonly workers: number;
  /** Columns of the table and chart (80 when stdout is not a terminal). */
  readonly columns: number;
  /** Where progress goes (stderr when it is a terminal), or undefined for none. */
  readonly progress?: (text: string) => void;
};

/** Final distinct units per hidden layer, and whether every layer broke. */
export type SymmetrySummary = { readonly units: readonly number[]; readonly distinctUnits: readonly number[]; readonly broken: boolean };

/** A run's summary line of `compare --json`. */
export type ComparedSummary = Record<string, unknown> & { readonly run: string };

/** The last line of `compare --json`. */
export type ComparisonRecord = { readonly type: 'comparison'; readonly ranking: readonly string[]; readonly fastest: string | null };

/** Symmetry at a run's last logged step. */
function symmetryOf(record: StepRecord | undefined): SymmetrySummary {
  const layers = record?.symmetry ?? [];
  return {
    units: layers.map((layer) => layer.units),
    distinctUnits: layers.map((layer) => layer.distinctUnits),
    broken: layers.every((layer) => layer.broken),
  };
}

/** Labels by final train loss, best first (a loss that is not finite last), ties in run order. */
export function rankRuns(runs: readonly ComparedRun[], summaries: readonly SummaryRecord[]): string[] {
  const loss = (index: number) => (Number.isFinite(summaries[index].finalTrainLoss) ? summaries[index].finalTrainLoss : Number.POSITIVE_INFINITY);
  return runs
    .map((_, index) => index)
    .sort((first, second) => loss(first) - loss(second) || first - second)
    .map((index) => runs[index].label);
}

/** The label of the run that reached the target loss in the fewest steps (first in run order on a tie), or null. */
export function fastestRun(runs: readonly ComparedRun[], summaries: readonly SummaryRecord[]): string | null {
  let best: number | undefined;
  summaries.forEach((summary, index) => {
    if (summary.stepsToTarget === null) return;
    if (best === undefined || summary.stepsToTarget < summaries[best].stepsToTarget!) best = index;
  });
  return best === undefined ? null : runs[best].label;
}

/**
 * `init-tui compare`: trains every run of the comparison on the worker pool, each exactly as
 * `init-tui run` would, and prints either JSON lines (every logged step by step then by run,
 * tagged with its run; a summary per run; the comparison) or a side-by-side table and the
 * loss curves of every run.
 */
export async function compareCommand(runs: readonly ComparedRun[], options: CompareOptions, write: Output): Promise<void> {
  const specs = runs.map(({ config, label }) => ({ config, label }));
  const last: (StepRecord | undefined)[] = runs.map(() => undefined);
  // The loss curves of each run, for the chart (bounded as the dashboard's: halved past 1000 points).
  const curves = runs.map(() => new LossHistoryRecorder());
  const steps = runs[0].config.steps;
  let shownStep = -1;
  if (options.isJson) {
    const cache = new DatasetCache();
    for (const run of runs) {
      const dataset = cache.get(run.config);
      write(JSON.stringify({ type: 'theory', run: run.label, ...run.varied, ...withoutType(networkTheory(run.config, dataset, lossForClasses(dataset.classes).outputsFor(dataset.classes))) }));
    }
  }
  const summaries = await logGroup(
    specs,
    {
      record: (index, record) => {
        last[index] = record;
        if (options.isJson) write(JSON.stringify({ type: 'step', run: runs[index].label, ...runs[index].varied, ...withoutType(record) }));
        else curves[index].record(record.step, record.trainLoss, record.testLoss);
        if (options.progress && record.step !== shownStep) {
          shownStep = record.step;
          options.progress(`compare: ${runs.length} runs · step ${record.step} of ${steps}`);
        }
      },
    },
    { workers: options.workers },
  );
  options.progress?.('');
  const summaryLines = runs.map((run, index) => ({
    type: 'summary',
    run: run.label,
    ...run.varied,
    ...withoutType(summaries[index]),
    symmetry: symmetryOf(last[index]),
  }));
  const comparison: ComparisonRecord = { type: 'comparison', ranking: rankRuns(runs, summaries), fastest: fastestRun(runs, summaries) };
  if (options.isJson) {
    for (const line of summaryLines) write(JSON.stringify(line));
    write(JSON.stringify(comparison));
    return;
  }
  for (const line of comparisonText(runs, summaries, summaryLines.map((line) => line.symmetry), comparison, curves, options.columns)) write(line);
}

function withoutType<T extends { readonly type: string }>(record: T): Omit<T, 'type'> {
  const { type: _type, ...rest } = record;
  return rest;
}

const percent = (value: number) => (Number.isFinite(value) ? `${(value * 100).toFixed(1)}%` : 'n/a');
const loss = (value: number) => (Number.isFinite(value) ? formatCompact(value, 4) : 'not finite');

/** A run's symmetry in a few characters: `4/4`, `1/16 1/16`, or `3/20 broken` for deep nets. */
export function symmetryCell(symmetry: SymmetrySummary): string {
  const { units, distinctUnits } = symmetry;
  if (units.length === 0) return 'no hidden';
  if (units.length <= 2) return units.map((count, layer) => `${distinctUnits[layer]}/${count}`).join(' ');
  const broken = distinctUnits.filter((distinct, layer) => distinct === units[layer]).length;
  return `${broken}/${units.length} broken`;
}

/** The readable output: what was compared, a table with a column per run, the loss chart, the verdict. */
function comparisonText(
  runs: readonly ComparedRun[],
  summaries: readonly SummaryRecord[],
  symmetries: readonly SymmetrySummary[],
  comparison: ComparisonRecord,
  curves: readonly LossHistoryRecorder[],
  columns: number,
): string[] {
  const config = runs[0].config;
  const lines = [
    ...wrapWords(
      `init-tui compare: ${config.dataset}, hidden ${formatHidden(config.hidden)}, ${config.optimizer} lr ${config.lr}, batch ${config.batch === 0 ? 'full' : config.batch}, ` +
        `seed ${config.seed}, until ${config.until}, target loss ${config.targetLoss}`,
      columns,
    ),
    '',
  ];
  const rowNames = ['final train loss', 'final test loss', 'train accuracy', 'test accuracy', 'steps to target', 'distinct units', 'stopped at step'];
  const cells = runs.map((_, index) => {
    const summary = summaries[index];
    const stopped = summary.stoppedBy === 'diverged' ? `div. ${summary.divergedAtStep ?? summary.steps}` : summary.stoppedBy === 'converged' ? `conv. ${summary.steps}` : String(summary.steps);
    return [
      loss(summary.finalTrainLoss),
      loss(summary.finalTestLoss),
      percent(summary.finalTrainAccuracy),
      percent(summary.finalTestAccuracy),
      summary.stepsToTarget === null ? 'never' : String(summary.stepsToTarget),
      symmetryCell(symmetries[index]),
      stopped,
    ];
  });
  const nameWidth = Math.max(...rowNames.map((name) => name.length)) + 1;
  const columnWidth = Math.max(8, Math.floor((columns - nameWidth) / runs.length));
  const fit = (text: string) => (text.length > columnWidth - 1 ? `${text.slice(0, columnWidth - 2)}…` : text).padEnd(columnWidth);
  // Labels may take several lines, broken at spaces, so a column stays narrow.
  const labelLines = runs.map((run) => wrapWords(run.label, columnWidth - 1));
  const labelRows = Math.max(...labelLines.map((parts) => parts.length));
  for (let row = 0; row < labelRows; row++) lines.push(`${''.padEnd(nameWidth)}${labelLines.map((parts) => fit(parts[row] ?? '')).join('')}`.trimEnd());
  rowNames.forEach((name, row) => lines.push(`${name.padEnd(nameWidth)}${cells.map((cell) => fit(cell[row])).join('')}`.trimEnd()));
  lines.push('');
  lines.push('train loss by step (log scale):');
  const chart = renderLineChart(
    curves.map((curve, index) => {
      const { steps, train } = curve.history();
      return { name: runs[index].label, x: steps, y: train, ...seriesAppearance(index) };
    }),
    { width: columns, height: 14, logScale: true, colorLevel: 'none' },
  );
  lines.push(...chart.map((line) => line.trimEnd()));
  lines.push('');
  lines.push(`best final train loss first: ${comparison.ranking.join(', ')}`);
  lines.push(comparison.fastest === null ? `no run reached train loss ${config.targetLoss}` : `fastest to train loss ${config.targetLoss}: ${comparison.fastest}`);
  return lines;
}


