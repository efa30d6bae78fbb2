import type { DecisionGrid, PlaneBounds, PlotPoint } from '../metrics/decision-grid.js';
import { decisionGrid, planeBounds, plotPoints } from '../metrics/decision-grid.js';
import { datasets } from '../data/index.js';
import type { ExperimentConfig } from '../experiment/config.js';
import type { Snapshot } from '../experiment/session.js';
import { Session } from '../experiment/session.js';

/** Where a live run stands. */
export type RunState = 'running' | 'paused' | 'finished' | 'converged' | 'diverged';

/** Points the loss history keeps at most; beyond, it halves its resolution (whole run still covered). */
export const MAX_HISTORY_POINTS = 1000;

/** Loss curves over the whole run, one point per snapshot. */
export type LossHistory = { readonly steps: readonly number[]; readonly train: readonly number[]; readonly test: readonly number[] };

/** Everything the dashboard draws, as of the latest snapshot. */
export type RunView = {
  readonly config: ExperimentConfig;
  readonly snapshot: Snapshot;
  readonly history: LossHistory;
  readonly state: RunState;
  /** Measured over the last second or so of training. */
  readonly stepsPerSecond: number;
  /** For 2-input datasets: the prediction over the plane and the training points. */
  readonly decision: { readonly grid: DecisionGrid; readonly points: readonly PlotPoint[] } | undefined;
  /** Increases with every new view. */
  readonly version: number;
};

/** The clock and timer a live run uses (real ones by default; tests pass their own). */
export type Scheduler = {
  now(): number;
  setTimer(callback: () => void, milliseconds: number): unknown;
  clearTimer(handle: unknown): void;
};

