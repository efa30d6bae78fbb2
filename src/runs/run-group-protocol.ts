import type { StepRecord, SummaryRecord } from '../experiment/experiment.js';
import type { SweepJob } from '../experiment/sweep-plan.js';
import type { SweepRunRecord } from '../experiment/sweep-run.js';
import type { DecisionRequest } from './run-group.js';
import type { RunSpec, RunView } from './run-view.js';

/** A run as a worker gets it: its place in the whole group and its spec. */
export type IndexedRun = { readonly index: number; readonly spec: RunSpec };

/**
 * What a group worker is started with (its `workerData`). `live`: the runs train at a pace under
 * the controller's commands and post views (the app). `log`: the runs train flat out and post the
 * records of their logged steps and their summaries (headless compare), at most `window`
 * records ahead of what the main thread has acknowledged, so memory stays flat.
 */
export type GroupWorkerStart =
  | { readonly mode: 'live'; readonly runs: readonly IndexedRun[]; readonly stepsPerSecond: number; readonly isPaused: boolean }
  | { readonly mode: 'log'; readonly runs: readonly IndexedRun[]; readonly window: number }
  /** queue: the worker trains one sweep job at a time as the main thread hands them out, and posts each run's record. */
  | { readonly mode: 'queue' };

/** From the main thread to a group worker. */
export type GroupCommand =
  | { readonly type: 'pause'; readonly isPaused: boolean }
  | { readonly type: 'speed'; readonly stepsPerSecond: number }
  | { readonly type: 'step' }
  | { readonly type: 'restart'; readonly seed: number }
  | { readonly type: 'decision'; readonly request: DecisionRequest | undefined }
  /** log mode: `count` more records were written out. */
  | { readonly type: 'ack'; readonly count: number }
  /** queue mode: train this job next. */
  | { readonly type: 'job'; readonly job: SweepJob }
  | { readonly type: 'stop' };

/** From a group worker to the main thread. */
export type GroupReport =
  | { readonly type: 'views'; readonly views: readonly RunView[] }
  | { readonly type: 'record'; readonly index: number; readonly record: StepRecord }
  | { readonly type: 'summary'; readonly index: number; readonly summary: SummaryRecord }
  | { readonly type: 'run'; readonly record: SweepRunRecord }
  | { readonly type: 'failure'; readonly message: string };
