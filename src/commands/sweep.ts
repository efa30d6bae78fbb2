import { readFileSync } from 'node:fs';
import { ConfigError } from '../experiment/config-error.js';
import { resolveConfig } from '../experiment/config.js';
import type { SweepJob } from '../experiment/sweep-plan.js';
import type { SweepRunRecord } from '../experiment/sweep-run.js';
import type { SweepLineSummary } from '../experiment/sweep-summary.js';
import { GOOD_GAP_FRACTION, summarizeSweep } from '../experiment/sweep-summary.js';
import { namedSweepLines } from '../experiment/sweep-table.js';
import { alignRows, SWEEP_CHART_KEY, sweepTableRows } from '../render/sweep-table.js';
import { formatCompact } from '../render/format-number.js';
import { progressBar } from '../render/progress-bar.js';
import { renderSweepChart } from '../render/sweep-chart.js';
import { runSweep } from '../runs/sweep-pool.js';
import { wrapWords } from './command-help.js';
import type { Output } from './run.js';

/** How `sweep` prints. */
export type SweepOptions = {
  readonly isJson: boolean;
  /** Worker threads (0: in this thread). */
  readonly workers: number;
  /** Columns of the chart and table (80 when stdout is not a terminal). */
  readonly columns: number;
  /** Where the progress bar goes (stderr when it is a terminal), or undefined for none. */
  readonly progress?: (text: string) => void;
};

/**
 * `init-tui sweep`: trains every job on the worker pool and prints, with `--json`, a
 * `"type":"run"` line per run (in job order) then a `"type":"summary"` line per (depth,
 * activation); without, the chart of final loss against scale and the table of best scales.
 */
export async function sweepCommand(jobs: readonly SweepJob[], options: SweepOptions, write: Output): Promise<SweepLineSummary[]> {
  const started = performance.now();
  let finished = 0;
  const pending = new Map<number, SweepRunRecord>();
  let nextToWrite = 0;
  options.progress?.(`sweep: ${progressBar(0, jobs.length, 0)}`);
  const handle = runSweep(jobs, {
    workers: options.workers,
    onRecord: (record) => {
      finished += 1;
      options.progress?.(`sweep: ${progressBar(finished, jobs.length, performance.now() - started)}`);
      if (!options.isJson) return;
      // Lines go out in job order whatever order the pool finishes them in.
      pending.set(record.index, record);
      while (pending.has(nextToWrite)) {
        write(JSON.stringify(pending.get(nextToWrite)));
        pending.delete(nextToWrite++);
      }
    },
  });
  const records = await handle.done;
  options.progress?.('');
  const summaries = summarizeSweep(records);
  if (options.isJson) for (const summary of summaries) write(JSON.stringify(summary));
  else for (const line of sweepAnswer(summaries, records[0]?.config, options.columns)) write(line);
  return summaries;
}

/** `sweep --plan`: one `"type":"job"` line per run, for any job runner. */
export function planCommand(jobs: readonly SweepJob[], write: Output): void {
  for (const job of jobs) write(JSON.stringify({ type: 'job', ...job }));
}

/**
 * A `"type":"job"` line (from `sweep --plan`) as a job: its config is checked again, and its axes
 * must agree with the config. Throws {@link ConfigError} saying what is wrong.
 */