const realScheduler: Scheduler = {
  now: () => performance.now(),
  setTimer: (callback, milliseconds) => setTimeout(callback, milliseconds),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** How long one slice of training may hold the event loop, in ms: keys stay responsive. */
export const SLICE_MILLISECONDS = 15;
/** How often a new view is measured, in ms (~10 per second). */
export const VIEW_INTERVAL_MILLISECONDS = 100;

/**
 * What the dashboard drives: a live run in this thread ({@link LiveRun}) or in a worker thread
 * ({@link WorkerLiveRun}). `view()` is undefined until the first view is measured.
 */
export type LiveRunner = {
  view(): RunView | undefined;
  /** A failure of the run itself (a worker that crashed), shown instead of the dashboard. */
  failure(): string | undefined;
  start(): void;
  stop(): void;
  setPaused(isPaused: boolean): void;
  setSpeed(stepsPerSecond: number): void;
  stepOnce(): void;
  restart(config?: ExperimentConfig): void;
  setDecisionGridSize(columns: number, rows: number): void;
};

/**
 * Trains a session in time slices on the event loop at a chosen speed, measuring a new view
 * about 10 times a second. Plain TypeScript, no React: the UI pulls `view()`.
 */
export class LiveRun implements LiveRunner {
  private session: Session;
  private current: RunView;
  private history = { steps: [] as number[], train: [] as number[], test: [] as number[] };
  private isPaused = false;
  private stepsPerSecondTarget: number;
  private timer: unknown;
  private isStopped = true;
  private lastTick = 0;
  private stepCredit = 0;
  private lastView = 0;
  private rateWindow: Array<{ time: number; step: number }> = [];
  private gridSize = { columns: 0, rows: 0 };
  private bounds: PlaneBounds | undefined;
  private points: PlotPoint[] = [];
  private version = 0;
  /** How long the last view took to measure, in ms. */
  private measureMilliseconds = 0;

  /**
   * @param onView called with every new view (the worker forwards them to the UI thread)
   */
  constructor(
    private config: ExperimentConfig,
    stepsPerSecond: number,
    private readonly scheduler: Scheduler = realScheduler,
    private readonly onView?: (view: RunView) => void,
  ) {
    this.stepsPerSecondTarget = stepsPerSecond;
    this.session = this.newSession();
    this.current = this.measure();
  }

  /** The latest view (cheap: measured by the run, not by this call). */
  view(): RunView {
    return this.current;
  }

  /** An in-thread run fails by throwing, never later. */
  failure(): undefined {
    return undefined;
  }

  /** Starts (or resumes) the training loop. */
  start(): void {
    if (!this.isStopped) return;
    this.isStopped = false;
    this.lastTick = this.scheduler.now();
    this.schedule(0);
  }

  /** Stops the loop for good (the dashboard is closing). */
  stop(): void {
    this.isStopped = true;
    if (this.timer !== undefined) this.scheduler.clearTimer(this.timer);
    this.timer = undefined;
  }

  setPaused(isPaused: boolean): void {
    if (this.isPaused === isPaused) return;
    this.isPaused = isPaused;
    this.stepCredit = 0;
    this.lastTick = this.scheduler.now();
    this.publish();
  }

  /** Training speed in steps per second (Infinity: as fast as the machine goes). */
  setSpeed(stepsPerSecond: number): void {
    this.stepsPerSecondTarget = stepsPerSecond;
    this.stepCredit = 0;
  }

  /** One training step (meant for when paused), then a new view. */
  stepOnce(): void {
    if (this.isDone()) return;
    this.trainSteps(1);
    this.publish();
  }

  /** Starts over from step 0 with `config` (the same one to restart, another seed for a new run). */
  restart(config: ExperimentConfig = this.config): void {
    this.config = config;
    this.session = this.newSession();
    this.history = { steps: [], train: [], test: [] };
    this.rateWindow = [];
    this.stepCredit = 0;
    this.publish();
  }

  /** Asks for a decision map of this many cells (0 x 0 for none). */
  setDecisionGridSize(columns: number, rows: number): void {
    if (columns === this.gridSize.columns && rows === this.gridSize.rows) return;
    this.gridSize = { columns, rows };
    this.publish();
  }

  private newSession(): Session {
    const session = new Session(this.config);
    const { train } = session.dataset;
    this.bounds = datasets[this.config.dataset].isPlanar ? planeBounds(train) : undefined;
    this.points = this.bounds ? plotPoints(train, this.bounds) : [];
    return session;
  }

  private isDone(): boolean {
    return this.session.isDone;
  }

  private trainSteps(count: number): number {
    return this.session.advance(count);
  }

  private schedule(milliseconds: number): void {
    if (this.isStopped) return;
    this.timer = this.scheduler.setTimer(() => this.tick(), milliseconds);
  }

  private tick(): void {
    this.timer = undefined;
    if (this.isStopped) return;
    const started = this.scheduler.now();
    const elapsedSeconds = (started - this.lastTick) / 1000;
    this.lastTick = started;
    if (!this.isPaused && !this.isDone()) {
      const isUnlimited = !Number.isFinite(this.stepsPerSecondTarget);
      // Steps owed at the chosen speed, carried across slices (at most a second's worth).
      if (!isUnlimited) this.stepCredit = Math.min(this.stepCredit + elapsedSeconds * this.stepsPerSecondTarget, this.stepsPerSecondTarget);
      let chunk = 1;
      while (!this.isDone() && (isUnlimited || this.stepCredit >= 1)) {
        const count = Math.min(chunk, this.config.steps - this.session.step, isUnlimited ? chunk : Math.floor(this.stepCredit));
        const taken = this.trainSteps(count);
        if (!isUnlimited) this.stepCredit -= taken;
        if (taken < count || this.scheduler.now() - started > SLICE_MILLISECONDS) break;
        chunk = Math.min(chunk * 2, 4096);
      }
    }
    // Measuring a deep net can cost as much as training: keep it to a third of the time at most.
    // A run that has not moved since its last view (paused, finished) is not measured again.
    const viewInterval = Math.max(VIEW_INTERVAL_MILLISECONDS, 2 * this.measureMilliseconds);
    const hasMoved = this.session.step !== this.current.snapshot.step;
    if (hasMoved && (this.scheduler.now() - this.lastView >= viewInterval || this.isDone())) this.publish();
    // Yield to input between slices; idle runs poll gently.
    this.schedule(this.isPaused || this.isDone() ? VIEW_INTERVAL_MILLISECONDS : 1);
  }

  /** Keeps every other point (and always the first and the last): the curve still spans the run. */
  private halveHistory(): void {
    const keep = (_: number, index: number, all: readonly number[]) => index % 2 === 0 || index === all.length - 1;
    this.history = {
      steps: this.history.steps.filter(keep),
      train: this.history.train.filter(keep),
      test: this.history.test.filter(keep),
    };
  }

  private publish(): void {
    const started = this.scheduler.now();
    this.current = this.measure();
    this.lastView = this.scheduler.now();
    this.measureMilliseconds = this.lastView - started;
    this.onView?.(this.current);
  }

  private measure(): RunView {
    const snapshot = this.session.snapshot();
    const last = this.history.steps.at(-1);
    if (last === snapshot.step) {
      this.history.train[this.history.train.length - 1] = snapshot.trainLoss;
      this.history.test[this.history.test.length - 1] = snapshot.testLoss;
    } else {
      this.history.steps.push(snapshot.step);
      this.history.train.push(snapshot.trainLoss);
      this.history.test.push(snapshot.testLoss);
      if (this.history.steps.length > MAX_HISTORY_POINTS) this.halveHistory();
    }
    const now = this.scheduler.now();
    this.rateWindow.push({ time: now, step: snapshot.step });
    while (this.rateWindow.length > 2 && now - this.rateWindow[0].time > 1000) this.rateWindow.shift();
    const first = this.rateWindow[0];
    const stepsPerSecond = now > first.time ? ((snapshot.step - first.step) * 1000) / (now - first.time) : 0;
    const reason = this.session.stopReason;
    const state: RunState = reason === 'diverged' ? 'diverged' : reason === 'converged' ? 'converged' : reason === 'steps' ? 'finished' : this.isPaused ? 'paused' : 'running';
    const { columns, rows } = this.gridSize;
    const decision =
      this.bounds && columns > 0 && rows > 0
        ? { grid: decisionGrid(this.session.network, this.bounds, columns, rows), points: this.points }
        : undefined;
    this.version += 1;
    return {
      config: this.config,
      snapshot,
      history: { steps: [...this.history.steps], train: [...this.history.train], test: [...this.history.test] },
      state,
      stepsPerSecond,
      decision,
      version: this.version,
    };
  }
}
