import type { RunView } from './run-view.js';

/** What a group's controller holds for all its runs: one owner for pause, speed and seed. */
export type GroupSettings = {
  readonly isPaused: boolean;
  /** Steps per second of every run (Infinity: as fast as the machine goes). */
  readonly stepsPerSecond: number;
  /** The seed every run of the group trains with now (`reseed` moves it on by one). */
  readonly seed: number;
};

/** Which run draws a decision map, and how big (cells). */
export type DecisionRequest = { readonly run: number; readonly columns: number; readonly rows: number };

/**
 * A run group: 1 to N runs under one controller. One run is a group of one. Key handlers call
 * these methods directly; the UI pulls `views()` about 10 times a second. Implemented in this
 * thread ({@link LocalRunGroup}, for tests and recordings on a virtual clock) and over a pool of
 * worker threads ({@link PooledRunGroup}, the app).
 */
export type RunGroupController = {
  /** How many runs the group has. */
  readonly size: number;
  /** The latest view of each run, in run order (undefined until its first view arrives). */
  views(): readonly (RunView | undefined)[];
  /** A failure of the group itself (a worker that crashed), shown instead of the dashboard. */
  failure(): string | undefined;
  /** Pause, speed and seed, as set by the calls below (at once, before any view shows them). */
  settings(): GroupSettings;
  /** Starts (or resumes) training. */
  start(): void;
  /** Stops for good, leaving no timer or worker behind. */
  stop(): void;
  setPaused(isPaused: boolean): void;
  /** Training speed of every run, steps per second (Infinity: flat out). */
  setSpeed(stepsPerSecond: number): void;
  /** Paused: one step of every unfinished run. Running: pauses first (the next call steps). */
  stepOnce(): void;
  /** Every run starts over from step 0 with the same seed. */
  restart(): void;
  /** Every run starts over with the next seed (new data, weights and batch order). */
  reseed(): void;
  /** Asks for a decision map of one run (undefined: none). */
  setDecision(request: DecisionRequest | undefined): void;
};