export function parseJob(text: string): SweepJob {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ConfigError(`--job must be one JSON line of 'init-tui sweep --plan', got '${text.slice(0, 40)}${text.length > 40 ? '…' : ''}'`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ConfigError('--job must be a JSON object (a line of sweep --plan)');
  const job = value as Record<string, unknown>;
  if (!Number.isSafeInteger(job.index) || (job.index as number) < 0) throw new ConfigError('--job: index must be a whole number >= 0');
  if (typeof job.config !== 'object' || job.config === null) throw new ConfigError('--job: config must be an object (a line of sweep --plan)');
  const config = resolveConfig([{ source: '--job config', values: job.config as Record<string, unknown> }]);
  const axes = { scale: config.initScale, depth: config.hidden.length, activation: config.activation, seed: config.seed };
  for (const [key, expected] of Object.entries(axes)) {
    if (job[key] !== undefined && job[key] !== expected) throw new ConfigError(`--job: ${key} ${JSON.stringify(job[key])} does not match its config (${JSON.stringify(expected)})`);
  }
  return { index: job.index as number, ...axes, config };
}

/**
 * `sweep --collect FILES...`: the `"type":"run"` lines of `files` (outputs of `run --job` or of
 * `sweep --json`; other lines are skipped) summed up as the sweep itself would. Throws
 * {@link ConfigError} for a file that cannot be read, a line that is not JSON, or no run line.
 */
export function collectCommand(files: readonly string[], options: Pick<SweepOptions, 'isJson' | 'columns'>, write: Output): SweepLineSummary[] {
  if (files.length === 0) throw new ConfigError('sweep --collect needs the files to collect (outputs of run --job or sweep --json)');
  const records = new Map<number, SweepRunRecord>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConfigError(`--collect ${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    text.split('\n').forEach((line, number) => {
      if (line.trim() === '') return;
      let record: SweepRunRecord;
      try {
        record = JSON.parse(line) as SweepRunRecord;
      } catch {
        throw new ConfigError(`--collect ${file}:${number + 1}: not a JSON line`);
      }
      if (record?.type !== 'run') return;
      if (typeof record.config !== 'object' || !Number.isSafeInteger(record.index)) throw new ConfigError(`--collect ${file}:${number + 1}: a run line needs its index and config`);
      records.set(record.index, record);
    });
  }
  if (records.size === 0) throw new ConfigError(`--collect: no "type":"run" line in ${files.join(', ')}`);
  const summaries = summarizeSweep([...records.values()]);
  if (options.isJson) for (const summary of summaries) write(JSON.stringify(summary));
  else for (const line of sweepAnswer(summaries, [...records.values()][0].config, options.columns)) write(line);
  return summaries;
}

/** The readable answer: what was swept, the chart, its key, the table of best scales and good ranges. */
export function sweepAnswer(summaries: readonly SweepLineSummary[], config: SweepRunRecord['config'] | undefined, columns: number): string[] {
  if (summaries.length === 0 || config === undefined) return ['init-tui sweep: no runs'];
  const first = summaries[0];
  const lines = namedSweepLines(summaries);
  const chartLines = lines.slice(0, 8);
  const chartHeight = Math.min(16 + chartLines.filter((line) => line.isTrainable).length, 24);
  return [
    ...wrapWords(
      `init-tui sweep: ${config.dataset}, width ${first.width}, init ${first.init} (scale: ${scaleUnits(first.init)}), ${config.optimizer} lr ${config.lr}, ` +
        `${config.steps} steps at most; final train loss against init scale (median over seeds)`,
      columns,
    ),
    ...renderSweepChart(chartLines, { width: Math.min(columns, 100), height: chartHeight, colorLevel: 'none' }),
    ...wrapWords(`${SWEEP_CHART_KEY}${first.theoryNote ? ` (theory does not apply: ${first.theoryNote})` : ''}`, columns),
    '',
    ...alignRows(sweepTableRows(lines)),
    '',
    ...wrapWords(
      `good range: the scales next to the best whose median loss closes at least ${100 - GOOD_GAP_FRACTION * 100}% of the gap from the baseline (${formatCompact(first.baselineLoss, 3)}: guessing the class frequencies) to the best.`,
      columns,
    ),
  ];
}

/** What an init's scale means, for the header. */
function scaleUnits(init: string): string {
  if (init === 'normal' || init === 'truncated-normal') return 'the std';
  if (init === 'uniform') return 'the half width';
  if (init === 'constant') return 'the value';
  return 'a multiplier';
}
