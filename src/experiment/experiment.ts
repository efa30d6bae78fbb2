import type { LayerWeights } from '../engine/network.js';
import type { LayerSignal } from '../metrics/signal.js';
import type { ExperimentConfig } from './config.js';
import type { Snapshot } from './session.js';
import { Session } from './session.js';

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

/**
 * Trains `config.steps` steps, logging step 0, every multiple of `config.logEvery` and the last
 * step (each record is also passed to `onRecord` as soon as it is made). Stops early, with
 * `diverged: true`, when the loss stops being finite.
 */
export function runExperiment(
  config: ExperimentConfig,
  onRecord?: (record: StepRecord) => void,
  options: { readonly isRecordingBatches?: boolean } = {},
): ExperimentResult {
  const session = new Session(config, options);
  const initialWeights = session.network.weights();
  const records: StepRecord[] = [];
  const log = (snapshot: Snapshot): Snapshot => {
    const record = toStepRecord(snapshot);
    records.push(record);
    onRecord?.(record);
    return snapshot;
  };
  let last = log(session.snapshot());
  let trainingMilliseconds = 0;
  while (session.step < config.steps && !last.diverged) {
    const nextLog = Math.min(config.steps, (Math.floor(session.step / config.logEvery) + 1) * config.logEvery);
    const started = now();
    session.train(nextLog - session.step);
    trainingMilliseconds += now() - started;
    last = log(session.snapshot());
  }
  const summary: SummaryRecord = {
    type: 'summary',
    steps: session.step,
    finalTrainLoss: last.trainLoss,
    finalTestLoss: last.testLoss,
    finalTrainAccuracy: last.trainAccuracy,
    finalTestAccuracy: last.testAccuracy,
    diverged: last.diverged,
    ...(last.divergedAtStep === undefined ? {} : { divergedAtStep: last.divergedAtStep }),
    stepsPerSecond: trainingMilliseconds > 0 ? (session.step * 1000) / trainingMilliseconds : 0,
  };
  return { config, records, summary, initialWeights, finalWeights: session.network.weights(), session };
}
