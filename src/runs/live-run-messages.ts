import type { ExperimentConfig } from '../experiment/config.js';
import type { RunView } from './live-run.js';

/** From the UI thread to the training worker. */
export type CommandMessage =
  | { readonly type: 'pause'; readonly isPaused: boolean }
  | { readonly type: 'speed'; readonly stepsPerSecond: number }
  | { readonly type: 'step' }
  | { readonly type: 'restart'; readonly config: ExperimentConfig }
  | { readonly type: 'grid'; readonly columns: number; readonly rows: number }
  | { readonly type: 'stop' };

/** From the training worker to the UI thread. */
export type ViewMessage = { readonly type: 'view'; readonly view: RunView } | { readonly type: 'failure'; readonly message: string };

/** What the worker is started with (its `workerData`). */
export type WorkerStart = { readonly config: ExperimentConfig; readonly stepsPerSecond: number };
