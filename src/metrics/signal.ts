import type { Batch, Network } from '../engine/network.js';
import { meanAndStd, norm } from './statistics.js';

/** |y| above this counts as saturated for tanh; sigmoid uses |2y - 1| (same bound on its own range). */
export const SATURATION_THRESHOLD = 0.99;

/** How the signal flows through one layer with weights, measured on one batch. */
export type LayerSignal = {
  /** 1-based index among the layers with weights; the output layer is last. */
  readonly layer: number;
  readonly units: number;
  readonly preActivationMean: number;
  readonly preActivationStd: number;
  /** Of the hidden activation; for the output layer, of p = P(class 1) (sigmoid) or of the softmax probabilities. */
  readonly activationMean: number;
  readonly activationStd: number;
  /**
   * Fraction of (sample, unit) activations in saturation: tanh |y| > 0.99, sigmoid
   * y < 0.005 or y > 0.995 (|2y - 1| > 0.99). 0 for other activations.
   */
  readonly saturatedFraction: number;
  /** Fraction of ReLU units that output 0 for every sample of the batch. 0 for other activations. */
  readonly deadFraction: number;
  readonly weightStd: number;
  /** ||dL/dW|| (Frobenius) on the batch. */
  readonly weightGradientNorm: number;
  readonly weightGradientStd: number;
  /** ||dL/dy|| over the batch, y the layer's activations (for the output layer, its logits). */
  readonly activationGradientNorm: number;
  readonly activationGradientStd: number;
};

/**
 * Runs `batch` forward and backward (overwriting the params' gradients, not the weights) and
 * measures every layer with weights.
 */
export function networkSignal(network: Network, batch: Batch): LayerSignal[] {
  const { rows } = batch;
  network.computeGradients(batch);
  const layerCount = network.denseLayers.length;
  // The probabilities of every class (2 columns for a binary task, whose one logit is class 1's).
  const probabilityColumns = Math.max(2, network.config.classes);
  const probabilities = new Float64Array(rows * probabilityColumns);
  return network.denseLayers.map((dense, index) => {
    const units = dense.outputs;
    const size = rows * units;
    const isOutput = index === layerCount - 1;
    const weights = meanAndStd(dense.weights.value);
    const weightGradient = dense.weights.grad;
    let preActivation: Float64Array;
    let activation: Float64Array;
    let activationSize = size;
    let activationGradient: Float64Array;
    let saturatedFraction = 0;
    let deadFraction = 0;
    if (isOutput) {
      preActivation = network.forward(batch.x, rows);
      network.loss.probabilities(preActivation, rows, network.outputs, probabilities);
      if (network.outputs === 1) {
        // binary: the sigmoid unit's own output p = P(class 1), not the constant-mean pair (1-p, p)
        activation = Float64Array.from({ length: rows }, (_, row) => probabilities[2 * row + 1]);
      } else {
        activation = probabilities;
        activationSize = rows * probabilityColumns;
      }
      activationGradient = new Float64Array(size);
      // Recompute dL/dlogits: the loss is mean-reduced, so this is what the output layer saw.
      network.loss.evaluate(preActivation, batch.y, rows, network.outputs, activationGradient);
    } else {
      const layer = network.activationLayers[index];
      preActivation = layer.lastInput;
      activation = layer.lastOutput;
      activationGradient = layer.lastGradOutput;
      const { name, isSaturating, canDie } = layer.activation;
      if (isSaturating) saturatedFraction = fractionSaturated(activation, size, name === 'sigmoid');
      if (canDie) deadFraction = fractionDead(activation, rows, units);
    }
    const pre = meanAndStd(preActivation, size);
    const post = meanAndStd(activation, activationSize);
    return {
      layer: index + 1,
      units,
      preActivationMean: pre.mean,
      preActivationStd: pre.std,
      activationMean: post.mean,
      activationStd: post.std,
      saturatedFraction,
      deadFraction,
      weightStd: weights.std,
      weightGradientNorm: norm(weightGradient),
      weightGradientStd: meanAndStd(weightGradient).std,
      activationGradientNorm: norm(activationGradient, size),
      activationGradientStd: meanAndStd(activationGradient, size).std,
    };
  });
}

function fractionSaturated(activation: Float64Array, size: number, isSigmoid: boolean): number {
  let saturated = 0;
  for (let i = 0; i < size; i++) {
    const centred = isSigmoid ? 2 * activation[i] - 1 : activation[i];
    if (Math.abs(centred) > SATURATION_THRESHOLD) saturated++;
  }
  return size === 0 ? 0 : saturated / size;
}

function fractionDead(activation: Float64Array, rows: number, units: number): number {
  let dead = 0;
  for (let unit = 0; unit < units; unit++) {
    let isDead = true;
    for (let r = 0; r < rows && isDead; r++) if (activation[r * units + unit] !== 0) isDead = false;
    if (isDead) dead++;
  }
  return units === 0 ? 0 : dead / units;
}
