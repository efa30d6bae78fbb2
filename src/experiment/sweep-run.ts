import type { ActivationName } from '../engine/activations.js';
import type { Dataset } from '../data/dataset.js';
import type { ExperimentConfig } from './config.js';
import { experimentRecords } from './experiment.js';
import { Session } from './session.js';
import type { SweepJob } from './sweep-plan.js';

/** One finished run of a sweep: the `"type":"run"` line of `sweep --json` and of `run --job`. */
export type SweepRunRecord = {
  readonly type: 'run';
  readonly index: number;
  readonly scale: number;
  readonly depth: number;
  readonly activation: ActivationName;
  readonly seed: number;
  readonly steps: number;
  readonly finalTrainLoss: number;
  readonly finalTestLoss: number;
  readonly finalTrainAccuracy: number;
  readonly finalTestAccuracy: number;
  /** First check step (every 100) with train loss <= targetLoss; null if none. */
  readonly stepsToTarget: number | null;
  readonly diverged: boolean;
  /** Loss of the best constant guess (entropy of the training labels, nats): what "learnt nothing" scores. */
  readonly baselineLoss: number;
  /** The run's whole config, so a record can be rerun or collected on its own. */
  readonly config: ExperimentConfig;
};

/** Entropy of the training labels in nats: the loss of predicting the class frequencies. */
export function baselineLossOf(dataset: Dataset): number {
  const counts = new Array<number>(dataset.classes).fill(0);
  for (let row = 0; row < dataset.train.rows; row++) counts[dataset.train.y[row]] += 1;
  let entropy = 0;
  for (const count of counts) if (count > 0) entropy -= (count / dataset.train.rows) * Math.log(count / dataset.train.rows);
  return entropy;
}

/**
 * Trains one sweep job to its end under the stopping rule, exactly as `init-tui run` would
 * train its config, and returns its record. `dataset` may be shared by jobs with the same seed.
 */
export function runSweepJob(job: SweepJob, dataset?: Dataset): SweepRunRecord {
  const session = new Session(job.config, { dataset });
  const sequence = experimentRecords(session);
  let next = sequence.next();
  while (!next.done) next = sequence.next();
  const summary = next.value;
  return {
    type: 'run',
    index: job.index,
    scale: job.scale,
    depth: job.depth,
    activation: job.activation,
    seed: job.seed,
    steps: summary.steps,
    finalTrainLoss: summary.finalTrainLoss,
    finalTestLoss: summary.finalTestLoss,
    finalTrainAccuracy: summary.finalTrainAccuracy,
    finalTestAccuracy: summary.finalTestAccuracy,
    stepsToTarget: summary.stepsToTarget,
    diverged: summary.diverged,
    baselineLoss: baselineLossOf(session.dataset),
    config: job.config,
  };
}
