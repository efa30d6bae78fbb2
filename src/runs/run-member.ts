import { datasets } from '../data/index.js';
import type { PlaneBounds, PlotPoint } from '../metrics/decision-grid.js';
import { decisionGrid, planeBounds, plotPoints } from '../metrics/decision-grid.js';
import type { ExperimentConfig } from '../experiment/config.js';
import { Session } from '../experiment/session.js';
import type { TheoryRecord } from '../experiment/network-theory.js';
import { networkTheory } from '../experiment/network-theory.js';
import type { LayerSignal } from '../metrics/signal.js';
import type { DatasetCache } from './dataset-cache.js';
import { LossHistoryRecorder } from './loss-history.js';
import { RateMeter } from './rate-meter.js';
import type { RunSpec, RunState, RunView } from './run-view.js';

/** A decision map's size in cells; 0 x 0 for none. */
export type GridSize = { readonly columns: number; readonly rows: number };

/**
 * One run of a group: its session (under the stopping rule), its loss history and rate, and
 * how it measures a view. Plain TypeScript: the group decides when it trains and measures.
 */
export class RunMember {
  private session: Session;
  private readonly history = new LossHistoryRecorder();
  private readonly rate = new RateMeter();
  private bounds: PlaneBounds | undefined;
  private points: PlotPoint[] = [];
  private version = 0;
  private current: RunView | undefined;
  private spec: RunSpec;
  private theory!: TheoryRecord;
  private initialLayers: readonly LayerSignal[] = [];

  constructor(
    readonly index: number,
    spec: RunSpec,
    private readonly cache: DatasetCache,
  ) {
    this.spec = spec;
    this.session = this.newSession();
  }

  /** The run's config as it runs now (a reseed changes the seed). */
  get config(): ExperimentConfig {
    return this.spec.config;
  }

  /** True once the stopping rule has ended the run. */
  get isDone(): boolean {
    return this.session.isDone;
  }

  /** Training steps taken so far. */
  get step(): number {
    return this.session.step;
  }

  /** The latest view measured (undefined before the first). */
  get view(): RunView | undefined {
    return this.current;
  }

  /** True when the run has trained since its last view, or has none yet. */
  get hasMoved(): boolean {
    return this.current === undefined || this.current.snapshot.step !== this.session.step;
  }

  /** Trains up to `count` steps under the stopping rule; returns the steps taken. */
  advance(count: number): number {
    return this.session.advance(count);
  }

  /** Starts over from step 0 with `config` (the same one to restart, another seed to reseed). */
  restart(config: ExperimentConfig): void {
    this.spec = { ...this.spec, config };
    this.session = this.newSession();
    this.history.reset();
    this.rate.reset();
  }

  /** Measures a new view at `time` (ms): snapshot, history point, rate, and the decision map if `grid` asks. */
  measure(time: number, isPaused: boolean, grid: GridSize | undefined): RunView {
    const snapshot = this.session.snapshot();
    this.history.record(snapshot.step, snapshot.trainLoss, snapshot.testLoss);
    const reason = this.session.stopReason;
    const state: RunState =
      reason === 'diverged' ? 'diverged' : reason === 'converged' ? 'converged' : reason === 'steps' ? 'finished' : isPaused ? 'paused' : 'running';
    const decision =
      this.bounds && grid && grid.columns > 0 && grid.rows > 0
        ? { grid: decisionGrid(this.session.network, this.bounds, grid.columns, grid.rows), points: this.points }
        : undefined;
    this.version += 1;
    this.current = {
      index: this.index,
      label: this.spec.label,
      config: this.spec.config,
      snapshot,
      history: this.history.history(),
      state,
      stepsToTarget: this.session.stepsToTarget,
      stepsPerSecond: this.rate.read(time, snapshot.step),
      decision,
      theory: this.theory,
      initialLayers: this.initialLayers,
      version: this.version,
    };
    return this.current;
  }

  private newSession(): Session {
    const { config } = this.spec;
    const session = new Session(config, { dataset: this.cache.get(config) });
    const { train } = session.dataset;
    this.bounds = datasets[config.dataset].isPlanar ? planeBounds(train) : undefined;
    this.points = this.bounds ? plotPoints(train, this.bounds) : [];
    this.theory = networkTheory(config, session.dataset, session.network.outputs);
    this.initialLayers = session.signal();
    return session;
  }
}
