import { describe, expect, it } from 'vitest';
import type { CalibrationTarget } from '../../../src/engine/initializer.js';
import { initializers } from '../../../src/engine/initializers/index.js';
import { createRng } from '../../../src/engine/rng.js';
import { contextFor, mean } from './statistics.js';

/** Population variance of all entries. */
function variance(values: Float64Array): number {
  const center = mean(values);
  return mean(values.map((value) => (value - center) ** 2));
}

/** rows x inner times inner x cols, row-major. */
function multiply(a: Float64Array, b: Float64Array, rows: number, inner: number, cols: number) {
  const product = new Float64Array(rows * cols);
  for (let row = 0; row < rows; row++) {
    for (let k = 0; k < inner; k++) {
      const left = a[row * inner + k];
      for (let column = 0; column < cols; column++) {
        product[row * cols + column] += left * b[k * cols + column];
      }
    }
  }
  return product;
}

/**
 * A real 2-layer net (widths 20 -> 30 -> 10, tanh between, no bias) on a fixed batch of 256
 * inputs with std 3, weights from lsuv.init, exposed as a CalibrationTarget.
 */
function twoLayerTarget() {
  const widths = [20, 30, 10];
  const batch = 256;
  const rng = createRng('lsuv-batch');
  const inputs = Float64Array.from({ length: batch * widths[0] }, () => 3 * rng.normal());
  const weights = [0, 1].map((layer) =>
    initializers.lsuv.init(createRng(`lsuv-${layer}`), {
      ...contextFor(widths[layer], widths[layer + 1]),
      layerIndex: layer,
      layerCount: 2,
    }),
  );
  const target: CalibrationTarget = {
    layerCount: 2,
    preActivations(layer) {
      let activations = inputs;
      for (let index = 0; ; index++) {
        const z = multiply(activations, weights[index], batch, widths[index], widths[index + 1]);
        if (index === layer) return z;
        activations = z.map(Math.tanh);
      }
    },
    scaleLayerWeights(layer, factor) {
      weights[layer] = weights[layer].map((weight) => weight * factor);
    },
  };
  return { target, weights };
}

describe('lsuv', () => {
  it('brings every layer of a real net to unit pre-activation variance within 0.1', () => {
    const { target, weights } = twoLayerTarget();
    const before = weights.map((layer) => Float64Array.from(layer));
    const initialVariance = variance(target.preActivations(0));
    // The test input is not already calibrated.
    expect(Math.abs(initialVariance - 1)).toBeGreaterThan(0.1);
    const report = initializers.lsuv.calibrate!(target);
    expect(report.map((entry) => entry.layer)).toEqual([0, 1]);
    for (const entry of report) {
      const measured = variance(target.preActivations(entry.layer));
      expect(Math.abs(measured - 1)).toBeLessThan(0.1);
      expect(entry.finalVariance).toBeCloseTo(measured, 12);
      expect(entry.passes).toBeGreaterThanOrEqual(1);
      expect(entry.passes).toBeLessThanOrEqual(10);
    }
    // Layer 0 was rescaled by 1 / sqrt(initial variance) (one pass suffices for a linear layer).
    expect(report[0].passes).toBe(1);
    expect(weights[0][0] / before[0][0]).toBeCloseTo(1 / Math.sqrt(initialVariance), 10);
  });

  it('leaves an already calibrated layer alone (0 passes)', () => {
    const values = Float64Array.from([1, -1, 1, -1]); // variance exactly 1
    let scaled = 0;
    const report = initializers.lsuv.calibrate!({
      layerCount: 1,
      preActivations: () => values,
      scaleLayerWeights: () => scaled++,
    });
    expect(report).toEqual([{ layer: 0, passes: 0, finalVariance: 1 }]);
    expect(scaled).toBe(0);
  });

  it('repeats passes while the variance responds slowly', () => {
    // A layer whose variance only scales linearly with the weight factor: v -> sqrt(v) per pass.
    let currentVariance = 100;
    const report = initializers.lsuv.calibrate!({
      layerCount: 1,
      preActivations: () =>
        Float64Array.from([1, -1]).map((sign) => sign * Math.sqrt(currentVariance)),
      scaleLayerWeights: (_layer, factor) => {
        currentVariance *= factor;
      },
    });
    // 100 -> 10 -> 3.16 -> 1.78 -> 1.33 -> 1.15 -> 1.075.
    expect(report[0].passes).toBe(6);
    expect(Math.abs(report[0].finalVariance - 1)).toBeLessThan(0.1);
  });

  it('stops after 10 passes when the variance never moves', () => {
    let scaled = 0;
    const report = initializers.lsuv.calibrate!({
      layerCount: 1,
      preActivations: () => Float64Array.from([2, -2]), // variance 4 whatever the weights
      scaleLayerWeights: () => scaled++,
    });
    expect(report).toEqual([{ layer: 0, passes: 10, finalVariance: 4 }]);
    expect(scaled).toBe(10);
  });

  it('does not divide by a zero or non-finite variance', () => {
    const factors: number[] = [];
    const report = initializers.lsuv.calibrate!({
      layerCount: 2,
      preActivations: (layer) =>
        layer === 0 ? new Float64Array(8) : Float64Array.from([Infinity, 1]),
      scaleLayerWeights: (_layer, factor) => factors.push(factor),
    });
    expect(factors).toEqual([]);
    expect(report[0]).toEqual({ layer: 0, passes: 0, finalVariance: 0 });
    expect(report[1].passes).toBe(0);
    expect(Number.isFinite(report[1].finalVariance)).toBe(false);
  });

  it('initializes as orthogonal (same numbers from the same seed)', () => {
    const context = contextFor(12, 7, { scale: 1.5 });
    expect(initializers.lsuv.init(createRng(4), context)).toEqual(
      initializers.orthogonal.init(createRng(4), context),
    );
    expect(initializers.lsuv.std(context)).toBe(initializers.orthogonal.std(context));
  });
});
