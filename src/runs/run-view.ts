import type { DecisionGrid, PlotPoint } from '../metrics/decision-grid.js';
import type { ExperimentConfig } from '../experiment/config.js';
import type { Snapshot } from '../experiment/session.js';
import type { TheoryRecord } from '../experiment/network-theory.js';
import type { LayerSignal } from '../metrics/signal.js';

/** Where a live run stands. */
export type RunState = 'running' | 'paused' | 'finished' | 'converged' | 'diverged';

/** Loss curves over the whole run, one point per view (downsampled: it always spans the run). */
export type LossHistory = { readonly steps: readonly number[]; readonly train: readonly number[]; readonly test: readonly number[] };

/** One run of a group, as given to it: its config and the short label it is shown by. */
export type RunSpec = {
  readonly config: ExperimentConfig;
  /** Such as `he-normal` or `normal x0.01`; a group of one may leave it empty. */
  readonly label: string;
};

/** Everything a dashboard draws of one run, as of its latest snapshot. */
export type RunView = {
  /** The run's place in its group, 0-based. */
  readonly index: number;
  readonly label: string;
  readonly config: ExperimentConfig;
  readonly snapshot: Snapshot;
  readonly history: LossHistory;
  readonly state: RunState;
  /** The first check step whose train loss was at most `config.targetLoss`, if any yet. */
  readonly stepsToTarget: number | undefined;
  /** Measured over the last second or so of training. */
  readonly stepsPerSecond: number;
  /** For 2-input datasets, when asked for: the prediction over the plane and the training points. */
  readonly decision: { readonly grid: DecisionGrid; readonly points: readonly PlotPoint[] } | undefined;
  /** Mean-field theory's prediction for this run at step 0 (or why it does not apply). */
  readonly theory: TheoryRecord;
  /** Per weight layer, the signal measured at step 0 (for the theory view: predicted against measured). */
  readonly initialLayers: readonly LayerSignal[];
  /** Increases with every new view of this run. */
  readonly version: number;
};

/** The clock and timer a run group uses: real ones live, a virtual one for tests and recordings. */
export type Scheduler = {
  /** Now, in milliseconds. */
  now(): number;
  /** Calls `callback` after `milliseconds` (0: as soon as the event loop is free). */
  setTimer(callback: () => void, milliseconds: number): unknown;
  clearTimer(handle: unknown): void;
};

/** The real clock: 0 ms timers run as soon as pending I/O (keys, worker messages) is handled. */
export const realScheduler: Scheduler = {
  now: () => performance.now(),
  setTimer: (callback, milliseconds) => (milliseconds <= 0 ? { immediate: setImmediate(callback) } : { timeout: setTimeout(callback, milliseconds) }),
  clearTimer: (handle) => {
    const timer = handle as { immediate?: ReturnType<typeof setImmediate>; timeout?: ReturnType<typeof setTimeout> };
    if (timer.immediate) clearImmediate(timer.immediate);
    if (timer.timeout) clearTimeout(timer.timeout);
  },
};

/** How often a run's view is measured, in ms (~10 per second), unless measuring takes longer. */
export const VIEW_INTERVAL_MILLISECONDS = 100;
