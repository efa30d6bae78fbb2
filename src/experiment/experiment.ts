import type { LayerWeights } from '../engine/network.js';
import type { LayerSignal } from '../metrics/signal.js';
import type { Dataset } from '../data/dataset.js';
import type { ExperimentConfig } from './config.js';
import type { Snapshot } from './session.js';
import { Session } from './session.js';
import type { StopReason } from './stopping-rule.js';

/** One logged step as `init-tui run --json` prints it. */
export type StepRecord = {
  readonly type: 'step';
  readonly step: number;
  readonly trainLoss: number;
  readonly testLoss: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly symmetry: ReadonlyArray<{
    readonly layer: number;
    readonly units: number;
    readonly maxDistance: number;
    readonly minDistance: number;
    readonly distinctUnits: number;
    readonly broken: boolean;
  }>;
  readonly layers: readonly LayerSignal[];
};

/** The last line of `init-tui run --json`. */
export type SummaryRecord = {
  readonly type: 'summary';
  readonly steps: number;
  readonly finalTrainLoss: number;
  readonly finalTestLoss: number;
  readonly finalTrainAccuracy: number;
  readonly finalTestAccuracy: number;
  readonly diverged: boolean;
  /** The step at which the loss stopped being finite (absent when it did not). */
  readonly divergedAtStep?: number;
  /** Why training stopped: all `steps` taken, converged (with `until: converged`), or diverged. */
  readonly stoppedBy: StopReason;
  /** The first check step (0, every 100, the last) whose train loss was at most `targetLoss`; null if none. */
  readonly stepsToTarget: number | null;
  /** Training steps per second, measured over the training steps alone (not the logging). */
  readonly stepsPerSecond: number;
};

/** A whole run: what it logged, its summary, and the weights before and after. */
export type ExperimentResult = {
  readonly config: ExperimentConfig;
  readonly records: readonly StepRecord[];
  readonly summary: SummaryRecord;
  readonly initialWeights: readonly LayerWeights[];
  readonly finalWeights: readonly LayerWeights[];
  readonly session: Session;
};

/** A snapshot as a log record (the distance matrices left out). */
export function toStepRecord(snapshot: Snapshot): StepRecord {
  return {
    type: 'step',
    step: snapshot.step,
    trainLoss: snapshot.trainLoss,
    testLoss: snapshot.testLoss,
    trainAccuracy: snapshot.trainAccuracy,
    testAccuracy: snapshot.testAccuracy,
    symmetry: snapshot.symmetry.map(({ layer, units, maxDistance, minDistance, distinctUnits, broken }) => ({
      layer,
      units,
      maxDistance,
      minDistance,
      distinctUnits,
      broken,
    })),
    layers: snapshot.layers,
  };
}

/** Now, in milliseconds, from a monotonic clock. */
const now = (): number => performance.now();

/** How a run is set up beyond its config. */
export type ExperimentOptions = {
  /** Keep every mini-batch's rows (for `--dump`). */
  readonly isRecordingBatches?: boolean;
  /** The prepared data, shared by runs with the same data settings (see prepareDataset). */
  readonly dataset?: Dataset;
};

/**
 * A run as a sequence: yields the record of step 0, of every multiple of `config.logEvery` and of
 * the last step, one at a time, then returns the summary. Training follows the stopping rule
 * (Session.advance). `run` and `compare` both drive this, so a run gives the same numbers in
 * either, whatever interleaves it with other runs.
 */
export function* experimentRecords(session: Session): Generator<StepRecord, SummaryRecord, undefined> {
  const { config } = session;
  let last = session.snapshot();
  yield toStepRecord(last);
  let trainingMilliseconds = 0;
  while (!session.isDone) {
    const nextLog = Math.min(config.steps, (Math.floor(session.step / config.logEvery) + 1) * config.logEvery);
    const started = now();
    while (session.step < nextLog && !session.isDone) session.advance(nextLog - session.step);
    trainingMilliseconds += now() - started;
    last = session.snapshot();
    yield toStepRecord(last);
  }
  return {
    type: 'summary',
    steps: session.step,
    finalTrainLoss: last.trainLoss,
    finalTestLoss: last.testLoss,
    finalTrainAccuracy: last.trainAccuracy,
    finalTestAccuracy: last.testAccuracy,
    diverged: last.diverged,
    ...(last.divergedAtStep === undefined ? {} : { divergedAtStep: last.divergedAtStep }),
    stoppedBy: session.stopReason ?? 'steps',
    stepsToTarget: session.stepsToTarget ?? null,
    stepsPerSecond: trainingMilliseconds > 0 ? (session.step * 1000) / trainingMilliseconds : 0,
  };
}

/**
 * Trains under the stopping rule (at most `config.steps` steps), logging step 0, every multiple
 * of `config.logEvery` and the last step (each record is also passed to `onRecord` as soon as
 * it is made). Stops early, with `diverged: true`, when the loss stops being finite, and with
 * `until: 'converged'` once converged.
 */
export function runExperiment(
  config: ExperimentConfig,
  onRecord?: (record: StepRecord) => void,
  options: ExperimentOptions = {},
): ExperimentResult {
  const session = new Session(config, options);
  const initialWeights = session.network.weights();
  const records: StepRecord[] = [];
  const sequence = experimentRecords(session);
  for (;;) {
    const next = sequence.next();
    if (next.done) return { config, records, summary: next.value, initialWeights, finalWeights: session.network.weights(), session };
    records.push(next.value);
    onRecord?.(next.value);
  }
}
