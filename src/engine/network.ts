import { ActivationLayer } from './activation-layer.js';
import type { ActivationName } from './activations.js';
import { activations } from './activations.js';
import { DenseLayer } from './dense-layer.js';
import { BufferPool } from './layer.js';
import type { BiasInitName } from './bias-initializers.js';
import { checkInputs, checkLabels, checkNetworkConfig } from './network-checks.js';
import { biasInitializers } from './bias-initializers.js';
import type { CalibrationReport, CalibrationTarget } from './initializer.js';
import type { InitName } from './initializers/index.js';
import { initializers } from './initializers/index.js';
import type { Loss } from './losses.js';
import { lossForClasses } from './losses.js';
import type { Optimizer } from './optimizers/optimizer.js';
import type { Param } from './param.js';
import type { Rng } from './rng.js';
import { createRng } from './rng.js';

/** Everything that fixes a network before training. */
export type NetworkConfig = {
  /** Features per sample. */
  readonly inputs: number;
  /** Widths of the hidden layers, first to last (may be empty: logistic regression). */
  readonly hidden: readonly number[];
  /** Classes of the task: 2 -> one sigmoid output unit, more -> softmax over `classes` units. */
  readonly classes: number;
  /** Activation of every hidden layer. */
  readonly activation: ActivationName;
  /** Weight initializer of every layer. */
  readonly init: InitName;
  /** See {@link InitContext.scale}. Default 1. */
  readonly initScale?: number;
  /** `--bias`: the constant, half width or std of the bias init (see {@link BiasInitializer}). Default 0. */
  readonly bias?: number;
  /** How biases start. Default `constant` (every bias = `bias`). */
  readonly biasInit?: BiasInitName;
  /** Seed of the run; the weights come from its derived `init` stream. Default 1. */
  readonly seed?: number | string;
};

/** A batch of samples: `rows` rows of `x` (row-major) and their class labels. */
export type Batch = { readonly x: Float64Array; readonly y: Int32Array; readonly rows: number };

/** One layer's weights and biases as plain arrays, W row-major fanIn x fanOut. */
export type LayerWeights = {
  readonly fanIn: number;
  readonly fanOut: number;
  readonly weights: number[];
  readonly bias: number[];
};

/**
 * A multilayer perceptron: dense layers with one hidden activation, and an output layer whose
 * nonlinearity lives in the loss (sigmoid + BCE for 2 classes, softmax + CE for more).
 */
export class Network {
  /** Layers with weights, hidden first, output last. */
  readonly denseLayers: DenseLayer[] = [];
  /** One per hidden layer: activationLayers[i] follows denseLayers[i]. */
  readonly activationLayers: ActivationLayer[] = [];
  readonly loss: Loss;
  /** Logits per sample. */
  readonly outputs: number;
  /** What LSUV did, when the init was data-dependent. */
  calibration: CalibrationReport | undefined;
  private readonly allParams: Param[];
  /** dL/dlogits, one buffer per batch size. */
  private readonly lossGradients: BufferPool;

  /**
   * Builds and initializes the network from `rng` (the run's `init` stream). `calibrationBatch`
   * is needed by data-dependent initializers (lsuv); without it they stay at their first phase.
   */
  constructor(
    readonly config: NetworkConfig,
    rng: Rng,
    calibrationBatch?: { readonly x: Float64Array; readonly rows: number },
  ) {
    checkNetworkConfig(config);
    const { inputs, hidden, classes } = config;
    this.loss = lossForClasses(classes);
    this.outputs = this.loss.outputsFor(classes);
    this.lossGradients = new BufferPool(this.outputs);
    const activation = activations[config.activation];
    const widths = [inputs, ...hidden, this.outputs];
    for (let i = 0; i + 1 < widths.length; i++) {
      this.denseLayers.push(new DenseLayer(`layer${i + 1}`, widths[i], widths[i + 1], i > 0));
      if (i < hidden.length) this.activationLayers.push(new ActivationLayer(activation, widths[i + 1]));
    }
    this.allParams = this.denseLayers.flatMap((layer) => layer.params());

    const initializer = initializers[config.init];
    const scale = config.initScale ?? 1;
    const bias = config.bias ?? 0;
    const biasInitializer = biasInitializers[config.biasInit ?? 'constant'];
    this.denseLayers.forEach((layer, layerIndex) => {
      const weights = initializer.init(rng.derive(`layer${layerIndex + 1}`), {
        shape: { fanIn: layer.inputs, fanOut: layer.outputs },
        activation,
        scale,
        layerIndex,
        layerCount: this.denseLayers.length,
      });
      layer.weights.value.set(weights);
      // Biases come from their own stream per layer, so the bias init never shifts the weights.
      layer.bias.value.set(biasInitializer.init(rng.derive(`layer${layerIndex + 1}.bias`), layer.inputs, layer.outputs, bias));
    });
    if (initializer.calibrate && calibrationBatch) {
      this.calibration = initializer.calibrate(this.calibrationTarget(calibrationBatch));
    }
  }

  /** Every trainable parameter, layer by layer (weights then bias). */
  params(): Param[] {
    return this.allParams;
  }

  /** Runs `rows` samples forward and returns the logits (rows x outputs; reused buffer). */
  forward(x: Float64Array, rows: number): Float64Array {
    checkInputs(x, rows, this.config.inputs, 'forward');
    return this.forwardTrusted(x, rows);
  }

