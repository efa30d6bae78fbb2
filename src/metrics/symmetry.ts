import type { DenseLayer } from '../engine/dense-layer.js';
import { multiplyTransposedRight } from '../engine/matrix.js';
import type { Network } from '../engine/network.js';

/** Distances below this fraction of the layer's weight norm count as "the same unit". */
export const SAME_UNIT_TOLERANCE = 1e-12;

/** units^2 x (fan_in + 1) above which distances come from a Gram product (about 256 x 256 x 16). */
const GRAM_THRESHOLD = 1_000_000;
/**
 * Gram-based squared distances below this fraction of ||a||^2 + ||b||^2 are recomputed as exact
 * differences: float64 cancellation errs by ~1e-16 of that sum, far below this, so no pair near
 * the same-unit threshold is decided on a cancelled value.
 */
const NEAR_FRACTION = 1e-6;

/** G = U U^T (units x units) for unit rows U (units x width), with the engine's fast kernel. */
function gramMatrix(unitRows: Float64Array, units: number, width: number): Float64Array {
  const gram = new Float64Array(units * units);
  multiplyTransposedRight(unitRows, unitRows, gram, units, width, units);
  return gram;
}

/** How far apart the units of one hidden layer are. */
export type LayerSymmetry = {
  /** 1-based index of the hidden layer. */
  readonly layer: number;
  readonly units: number;
  /**
   * units x units row-major Euclidean distances between the units' incoming weight vectors
   * (their column of W with their bias appended). Symmetric, zero diagonal.
   */
  readonly distances: Float64Array;
  /** Largest off-diagonal distance (0 for one unit). */
  readonly maxDistance: number;
  /** Smallest off-diagonal distance (0 for one unit). */
  readonly minDistance: number;
  /**
   * Number of groups of units whose distance is <= 1e-12 x the layer's weight norm (W and b
   * together); a layer that is all zero is one group. Finite weights whose norm overflows
   * group only units at distance exactly 0; NaN or infinite weights give 0 (no verdict).
   */
  readonly distinctUnits: number;
  /** True when every unit is distinct from every other (`distinctUnits === units`). */
  readonly broken: boolean;
  /** False once a weight or bias is NaN or infinite (a diverged run): then distinctUnits is 0 and broken false. */
  readonly hasFiniteWeights: boolean;
};

/** Distances and groups for one dense layer's units. */
export function layerSymmetry(layer: DenseLayer, layerNumber: number): LayerSymmetry {
  const { inputs, outputs: units } = layer;
  const weights = layer.weights.value;
  const bias = layer.bias.value;
  const distances = new Float64Array(units * units);
  let squaredNorm = 0;
  for (let i = 0; i < weights.length; i++) squaredNorm += weights[i] * weights[i];
  for (let j = 0; j < units; j++) squaredNorm += bias[j] * bias[j];
  // Weights that overflowed (a diverged run) have no meaningful norm: only identical units are the same.
  const layerNorm = Math.sqrt(squaredNorm);
  const threshold = Number.isFinite(layerNorm) ? SAME_UNIT_TOLERANCE * layerNorm : 0;

  // Union-find over "same unit" pairs.
  const parent = Int32Array.from({ length: units }, (_, index) => index);
  const root = (unit: number): number => {
    while (parent[unit] !== unit) {
      parent[unit] = parent[parent[unit]];
      unit = parent[unit];
    }
    return unit;
  };

  // Each unit's incoming weights and bias as one contiguous row (W is stored column per unit).
  const width = inputs + 1;
  const unitRows = new Float64Array(units * width);
  for (let i = 0; i < inputs; i++) for (let unit = 0; unit < units; unit++) unitRows[unit * width + i] = weights[i * units + unit];
  for (let unit = 0; unit < units; unit++) unitRows[unit * width + inputs] = bias[unit];
  const exactDistance = (a: number, b: number): number => {
    let squared = 0;
    for (let k = 0, rowA = a * width, rowB = b * width; k < width; k++) {
      const difference = unitRows[rowA + k] - unitRows[rowB + k];
      squared += difference * difference;
    }
    return Math.sqrt(squared);
  };
  // Wide layers: ||a - b||^2 = ||a||^2 + ||b||^2 - 2 a.b from one fast Gram product, exact
  // differences only where cancellation could blur "same" from "different".
  const gram = units * units * width > GRAM_THRESHOLD && Number.isFinite(squaredNorm) ? gramMatrix(unitRows, units, width) : undefined;

  let maxDistance = 0;
  let minDistance = units > 1 ? Infinity : 0;
  for (let a = 0; a < units; a++) {
    for (let b = a + 1; b < units; b++) {
      let distance: number;
      if (gram) {
        const normsSum = gram[a * units + a] + gram[b * units + b];
        const squared = normsSum - 2 * gram[a * units + b];
        distance = squared > NEAR_FRACTION * normsSum ? Math.sqrt(squared) : exactDistance(a, b);
      } else {
        distance = exactDistance(a, b);
      }
      distances[a * units + b] = distance;
      distances[b * units + a] = distance;
      if (distance > maxDistance) maxDistance = distance;
      if (distance < minDistance) minDistance = distance;
      // NaN distances (NaN or infinite weights) never count as the same unit.
      if (distance <= threshold) parent[root(a)] = root(b);
    }
  }
  if (!Number.isFinite(squaredNorm) && !isFiniteLayer(weights, bias)) {
    // Overflowed or NaN weights: no distance means anything, so no verdict either.
    return { layer: layerNumber, units, distances, maxDistance, minDistance, distinctUnits: 0, broken: false, hasFiniteWeights: false };
  }
  let distinctUnits = 0;
  for (let unit = 0; unit < units; unit++) if (root(unit) === unit) distinctUnits++;
  return { layer: layerNumber, units, distances, maxDistance, minDistance, distinctUnits, broken: distinctUnits === units, hasFiniteWeights: true };
}

function isFiniteLayer(weights: Float64Array, bias: Float64Array): boolean {
  for (const value of weights) if (!Number.isFinite(value)) return false;
  for (const value of bias) if (!Number.isFinite(value)) return false;
  return true;
}

/** Symmetry of every hidden layer of the network (the output layer is not a hidden layer). */
export function networkSymmetry(network: Network): LayerSymmetry[] {
  return network.activationLayers.map((_, index) => layerSymmetry(network.denseLayers[index], index + 1));
}
