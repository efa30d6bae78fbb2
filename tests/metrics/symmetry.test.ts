import { describe, expect, it } from 'vitest';
import { DenseLayer } from '../../src/engine/dense-layer.js';
import { createNetwork } from '../../src/engine/network.js';
import { Sgd } from '../../src/engine/optimizers/index.js';
import { layerSymmetry, networkSymmetry } from '../../src/metrics/symmetry.js';

function layerWith(weights: number[], bias: number[], inputs: number): DenseLayer {
  const layer = new DenseLayer('test', inputs, bias.length);
  layer.weights.value.set(weights);
  layer.bias.value.set(bias);
  return layer;
}

describe('symmetry metric', () => {
  it('computes the Euclidean distances between incoming weight vectors with biases', () => {
    // 2 inputs, 3 units: unit 0 = (0, 0 | 0), unit 1 = (3, 0 | 4), unit 2 = (0, 0 | 0)
    const symmetry = layerSymmetry(layerWith([0, 3, 0, 0, 0, 0], [0, 4, 0], 2), 1);
    expect(Array.from(symmetry.distances)).toEqual([0, 5, 0, 5, 0, 5, 0, 5, 0]);
    expect(symmetry.maxDistance).toBe(5);
    expect(symmetry.minDistance).toBe(0);
    expect(symmetry.distinctUnits).toBe(2);
    expect(symmetry.broken).toBe(false);
  });

  it('counts an all-zero layer as one group', () => {
    const symmetry = layerSymmetry(layerWith(Array(12).fill(0), [0, 0, 0, 0], 3), 2);
    expect(symmetry.distinctUnits).toBe(1);
    expect(symmetry.maxDistance).toBe(0);
    expect(symmetry.layer).toBe(2);
  });

  it('treats differences below 1e-12 of the layer norm as the same unit, above as different', () => {
    const tiny = layerSymmetry(layerWith([1, 1 + 1e-14, 2, 2], [0, 0], 2), 1);
    expect(tiny.distinctUnits).toBe(1);
    const small = layerSymmetry(layerWith([1, 1 + 1e-9, 2, 2], [0, 0], 2), 1);
    expect(small.distinctUnits).toBe(2);
    expect(small.broken).toBe(true);
  });

  it('groups transitively chained equal units', () => {
    const symmetry = layerSymmetry(layerWith([1, 1, 1, 2, 2, 2, 2, 5], [0, 0, 0, 0], 2), 1);
    expect(symmetry.distinctUnits).toBe(2);
  });

  it('zero init stays exactly symmetric through training; random init is broken from step 0', () => {
    const batch = { x: Float64Array.from([0, 0, 0, 1, 1, 0, 1, 1]), y: Int32Array.from([0, 1, 1, 0]), rows: 4 };
    const zero = createNetwork({ inputs: 2, hidden: [4, 4], classes: 2, activation: 'sigmoid', init: 'zeros', seed: 1 });
    const constant = createNetwork({ inputs: 2, hidden: [4, 4], classes: 2, activation: 'tanh', init: 'constant', initScale: 0.3, seed: 1 });
    const random = createNetwork({ inputs: 2, hidden: [4, 4], classes: 2, activation: 'tanh', init: 'xavier-uniform', seed: 1 });
    for (const network of [zero, constant, random]) {
      const optimizer = new Sgd(0.5);
      for (let step = 0; step < 3000; step++) network.trainStep(batch, optimizer);
    }
    expect(networkSymmetry(zero).map((layer) => layer.distinctUnits)).toEqual([1, 1]);
    expect(networkSymmetry(constant).map((layer) => layer.distinctUnits)).toEqual([1, 1]);
    expect(networkSymmetry(constant)[0].maxDistance).toBe(0);
    expect(networkSymmetry(random).map((layer) => layer.distinctUnits)).toEqual([4, 4]);
    expect(networkSymmetry(random).every((layer) => layer.broken && layer.minDistance > 1e-3)).toBe(true);
  });
});

describe('symmetry metric on a diverged layer', () => {
  it('gives no verdict for NaN or infinite weights, and does not merge huge finite ones', () => {
    const infinite = layerSymmetry(layerWith([1e308, -1e308, 5, 7, Infinity, 3], [0, 0, 0], 2), 1);
    expect([infinite.distinctUnits, infinite.broken, infinite.hasFiniteWeights]).toEqual([0, false, false]);
    const withNaN = layerSymmetry(layerWith([NaN, NaN, 1, 1], [0, 0], 2), 1);
    expect([withNaN.distinctUnits, withNaN.broken, withNaN.hasFiniteWeights]).toEqual([0, false, false]);
    // finite weights whose squared norm overflows: the 3 different units stay 3
    const huge = layerSymmetry(layerWith([1e200, -1e200, 5, 7, 1e200, 3], [0, 0, 0], 2), 1);
    expect([huge.distinctUnits, huge.hasFiniteWeights]).toEqual([3, true]);
  });
});

describe('symmetry metric on wide layers (Gram path)', () => {
  it('matches exact differences and still tells identical, nearly identical and distinct units apart', () => {
    const inputs = 40;
    const units = 300; // 300^2 x 41 is above the Gram threshold
    const weights: number[] = [];
    let state = 7;
    const next = () => ((state = (state * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const columns = Array.from({ length: units }, () => Array.from({ length: inputs }, next));
    columns[1] = [...columns[0]]; // unit 1 is unit 0 exactly
    columns[2] = columns[0].map((value, index) => (index === 0 ? value + 1e-9 : value)); // unit 2 is 1e-9 away
    for (let i = 0; i < inputs; i++) for (let unit = 0; unit < units; unit++) weights.push(columns[unit][i]);
    const symmetry = layerSymmetry(layerWith(weights, Array(units).fill(0.5), inputs), 1);
    expect(symmetry.distances[0 * units + 1]).toBe(0);
    expect(symmetry.distances[0 * units + 2]).toBe(Math.abs(columns[2][0] - columns[0][0]));
    expect(symmetry.distinctUnits).toBe(units - 1);
    for (const [a, b] of [
      [3, 4],
      [10, 250],
      [299, 0],
    ]) {
      const exact = Math.hypot(...columns[a].map((value, index) => value - columns[b][index]));
      expect(symmetry.distances[a * units + b] / exact).toBeCloseTo(1, 12);
    }
  });
});
