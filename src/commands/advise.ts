import type { Advice, AdviceInput } from '../experiment/advice.js';
import { adviseArchitecture } from '../experiment/advice.js';
import type { ConfigLayer } from '../experiment/config.js';
import { resolveConfig } from '../experiment/config.js';
import { formatHidden } from '../experiment/hidden.js';
import type { SweepJob } from '../experiment/sweep-plan.js';
import { formatCompact } from '../render/format-number.js';
import { alignRows } from '../render/sweep-table.js';
import { runSweep } from '../runs/sweep-pool.js';
import { wrapWords } from './command-help.js';
import type { Output } from './run.js';

/** How `advise` prints, and what `--measure` trains. */
export type AdviseOptions = {
  readonly isJson: boolean;
  readonly columns: number;
  /** With `--measure`: the config layers of the quick runs (dataset, steps, seed...) and the pool size. */
  readonly measure?: { readonly layers: readonly ConfigLayer[]; readonly seeds: number; readonly workers: number };
};

/** Seeds per rule of `advise --measure`. */
export const MEASURE_SEEDS = 3;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * `init-tui advise`: a row per rule (xavier, he, lecun, kaiming, pytorch default, critical) with
 * what it does to this architecture by theory, then the recommendation. With `measure`, a quick
 * sweep (every rule, a few seeds) trains each and adds its median final train loss.
 */
export async function adviseCommand(input: AdviceInput, options: AdviseOptions, write: Output): Promise<Advice & { measured?: Record<string, number> }> {
  const advice = adviseArchitecture(input);
  let measured: Record<string, number> | undefined;
  if (options.measure) {
    const { layers, seeds, workers } = options.measure;
    const base = resolveConfig([...layers]);
    const jobs: SweepJob[] = advice.rows.flatMap((row, position) =>
      Array.from({ length: seeds }, (_, offset) => {
        const config = resolveConfig([...layers, { source: 'advise', values: { init: row.init, initScale: row.initScale, seed: base.seed + offset, logEvery: Math.max(1, base.steps) } }]);
        return { index: position * seeds + offset, scale: row.initScale, depth: config.hidden.length, activation: config.activation, seed: config.seed, config };
      }),
    );
    const records = await runSweep(jobs, { workers }).done;
    measured = Object.fromEntries(
      advice.rows.map((row, position) => [row.rule, median(records.slice(position * seeds, (position + 1) * seeds).map((record) => (record.diverged ? Number.POSITIVE_INFINITY : record.finalTrainLoss)))]),
    );
  }
  if (options.isJson) {
    write(JSON.stringify({ type: 'advice', ...input, ...advice, ...(measured ? { measuredFinalTrainLoss: measured } : {}) }));
    return { ...advice, measured };
  }
  const depth = input.hidden.length;
  const number = (value: number) => (Number.isFinite(value) ? formatCompact(value, 3) : 'diverged');
  const rows = [
    ['rule', 'init', 'hidden std', 'chi_1', 'phase', 'last/first', `trains ${depth}?`, ...(measured ? ['measured loss'] : [])],
    ...advice.rows.map((row) => [
      // 'pytorch' for pytorch-default in the rule column: the init column names it in full.
      `${row.rule === 'pytorch-default' ? 'pytorch' : row.rule}${row.rule === advice.recommended ? ' *' : ''}`,
      row.rule === 'critical' ? `kaiming x${formatCompact(row.initScale, 3)}` : row.init,
      formatCompact(row.stds[Math.min(1, row.stds.length - 1)].std, 3),
      formatCompact(row.chi1, 3),
      row.phase,
      `x${formatCompact(row.lastOverFirst, 2)}`,
      row.trains ? 'yes' : `no (~${Math.round(row.trainableDepth ?? 0)})`,
      ...(measured ? [number(measured[row.rule])] : []),
    ]),
  ];
  const lines = [
    ...wrapWords(`init-tui advise: ${input.inputs} -> ${formatHidden(input.hidden)} -> ${input.outputs}, ${input.activation}; mean-field theory with standardised inputs`, options.columns),
    '',
    ...alignRows(rows),
    '',
    ...wrapWords(`recommended (*): ${advice.reasoning}`, options.columns),
    ...(measured ? ['', ...wrapWords(`measured: median final train loss over ${options.measure!.seeds} seeds of ${resolveConfig([...options.measure!.layers]).steps} steps each.`, options.columns)] : []),
  ];
  for (const line of lines) write(line);
  return { ...advice, measured };
}
