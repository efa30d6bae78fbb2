import { ConfigError } from './config-error.js';
import type { Dataset } from '../data/dataset.js';
import { loadDataset } from '../data/index.js';
import type { Batch } from '../engine/network.js';
import { Network } from '../engine/network.js';
import type { Optimizer } from '../engine/optimizers/index.js';
import { createOptimizer } from '../engine/optimizers/index.js';
import { createRng } from '../engine/rng.js';
import type { LayerSignal } from '../metrics/signal.js';
import { networkSignal } from '../metrics/signal.js';
import type { LayerSymmetry } from '../metrics/symmetry.js';
import { networkSymmetry } from '../metrics/symmetry.js';
import { BatchSampler } from './batch-sampler.js';
import type { ExperimentConfig } from './config.js';
import { assertExperimentConfig } from './config.js';
import type { StopReason } from './stopping-rule.js';
import { CHECK_STEPS, isConverged, nextCheckStep } from './stopping-rule.js';

/** Rows of the training set the signal metrics (and LSUV) are measured on, at most. */
export const PROBE_ROWS = 256;

/** The settings that decide a run's data: runs that agree on them can share one loaded dataset. */
export type DataKey = Pick<ExperimentConfig, 'dataset' | 'samples' | 'noise' | 'testFraction' | 'seed'>;

/** A text that is equal for two configs exactly when they make the same data. */
export function dataKeyOf(config: DataKey): string {
  return JSON.stringify([config.dataset, config.samples, config.noise, config.testFraction, config.seed]);
}

/**
 * Loads and standardises a config's dataset from the `data` stream of its seed: what a
 * {@link Session} trains on. Load it once and hand it to every session with the same
 * {@link dataKeyOf} (a compare of six inits loads digits once, not six times).
 */
export function prepareDataset(config: DataKey): Dataset {
  const dataset = loadDataset(config.dataset, createRng(config.seed).derive('data'), {
    samples: config.samples,
    noise: config.noise,
    testFraction: config.testFraction,
  });
  const total = dataset.train.rows + dataset.test.rows;
  // One standardised row is all zeros: a split that leaves (almost) nothing to train on is a mistake.
  if (dataset.train.rows < MIN_TRAIN_ROWS) {
    throw new ConfigError(`test fraction ${config.testFraction} leaves ${dataset.train.rows} training row${dataset.train.rows === 1 ? '' : 's'} of ${total} ${config.dataset} samples; at least ${MIN_TRAIN_ROWS} must train (lower --test-fraction or raise --samples)`);
  }
  if (config.testFraction > 0 && dataset.test.rows === 0) {
    throw new ConfigError(`test fraction ${config.testFraction} of ${total} ${config.dataset} samples holds out no row; raise it, or give 0 for no test set`);
  }
  return dataset;
}

/** The fewest training rows a run accepts. */
export const MIN_TRAIN_ROWS = 4;

/** One frozen look at a run. */
export type Snapshot = {
  /** Training steps taken so far. */
  readonly step: number;
  readonly trainLoss: number;
  readonly testLoss: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  /** One entry per hidden layer. */
  readonly symmetry: readonly LayerSymmetry[];
  /** One entry per layer with weights, the output layer last. */
  readonly layers: readonly LayerSignal[];
  /** True once the loss became NaN or infinite; training stops there. */
  readonly diverged: boolean;
  /** The step at which the loss was first not finite. */
  readonly divergedAtStep: number | undefined;
};

/** Options of a {@link Session}. */
export type SessionOptions = {
  /** The prepared data ({@link prepareDataset} of a config with the same {@link dataKeyOf}); loaded when left out. */
  readonly dataset?: Dataset;
  /** Keep every mini-batch's rows (see {@link Session.recordedBatches}). */
  readonly isRecordingBatches?: boolean;
  /** Hears each mini-batch's training-row indices as it is drawn (a view, valid during the call); not called for full batch. */
  readonly onBatch?: (rows: Int32Array) => void;
};

/**
 * One experiment in progress: the dataset, the network and its optimizer, all made from the
 * config's one seed (data from the `data` stream, weights from `init`, batch order from
 * `batches`, so changing the init never changes the data or the batch order). It keeps the
 * stopping rule ({@link Session.advance}): every driver that steps it ends at the same step.
 */
export class Session {
  readonly dataset: Dataset;
  readonly network: Network;
  readonly optimizer: Optimizer;
  private readonly sampler: BatchSampler;
  private readonly probe: Batch;
  private stepCount = 0;
  private divergedAt: number | undefined;
  private isConvergedAtCheck = false;
  private targetStep: number | undefined;
  private lastCheckedStep = -1;
  private trainEvaluation: { readonly step: number; readonly loss: number; readonly accuracy: number } | undefined;