  /** {@link forward} without the input checks: for callers that checked the batch already. */
  private forwardTrusted(x: Float64Array, rows: number): Float64Array {
    let signal = x;
    for (let i = 0; i < this.denseLayers.length; i++) {
      signal = this.denseLayers[i].forward(signal, rows);
      if (i < this.activationLayers.length) signal = this.activationLayers[i].forward(signal, rows);
    }
    return signal;
  }

  /**
   * Forward and backward on one batch: leaves dL/dparam in every param's `grad` and returns the
   * mean loss. Does not change the weights.
   */
  computeGradients(batch: Batch): number {
    this.checkBatch(batch, 'computeGradients');
    const { rows } = batch;
    const logits = this.forwardTrusted(batch.x, rows);
    const lossGradient = this.lossGradients.get(rows);
    const loss = this.loss.evaluate(logits, batch.y, rows, this.outputs, lossGradient);
    let gradient = lossGradient;
    for (let i = this.denseLayers.length - 1; i >= 0; i--) {
      gradient = this.denseLayers[i].backward(gradient, rows);
      if (i > 0) gradient = this.activationLayers[i - 1].backward(gradient, rows);
    }
    return loss;
  }

  /** One training step: gradients on `batch`, then `optimizer` updates every param. Returns the loss before the step. */
  trainStep(batch: Batch, optimizer: Optimizer): number {
    const loss = this.computeGradients(batch);
    optimizer.step(this.allParams);
    return loss;
  }

  /** Mean loss and accuracy (fraction correct) on a batch, without touching gradients. */
  evaluate(batch: Batch): { loss: number; accuracy: number } {
    this.checkBatch(batch, 'evaluate');
    const logits = this.forwardTrusted(batch.x, batch.rows);
    const loss = this.loss.evaluate(logits, batch.y, batch.rows, this.outputs);
    let correct = 0;
    for (let r = 0; r < batch.rows; r++) if (this.loss.predict(logits, r, this.outputs) === batch.y[r]) correct++;
    return { loss, accuracy: batch.rows === 0 ? 0 : correct / batch.rows };
  }

  /** Class probabilities for `rows` samples, written to `out` (rows x classes). */
  probabilities(x: Float64Array, rows: number, out: Float64Array): void {
    const classes = this.config.classes;
    if (!(out instanceof Float64Array) || out.length < rows * classes) {
      throw new RangeError(`probabilities: out must be a Float64Array of at least rows x classes = ${rows * classes} values, got ${out instanceof Float64Array ? out.length : Object.prototype.toString.call(out)}`);
    }
    const logits = this.forward(x, rows);
    this.loss.probabilities(logits, rows, this.outputs, out);
  }

  /** Throws a RangeError unless the batch's rows, inputs and labels fit this network. */
  private checkBatch(batch: Batch, what: string): void {
    if (typeof batch !== 'object' || batch === null) throw new RangeError(`${what}: a batch must be { x, y, rows }`);
    checkInputs(batch.x, batch.rows, this.config.inputs, what);
    checkLabels(batch.y, batch.rows, this.config.classes, what);
  }

  /** A copy of every layer's weights and biases. */
  weights(): LayerWeights[] {
    return this.denseLayers.map((layer) => ({
      fanIn: layer.inputs,
      fanOut: layer.outputs,
      weights: Array.from(layer.weights.value),
      bias: Array.from(layer.bias.value),
    }));
  }

  private calibrationTarget(batch: { readonly x: Float64Array; readonly rows: number }): CalibrationTarget {
    return {
      layerCount: this.denseLayers.length,
      preActivations: (layer) => {
        let signal = batch.x;
        for (let i = 0; i <= layer; i++) {
          signal = this.denseLayers[i].forward(signal, batch.rows);
          if (i < layer) signal = this.activationLayers[i].forward(signal, batch.rows);
        }
        return signal;
      },
      scaleLayerWeights: (layer, factor) => {
        const weights = this.denseLayers[layer].weights.value;
        for (let i = 0; i < weights.length; i++) weights[i] *= factor;
      },
    };
  }
}

/**
 * What {@link createNetwork} takes: a NetworkConfig, where the output may be given as `outputs`
 * instead of `classes` (1 output = a sigmoid unit for 2 classes, k > 1 = softmax over k).
 */
export type NetworkOptions = Omit<NetworkConfig, 'classes'> & { readonly classes?: number; readonly outputs?: number };

/**
 * Builds a network from its config alone: the weights come from `createRng(seed).derive('init')`.
 * Data-dependent inits (lsuv) need `calibrationBatch`. Throws RangeError for a config that says
 * neither `classes` nor `outputs`, or lsuv without a batch.
 */
export function createNetwork(options: NetworkOptions, calibrationBatch?: { readonly x: Float64Array; readonly rows: number }): Network {
  const classes = options.classes ?? (options.outputs === 1 ? 2 : options.outputs);
  if (classes === undefined || !Number.isInteger(classes) || classes < 2) {
    throw new RangeError(`createNetwork needs classes (>= 2) or outputs (>= 1), got classes ${options.classes}, outputs ${options.outputs}`);
  }
  checkNetworkConfig({ ...options, classes });
  if (initializers[options.init].calibrate && !calibrationBatch) {
    throw new RangeError(`init '${options.init}' calibrates on data: pass a calibration batch ({ x, rows }) to createNetwork`);
  }
  const { outputs: _outputs, ...rest } = options;
  return new Network({ ...rest, classes }, createRng(options.seed ?? 1).derive('init'), calibrationBatch);
}
