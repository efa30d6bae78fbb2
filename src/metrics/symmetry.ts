import type { DenseLayer } from '../engine/dense-layer.js';
import type { Network } from '../engine/network.js';

/** Distances below this fraction of the layer's weight norm count as "the same unit". */
export const SAME_UNIT_TOLERANCE = 1e-12;

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

  let maxDistance = 0;
  let minDistance = units > 1 ? Infinity : 0;
  for (let a = 0; a < units; a++) {
    for (let b = a + 1; b < units; b++) {
      // ||w_a - w_b||^2 over the incoming weights (column a vs column b) and the biases
      const biasDifference = bias[a] - bias[b];
      let squared = biasDifference * biasDifference;
      for (let i = 0; i < inputs; i++) {
        const difference = weights[i * units + a] - weights[i * units + b];
        squared += difference * difference;
      }
      const distance = Math.sqrt(squared);
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
