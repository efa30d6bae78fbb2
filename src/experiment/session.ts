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

/** Rows of the training set the signal metrics (and LSUV) are measured on, at most. */
export const PROBE_ROWS = 256;

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

/**
 * One experiment in progress: the dataset, the network and its optimizer, all made from the
 * config's one seed (data from the `data` stream, weights from `init`, batch order from
 * `batches`, so changing the init never changes the data or the batch order).
 */
export class Session {
  readonly dataset: Dataset;
  readonly network: Network;
  readonly optimizer: Optimizer;
  private readonly sampler: BatchSampler;
  private readonly probe: Batch;
  private stepCount = 0;
  private divergedAt: number | undefined;

  /** @param options.isRecordingBatches keep every mini-batch's rows (see {@link Session.recordedBatches}) */
  constructor(
    readonly config: ExperimentConfig,
    options: { readonly isRecordingBatches?: boolean } = {},
  ) {
    const rng = createRng(config.seed);
    this.dataset = loadDataset(config.dataset, rng.derive('data'), {
      samples: config.samples,
      noise: config.noise,
      testFraction: config.testFraction,
    });
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
        seed: config.seed,
      },
      rng.derive('init'),
      this.probe,
    );
    this.optimizer = createOptimizer(config.optimizer, config.lr);
    this.sampler = new BatchSampler(train, config.batch, rng.derive('batches'), options.isRecordingBatches);
  }

  /** Training steps taken so far. */
  get step(): number {
    return this.stepCount;
  }

  /** The training-row indices of every mini-batch so far, if recording; undefined for full batch. */
  get recordedBatches(): readonly (readonly number[])[] | undefined {
    return this.sampler.recorded;
  }

  /** True once the loss became NaN or infinite. */
  get diverged(): boolean {
    return this.divergedAt !== undefined;
  }

  /** Runs up to `count` training steps (fewer if the run diverges) and returns how many ran. */
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
  snapshot(): Snapshot {
    const train = this.network.evaluate(this.dataset.train);
    // With no held-out rows (testFraction 0) the test figures are the training ones.
    const test = this.dataset.test.rows > 0 ? this.network.evaluate(this.dataset.test) : train;
    if (this.divergedAt === undefined && !(Number.isFinite(train.loss) && Number.isFinite(test.loss))) {
      this.divergedAt = this.stepCount;
    }
    return Object.freeze({
      step: this.stepCount,
      trainLoss: train.loss,
      testLoss: test.loss,
      trainAccuracy: train.accuracy,
      testAccuracy: test.accuracy,
      symmetry: networkSymmetry(this.network),
      layers: networkSignal(this.network, this.probe),
      diverged: this.divergedAt !== undefined,
      divergedAtStep: this.divergedAt,
    });
  }
}