  constructor(
    readonly config: ExperimentConfig,
    options: SessionOptions = {},
  ) {
    assertExperimentConfig(config);
    const rng = createRng(config.seed);
    if (options.dataset && options.dataset.name !== config.dataset) {
      throw new Error(`Session: the dataset given is ${options.dataset.name}, the config trains on ${config.dataset}`);
    }
    this.dataset = options.dataset ?? prepareDataset(config);
    const { train } = this.dataset;
    const inputs = this.dataset.inputs;
    const probeRows = Math.min(PROBE_ROWS, train.rows);
    this.probe = { x: train.x.subarray(0, probeRows * inputs), y: train.y.subarray(0, probeRows), rows: probeRows };
    this.network = new Network(
      {
        inputs,
        hidden: config.hidden,
        classes: this.dataset.classes,
        activation: config.activation,
        init: config.init,
        initScale: config.initScale,
        bias: config.bias,
        biasInit: config.biasInit,
        seed: config.seed,
      },
      rng.derive('init'),
      this.probe,
    );
    this.optimizer = createOptimizer(config.optimizer, config.lr);
    this.sampler = new BatchSampler(train, config.batch, rng.derive('batches'), options.isRecordingBatches, options.onBatch);
  }

  /** Why the run stopped, or undefined while it goes on (see the stopping rule). */
  get stopReason(): StopReason | undefined {
    if (this.divergedAt !== undefined) return 'diverged';
    if (this.isConvergedAtCheck) return 'converged';
    if (this.stepCount >= this.config.steps) return 'steps';
    return undefined;
  }

  /** True once the run has stopped: no more steps will be taken. */
  get isDone(): boolean {
    return this.stopReason !== undefined;
  }

  /**
   * The first check step (0, every multiple of 100, and the last step) at which the loss on the
   * whole training set was at most `config.targetLoss`; undefined until then.
   */
  get stepsToTarget(): number | undefined {
    return this.targetStep;
  }

  /**
   * Trains up to `count` more steps under the stopping rule and returns how many it took: never
   * past `config.steps`, never across a check step (0, every multiple of 100, the last step).
   * At a check step it evaluates the training set once: a loss that is not finite is divergence,
   * the target loss is noted, and with `until: 'converged'` a converged run stops there. Call it
   * in any chunks: the run takes the same steps and stops at the same one.
   */
  advance(count: number): number {
    this.check();
    let taken = 0;
    while (taken < count && !this.isDone) {
      const limit = Math.min(nextCheckStep(this.stepCount), this.config.steps);
      const trained = this.train(Math.min(count - taken, limit - this.stepCount));
      taken += trained;
      this.check();
      if (trained === 0) break;
    }
    return taken;
  }

  /** Loss and accuracy on the whole training set at this step (measured once per step). */
  evaluateTrain(): { readonly loss: number; readonly accuracy: number } {
    if (this.trainEvaluation?.step !== this.stepCount) {
      const { loss, accuracy } = this.network.evaluate(this.dataset.train);
      this.trainEvaluation = { step: this.stepCount, loss, accuracy };
    }
    return this.trainEvaluation;
  }

  /** Applies the stopping rule if this step is a check step not yet checked. */
  private check(): void {
    const step = this.stepCount;
    if (step === this.lastCheckedStep || this.divergedAt !== undefined) return;
    if (!(step === 0 || step % CHECK_STEPS === 0 || step === this.config.steps)) return;
    this.lastCheckedStep = step;
    const train = this.evaluateTrain();
    if (!Number.isFinite(train.loss)) {
      this.divergedAt = step;
      return;
    }
    if (this.targetStep === undefined && train.loss <= this.config.targetLoss) this.targetStep = step;
    if (this.config.until === 'converged' && step < this.config.steps && isConverged(train)) this.isConvergedAtCheck = true;
  }

  /** Training steps taken so far. */
  get step(): number {
    return this.stepCount;
  }

  /** The training-row indices of every mini-batch so far, if recording; undefined for full batch. */
  get recordedBatches(): readonly (readonly number[])[] | undefined {
    return this.sampler.recorded;
  }

  /** True when every step trains on the whole training set (no mini-batches to record). */
  get isFullBatch(): boolean {
    return this.sampler.isFullBatch;
  }

  /** True once the loss became NaN or infinite. */
  get diverged(): boolean {
    return this.divergedAt !== undefined;
  }

  /**
   * Runs up to `count` training steps (fewer if the run diverges) and returns how many ran,
   * without the stopping rule: drivers call {@link Session.advance}.
   */
  train(count: number): number {
    let taken = 0;
    while (taken < count && this.divergedAt === undefined) {
      const loss = this.network.trainStep(this.sampler.next(), this.optimizer);
      if (!Number.isFinite(loss)) {
        // The loss of this step's batch, before its update, was already not finite.
        this.divergedAt = this.stepCount;
        break;
      }
      this.stepCount += 1;
      taken += 1;
    }
    return taken;
  }


  /** Measures the run as it is now (losses on the full train and test sets, symmetry, signal). */
  /** Per-layer signal statistics on the probe batch now: the snapshot's `layers`, without the rest. */
  signal(): LayerSignal[] {
    return networkSignal(this.network, this.probe);
  }

  snapshot(): Snapshot {
    this.check();
    const train = this.evaluateTrain();
    // With no held-out rows (testFraction 0) the test figures are the training ones.
    const test = this.dataset.test.rows > 0 ? this.network.evaluate(this.dataset.test) : train;
    return Object.freeze({
      step: this.stepCount,
      trainLoss: train.loss,
      testLoss: test.loss,
      trainAccuracy: train.accuracy,
      testAccuracy: test.accuracy,
      symmetry: networkSymmetry(this.network),
      layers: this.signal(),
      diverged: this.divergedAt !== undefined,
      divergedAtStep: this.divergedAt,
    });
  }
}
